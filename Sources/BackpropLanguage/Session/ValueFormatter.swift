import MatrixEngine

/// How values read: matrices as numpy's `print` shows them, numbers as Python shows them.
public enum ValueFormatter {
    /// The text `print(value)` gives in Python with numpy.
    public static func printed(_ value: Value, options: PrintOptions) -> String {
        switch value {
        case let .integer(i): return String(i)
        case let .float(x): return Matrix.formatScalar(x)
        case let .boolean(b): return b ? "True" : "False"
        case let .array(a): return a.formatted(options)
        case let .tuple(items): return tupleText(items, options: options)
        case let .string(s): return s
        case .none: return "None"
        }
    }

    /// A value as it would be written in code (for defaults in signatures): `None`, `False`, `0.01`, `'a'`.
    public static func pythonLiteral(_ value: Value) -> String {
        switch value {
        case let .string(s): return "'\(s)'"
        default: return printed(value, options: PrintOptions())
        }
    }

    /// Python's `repr(value)`: arrays as `array([1, 2])`, strings quoted.
    public static func representation(_ value: Value, options: PrintOptions) -> String {
        switch value {
        case let .array(a): return a.representation(options)
        case let .string(s): return "'\(s)'"
        case let .tuple(items): return tupleText(items, options: options)
        default: return printed(value, options: options)
        }
    }

    /// A tuple prints its items' repr, as Python does: `(array([[1.]]), 2)`.
    static func tupleText(_ items: [Value], options: PrintOptions) -> String {
        let parts = items.map { representation($0, options: options) }
        return parts.count == 1 ? "(\(parts[0]),)" : "(\(parts.joined(separator: ", ")))"
    }

    /// A one-line summary for `whos`: the value itself when short, else its range.
    public static func summary(_ value: Value, options: PrintOptions) -> String {
        guard case let .array(array) = value else { return printed(value, options: options) }
        let m = array.storage
        if m.count == 0 { return "empty" }
        if m.count <= 4 {
            let text = array.formatted(options).split(separator: "\n").map { $0.trimmingPrefixSpaces }.joined(separator: " ")
            if text.count <= 40 { return text }
        }
        let minimum = m.elements.min() ?? 0, maximum = m.elements.max() ?? 0
        let mean = Matrix.pairwiseSum(m.elements[...]) / Double(m.count)
        return "min \(short(minimum))  max \(short(maximum))  mean \(short(mean))"
    }

    /// A number in at most 4 significant digits, for summaries.
    static func short(_ x: Double) -> String {
        var options = PrintOptions()
        options.precision = 4
        let text = Matrix(scalar: x).formatted(options)
        return String(text.dropFirst(2).dropLast(2)).trimmingPrefixSpaces
    }
}

extension StringProtocol {
    var trimmingPrefixSpaces: String { String(drop { $0 == " " }) }
}
