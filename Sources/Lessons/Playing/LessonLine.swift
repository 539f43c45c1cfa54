import BackpropLanguage

/// One piece of what a lesson shows, tagged so a terminal can colour it and a transcript can
/// stay plain.
public struct LessonLine: Sendable, Equatable {
    public enum Role: Sendable, Equatable {
        case title, narration, input, output, question, feedback, correct, hint, checkpoint, failure, info
    }

    public var role: Role
    public var text: String

    public init(_ role: Role, _ text: String) {
        self.role = role
        self.text = text
    }
}

extension LessonLine {
    /// The line as shown in `width` columns: narration rendered from Markdown and reflowed, the
    /// lesson's other prose (questions, hints, feedback) wrapped at word boundaries with its inline
    /// Markdown rendered, REPL input and output exactly as the REPL laid them out.
    public func wrapped(width: Int, styler: any TextStyler = PlainStyler()) -> [String] {
        switch role {
        case .narration:
            return NarrationText.render(text, width: width, styler: styler)
        case .input, .output:
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .feedback, .failure:
            return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { TextWrap.fitLine(String($0), width: width) }
        case .title, .question, .correct, .hint, .checkpoint, .info:
            return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
                let rendered = NarrationText.inline(String(line), styler: styler)
                // An option (`  2. tanh`) continues under its text.
                let marker = NarrationText.listMarker(String(rendered.drop { $0 == " " }))
                let indent = rendered.prefix { $0 == " " }.count + (marker?.count ?? (role == .question ? 0 : 2))
                return TextWrap.fitLine(rendered, width: width, continuationIndent: indent)
            }
        }
    }
}
