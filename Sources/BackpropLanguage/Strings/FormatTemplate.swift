/// `str.format` templates: literal text and `{name!conversion:spec}` replacement fields, read as
/// CPython's `MarkupIterator` and `field_name_split` read them (Objects/stringlib/unicode_format.h).
///
/// `parse` gives the parts (auto-numbering resolved, nested `{}` in specs as parts of their own);
/// `render` runs `template.format(*positional, **keywords)` with CPython's error order: a field's
/// lookup error comes before a syntax error later in the template.
public enum FormatTemplate {
    public enum Part: Equatable, Sendable {
        /// Text with `{{` and `}}` already undoubled.
        case literal(String)
        case field(Field)
    }

    public struct Field: Equatable, Sendable {
        public var name: FieldName
        /// 's', 'r' or 'a' (`{x!r}`), nil without one.
        public var conversion: Unicode.Scalar?
        /// The spec: literal text, and fields when it nests them (`{:{width}.{prec}f}`).
        public var spec: [Part]
    }

    public struct FieldName: Equatable, Sendable {
        public enum Key: Equatable, Sendable {
            /// `{}` (numbered automatically) or `{0}`.
            case index(Int)
            /// `{name}`.
            case keyword(String)
        }
        public var key: Key
        /// `.attr` and `[item]` after the key, applied in order.
        public var accessors: [Accessor]
    }

    public enum Accessor: Equatable, Sendable {
        case attribute(String)
        /// `[0]`: digits only.
        case index(Int)
        /// `[key]`: anything else, as a string.
        case key(String)
    }

    /// The replacement fields and literal text of a template, or CPython's ValueError.
    public static func parse(_ template: String) throws(PythonFormatError) -> [Part] {
        var engine = Engine(context: nil)
        return try engine.build(Array(template.unicodeScalars)[...], depth: 2).parts
    }

    /// Resolves `{0.attr}` and `{0[key]}`; without one such fields are an error.
    public typealias AccessorResolver = (FormatValue, Accessor) throws(PythonFormatError) -> FormatValue

    /// `template.format(*positional, **keywords)`.
    public static func render(_ template: String, positional: [FormatValue], keywords: [String: FormatValue] = [:],
                              resolveAccessor: AccessorResolver? = nil) throws(PythonFormatError) -> String {
        var engine = Engine(context: Context(positional: positional, keywords: keywords, resolveAccessor: resolveAccessor))
        return try engine.build(Array(template.unicodeScalars)[...], depth: 2).text
    }

    struct Context {
        let positional: [FormatValue]
        let keywords: [String: FormatValue]
        let resolveAccessor: AccessorResolver?
    }

    private struct Engine {
        let context: Context?
        /// Whether `{}` or `{0}` came first: a template may not mix them.
        var numbering: Numbering = .unset
        var nextIndex = 0

        enum Numbering { case unset, automatic, manual }

        init(context: Context?) { self.context = context }

        /// `build_string`: the rendered text (when rendering) and the parts.
        mutating func build(_ s: ArraySlice<Unicode.Scalar>, depth: Int) throws(PythonFormatError) -> (text: String, parts: [Part]) {
            if depth <= 0 { throw .value("Max string recursion exceeded") }
            var text = String.UnicodeScalarView()
            var parts: [Part] = []
            var i = s.startIndex
            let end = s.endIndex
            while i < end {
                // Literal text up to the first '{' or '}'.
                let start = i
                var c: Unicode.Scalar = "\0"
                var markupFollows = false
                while i < end {
                    c = s[i]
                    i += 1
                    if c == "{" || c == "}" { markupFollows = true; break }
                }
                let atEnd = i >= end
                var literalEnd = i
                if c == "}" && markupFollows && (atEnd || s[i] != "}") {
                    throw .value("Single '}' encountered in format string")
                }
                if atEnd && c == "{" && markupFollows { throw .value("Single '{' encountered in format string") }
                if !atEnd && markupFollows {
                    if s[i] == c {
                        i += 1  // an escaped brace: keep one, no field follows
                        markupFollows = false
                    } else {
                        literalEnd -= 1
                    }
                }
                if start < literalEnd {
                    let literal = String(String.UnicodeScalarView(s[start..<literalEnd]))
                    text.append(contentsOf: literal.unicodeScalars)
                    if case let .literal(previous)? = parts.last {
                        parts[parts.count - 1] = .literal(previous + literal)
                    } else {
                        parts.append(.literal(literal))
                    }
                }
                guard markupFollows else { continue }
                let (field, rendered) = try self.field(s, &i, depth: depth)
                text.append(contentsOf: rendered.unicodeScalars)
                parts.append(.field(field))
            }
            return (String(text), parts)
        }

        /// `parse_field` and `output_markup`: one field after its '{'.
        mutating func field(_ s: ArraySlice<Unicode.Scalar>, _ i: inout Int, depth: Int) throws(PythonFormatError) -> (Field, String) {
            let end = s.endIndex
            let nameStart = i
            var c: Unicode.Scalar = "\0"
            scan: while i < end {
                c = s[i]
                i += 1
                switch c {
                case "{": throw .value("unexpected '{' in field name")
                case "[":
                    while i < end && s[i] != "]" { i += 1 }
                case "}", ":", "!": break scan
                default: break
                }
            }
            let nameEnd = i - 1
            var conversion: Unicode.Scalar?
            var specStart = i, specEnd = i
            var specNeedsExpanding = false
            if c == "!" || c == ":" {
                var hasSpec = true
                if c == "!" {
                    guard i < end else { throw .value("end of string while looking for conversion specifier") }
                    conversion = s[i]
                    i += 1
                    if i < end {
                        let next = s[i]
                        i += 1
                        if next == "}" { hasSpec = false } else if next != ":" {
                            throw .value("expected ':' after conversion specifier")
                        }
                    }
                }
                if hasSpec {
                    specStart = i
                    var count = 1
                    var closed = false
                    while i < end {
                        let d = s[i]
                        i += 1
                        if d == "{" { specNeedsExpanding = true; count += 1 } else if d == "}" {
                            count -= 1
                            if count == 0 { specEnd = i - 1; closed = true; break }
                        }
                    }
                    if !closed { throw .value("unmatched '{' in format spec") }
                }
            } else if c != "}" || nameEnd < nameStart {
                throw .value("expected '}' before end of string")
            }

            // field_name_split: the key up to the first '.' or '[', then the accessors.
            var keyEnd = nameStart
            while keyEnd < nameEnd && s[keyEnd] != "." && s[keyEnd] != "[" { keyEnd += 1 }
            let keyText = s[nameStart..<keyEnd]
            let number = try Self.integer(keyText)
            let isEmpty = keyText.isEmpty
            if isEmpty || number != nil {
                if numbering == .unset { numbering = isEmpty ? .automatic : .manual }
                if numbering == .manual && isEmpty {
                    throw .value("cannot switch from manual field specification to automatic field numbering")
                }
                if numbering == .automatic && !isEmpty {
                    throw .value("cannot switch from automatic field numbering to manual field specification")
                }
            }
            let key: FieldName.Key
            if isEmpty {
                key = .index(nextIndex)
                nextIndex += 1
            } else if let number {
                key = .index(number)
            } else {
                key = .keyword(String(String.UnicodeScalarView(keyText)))
            }
            var value: FormatValue?
            if let ctx = context { value = try Self.lookup(key, ctx) }
            var accessors: [Accessor] = []
            var j = keyEnd
            while j < nameEnd {
                let accessor = try Self.accessor(s, &j, end: nameEnd)
                accessors.append(accessor)
                if let ctx = context, let current = value {
                    guard let resolve = ctx.resolveAccessor else {
                        throw .value("field access such as '{0[key]}' or '{0.attr}' is not supported in format strings")
                    }
                    value = try resolve(current, accessor)
                }
            }
            if let conversion {
                if let current = value {
                    value = try current.converted(conversion)
                } else {
                    _ = try FormatValue(.string("")).converted(conversion)  // validates it
                }
            }
            var specText = String(String.UnicodeScalarView(s[specStart..<specEnd]))
            var specParts: [Part] = specText.isEmpty ? [] : [.literal(specText)]
            if specNeedsExpanding {
                (specText, specParts) = try build(s[specStart..<specEnd], depth: depth - 1)
            }
            let rendered = try value?.format(spec: specText) ?? ""
            return (Field(name: FieldName(key: key, accessors: accessors), conversion: conversion, spec: specParts), rendered)
        }

        static func lookup(_ key: FieldName.Key, _ context: Context) throws(PythonFormatError) -> FormatValue {
            switch key {
            case let .index(n):
                guard n < context.positional.count else {
                    throw PythonFormatError(.indexError, "Replacement index \(n) out of range for positional args tuple")
                }
                return context.positional[n]
            case let .keyword(name):
                guard let value = context.keywords[name] else { throw PythonFormatError(.keyError, PythonStringRepr.repr(name)) }
                return value
            }
        }

        /// `FieldNameIterator_next`.
        static func accessor(_ s: ArraySlice<Unicode.Scalar>, _ j: inout Int, end: Int) throws(PythonFormatError) -> Accessor {
            let c = s[j]
            j += 1
            let start = j
            let accessor: Accessor
            switch c {
            case ".":
                while j < end && s[j] != "." && s[j] != "[" { j += 1 }
                accessor = .attribute(String(String.UnicodeScalarView(s[start..<j])))
            case "[":
                while j < end && s[j] != "]" { j += 1 }
                guard j < end else { throw .value("Missing ']' in format string") }
                let text = s[start..<j]
                j += 1
                if let n = try integer(text) { accessor = .index(n) } else { accessor = .key(String(String.UnicodeScalarView(text))) }
            default:
                throw .value("Only '.' or '[' may follow ']' in format field specifier")
            }
            let isEmpty = c == "." ? start == j : start == j - 1
            if isEmpty { throw .value("Empty attribute in format string") }
            return accessor
        }

        /// `get_integer`: all decimal digits, or nil.
        static func integer(_ s: ArraySlice<Unicode.Scalar>) throws(PythonFormatError) -> Int? {
            guard !s.isEmpty else { return nil }
            var value = 0
            for c in s {
                guard c.properties.numericType == .decimal, let d = c.properties.numericValue else { return nil }
                if value > (Int.max - Int(d)) / 10 { throw .value("Too many decimal digits in format string") }
                value = value * 10 + Int(d)
            }
            return value
        }
    }
}
