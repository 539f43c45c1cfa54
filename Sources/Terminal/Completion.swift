/// The completer's answer for Tab: the word that ends at the cursor and what could replace it.
///
/// For `y = sof|` a completer returns `Completion(word: "sof", candidates: ["softmax", "softplus"])`;
/// the editor then inserts `t`, the common prefix's remainder, and on the next Tab lists both.
public struct Completion: Equatable, Sendable {
    /// The text immediately before the cursor that a candidate replaces.
    public var word: String
    /// Full replacements for `word`, usually (not necessarily) extensions of it.
    public var candidates: [String]

    /// Typed after the only candidate, once it is complete: `"]` after a dict key.
    public var suffix: String
    /// The candidates are shown, never inserted (a function's signature after `f(`).
    public var isHint: Bool

    public init(word: String, candidates: [String], suffix: String = "", isHint: Bool = false) {
        self.word = word
        self.candidates = candidates
        self.suffix = suffix
        self.isHint = isHint
    }

    /// Nothing to offer: Tab beeps.
    public static let none = Completion(word: "", candidates: [])

    /// The usual completer: the identifier ending `lineBeforeCursor`, completed against
    /// `vocabulary` (names, functions, commands) by prefix.
    public init(lineBeforeCursor: String, vocabulary: some Sequence<String>) {
        let word = Completion.trailingWord(of: lineBeforeCursor)
        self.init(word: word, candidates: vocabulary.filter { $0.hasPrefix(word) })
    }

    /// The run of word characters at the end of `line`, e.g. `"W1"` for `"y = W1"`; empty
    /// when the line ends in a space or an operator.
    public static func trailingWord(
        of line: String,
        isWordCharacter: (Character) -> Bool = Completion.isIdentifierCharacter
    ) -> String {
        String(line.reversed().prefix(while: isWordCharacter).reversed())
    }

    /// Letters, digits and `_`: what an identifier is made of in most languages.
    public static func isIdentifierCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
