/// How a drill session is set up: which kinds, how many questions, which seed.
public struct DrillOptions: Equatable, Sendable {
    public var kinds: [DrillKind]
    public var count: Int
    /// nil: a fresh seed each session (shown, so the session can be replayed with --seed).
    public var seed: Int?

    public static let defaultCount = 10
    public static let countRange = 1...100

    public init(kinds: [DrillKind] = DrillKind.allCases, count: Int = DrillOptions.defaultCount, seed: Int? = nil) {
        self.kinds = kinds.isEmpty ? DrillKind.allCases : kinds
        self.count = count
        self.seed = seed
    }

    /// The REPL's words: `drill shapes fix count 5 seed 7`; `--count 5`, `--seed=7`, `--kind fix`
    /// and `shapes,fix` are read too, so the command line's spelling works in the REPL.
    public init(words: [String]) throws(DrillOptionsError) {
        var kinds: [DrillKind] = []
        var count = DrillOptions.defaultCount
        var seed: Int?
        var tokens: [String] = []
        var wordOfToken: [Int] = []
        for (wordIndex, word) in words.enumerated() {
            var w = word
            // `--count`, `-n`: option dashes go; a number keeps its sign (`count -5` is refused).
            while w.hasPrefix("-"), Int(w) == nil { w.removeFirst() }
            let parts = w.split(whereSeparator: { $0 == "," || $0 == "=" }).map(String.init)
            tokens += parts
            wordOfToken += parts.map { _ in wordIndex }
        }
        var index = 0
        func number(after keyword: String) throws(DrillOptionsError) -> Int {
            index += 1
            guard index < tokens.count, let value = Int(tokens[index]) else {
                throw DrillOptionsError(message: "'\(keyword)' needs a whole number after it", hint: "for example: drill \(keyword) \(keyword == "seed" ? 7 : 5)",
                                        wordIndex: wordOfToken[min(index, tokens.count) - 1])
            }
            return value
        }
        while index < tokens.count {
            let token = tokens[index].lowercased()
            switch token {
            case "count", "n", "questions":
                count = try number(after: "count")
                guard DrillOptions.countRange.contains(count) else {
                    throw DrillOptionsError(message: "a drill has from \(DrillOptions.countRange.lowerBound) to \(DrillOptions.countRange.upperBound) questions, not \(count)",
                                            hint: nil, wordIndex: wordOfToken[index])
                }
            case "seed":
                seed = try number(after: "seed")
                guard seed! >= 0 && seed! <= Int(UInt32.max) else {
                    throw DrillOptionsError(message: "a seed is a whole number from 0 to \(UInt32.max)", hint: nil, wordIndex: wordOfToken[index])
                }
            case "kind", "kinds":
                break  // the kinds follow as words
            case "all":
                kinds = DrillKind.allCases
            default:
                guard let kind = DrillKind(name: token) else {
                    throw DrillOptionsError(message: "unknown drill option '\(tokens[index])'",
                                            hint: "the kinds are shapes, fix and predict; for example: drill fix count 5 seed 7",
                                            wordIndex: wordOfToken[index])
                }
                if !kinds.contains(kind) { kinds.append(kind) }
            }
            index += 1
        }
        self.init(kinds: kinds, count: count, seed: seed)
    }
}

public struct DrillOptionsError: Error, Equatable, Sendable {
    public var message: String
    public var hint: String?
    /// Which of the words is wrong, so the REPL can underline it.
    public var wordIndex: Int?
}
