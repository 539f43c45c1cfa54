import BackpropLanguage

/// A lesson's Markdown as a terminal shows it, in `width` columns.
///
/// Paragraphs are reflowed and wrapped at word boundaries (the file's own line breaks are only
/// where its author's editor wrapped); `- ` and `1. ` list items wrap under their text; lines
/// indented four spaces (code) and table rows (`| a | b |`) are kept exactly as written; a
/// `# heading` is emphasised. Inline, `code` and **bold** are rendered by the styler: the
/// backticks and asterisks themselves are not shown.
public enum NarrationText {
    public static func render(_ markdown: String, width: Int, styler: any TextStyler = PlainStyler()) -> [String] {
        var lines: [String] = []
        var paragraph: [String] = []
        var item: (marker: String, text: [String])?

        func flush() {
            if !paragraph.isEmpty {
                lines += TextWrap.wrap(inline(paragraph.joined(separator: " "), styler: styler), width: width)
                paragraph = []
            }
            if let current = item {
                let hanging = String(repeating: " ", count: current.marker.count)
                lines += TextWrap.wrap(inline(current.text.joined(separator: " "), styler: styler), width: width,
                                       indent: current.marker, continuation: hanging)
                item = nil
            }
        }

        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = raw.drop { $0 == " " }
            let indentation = raw.count - trimmed.count
            if trimmed.isEmpty {
                flush()
                lines.append("")
            } else if let marker = listMarker(String(trimmed)) {
                flush()
                item = (String(repeating: " ", count: indentation) + marker, [String(trimmed.dropFirst(marker.count))])
            } else if item != nil && indentation >= 2 {
                item!.text.append(String(trimmed))
            } else if indentation >= 4 || raw.hasPrefix("\t") || trimmed.hasPrefix("|") {
                flush()
                lines.append(raw)
            } else if trimmed.hasPrefix("#") {
                flush()
                let title = trimmed.drop { $0 == "#" }.drop { $0 == " " }
                lines += TextWrap.wrap(styler.style(inline(String(title), styler: PlainStyler()), as: .emphasis), width: width)
            } else {
                if item != nil { flush() }
                paragraph.append(String(trimmed))
            }
        }
        flush()
        while lines.last == "" { lines.removeLast() }
        while lines.first == "" { lines.removeFirst() }
        return lines
    }

    /// `- `, `* `, `1. ` … at the start of a list item, or nil.
    static func listMarker(_ line: String) -> String? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return String(line.prefix(2)) }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 3, line.dropFirst(digits.count).hasPrefix(". ") { return String(digits) + ". " }
        return nil
    }

    /// Inline Markdown: `code` and **bold** styled, `\x` escapes resolved. Inside a code span
    /// nothing else is interpreted (`A1**2` stays as written).
    public static func inline(_ text: String, styler: any TextStyler = PlainStyler()) -> String {
        var out = ""
        var characters = text[...]
        while let character = characters.first {
            if character == "\\", let next = characters.dropFirst().first, "\\`*_|#[]()".contains(next) {
                out.append(next)
                characters = characters.dropFirst(2)
            } else if character == "`", let close = characters.dropFirst().firstIndex(of: "`") {
                let code = characters[characters.index(after: characters.startIndex)..<close]
                out += styler.style(String(code), as: .shape)
                characters = characters[characters.index(after: close)...]
            } else if characters.hasPrefix("**"), out.last.map({ $0 == " " || $0 == "(" }) ?? true,
                      let first = characters.dropFirst(2).first, first != " ",
                      let close = characters.dropFirst(2).firstRange(of: "**"), characters[characters.index(before: close.lowerBound)] != " " {
                let bold = characters[characters.index(characters.startIndex, offsetBy: 2)..<close.lowerBound]
                out += styler.style(inline(String(bold)), as: .emphasis)
                characters = characters[close.upperBound...]
            } else {
                out.append(character)
                characters = characters.dropFirst()
            }
        }
        return out
    }
}
