/// Lays completion candidates out in columns filled top to bottom, as `ls` does, so a long
/// list stays short and scans down each column in alphabetical order.
enum CandidateColumns {
    /// Spaces between columns.
    static var gap: Int { 2 }

    /// The text lines (no newlines, no trailing spaces) showing `items` within `width` columns.
    /// Widths count `Character`s, which is right for the ASCII and Latin names a REPL has.
    static func lines(_ items: [String], width: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let cellWidth = items.map(\.count).max()! + gap
        // The last column needs no gap after it.
        let columns = max(1, min(items.count, (width + gap) / cellWidth))
        let rows = (items.count + columns - 1) / columns
        return (0..<rows).map { row in
            let cells = stride(from: row, to: items.count, by: rows).map { items[$0] }
            var line = ""
            for (index, cell) in cells.enumerated() {
                line += cell
                if index < cells.count - 1 {
                    line += String(repeating: " ", count: cellWidth - cell.count)
                }
            }
            return line
        }
    }
}
