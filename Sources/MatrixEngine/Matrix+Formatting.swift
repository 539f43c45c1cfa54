/// Printing exactly as numpy prints: `print(a)` for a 2-D float64 array, `print(x)` for a
/// float. Learners compare these numbers with their notebooks, so every digit, space and
/// line break follows numpy's arrayprint (`_formatArray`, `FloatingFormat`, Dragon4).
extension Matrix {
    /// What numpy's `str(a)` gives for this matrix as a float64 array: `[[1. 2.]\n [3. 4.]]`.
    public func formatted(_ options: PrintOptions = .init()) -> String {
        // numpy treats any array with no elements as null, whatever its shape.
        guard count > 0 else { return "[]" }
        let summarises = count > options.threshold
        let shownRows = AxisSelection(length: rows, edgeItems: options.edgeitems, summarises: summarises)
        let shownColumns = AxisSelection(length: columns, edgeItems: options.edgeitems, summarises: summarises)

        // One format for the whole matrix, decided by the elements that will be shown.
        let formatValues = shownRows.formatIndices.flatMap { row in
            shownColumns.formatIndices.map { column in self[row, column] }
        }
        let format = FloatFormat(values: formatValues, options: options)

        // Each row is indented by one space under the outer "[" and loses one column of
        // width to the outer "]"; its elements also leave room for the row's own "]".
        let rowTexts = shownRows.items.map { item -> String in
            switch item {
            case .index(let row):
                return formatRow(row, columns: shownColumns, format: format, width: options.linewidth - 2)
            case .ellipsis:
                return "..."
            }
        }
        return "[" + rowTexts.joined(separator: "\n ") + "]"
    }

    /// One row, `[1. 2. 3.]`, wrapped onto indented continuation lines when wider than
    /// `width` (numpy's `_extendLine`).
    private func formatRow(_ row: Int, columns: AxisSelection, format: FloatFormat, width: Int) -> String {
        let continuationIndent = "  "  // under the first element: past " [" of the row
        let words = columns.items.map { item -> String in
            switch item {
            case .index(let column): return format.format(self[row, column])
            case .ellipsis: return "..."
            }
        }
        var finishedLines = ""
        var line = continuationIndent
        for (position, word) in words.enumerated() {
            // Wrapping a line that holds nothing yet would not help, so numpy does not.
            if line.utf8.count + word.utf8.count > width && line.utf8.count > continuationIndent.utf8.count {
                finishedLines += line.droppingTrailingSpaces() + "\n"
                line = continuationIndent
            }
            line += word
            if position < words.count - 1 { line += " " }
        }
        let text = finishedLines + line
        // The first line's indent makes way for the "[".
        return "[" + text.dropFirst(continuationIndent.count) + "]"
    }

    /// Python's `repr(x)` of a float, which numpy 2 also gives for `str(np.float64(x))`:
    /// the shortest digits that read back as `value`, positional from 1e-4 up to 1e16
    /// (`5.0`, `0.0025`, `123456789012345.0`) and scientific outside (`1e-05`, `1e+16`).
    public static func formatScalar(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let magnitude = value.magnitude
        if magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e16) {
            return FloatText.positional(value, trim: .leaveOneZero)
        }
        return FloatText.scientific(value, trim: .trimZerosAndPoint)
    }

    /// An integer scalar as Python prints it: `400`, `-3`.
    public static func formatScalar(_ value: Int) -> String {
        String(value)
    }
}

/// The rows (or columns) of one axis that numpy prints, with `...` where it skips some.
private struct AxisSelection {
    enum Item {
        case index(Int)
        case ellipsis
    }

    /// What is printed, in order.
    let items: [Item]
    /// The indices whose values decide the shared number format.
    let formatIndices: [Int]

    init(length: Int, edgeItems: Int, summarises: Bool) {
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

private extension String {
    /// Python's `rstrip()` for the only whitespace a printed row contains.
    func droppingTrailingSpaces() -> Substring {
        var text = self[...]
        while text.last == " " { text = text.dropLast() }
        return text
    }
}

extension Matrix: CustomStringConvertible {
    /// numpy's `print(a)` text.
    public var description: String { formatted() }
}
