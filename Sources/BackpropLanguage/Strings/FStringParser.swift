/// A piece of an f-string body.
public enum FStringPart: Equatable, Sendable {
    /// Source text with `{{` and `}}` undoubled. Backslash escapes are left as written: decode
    /// them as for a plain string literal (unless the f-string is raw).
    case literal(String)
    case field(FStringField)
}

/// `{expression=!conversion:spec}` in an f-string.
public struct FStringField: Equatable, Sendable {
    /// The expression's source, exactly as written between '{' and its '=', '!', ':' or '}'
    /// (surrounding spaces included; CPython compiles it as if parenthesised).
    public var expression: String
    /// Where `expression` starts in the body, in Unicode scalars.
    public var expressionOffset: Int
    /// For `f"{x = }"`: the text shown before the value ("x = "), through the '=' and the
    /// whitespace after it.
    public var debugText: String?
    /// 's', 'r' or 'a'. The debug form without conversion or spec gets 'r', as CPython gives it.
    public var conversion: Unicode.Scalar?
    /// The spec after ':' (nil without one); it may hold nested `{expr}` fields.
    public var spec: [FStringPart]?
}

/// Splits an f-string body into literals and fields as CPython 3.11's f-string parser does
/// (Parser/string_parser.c: `fstring_find_literal`, `fstring_find_expr`), with its SyntaxError
/// messages. Brackets and quotes inside an expression are respected, so `f"{d['a']}"` and
/// `f"{x[1:2]}"` keep their ':' and `f"{a != b}"` is not a conversion.
public enum FStringParser {
    /// - Parameters:
    ///   - body: the text between the quotes.
    ///   - raw: an `rf"..."` string (then `\N{...}` is not special).
    public static func parse(_ body: String, raw: Bool = false) throws(PythonFormatError) -> [FStringPart] {
        var parser = Parser(s: Array(body.unicodeScalars), raw: raw)
        let parts = try parser.parse(level: 0)
        return parts
    }

    private struct Parser {
        let s: [Unicode.Scalar]
        let raw: Bool
        var i = 0

        init(s: [Unicode.Scalar], raw: Bool) { (self.s, self.raw) = (s, raw) }

        func error(_ message: String, at offset: Int) -> PythonFormatError {
            PythonFormatError(.syntaxError, message, offset: offset)
        }

        /// `fstring_parse` at a nesting level: 0 is the body, 1 a spec, 2 a spec inside that.
        mutating func parse(level: Int) throws(PythonFormatError) -> [FStringPart] {
            var parts: [FStringPart] = []
            func addLiteral(_ text: String) {
                guard !text.isEmpty else { return }
                if case let .literal(previous)? = parts.last { parts[parts.count - 1] = .literal(previous + text) } else { parts.append(.literal(text)) }
            }
            while true {
                let (literal, continueScanning) = try findLiteral(level: level)
                addLiteral(literal)
                if continueScanning { continue }
                if i >= s.count || s[i] == "}" { break }
                parts.append(.field(try findExpression(level: level)))
            }
            if level != 0 && (i >= s.count || s[i] != "}") { throw error("f-string: expecting '}'", at: i) }
            return parts
        }

        /// Literal text up to an undoubled '{' (or, in a spec, a '}'). Returns true for
        /// "a doubled brace ended it: keep scanning".
        mutating func findLiteral(level: Int) throws(PythonFormatError) -> (String, Bool) {
            let start = i
            var j = i
            while j < s.count {
                var c = s[j]
                j += 1
                if !raw && c == "\\" && j < s.count {
                    c = s[j]
                    j += 1
                    if c == "N" {
                        // \N{NAME}: its braces are not fields.
                        if j < s.count {
                            let open = s[j]
                            j += 1
                            if open == "{" {
                                while j < s.count {
                                    let d = s[j]
                                    j += 1
                                    if d == "}" { break }
                                }
                            }
                        }
                        continue
                    }
                }
                if c == "{" || c == "}" {
                    if level == 0 {
                        if j < s.count && s[j] == c {
                            // A doubled brace: the literal keeps one of them.
                            i = j + 1
                            return (String(String.UnicodeScalarView(s[start..<j])), true)
                        }
                        if c == "}" { throw error("f-string: single '}' is not allowed", at: j - 1) }
                    }
                    j -= 1
                    break
                }
            }
            i = j
            return (String(String.UnicodeScalarView(s[start..<j])), false)
        }

        /// `fstring_find_expr`, at the '{'.
        mutating func findExpression(level: Int) throws(PythonFormatError) -> FStringField {
            if level >= 2 { throw error("f-string: expressions nested too deeply", at: i) }
            i += 1
            let expressionStart = i
            var quote: Unicode.Scalar?
            var tripleQuoted = false
            var brackets: [Unicode.Scalar] = []
            scan: while i < s.count {
                let c = s[i]
                if c == "\\" { throw error("f-string expression part cannot include a backslash", at: i) }
                if let q = quote {
                    if c == q {
                        if tripleQuoted {
                            if i + 2 < s.count && s[i + 1] == c && s[i + 2] == c {
                                i += 2
                                quote = nil
                            }
                        } else {
                            quote = nil
                        }
                    }
                    i += 1
                    continue
                }
                switch c {
                case "'", "\"":
                    if i + 2 < s.count && s[i + 1] == c && s[i + 2] == c {
                        tripleQuoted = true
                        i += 2
                    } else {
                        tripleQuoted = false
                    }
                    quote = c
                case "[", "{", "(":
                    if brackets.count >= 200 { throw error("f-string: too many nested parenthesis", at: i) }
                    brackets.append(c)
                case "#":
                    throw error("f-string expression part cannot include '#'", at: i)
                case "!", ":", "}", "=", ">", "<":
                    if brackets.isEmpty {
                        // At the top level these may end the expression, unless part of
                        // != == <= >= (operators) or a lone < or >.
                        if i + 1 < s.count && s[i + 1] == "=" && (c == "!" || c == "=" || c == "<" || c == ">") {
                            i += 2
                            continue scan
                        }
                        if c == ">" || c == "<" { break }
                        break scan
                    }
                    if c == "}" {
                        guard let opening = brackets.popLast() else { throw error("f-string: unmatched '}'", at: i) }
                        if opening != "{" {
                            throw error("f-string: closing parenthesis '}' does not match opening parenthesis '\(opening)'", at: i)
                        }
                    }
                case "]", ")":
                    guard let opening = brackets.popLast() else { throw error("f-string: unmatched '\(c)'", at: i) }
                    if !((opening == "(" && c == ")") || (opening == "[" && c == "]") || (opening == "{" && c == "}")) {
                        throw error("f-string: closing parenthesis '\(c)' does not match opening parenthesis '\(opening)'", at: i)
                    }
                default:
                    break
                }
                i += 1
            }
            let expressionEnd = i
            if quote != nil { throw error("f-string: unterminated string", at: expressionEnd) }
            if let opening = brackets.last { throw error("f-string: unmatched '\(opening)'", at: expressionEnd) }
            if i >= s.count { throw error("f-string: expecting '}'", at: i) }
            let expressionScalars = s[expressionStart..<expressionEnd]
            if expressionScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" }) {
                let next = s[expressionEnd]
                if next == "!" || next == ":" || next == "=" {
                    throw error("f-string: expression required before '\(next)'", at: expressionEnd)
                }
                throw error("f-string: empty expression not allowed", at: expressionEnd)
            }
            var field = FStringField(expression: String(String.UnicodeScalarView(expressionScalars)),
                                     expressionOffset: expressionStart, debugText: nil, conversion: nil, spec: nil)
            if s[i] == "=" {
                i += 1
                while i < s.count && [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"].contains(s[i]) { i += 1 }
                if i >= s.count { throw error("f-string: expecting '}'", at: i) }
                field.debugText = String(String.UnicodeScalarView(s[expressionStart..<i]))
            }
            if s[i] == "!" {
                i += 1
                if i >= s.count { throw error("f-string: expecting '}'", at: i) }
                let conversion = s[i]
                i += 1
                guard conversion == "s" || conversion == "r" || conversion == "a" else {
                    throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: i - 1)
                }
                field.conversion = conversion
            }
            if i < s.count && s[i] == ":" {
                i += 1
                if i >= s.count { throw error("f-string: expecting '}'", at: i) }
                field.spec = try parse(level: level + 1)
            }
            if i >= s.count || s[i] != "}" { throw error("f-string: expecting '}'", at: i) }
            i += 1
            if field.debugText != nil && field.spec == nil && field.conversion == nil { field.conversion = "r" }
            return field
        }
    }
}
