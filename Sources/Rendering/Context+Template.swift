// Generated from the context types of Sources/Translation by `UPDATE_CONTEXT_KEYS=1 swift test --filter ContextKeyTests`. DO NOT EDIT.
//
// Each context type answers template lookups itself (`TemplateObject`), by a switch over its stored
// properties; `ContextKeys` lists them for the template lint.

import Translation

extension ClientContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "typeName": return .text(self.typeName)
        case "doc": return .list(self.doc)
        case "servers": return .list(self.servers)
        case "defaultServer": return .text(self.defaultServer)
        case "operations": return .list(self.operations)
        case "responseHeaders": return .list(self.responseHeaders)
        case "hasResponseHeaders": return .flag(self.hasResponseHeaders)
        case "securitySchemes": return .list(self.securitySchemes)
        case "hasCredentials": return .flag(self.hasCredentials)
        default: return nil
        }
    }
}

extension ServerContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "doc": return .list(self.doc)
        case "urlLiteral": return .text(self.urlLiteral)
        case "templateLiteral": return .text(self.templateLiteral)
        case "variables": return .list(self.variables)
        case "hasVariables": return .flag(self.hasVariables)
        default: return nil
        }
    }
}

extension ServerVariableContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "placeholderLiteral": return .text(self.placeholderLiteral)
        case "defaultLiteral": return .text(self.defaultLiteral)
        case "doc": return .text(self.doc)
        case "separator": return .text(self.separator)
        default: return nil
        }
    }
}

extension ExamplesContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "header": return .text(self.header)
        case "moduleName": return .text(self.moduleName)
        case "groups": return .list(self.groups)
        case "hasExamples": return .flag(self.hasExamples)
        default: return nil
        }
    }
}

extension ExampleGroupContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "number": return .text(self.number)
        case "examples": return .list(self.examples)
        case "separator": return .text(self.separator)
        default: return nil
        }
    }
}

extension ExampleContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "sourceLiteral": return .text(self.sourceLiteral)
        case "type": return .text(self.type)
        case "qualifiedType": return .text(self.qualifiedType)
        case "jsonLiteral": return .text(self.jsonLiteral)
        case "separator": return .text(self.separator)
        default: return nil
        }
    }
}

extension FileContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "fileName": return .text(self.fileName)
        case "template": return .text(self.template)
        case "header": return .text(self.header)
        case "imports": return .list(self.imports)
        case "access": return .text(self.access)
        case "models": return .list(self.models)
        case "client": return self.client.map { .object($0) }
        case "operations": return .list(self.operations)
        case "hasOperations": return .flag(self.hasOperations)
        case "clientTypeName": return .text(self.clientTypeName)
        case "indentIn": return .text(self.indentIn)
        case "indentOut": return .text(self.indentOut)
        default: return nil
        }
    }
}

extension ModelContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "doc": return .list(self.doc)
        case "deprecated": return .flag(self.deprecated)
        case "isStruct": return .flag(self.isStruct)
        case "isEnum": return .flag(self.isEnum)
        case "isTypealias": return .flag(self.isTypealias)
        case "isUnion": return .flag(self.isUnion)
        case "fallbackCase": return .text(self.fallbackCase)
        case "variants": return .list(self.variants)
        case "hasDiscriminator": return .flag(self.hasDiscriminator)
        case "discriminatorLiteral": return .text(self.discriminatorLiteral)
        case "properties": return .list(self.properties)
        case "variantProperty": return self.variantProperty.map { .object($0) }
        case "nested": return .list(self.nested)
        case "rawType": return .text(self.rawType)
        case "cases": return .list(self.cases)
        case "aliasedType": return .text(self.aliasedType)
        default: return nil
        }
    }
}

extension VariantContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "type": return .text(self.type)
        case "discriminatorValues": return .text(self.discriminatorValues)
        case "hasDiscriminatorValues": return .flag(self.hasDiscriminatorValues)
        case "writesTag": return .flag(self.writesTag)
        case "tagLiteral": return .text(self.tagLiteral)
        case "index": return .text(self.index)
        case "isObject": return .flag(self.isObject)
        case "requiredKeys": return .text(self.requiredKeys)
        case "knownKeys": return .text(self.knownKeys)
        case "constantKeys": return .text(self.constantKeys)
        case "constantValues": return .text(self.constantValues)
        default: return nil
        }
    }
}

extension VariantPropertyContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "type": return .text(self.type)
        case "doc": return .list(self.doc)
        default: return nil
        }
    }
}

extension PropertyContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "jsonKey": return .text(self.jsonKey)
        case "type": return .text(self.type)
        case "valueType": return .text(self.valueType)
        case "storageName": return .text(self.storageName)
        case "decodesIfPresent": return .flag(self.decodesIfPresent)
        case "isOptional": return .flag(self.isOptional)
        case "doc": return .list(self.doc)
        case "deprecated": return .flag(self.deprecated)
        case "isIndirect": return .flag(self.isIndirect)
        case "defaultValue": return .text(self.defaultValue)
        case "hasDefault": return .flag(self.hasDefault)
        case "separator": return .text(self.separator)
        case "isReadOnly": return .flag(self.isReadOnly)
        case "isRequiredInRequests": return .flag(self.isRequiredInRequests)
        case "patternLiteral": return .text(self.patternLiteral)
        case "hasPattern": return .flag(self.hasPattern)
        case "hasOptionalType": return .flag(self.hasOptionalType)
        default: return nil
        }
    }
}

extension EnumCaseContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "literal": return .text(self.literal)
        case "doc": return .list(self.doc)
        default: return nil
        }
    }
}

extension OperationContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "methodName": return .text(self.methodName)
        case "operationIDLiteral": return .text(self.operationIDLiteral)
        case "doc": return .list(self.doc)
        case "deprecated": return .flag(self.deprecated)
        case "parameters": return .list(self.parameters)
        case "httpMethod": return .text(self.httpMethod)
        case "pathPieces": return .list(self.pathPieces)
        case "queryParameters": return .list(self.queryParameters)
        case "hasQuery": return .flag(self.hasQuery)
        case "cookieParameters": return .list(self.cookieParameters)
        case "hasCookies": return .flag(self.hasCookies)
        case "headerParameters": return .list(self.headerParameters)
        case "bodyArgument": return .text(self.bodyArgument)
        case "bodyIsOptional": return .flag(self.bodyIsOptional)
        case "contentTypeLiteral": return .text(self.contentTypeLiteral)
        case "hasRequestBody": return .flag(self.hasRequestBody)
        case "sendsJSON": return .flag(self.sendsJSON)
        case "sendsForm": return .flag(self.sendsForm)
        case "sendsMultipart": return .flag(self.sendsMultipart)
        case "sendsBinary": return .flag(self.sendsBinary)
        case "sendsText": return .flag(self.sendsText)
        case "partContentTypes": return .list(self.partContentTypes)
        case "hasPartContentTypes": return .flag(self.hasPartContentTypes)
        case "bodyContents": return .list(self.bodyContents)
        case "hasBodyContents": return .flag(self.hasBodyContents)
        case "requestBodyType": return .text(self.requestBodyType)
        case "requestBodyDoc": return .list(self.requestBodyDoc)
        case "acceptLiteral": return .text(self.acceptLiteral)
        case "hasAccept": return .flag(self.hasAccept)
        case "setsHeaderFields": return .flag(self.setsHeaderFields)
        case "outputType": return .text(self.outputType)
        case "outputBodyType": return .text(self.outputBodyType)
        case "outputDoc": return .list(self.outputDoc)
        case "successes": return .list(self.successes)
        case "hasBody": return .flag(self.hasBody)
        case "bodyType": return .text(self.bodyType)
        case "bodyDoc": return .list(self.bodyDoc)
        case "bodyCases": return .list(self.bodyCases)
        case "hasBodyEnum": return .flag(self.hasBodyEnum)
        case "outputHeaders": return .list(self.outputHeaders)
        case "types": return .list(self.types)
        case "parameterTypesName": return .text(self.parameterTypesName)
        case "parameterTypesDoc": return .list(self.parameterTypesDoc)
        case "parameterTypes": return .list(self.parameterTypes)
        case "hasParameterTypes": return .flag(self.hasParameterTypes)
        case "failureBodyType": return .text(self.failureBodyType)
        case "pagination": return self.pagination.map { .object($0) }
        case "idempotencyKeyLiteral": return .text(self.idempotencyKeyLiteral)
        case "declaresIdempotencyKey": return .flag(self.declaresIdempotencyKey)
        case "securityAlternatives": return .list(self.securityAlternatives)
        case "usesCredentials": return .flag(self.usesCredentials)
        default: return nil
        }
    }
}

extension PaginationContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "pagesMethodName": return .text(self.pagesMethodName)
        case "itemsMethodName": return .text(self.itemsMethodName)
        case "pagesDoc": return .list(self.pagesDoc)
        case "itemsDoc": return .list(self.itemsDoc)
        case "parameters": return .list(self.parameters)
        case "hasParameters": return .flag(self.hasParameters)
        case "arguments": return .list(self.arguments)
        case "pageArguments": return .list(self.pageArguments)
        case "nextPath": return .list(self.nextPath)
        case "itemsPath": return .list(self.itemsPath)
        case "itemsMayBeAbsent": return .flag(self.itemsMayBeAbsent)
        case "itemType": return .text(self.itemType)
        default: return nil
        }
    }
}

extension PageArgumentContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "label": return .text(self.label)
        case "name": return .text(self.name)
        case "isCursor": return .flag(self.isCursor)
        case "separator": return .text(self.separator)
        default: return nil
        }
    }
}

extension PropertyStepContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "isOptional": return .flag(self.isOptional)
        case "isOptionalChain": return .flag(self.isOptionalChain)
        default: return nil
        }
    }
}

extension ParameterContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "label": return .text(self.label)
        case "hasInternalName": return .flag(self.hasInternalName)
        case "type": return .text(self.type)
        case "isOptional": return .flag(self.isOptional)
        case "separator": return .text(self.separator)
        case "nameLiteral": return .text(self.nameLiteral)
        case "isPath": return .flag(self.isPath)
        case "isQuery": return .flag(self.isQuery)
        case "isHeader": return .flag(self.isHeader)
        case "isCookie": return .flag(self.isCookie)
        case "isBody": return .flag(self.isBody)
        case "isScalar": return .flag(self.isScalar)
        case "isArray": return .flag(self.isArray)
        case "isObject": return .flag(self.isObject)
        case "style": return .text(self.style)
        case "explode": return .flag(self.explode)
        case "isExploded": return .flag(self.isExploded)
        case "isCommaDelimited": return .flag(self.isCommaDelimited)
        case "isSpaceDelimited": return .flag(self.isSpaceDelimited)
        case "isPipeDelimited": return .flag(self.isPipeDelimited)
        case "isDeepObject": return .flag(self.isDeepObject)
        case "constraints": return .list(self.constraints)
        case "hasConstraints": return .flag(self.hasConstraints)
        default: return nil
        }
    }
}

extension ConstraintContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "kind": return .text(self.kind)
        case "value": return .text(self.value)
        case "isMinLength": return .flag(self.isMinLength)
        case "isMaxLength": return .flag(self.isMaxLength)
        case "isMinimum": return .flag(self.isMinimum)
        case "isMaximum": return .flag(self.isMaximum)
        case "isExclusiveMinimum": return .flag(self.isExclusiveMinimum)
        case "isExclusiveMaximum": return .flag(self.isExclusiveMaximum)
        case "isMinItems": return .flag(self.isMinItems)
        case "isMaxItems": return .flag(self.isMaxItems)
        case "isPattern": return .flag(self.isPattern)
        default: return nil
        }
    }
}

extension PathPieceContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "literal": return .text(self.literal)
        case "argument": return .text(self.argument)
        case "isArgument": return .flag(self.isArgument)
        case "isLast": return .flag(self.isLast)
        default: return nil
        }
    }
}

extension BodyContentContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "caseName": return .text(self.caseName)
        case "type": return .text(self.type)
        case "doc": return .list(self.doc)
        case "contentTypeLiteral": return .text(self.contentTypeLiteral)
        case "sendsJSON": return .flag(self.sendsJSON)
        case "sendsForm": return .flag(self.sendsForm)
        case "sendsMultipart": return .flag(self.sendsMultipart)
        case "sendsBinary": return .flag(self.sendsBinary)
        case "sendsText": return .flag(self.sendsText)
        case "partContentTypes": return .list(self.partContentTypes)
        case "hasPartContentTypes": return .flag(self.hasPartContentTypes)
        default: return nil
        }
    }
}

extension PartContentTypeContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "nameLiteral": return .text(self.nameLiteral)
        case "contentTypeLiteral": return .text(self.contentTypeLiteral)
        case "separator": return .text(self.separator)
        default: return nil
        }
    }
}

extension SuccessContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "isCode": return .flag(self.isCode)
        case "isRange": return .flag(self.isRange)
        case "isDefault": return .flag(self.isDefault)
        case "code": return .text(self.code)
        case "rangeStart": return .text(self.rangeStart)
        case "rangeEnd": return .text(self.rangeEnd)
        case "readsJSON": return .flag(self.readsJSON)
        case "readsText": return .flag(self.readsText)
        case "readsData": return .flag(self.readsData)
        case "decodedType": return .text(self.decodedType)
        case "caseName": return .text(self.caseName)
        case "isCase": return .flag(self.isCase)
        case "hasValue": return .flag(self.hasValue)
        default: return nil
        }
    }
}

extension OutputHeaderContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "nameLiteral": return .text(self.nameLiteral)
        case "doc": return .list(self.doc)
        case "type": return .text(self.type)
        case "isText": return .flag(self.isText)
        case "isNumber": return .flag(self.isNumber)
        case "isBool": return .flag(self.isBool)
        case "isDate": return .flag(self.isDate)
        case "isUUID": return .flag(self.isUUID)
        case "isEnum": return .flag(self.isEnum)
        default: return nil
        }
    }
}

extension BodyCaseContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "type": return .text(self.type)
        case "hasValue": return .flag(self.hasValue)
        default: return nil
        }
    }
}

extension SecuritySchemeContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "nameLiteral": return .text(self.nameLiteral)
        case "type": return .text(self.type)
        case "doc": return .list(self.doc)
        case "isAPIKey": return .flag(self.isAPIKey)
        case "isBearer": return .flag(self.isBearer)
        case "isBasic": return .flag(self.isBasic)
        case "inHeader": return .flag(self.inHeader)
        case "inQuery": return .flag(self.inQuery)
        case "inCookie": return .flag(self.inCookie)
        case "keyNameLiteral": return .text(self.keyNameLiteral)
        case "separator": return .text(self.separator)
        default: return nil
        }
    }
}

extension SecurityAlternativeContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "schemes": return .list(self.schemes)
        case "separator": return .text(self.separator)
        default: return nil
        }
    }
}

extension SecuritySchemeUseContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "separator": return .text(self.separator)
        default: return nil
        }
    }
}

/// The keys of every context type, in declaration order.
public enum ContextKeys {
    public static let byType: [String: [String]] = [
        "ClientContext": ["typeName", "doc", "servers", "defaultServer", "operations", "responseHeaders", "hasResponseHeaders", "securitySchemes", "hasCredentials"],
        "ServerContext": ["name", "doc", "urlLiteral", "templateLiteral", "variables", "hasVariables"],
        "ServerVariableContext": ["name", "placeholderLiteral", "defaultLiteral", "doc", "separator"],
        "ExamplesContext": ["header", "moduleName", "groups", "hasExamples"],
        "ExampleGroupContext": ["number", "examples", "separator"],
        "ExampleContext": ["sourceLiteral", "type", "qualifiedType", "jsonLiteral", "separator"],
        "FileContext": ["fileName", "template", "header", "imports", "access", "models", "client", "operations", "hasOperations", "clientTypeName", "indentIn", "indentOut"],
        "ModelContext": ["name", "doc", "deprecated", "isStruct", "isEnum", "isTypealias", "isUnion", "fallbackCase", "variants", "hasDiscriminator", "discriminatorLiteral", "properties", "variantProperty", "nested", "rawType", "cases", "aliasedType"],
        "VariantContext": ["name", "type", "discriminatorValues", "hasDiscriminatorValues", "writesTag", "tagLiteral", "index", "isObject", "requiredKeys", "knownKeys", "constantKeys", "constantValues"],
        "VariantPropertyContext": ["name", "type", "doc"],
        "PropertyContext": ["name", "jsonKey", "type", "valueType", "storageName", "decodesIfPresent", "isOptional", "doc", "deprecated", "isIndirect", "defaultValue", "hasDefault", "separator", "isReadOnly", "isRequiredInRequests", "patternLiteral", "hasPattern", "hasOptionalType"],
        "EnumCaseContext": ["name", "literal", "doc"],
        "OperationContext": ["methodName", "operationIDLiteral", "doc", "deprecated", "parameters", "httpMethod", "pathPieces", "queryParameters", "hasQuery", "cookieParameters", "hasCookies", "headerParameters", "bodyArgument", "bodyIsOptional", "contentTypeLiteral", "hasRequestBody", "sendsJSON", "sendsForm", "sendsMultipart", "sendsBinary", "sendsText", "partContentTypes", "hasPartContentTypes", "bodyContents", "hasBodyContents", "requestBodyType", "requestBodyDoc", "acceptLiteral", "hasAccept", "setsHeaderFields", "outputType", "outputBodyType", "outputDoc", "successes", "hasBody", "bodyType", "bodyDoc", "bodyCases", "hasBodyEnum", "outputHeaders", "types", "parameterTypesName", "parameterTypesDoc", "parameterTypes", "hasParameterTypes", "failureBodyType", "pagination", "idempotencyKeyLiteral", "declaresIdempotencyKey", "securityAlternatives", "usesCredentials"],
        "PaginationContext": ["pagesMethodName", "itemsMethodName", "pagesDoc", "itemsDoc", "parameters", "hasParameters", "arguments", "pageArguments", "nextPath", "itemsPath", "itemsMayBeAbsent", "itemType"],
        "PageArgumentContext": ["label", "name", "isCursor", "separator"],
        "PropertyStepContext": ["name", "isOptional", "isOptionalChain"],
        "ParameterContext": ["name", "label", "hasInternalName", "type", "isOptional", "separator", "nameLiteral", "isPath", "isQuery", "isHeader", "isCookie", "isBody", "isScalar", "isArray", "isObject", "style", "explode", "isExploded", "isCommaDelimited", "isSpaceDelimited", "isPipeDelimited", "isDeepObject", "constraints", "hasConstraints"],
        "ConstraintContext": ["kind", "value", "isMinLength", "isMaxLength", "isMinimum", "isMaximum", "isExclusiveMinimum", "isExclusiveMaximum", "isMinItems", "isMaxItems", "isPattern"],
        "PathPieceContext": ["literal", "argument", "isArgument", "isLast"],
        "BodyContentContext": ["caseName", "type", "doc", "contentTypeLiteral", "sendsJSON", "sendsForm", "sendsMultipart", "sendsBinary", "sendsText", "partContentTypes", "hasPartContentTypes"],
        "PartContentTypeContext": ["nameLiteral", "contentTypeLiteral", "separator"],
        "SuccessContext": ["isCode", "isRange", "isDefault", "code", "rangeStart", "rangeEnd", "readsJSON", "readsText", "readsData", "decodedType", "caseName", "isCase", "hasValue"],
        "OutputHeaderContext": ["name", "nameLiteral", "doc", "type", "isText", "isNumber", "isBool", "isDate", "isUUID", "isEnum"],
        "BodyCaseContext": ["name", "type", "hasValue"],
        "SecuritySchemeContext": ["name", "nameLiteral", "type", "doc", "isAPIKey", "isBearer", "isBasic", "inHeader", "inQuery", "inCookie", "keyNameLiteral", "separator"],
        "SecurityAlternativeContext": ["schemes", "separator"],
        "SecuritySchemeUseContext": ["name", "separator"],
    ]
}
