// Context types answer template lookups directly (`TemplateObject`), by a switch over their keys.
// Written from the context types' stored properties; a test checks that each type answers for every
// stored property and for nothing else.

import Translation

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
        case "variants": return .list(self.variants)
        case "hasDiscriminator": return .flag(self.hasDiscriminator)
        case "discriminatorLiteral": return .text(self.discriminatorLiteral)
        case "properties": return .list(self.properties)
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
        case "decodeMethod": return .text(self.decodeMethod)
        case "visitMethod": return .text(self.visitMethod)
        case "doc": return .list(self.doc)
        case "deprecated": return .flag(self.deprecated)
        case "isIndirect": return .flag(self.isIndirect)
        case "initParameter": return .text(self.initParameter)
        case "separator": return .text(self.separator)
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

extension OperationContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "methodName": return .text(self.methodName)
        case "operationIDLiteral": return .text(self.operationIDLiteral)
        case "doc": return .list(self.doc)
        case "deprecated": return .flag(self.deprecated)
        case "parameters": return .list(self.parameters)
        case "httpMethod": return .text(self.httpMethod)
        case "pathExpression": return .text(self.pathExpression)
        case "queryItems": return .list(self.queryItems)
        case "hasQuery": return .flag(self.hasQuery)
        case "cookieItems": return .list(self.cookieItems)
        case "hasCookies": return .flag(self.hasCookies)
        case "headerItems": return .list(self.headerItems)
        case "bodyArgument": return .text(self.bodyArgument)
        case "bodyIsOptional": return .flag(self.bodyIsOptional)
        case "contentTypeLiteral": return .text(self.contentTypeLiteral)
        case "bodyEncoder": return .text(self.bodyEncoder)
        case "hasRequestBody": return .flag(self.hasRequestBody)
        case "acceptLiteral": return .text(self.acceptLiteral)
        case "hasAccept": return .flag(self.hasAccept)
        case "requestKeyword": return .text(self.requestKeyword)
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
        case "failureBodyType": return .text(self.failureBodyType)
        default: return nil
        }
    }
}

extension ParameterContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": return .text(self.name)
        case "declaration": return .text(self.declaration)
        case "separator": return .text(self.separator)
        case "isOptional": return .flag(self.isOptional)
        case "validations": return .list(self.validations)
        case "hasValidations": return .flag(self.hasValidations)
        default: return nil
        }
    }
}

extension QueryItemContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "call": return .text(self.call)
        default: return nil
        }
    }
}

extension HeaderItemContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "nameLiteral": return .text(self.nameLiteral)
        case "argument": return .text(self.argument)
        case "isOptional": return .flag(self.isOptional)
        case "value": return .text(self.value)
        default: return nil
        }
    }
}

extension SuccessContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "pattern": return .text(self.pattern)
        case "bodyExpression": return .text(self.bodyExpression)
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

extension ExamplesContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "header": return .text(self.header)
        case "moduleName": return .text(self.moduleName)
        case "examples": return .list(self.examples)
        case "hasExamples": return .flag(self.hasExamples)
        default: return nil
        }
    }
}

extension ExampleContext: TemplateObject, TemplateElement {
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "sourceLiteral": return .text(self.sourceLiteral)
        case "type": return .text(self.type)
        case "jsonLiteral": return .text(self.jsonLiteral)
        case "separator": return .text(self.separator)
        default: return nil
        }
    }
}
