/// numpy's `str(a)` and `repr(a)` for arrays of rank 0 to 2 and every dtype: numpy's
/// arrayprint (`_formatArray`, `_extendLine`, `FloatingFormat`, `IntegerFormat`, `BoolFormat`),
/// because learners compare every digit, space and bracket with their notebooks.
extension NDArray {
    /// `print(a)`: `[[1. 2.]\n [3. 4.]]`, `[0.5 0.88079708]`, `[ True False]`, `[[1 0 1]]`.
    public func formatted(_ options: PrintOptions = .init()) -> String {
        if rank == 0 { return scalarText }
        guard count > 0 else { return "[]" }
        return body(options, prefix: "", separator: " ", lineWidth: options.linewidth)
    }

    /// `repr(a)`: `array([[1., 2.],\n       [3., 4.]])`, `array([1, 2])`, `array(5.)`.
    public func representation(_ options: PrintOptions = .init()) -> String {
        if isNumpyScalar {
            let text = scalarText
            return dtype == .bool ? "np.\(text)_" : "np.\(dtype.rawValue)(\(text))"
        }
        let prefix = "array("
        var extras: [String] = []
        let text: String
        if count == 0 {
            text = "[]"
            if shape != [0] { extras.append("shape=\(shapeDescription)") }
            extras.append("dtype=\(dtype.rawValue)")
        } else {
            // numpy leaves room for the closing ")" on every line.
            text = body(options, prefix: prefix, separator: ", ", lineWidth: options.linewidth - 1)
            if count > options.threshold { extras.append("shape=\(shapeDescription)") }
        }
        guard !extras.isEmpty else { return prefix + text + ")" }
        let extraText = extras.joined(separator: ", ") + ")"
        // numpy measures the last line with the "," that follows it.
        let lastLineLength = (prefix + text + ",").split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0
        let spacer = lastLineLength + extraText.count + 1 > options.linewidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return prefix + text + "," + spacer + extraText
    }

    /// A 0-d array or numpy scalar as `str` shows it: `5.0`, `3`, `True`.
    public var scalarText: String {
        dtype == .int64 ? String(integerElement(at: 0)) : NDArray.scalarText(storage.elements[0], dtype: dtype)
    }

    /// A value of this dtype as `str` shows it (an int64 below 2**53, which a Double holds).
    public static func scalarText(_ value: Double, dtype: DType) -> String {
        switch dtype {
        case .float64: return Matrix.formatScalar(value)
        case .int64: return String(int64(truncating: value))
        case .bool: return value != 0 ? "True" : "False"
        }
    }

    private func body(_ options: PrintOptions, prefix: String, separator: String, lineWidth: Int) -> String {
        let summarises = count > options.threshold
        let rowCount = rank == 2 ? shape[0] : 1
        let columnCount = rank == 0 ? 1 : shape[rank - 1]
        let rows = AxisSelection(length: rowCount, edgeItems: options.edgeitems, summarises: summarises)
        let columns = AxisSelection(length: columnCount, edgeItems: options.edgeitems, summarises: summarises)
        let storageColumns = storage.columns
        let shownPositions = rows.formatIndices.flatMap { r in columns.formatIndices.map { c in r * storageColumns + c } }
        let element = dtype == .int64
            ? ElementFormat(integers: shownPositions.map { integerElement(at: $0) })
            : ElementFormat(values: shownPositions.map { storage.elements[$0] }, dtype: dtype, options: options, isScalar: rank == 0)
        func text(_ r: Int, _ c: Int) -> String {
            dtype == .int64 ? element.format(integer: integerElement(at: r * storageColumns + c)) : element.format(storage[r, c])
        }
        if rank == 0 { return text(0, 0) }

        let indent = " " + String(repeating: " ", count: prefix.count)
        func row(_ r: Int, indent: String, width: Int) -> String {
            let words = columns.items.map { item -> String in
                switch item {
                case .index(let c): return text(r, c)
                case .ellipsis: return "..."
                }
            }
            return NDArray.layOutRow(words, indent: indent, width: width - max(separator.droppingTrailingSpaces().count, 1),
                                     separator: separator)
        }
        guard rank == 2 else { return row(0, indent: indent, width: lineWidth) }
        let rowSeparator = separator.droppingTrailingSpaces() + "\n"
        let rowTexts = rows.items.map { item -> String in
            switch item {
            case .index(let r): return row(r, indent: indent + " ", width: lineWidth - 1)
            case .ellipsis: return "..."
            }
        }
        var text = ""
        for (position, rowText) in rowTexts.enumerated() {
            text += indent + rowText + (position < rowTexts.count - 1 ? rowSeparator : "")
        }
        return "[" + text.dropFirst(indent.count) + "]"
    }

    /// One innermost row, `[1. 2. 3.]`, wrapped onto lines that start with `indent` when wider than
    /// `width` (numpy's `_extendLine`: a line holding nothing yet is never wrapped).
    private static func layOutRow(_ words: [String], indent: String, width: Int, separator: String) -> String {
        var finished = ""
        var line = indent
        for (position, word) in words.enumerated() {
            if line.count + word.count > width && line.count > indent.count {
                finished += line.droppingTrailingSpaces() + "\n"
                line = indent
            }
            line += word
            if position < words.count - 1 { line += separator }
        }
        let text = finished + line
        return "[" + text.dropFirst(indent.count) + "]"
    }
}

/// The shared width of every element of one printed array.
private struct ElementFormat {
    private let dtype: DType
    private let float: FloatFormat?
    private let width: Int
    private let isScalar: Bool

    /// A float64 or bool array's format.
    init(values: [Double], dtype: DType, options: PrintOptions, isScalar: Bool) {
        self.dtype = dtype
        self.isScalar = isScalar
        float = dtype == .float64 ? FloatFormat(values: values, options: options) : nil
        width = 0
    }

    /// numpy's IntegerFormat: as wide as the longest of the largest and smallest.
    init(integers: [Int64]) {
        dtype = .int64
        isScalar = false
        float = nil
        let largest = integers.max() ?? 0, smallest = integers.min() ?? 0
        width = max(String(largest).count, String(smallest).count)
    }

    func format(integer value: Int64) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    func format(_ value: Double) -> String {
        switch dtype {
        case .float64: return float!.format(value)
        case .int64: return format(integer: NDArray.int64(truncating: value))
        case .bool:
            // numpy pads True to False's width inside arrays, not for a 0-d array.
            return value != 0 ? (isScalar ? "True" : " True") : "False"
        }
    }
}

/// The rows (or columns) of one axis that numpy prints, with `...` where it skips some.
struct AxisSelection {
    enum Item {
        case index(Int)
        case ellipsis
    }

    /// What is printed, in order.
    let items: [Item]
    /// The indices whose values decide the shared number format.
    let formatIndices: [Int]

    init(length: Int, edgeItems requested: Int, summarises: Bool) {
        let edgeItems = min(requested, length)  // 2 * edgeitems must not overflow
        guard summarises && length > 2 * edgeItems else {
            items = (0..<length).map(Item.index)
            formatIndices = Array(0..<length)
            return
        }
        // numpy always prints the last index, even when edgeitems is 0.
        let leading = Array(0..<edgeItems)
        let trailing = Array((length - max(edgeItems, 1))..<length)
        items = leading.map(Item.index) + [.ellipsis] + trailing.map(Item.index)
        // numpy picks the values with a[:edgeitems] and a[-edgeitems:]; with edgeitems 0
        // the latter is a[-0:], the whole axis.
        formatIndices = edgeItems == 0 ? Array(0..<length) : leading + Array((length - edgeItems)..<length)
    }
}

extension StringProtocol {
    /// Python's `rstrip()` for the only whitespace a printed row contains.
    func droppingTrailingSpaces() -> Substring {
        var text = self[...]
        while text.last == " " { text = text.dropLast() }
        return Substring(text)
    }
}
