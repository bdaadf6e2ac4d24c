// Context types answer Mustache's lookups directly (`MustacheParent`), by a switch over their
// keys, instead of through `Mirror`, which builds a reflection of the whole value for every key a
// template looks up. Written from the context types' stored properties; a test checks that each type
// answers for every stored property and for nothing else.

import Mustache
import Translation

extension FileContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "fileName": return self.fileName
        case "template": return self.template
        case "header": return self.header
        case "imports": return self.imports
        case "access": return self.access
        case "models": return self.models
        case "client": return self.client.map { $0 as Any }
        case "operations": return self.operations
        case "hasOperations": return self.hasOperations
        case "clientTypeName": return self.clientTypeName
        case "indentIn": return self.indentIn
        case "indentOut": return self.indentOut
        default: return nil
        }
    }
}

extension ModelContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "doc": return self.doc
        case "deprecated": return self.deprecated
        case "isStruct": return self.isStruct
        case "isEnum": return self.isEnum
        case "isTypealias": return self.isTypealias
        case "isUnion": return self.isUnion
        case "variants": return self.variants
        case "hasDiscriminator": return self.hasDiscriminator
        case "discriminatorLiteral": return self.discriminatorLiteral
        case "properties": return self.properties
        case "nested": return self.nested
        case "rawType": return self.rawType
        case "cases": return self.cases
        case "aliasedType": return self.aliasedType
        default: return nil
        }
    }
}

extension VariantContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "type": return self.type
        case "discriminatorValues": return self.discriminatorValues
        case "hasDiscriminatorValues": return self.hasDiscriminatorValues
        default: return nil
        }
    }
}

extension PropertyContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "jsonKey": return self.jsonKey
        case "type": return self.type
        case "valueType": return self.valueType
        case "storageName": return self.storageName
        case "decodeMethod": return self.decodeMethod
        case "visitMethod": return self.visitMethod
        case "doc": return self.doc
        case "deprecated": return self.deprecated
        case "isIndirect": return self.isIndirect
        case "initParameter": return self.initParameter
        case "separator": return self.separator
        default: return nil
        }
    }
}

extension EnumCaseContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "literal": return self.literal
        case "doc": return self.doc
        default: return nil
        }
    }
}

extension ClientContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "typeName": return self.typeName
        case "doc": return self.doc
        case "servers": return self.servers
        case "defaultServer": return self.defaultServer
        case "operations": return self.operations
        case "responseHeaders": return self.responseHeaders
        case "hasResponseHeaders": return self.hasResponseHeaders
        default: return nil
        }
    }
}

extension ServerContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "doc": return self.doc
        case "urlLiteral": return self.urlLiteral
        case "templateLiteral": return self.templateLiteral
        case "variables": return self.variables
        case "hasVariables": return self.hasVariables
        default: return nil
        }
    }
}

extension ServerVariableContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "placeholderLiteral": return self.placeholderLiteral
        case "defaultLiteral": return self.defaultLiteral
        case "doc": return self.doc
        case "separator": return self.separator
        default: return nil
        }
    }
}

extension OperationContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "methodName": return self.methodName
        case "operationIDLiteral": return self.operationIDLiteral
        case "doc": return self.doc
        case "deprecated": return self.deprecated
        case "parameters": return self.parameters
        case "httpMethod": return self.httpMethod
        case "pathExpression": return self.pathExpression
        case "queryItems": return self.queryItems
        case "hasQuery": return self.hasQuery
        case "cookieItems": return self.cookieItems
        case "hasCookies": return self.hasCookies
        case "headerItems": return self.headerItems
        case "bodyArgument": return self.bodyArgument
        case "bodyIsOptional": return self.bodyIsOptional
        case "contentTypeLiteral": return self.contentTypeLiteral
        case "bodyEncoder": return self.bodyEncoder
        case "hasRequestBody": return self.hasRequestBody
        case "acceptLiteral": return self.acceptLiteral
        case "hasAccept": return self.hasAccept
        case "requestKeyword": return self.requestKeyword
        case "outputType": return self.outputType
        case "outputBodyType": return self.outputBodyType
        case "outputDoc": return self.outputDoc
        case "successes": return self.successes
        case "hasBody": return self.hasBody
        case "bodyType": return self.bodyType
        case "bodyDoc": return self.bodyDoc
        case "bodyCases": return self.bodyCases
        case "hasBodyEnum": return self.hasBodyEnum
        case "outputHeaders": return self.outputHeaders
        case "types": return self.types
        case "failureBodyType": return self.failureBodyType
        default: return nil
        }
    }
}

extension ParameterContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "declaration": return self.declaration
        case "separator": return self.separator
        case "isOptional": return self.isOptional
        case "validations": return self.validations
        case "hasValidations": return self.hasValidations
        default: return nil
        }
    }
}

extension QueryItemContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "call": return self.call
        default: return nil
        }
    }
}

extension HeaderItemContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "nameLiteral": return self.nameLiteral
        case "argument": return self.argument
        case "isOptional": return self.isOptional
        case "value": return self.value
        default: return nil
        }
    }
}

extension SuccessContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "pattern": return self.pattern
        case "bodyExpression": return self.bodyExpression
        default: return nil
        }
    }
}

extension OutputHeaderContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "nameLiteral": return self.nameLiteral
        case "doc": return self.doc
        default: return nil
        }
    }
}

extension BodyCaseContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "type": return self.type
        case "hasValue": return self.hasValue
        default: return nil
        }
    }
}

extension ExamplesContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "header": return self.header
        case "moduleName": return self.moduleName
        case "examples": return self.examples
        case "hasExamples": return self.hasExamples
        default: return nil
        }
    }
}

extension ExampleContext: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "sourceLiteral": return self.sourceLiteral
        case "type": return self.type
        case "jsonLiteral": return self.jsonLiteral
        case "separator": return self.separator
        default: return nil
        }
    }
}
