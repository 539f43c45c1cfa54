import MatrixEngine

/// How values read: matrices as numpy's `print` shows them, numbers as Python shows them.
public enum ValueFormatter {
    /// The text `print(value)` gives in Python with numpy.
    public static func printed(_ value: Value, options: PrintOptions) -> String {
        switch value {
        case let .integer(i): return String(i)
        case let .float(x): return PythonFloatText.repr(x)
        case let .boolean(b): return b ? "True" : "False"
        case let .array(a): return a.value.formatted(options)
        case .tuple, .list, .dictionary:
            var container = ContainerText(options: options)
            return container.text(value)
        case let .string(s): return s
        case .none: return "None"
        case let .bigInteger(big): return big.description
        case let .function(f):
            if let printed = f.builtin?.printed { return printed }
            return "<function \(f.name) at 0x\(String(UInt(bitPattern: ObjectIdentifier(f)), radix: 16))>"  // its address, as CPython shows
        case let .type(t): return "<class '\(t.qualifiedName)'>"
        case let .dtype(d): return d.rawValue
        case let .range(r): return r.description
        }
    }

    /// `matrix` printed in at most `lines` lines of at most `width` columns: as numpy prints it
    /// when that fits, else with numpy's own summarisation (`...` between the first and last rows
    /// and columns, as `np.set_printoptions(threshold=0, edgeitems=k)` gives) for the largest k
    /// from 3 down that fits. A learner's own threshold (`np.set_printoptions`) is left alone.
    public static func fitted(_ matrix: Matrix, options: PrintOptions, lines: Int, width: Int) -> String {
        fitted(NDArray(matrix), options: options, lines: lines, width: width)
    }

    public static func fitted(_ matrix: NDArray, options: PrintOptions, lines: Int, width: Int) -> String {
        var fitting = options
        fitting.linewidth = min(options.linewidth, max(width, 10))
        guard options.summarisesToFit else { return matrix.formatted(options) }
        func fits(_ text: String) -> Bool {
            let textLines = text.split(separator: "\n")
            return textLines.count <= lines && textLines.allSatisfy { $0.count <= width }
        }
        let full = matrix.formatted(fitting)
        if fits(full) { return full }
        var text = full
        fitting.threshold = 0
        for edgeItems in stride(from: min(options.edgeitems, 3), through: 1, by: -1) {
            fitting.edgeitems = edgeItems
            text = matrix.formatted(fitting)
            if fits(text) { return text }
        }
        return text
    }

    /// A value as it would be written in code (for defaults in signatures): `None`, `False`, `0.01`, `'a'`.
    public static func pythonLiteral(_ value: Value) -> String {
        switch value {
        case let .string(s): return quoted(s)
        default: return printed(value, options: PrintOptions())
        }
    }

    /// Python's `repr(value)`: arrays as `array([1, 2])`, strings quoted.
    public static func representation(_ value: Value, options: PrintOptions) -> String {
        switch value {
        case let .array(a): return a.value.representation(options)
        case let .string(s): return quoted(s)
        case let .dtype(d): return "dtype('\(d.rawValue)')"
        default: return printed(value, options: options)
        }
    }

    /// Python's repr of a string (quotes chosen and escapes made as CPython's).
    public static func quoted(_ s: String) -> String { PythonStringRepr.repr(s) }

    /// Lists, dicts and tuples print their items' repr, as Python does: `(array([[1.]]), 2)`. A
    /// list or dict inside itself prints as `[...]` or `{...}` (Python's reprlib guard), and
    /// nesting deeper than a thousand levels is cut with `...` rather than exhaust the stack.
    struct ContainerText {
        let options: PrintOptions
        var inside: Set<ObjectIdentifier> = []
        var depth = 0
        static let maximumDepth = 1000

        init(options: PrintOptions) { self.options = options }

        mutating func text(_ value: Value) -> String {
            switch value {
            case let .list(list):
                let identity = ObjectIdentifier(list)
                if inside.contains(identity) || depth >= Self.maximumDepth { return "[...]" }
                inside.insert(identity)
                depth += 1
                defer { inside.remove(identity); depth -= 1 }
                var parts: [String] = []
                for item in list.items { parts.append(repr(item)) }
                let items = "[" + parts.joined(separator: ", ") + "]"
                return list.viewName.map { "\($0)(\(items))" } ?? items
            case let .dictionary(d):
                let identity = ObjectIdentifier(d)
                if inside.contains(identity) || depth >= Self.maximumDepth { return "{...}" }
                inside.insert(identity)
                depth += 1
                defer { inside.remove(identity); depth -= 1 }
                var parts: [String] = []
                for (key, item) in d.pairs { parts.append(repr(key) + ": " + repr(item)) }
                return "{" + parts.joined(separator: ", ") + "}"
            case let .tuple(items):
                if depth >= Self.maximumDepth { return "(...)" }
                depth += 1
                defer { depth -= 1 }
                var parts: [String] = []
                for item in items { parts.append(repr(item)) }
                return parts.count == 1 ? "(\(parts[0]),)" : "(\(parts.joined(separator: ", ")))"
            default:
                return ValueFormatter.representation(value, options: options)
            }
        }

        private mutating func repr(_ value: Value) -> String {
            switch value {
            case .list, .dictionary, .tuple: return text(value)
            default: return ValueFormatter.representation(value, options: options)
            }
        }
    }

    /// A one-line summary for `whos`: the value itself when short, else its range.
    public static func summary(_ value: Value, options: PrintOptions) -> String {
        guard case let .array(array) = value else { return printed(value, options: options) }
        let m = array.storage
        if m.count == 0 { return "empty" }
        if m.count <= 4 {
            let text = array.value.formatted(options).split(separator: "\n").map { $0.trimmingLeadingSpaces }.joined(separator: " ")
            if text.count <= 40 { return text }
        }
        let minimum = m.elements.min() ?? 0, maximum = m.elements.max() ?? 0
        let mean = Matrix.pairwiseSum(m.elements[...]) / Double(m.count)
        return "min \(short(minimum))  max \(short(maximum))  mean \(short(mean))"
    }

    /// Two numbers that differ, each in the fewest digits (4 at least) that still tell them apart:
    /// `0.6931 instead of -0.6931`, `0.69304802 instead of 0.69304811`, not seventeen digits each.
    public static func distinguishing(_ a: Double, _ b: Double) -> (String, String) {
        for digits in 4...17 {
            let pair = (short(a, digits: digits), short(b, digits: digits))
            if pair.0 != pair.1 || a == b { return pair }
        }
        return (Matrix.formatScalar(a), Matrix.formatScalar(b))
    }

    /// A number in at most 4 digits after the point (numpy's precision), for summaries and messages.
    public static func short(_ x: Double, digits: Int = 4) -> String {
        var options = PrintOptions()
        options.precision = digits
        let text = Matrix(scalar: x).formatted(options)
        return String(text.dropFirst(2).dropLast(2)).trimmingLeadingSpaces
    }
}
