// What a template sees of the contexts: text, flags, lists and objects that answer keys.

/// A value a template key stands for.
public enum TemplateValue {
    /// Printed as it is (or HTML-escaped, in an HTML template); a section over text renders once,
    /// with the text as `{{.}}`.
    case text(String)
    /// A section renders when `true`; an inverted section when `false`.
    case flag(Bool)
    /// A section renders once per element; an inverted section when it is empty.
    case list(any TemplateList)
    /// A section renders once, with the object's keys in scope.
    case object(any TemplateObject)
}

/// A context type: answers the keys a template looks up, without reflection.
public protocol TemplateObject {
    /// The value of `key`, or `nil` when this object has no such key (or its value is absent);
    /// the lookup then goes on with the enclosing objects.
    func value(forKey key: String) -> TemplateValue?
}

/// A list a section iterates.
public protocol TemplateList {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
}

/// Something a list can hold.
public protocol TemplateElement {
    var templateValue: TemplateValue { get }
}

extension String: TemplateElement {
    public var templateValue: TemplateValue { .text(self) }
}

extension Array: TemplateList where Element: TemplateElement {
    public func element(at index: Int) -> TemplateValue { self[index].templateValue }
}

extension TemplateObject where Self: TemplateElement {
    public var templateValue: TemplateValue { .object(self) }
}
