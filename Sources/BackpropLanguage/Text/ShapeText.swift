/// Shapes as a learner or a teacher types them, read the same way by the lessons and the drills.
public enum ShapeText {
    /// The sizes of the shape `text` spells, or nil when it spells none:
    /// - two sizes: `(4, 3)`, `(4,3)`, `[4, 3]`, `4x3`, `4 x 3`, `4×3`, `4*3`, `4,3`, `4 3`;
    ///   Python's trailing comma is allowed (`(4, 3,)`) and brackets may be doubled (`((4, 3))`);
    /// - one size: `(4,)` or `4,`, numpy's rank-1 shape; the trailing comma matters, as in Python
    ///   (`(4)` and `4` are numbers, not shapes);
    /// - no size: `()`, the shape of a scalar.
    ///
    /// A size is a whole number, or a symbol of the architecture found in `symbols`: `n[2]`,
    /// `n2`, `m` (brackets and underscores are ignored in the lookup, so `n[2]` and `n_2` are `n2`).
    /// An `x` separates sizes only after a number, a `]` or another separator, so `x` inside a
    /// symbol's name is kept. Sizes are never negative; three or more sizes are no matrix shape.
    public static func parse(_ text: String, symbols: [String: Int] = [:]) -> [Int]? {
        var body = Substring(text.trimmingWhitespace)
        var hadBrackets = false
        while let first = body.first, let last = body.last, body.count >= 2,
              (first == "(" && last == ")") || (first == "[" && last == "]") {
            body = body.dropFirst().dropLast()
            hadBrackets = true
        }
        let trailingComma = body.trimmingWhitespace.hasSuffix(",")
        var words: [String] = []
        var current = ""
        var depth = 0
        for character in body {
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1 }
            let isSeparator = depth == 0 && (character == "," || character == "×" || character == "*" || character.isWhitespace
                                             || ((character == "x" || character == "X") && (current.isEmpty || current.last!.isNumber || current.last == "]")))
            if isSeparator {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        var sizes: [Int] = []
        for word in words {
            guard let size = size(of: word, symbols: symbols) else { return nil }
            sizes.append(size)
        }
        switch sizes.count {
        case 0: return hadBrackets && body.allSatisfy(\.isWhitespace) ? [] : nil
        case 1: return trailingComma ? sizes : nil
        case 2: return sizes
        default: return nil
        }
    }

    private static func size(of word: String, symbols: [String: Int]) -> Int? {
        if let n = Int(word) { return n >= 0 ? n : nil }
        let key = word.filter { $0 != "[" && $0 != "]" && $0 != "_" }
        return symbols[key]
    }
}
