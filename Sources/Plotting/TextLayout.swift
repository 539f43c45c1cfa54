/// Helpers for lines made of labels and drawing areas, where widths count characters (each
/// braille, block or box-drawing character takes one terminal column) and escapes count nothing.
enum TextLayout {
    static func padLeft(_ text: String, to width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    static func padRight(_ text: String, to width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// A line of `width` columns with each label written at its column, skipping any label that
    /// would touch the one before it (one space between labels at least) or run past `width`
    /// (a label that must show is moved left to fit instead).
    static func labelLine(_ labels: [(column: Int, text: String)], width: Int) -> String {
        var characters = Array(repeating: Character(" "), count: max(width, 0))
        var nextFree = 0
        for label in labels {
            let text = Array(label.text)
            var start = max(label.column, 0)
            if start + text.count > characters.count { start = characters.count - text.count }
            guard start >= nextFree, start >= 0 else { continue }
            for (offset, character) in text.enumerated() { characters[start + offset] = character }
            nextFree = start + text.count + 1
        }
        return String(String(characters).trimmingSuffix(" "))
    }

    /// The finished plot: lines joined, trailing spaces dropped (they show nothing, and editors
    /// strip them from golden files).
    static func joined(_ lines: [String]) -> String {
        lines.map { String($0.trimmingSuffix(" ")) }.joined(separator: "\n")
    }

    /// Legend items, each as plain text (for measuring) and as styled text (for showing), joined
    /// with `separator` and wrapped so no line exceeds `width` (an item longer than that gets a line).
    static func wrap(_ items: [(plain: String, styled: String)], width: Int, separator: String = "   ") -> [String] {
        var lines: [String] = []
        var line = "", lineWidth = 0
        for item in items {
            if lineWidth > 0, lineWidth + separator.count + item.plain.count > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 {
                line += separator
                lineWidth += separator.count
            }
            line += item.styled
            lineWidth += item.plain.count
        }
        if lineWidth > 0 { lines.append(line) }
        return lines
    }
}

extension String {
    func trimmingSuffix(_ character: Character) -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == character { end = index(before: end) }
        return self[startIndex..<end]
    }
}
