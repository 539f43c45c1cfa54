import BigInt
import Testing
@testable import BackpropLanguage

/// Python's string formatting: float repr, format(), printf-style %, str.format and f-string
/// bodies, checked against CPython on thousands of random cases (PythonFormatFixtures, made once
/// by scripts/generate-python-format-fixtures.py) and on hand-derivable examples.
@Suite struct PythonFormatTests {
    // MARK: Fixtures from CPython

    @Test func floatReprMatchesPython() {
        let cases = FixtureLine.all("R")
        #expect(cases.count > 2000)
        for c in cases {
            let x = Double(bitPattern: UInt64(c.fields[0].dropFirst(2), radix: 16)!)
            #expect(PythonFloatText.repr(x) == c.fields[1], "repr(\(c.fields[0]))")
        }
    }

    @Test func formatMatchesPython() {
        let cases = FixtureLine.all("F")
        #expect(cases.count > 5000)
        for c in cases {
            let value = FixtureLine.value(c.fields[0])
            let spec = FixtureLine.unescape(c.fields[1])
            let got = Result { () throws(PythonFormatError) in try value.format(spec: spec) }
            #expect(FixtureLine.outcome(got) == c.fields[2], "format(\(value.repr), '\(spec)')")
        }
    }

    @Test func percentFormatMatchesPython() {
        let cases = FixtureLine.all("P")
        #expect(cases.count > 2000)
        for c in cases {
            let arguments = FixtureLine.percentArguments(c.fields[1])
            let template = FixtureLine.unescape(c.fields[0])
            let got = Result { () throws(PythonFormatError) in try PercentFormat.format(template, arguments) }
            #expect(FixtureLine.outcome(got) == c.fields[2], "'\(c.fields[0])' % \(c.fields[1])")
        }
    }

    @Test func formatTemplatesMatchPython() {
        let cases = FixtureLine.all("T")
        #expect(cases.count > 1000)
        for c in cases {
            let positional = FixtureLine.list(c.fields[1]).map(FixtureLine.value)
            var keywords: [String: FormatValue] = [:]
            for pair in FixtureLine.list(c.fields[2]) {
                let (k, v) = FixtureLine.keyValue(pair)
                keywords[k] = FixtureLine.value(v)
            }
            let got = Result { () throws(PythonFormatError) in
                try FormatTemplate.render(FixtureLine.unescape(c.fields[0]), positional: positional, keywords: keywords)
            }
            var expected = c.fields[3]
            // Backprop rejects attribute and item access in fields; CPython evaluates them.
            if c.fields[0].contains("{0[0]}") || c.fields[0].contains("{0.real}") {
                expected = "!ValueError: field access such as '{0[key]}' or '{0.attr}' is not supported in format strings"
            }
            #expect(FixtureLine.outcome(got) == expected, "'\(c.fields[0])'.format(\(c.fields[1]); \(c.fields[2]))")
        }
    }

    @Test func fStringBodiesMatchPython() {
        var values: [String: FormatValue] = [:]
        for e in FixtureLine.all("E") { values[FixtureLine.unescape(e.fields[0])] = FixtureLine.value(e.fields[1]) }
        let cases = FixtureLine.all("S")
        #expect(cases.count > 500)
        for c in cases {
            let got = Result { () throws(PythonFormatError) in
                try FStringTestEvaluator(values: values).render(try FStringParser.parse(FixtureLine.unescape(c.fields[0])))
            }
            #expect(FixtureLine.outcome(got) == c.fields[1], "f\"\(c.fields[0])\"")
        }
    }

    // MARK: Hand-derivable values

    @Test func correctlyRoundedFixedAndExponent() throws {
        #expect(try PythonFormatter.format(.float(2.5), spec: ".0f") == "2")
        #expect(try PythonFormatter.format(.float(3.5), spec: ".0f") == "4")
        #expect(try PythonFormatter.format(.float(0.125), spec: ".2f") == "0.12")
        #expect(try PythonFormatter.format(.float(0.375), spec: ".2f") == "0.38")
        #expect(try PythonFormatter.format(.float(2.675), spec: ".2f") == "2.67")  // stored as 2.67499999…
        #expect(try PythonFormatter.format(.float(0.1), spec: ".20f") == "0.10000000000000000555")
        #expect(try PythonFormatter.format(.float(1e22), spec: "f") == "10000000000000000000000.000000")
        #expect(try PythonFormatter.format(.float(12345.678), spec: "e") == "1.234568e+04")
        #expect(try PythonFormatter.format(.float(9.995), spec: ".2e") == "9.99e+00")  // 9.99499999…
        #expect(try PythonFormatter.format(.float(.leastNonzeroMagnitude), spec: ".3e") == "4.941e-324")
    }

    @Test func floatRepr() {
        #expect(PythonFloatText.repr(100) == "100.0")
        #expect(PythonFloatText.repr(-0.0) == "-0.0")
        #expect(PythonFloatText.repr(0.1) == "0.1")
        #expect(PythonFloatText.repr(1e-5) == "1e-05")
        #expect(PythonFloatText.repr(0.0001) == "0.0001")
        #expect(PythonFloatText.repr(1e16) == "1e+16")
        #expect(PythonFloatText.repr(1e15) == "1000000000000000.0")
        #expect(PythonFloatText.repr(1.5e300) == "1.5e+300")
        #expect(PythonFloatText.repr(.infinity) == "inf")
        #expect(PythonFloatText.repr(-.infinity) == "-inf")
        #expect(PythonFloatText.repr(.nan) == "nan")
    }

    @Test func generalAndDefaultPresentation() throws {
        #expect(try PythonFormatter.format(.float(1.0), spec: ".3") == "1.0")
        #expect(try PythonFormatter.format(.float(100.0), spec: ".3") == "1e+02")
        #expect(try PythonFormatter.format(.float(0.0001), spec: "g") == "0.0001")
        #expect(try PythonFormatter.format(.float(0.00001), spec: "g") == "1e-05")
        #expect(try PythonFormatter.format(.float(1.0), spec: "#g") == "1.00000")
        #expect(try PythonFormatter.format(.float(0.25), spec: ".1%") == "25.0%")
        #expect(try PythonFormatter.format(.float(1.5), spec: "10") == "       1.5")
    }

    @Test func integersGroupingAndBases() throws {
        #expect(try PythonFormatter.format(.int(1234567), spec: ",") == "1,234,567")
        #expect(try PythonFormatter.format(.int(1234567), spec: "_") == "1_234_567")
        #expect(try PythonFormatter.format(.int(1234), spec: "010,") == "00,001,234")
        #expect(try PythonFormatter.format(.int(255), spec: "#x") == "0xff")
        #expect(try PythonFormatter.format(.int(255), spec: "#X") == "0XFF")
        #expect(try PythonFormatter.format(.int(-5), spec: "08b") == "-0000101")
        #expect(try PythonFormatter.format(.int(0xABCDEF), spec: "_x") == "ab_cdef")
        #expect(try PythonFormatter.format(.int(65), spec: "c") == "A")
        #expect(try PythonFormatter.format(.int(42), spec: "*^8") == "***42***")
        #expect(try PythonFormatter.format(.int(3), spec: ".2f") == "3.00")
        let huge = BigInt(10).power(30)
        #expect(try PythonFormatter.format(.integer(huge), spec: ",") == "1,000,000,000,000,000,000,000,000,000,000")
    }

    @Test func boolIsAnInt() throws {
        #expect(try PythonFormatter.format(.boolean(true), spec: "") == "True")
        #expect(try PythonFormatter.format(.boolean(true), spec: "d") == "1")
        #expect(try PythonFormatter.format(.boolean(false), spec: ">3") == "  0")
    }

    @Test func strings() throws {
        #expect(try PythonFormatter.format(.string("abc"), spec: "^7") == "  abc  ")
        #expect(try PythonFormatter.format(.string("abc"), spec: ">5") == "  abc")
        #expect(try PythonFormatter.format(.string("abcdef"), spec: ".2") == "ab")
        #expect(try PythonFormatter.format(.string("日本"), spec: "-<4") == "日本--")
    }

    @Test func errorsAreCPythons() {
        func message(_ value: FormatArgument, _ spec: String) -> String? {
            do { _ = try PythonFormatter.format(value, spec: spec); return nil } catch { return error.description }
        }
        #expect(message(.float(1.5), "d") == "ValueError: Unknown format code 'd' for object of type 'float'")
        #expect(message(.float(1.5), ".f") == "ValueError: Format specifier missing precision")
        #expect(message(.string("a"), "+") == "ValueError: Sign not allowed in string format specifier")
        #expect(message(.int(3), ".2") == "ValueError: Precision not allowed in integer format specifier")
        #expect(message(.int(1), ",_") == "ValueError: Cannot specify both ',' and '_'.")
        #expect(message(.int(1), ",x") == "ValueError: Cannot specify ',' with 'x'.")
        #expect(message(.string("a"), "d") == "ValueError: Unknown format code 'd' for object of type 'str'")
        #expect(message(.integer(BigInt(10).power(400)), "f") == "OverflowError: int too large to convert to float")
        let array = FormatValue(str: "[1. 2.]", repr: "array([1., 2.])", typeName: "numpy.ndarray")
        #expect(throws: PythonFormatError.unsupportedFormatString(typeName: "numpy.ndarray")) { try array.format(spec: ".2f") }
        #expect((try? array.format(spec: "")) == "[1. 2.]")
    }

    @Test func percentFormatting() throws {
        func v(_ a: FormatArgument) -> FormatValue { FormatValue(a) }
        #expect(try PercentFormat.format("%5.2f", .single(v(.float(3.14159)))) == " 3.14")
        #expect(try PercentFormat.format("%d items", .single(v(.int(3)))) == "3 items")
        #expect(try PercentFormat.format("%-6s|%04d", .tuple([v(.string("ab")), v(.int(7))])) == "ab    |0007")
        #expect(try PercentFormat.format("%*d", .tuple([v(.int(5)), v(.int(42))])) == "   42")
        #expect(try PercentFormat.format("%r %s", .tuple([v(.string("a")), v(.string("a"))])) == "'a' a")
        #expect(try PercentFormat.format("%#x %e %g %%", .tuple([v(.int(255)), v(.float(0.5)), v(.float(1e-5))])) == "0xff 5.000000e-01 1e-05 %")
        let mapping = PercentFormat.Arguments.mapping(["name": v(.string("W1")), "n": v(.int(2))],
                                                       itself: FormatValue(str: "{...}", repr: "{...}", typeName: "dict"))
        #expect(try PercentFormat.format("%(name)s has %(n)d rows", mapping) == "W1 has 2 rows")
        #expect(throws: PythonFormatError(.typeError, "not enough arguments for format string")) {
            try PercentFormat.format("%d %d", .tuple([v(.int(1))]))
        }
        #expect(throws: PythonFormatError(.typeError, "not all arguments converted during string formatting")) {
            try PercentFormat.format("%d", .tuple([v(.int(1)), v(.int(2))]))
        }
        #expect(throws: PythonFormatError(.typeError, "%d format: a real number is required, not str")) {
            try PercentFormat.format("%d", .single(v(.string("x"))))
        }
    }

    @Test func formatTemplateParts() throws {
        let parts = try FormatTemplate.parse("a{{b}} {} {name!r:>{w}}")
        #expect(parts.count == 4)
        #expect(parts[0] == .literal("a{b} "))
        #expect(parts[1] == .field(.init(name: .init(key: .index(0), accessors: []), conversion: nil, spec: [])))
        #expect(parts[2] == .literal(" "))
        #expect(parts[3] == .field(.init(name: .init(key: .keyword("name"), accessors: []), conversion: "r",
                                         spec: [.literal(">"), .field(.init(name: .init(key: .keyword("w"), accessors: []), conversion: nil, spec: []))])))
        let accessors = try FormatTemplate.parse("{0[key].attr[3]}")
        #expect(accessors == [.field(.init(name: .init(key: .index(0), accessors: [.key("key"), .attribute("attr"), .index(3)]), conversion: nil, spec: []))])
        #expect(throws: PythonFormatError(.valueError, "cannot switch from automatic field numbering to manual field specification")) {
            try FormatTemplate.parse("{}{0}")
        }
        #expect(throws: PythonFormatError(.valueError, "Single '}' encountered in format string")) { try FormatTemplate.parse("a}") }
        #expect(throws: PythonFormatError(.valueError, "expected '}' before end of string")) { try FormatTemplate.parse("{0") }
        let rendered = try FormatTemplate.render("{:{width}.{prec}f}|", positional: [FormatValue(.float(3.14159))],
                                                 keywords: ["width": FormatValue(.int(8)), "prec": FormatValue(.int(2))])
        #expect(rendered == "    3.14|")
    }

    @Test func fStringSplitting() throws {
        let parts = try FStringParser.parse("cost {d['a']:.2f} at {x[1:2]!r} {a != b} {{ok}}")
        #expect(parts.count == 7)
        guard case let .field(first) = parts[1], case let .field(second) = parts[3], case let .field(third) = parts[5] else {
            Issue.record("expected fields: \(parts)")
            return
        }
        #expect(parts[0] == .literal("cost "))
        #expect(first.expression == "d['a']" && first.expressionOffset == 6 && first.spec == [.literal(".2f")])
        #expect(second.expression == "x[1:2]" && second.conversion == "r" && second.spec == nil)
        #expect(third.expression == "a != b" && third.conversion == nil)
        #expect(parts[6] == .literal(" {ok}"))

        let debug = try FStringParser.parse("{x = :.2f}{y=}")
        #expect(debug == [
            .field(FStringField(expression: "x ", expressionOffset: 1, debugText: "x = ", conversion: nil, spec: [.literal(".2f")])),
            .field(FStringField(expression: "y", expressionOffset: 11, debugText: "y=", conversion: "r", spec: nil)),
        ])
        let nested = try FStringParser.parse("{v:{w}.{p}f}")
        guard case let .field(field) = nested.first else { Issue.record("no field"); return }
        #expect(field.spec == [
            .field(FStringField(expression: "w", expressionOffset: 4, debugText: nil, conversion: nil, spec: nil)),
            .literal("."),
            .field(FStringField(expression: "p", expressionOffset: 8, debugText: nil, conversion: nil, spec: nil)),
            .literal("f"),
        ])
        #expect(throws: PythonFormatError(.syntaxError, "f-string: empty expression not allowed", offset: 1)) { try FStringParser.parse("{}") }
        #expect(throws: PythonFormatError(.syntaxError, "f-string: single '}' is not allowed", offset: 1)) { try FStringParser.parse("a}") }
    }

    @Test func stringRepr() {
        #expect(PythonStringRepr.repr("a") == "'a'")
        #expect(PythonStringRepr.repr("it's") == "\"it's\"")
        #expect(PythonStringRepr.repr("both ' \"") == "'both \\' \"'")
        #expect(PythonStringRepr.repr("tab\there\n") == "'tab\\there\\n'")
        #expect(PythonStringRepr.repr("café") == "'café'")
        #expect(PythonStringRepr.ascii("café") == "'caf\\xe9'")
        #expect(PythonStringRepr.repr("\u{7}") == "'\\x07'")
    }
}

/// Renders parsed f-string parts with the fixture's precomputed expression values.
private struct FStringTestEvaluator {
    let values: [String: FormatValue]

    func render(_ parts: [FStringPart]) throws(PythonFormatError) -> String {
        var out = ""
        for part in parts {
            switch part {
            case let .literal(text):
                out += text.replacing("\\N{DEGREE SIGN}", with: "°")
            case let .field(field):
                let key = field.expression.trimming { $0 == " " }
                guard var value = values[key] else { throw PythonFormatError(.keyError, "no fixture value for \(key)") }
                if let debug = field.debugText { out += debug }
                if let conversion = field.conversion { value = try value.converted(conversion) }
                out += try value.format(spec: try field.spec.map(render) ?? "")
            }
        }
        return out
    }
}

/// One fixture line, its fields unescaped.
private struct FixtureLine {
    let fields: [String]

    static let parsed: [(kind: Substring, raw: [Substring])] = PythonFormatFixtures.lines.split(separator: "\n").map { line in
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
        return (parts[0], Array(parts.dropFirst()))
    }

    /// Fields of every line of a kind; list-valued fields (containing " | ") stay escaped.
    static func all(_ kind: String) -> [FixtureLine] {
        parsed.filter { $0.kind == kind }.map { FixtureLine(fields: $0.raw.map { String($0) }) }
    }

    /// The escaped text's real characters.
    static func unescape(_ s: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var it = s.unicodeScalars.makeIterator()
        while let c = it.next() {
            guard c == "\\" else { out.append(c); continue }
            switch it.next()! {
            case "t": out.append("\t")
            case "n": out.append("\n")
            case "\\": out.append("\\")
            case "|": out.append("|")
            case "u":
                _ = it.next()  // {
                var hex = ""
                while let h = it.next(), h != "}" { hex.unicodeScalars.append(h) }
                out.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
            case let other: Issue.record("bad escape \\\(other)")
            }
        }
        return String(out)
    }

    /// Splits at unescaped '|' separators (written " | ").
    static func list(_ s: String) -> [String] {
        if s.isEmpty { return [] }
        var items: [String] = []
        var current = ""
        var escaped = false
        for c in s.unicodeScalars {
            if escaped { current.unicodeScalars.append(c); escaped = false; continue }
            if c == "\\" { current.unicodeScalars.append(c); escaped = true; continue }
            if c == "|" { items.append(current); current = ""; continue }
            current.unicodeScalars.append(c)
        }
        items.append(current)
        return items.enumerated().map { index, item in
            var item = Substring(item)
            if index > 0 { item = item.dropFirst() }
            if index < items.count - 1 { item = item.dropLast() }
            return String(item)
        }
    }

    static func keyValue(_ s: String) -> (String, String) {
        let i = s.firstIndex(of: "=")!
        return (String(s[..<i]), String(s[s.index(after: i)...]))
    }

    static let objects: [String: FormatValue] = [
        "list": FormatValue(str: "[1, 2]", repr: "[1, 2]", typeName: "list"),
        "none": FormatValue(str: "None", repr: "None", typeName: "NoneType"),
        "tuple": FormatValue(str: "(1, 'a')", repr: "(1, 'a')", typeName: "tuple"),
        "dict": FormatValue(str: "{'k': 1.5}", repr: "{'k': 1.5}", typeName: "dict"),
    ]

    /// `i:123`, `f:0x…`, `s:text`, `b:True`, `o:list`, `x:type|str|repr` (still escaped).
    static func value(_ encoded: String) -> FormatValue {
        let tag = encoded.prefix(2)
        let body = encoded.dropFirst(2)
        switch tag {
        case "i:": return FormatValue(.integer(BigInt(String(body))!))
        case "f:": return FormatValue(.float(Double(bitPattern: UInt64(body.dropFirst(2), radix: 16)!)))
        case "s:": return FormatValue(.string(unescape(body)))
        case "b:": return FormatValue(.boolean(body == "True"))
        case "o:": return objects[String(body)]!
        case "x:":
            let parts = list(String(body)).map { unescape($0) }
            return FormatValue(str: parts[1], repr: parts[2], typeName: parts[0])
        default:
            Issue.record("bad value \(encoded)")
            return FormatValue(.string(""))
        }
    }

    static func percentArguments(_ encoded: String) -> PercentFormat.Arguments {
        let body = String(encoded.dropFirst(2))
        switch encoded.prefix(2) {
        case "1:": return .single(value(body))
        case "T:": return .tuple(list(body).map(value))
        default:
            var dict: [String: FormatValue] = [:]
            var shown: [String] = []
            for pair in list(body) {
                let (k, v) = keyValue(pair)
                dict[k] = value(v)
                shown.append("\(PythonStringRepr.repr(k)): \(dict[k]!.repr)")
            }
            let text = "{" + shown.joined(separator: ", ") + "}"
            return .mapping(dict, itself: FormatValue(str: text, repr: text, typeName: "dict"))
        }
    }

    /// `=text` or `!Kind: message`, escaped as the fixtures write it.
    static func outcome(_ result: Result<String, PythonFormatError>) -> String {
        switch result {
        case let .success(text): return "=" + escape(text)
        case let .failure(error): return "!" + escape(error.description)
        }
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "|": out += "\\|"
            default:
                if c.value >= 32 && c.value < 127 { out.unicodeScalars.append(c) } else { out += "\\u{\(String(c.value, radix: 16))}" }
            }
        }
        return out
    }
}
