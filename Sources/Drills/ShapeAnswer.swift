import MatrixEngine

/// A shape as the learner types it: `(4, 3)`, `4x3`, `4 x 3`, `4×3`, `4,3`, `[4, 3]`, `4 3`.
/// `(4,)` is numpy's rank-1 shape, kept apart so feedback can explain why it is not `(4, 1)`.
/// Symbols of the architecture are welcome too: `(n[2], n[1])`, `(n2, m)`.
public enum ShapeAnswer: Equatable, Sendable {
    case shape(Shape)
    case rank1(Int)

    /// Parses `text`; nil when it is not a shape. `symbols` gives the values of `n[l]`/`nl`/`m`.
    public static func parse(_ text: String, symbols: [String: Int] = [:]) -> ShapeAnswer? {
        var body = Substring(text.trimmingWhitespace)
        while let first = body.first, let last = body.last, body.count >= 2,
              (first == "(" && last == ")") || (first == "[" && last == "]") {
            body = body.dropFirst().dropLast()
        }
        // Separators: a comma, an x (ASCII or the multiplication sign), or plain spaces.
        let trailingComma = body.trimmingWhitespace.hasSuffix(",")
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in body {
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1 }
            let isSeparator = depth == 0 && (character == "," || character == "×" || character == "*" || character.isWhitespace
                                             || ((character == "x" || character == "X") && (current.isEmpty || current.last!.isNumber || current.last == "]")))
            if isSeparator {
                if !current.isEmpty { parts.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(current) }
        let numbers = parts.map { value(of: $0, symbols: symbols) }
        guard numbers.allSatisfy({ $0 != nil }) else { return nil }
        let sizes = numbers.map { $0! }
        if sizes.count == 1 && trailingComma { return .rank1(sizes[0]) }
        guard sizes.count == 2 else { return nil }
        return .shape(Shape(sizes[0], sizes[1]))
    }

    private static func value(of word: String, symbols: [String: Int]) -> Int? {
        if let n = Int(word), n >= 0 { return n }
        let key = word.filter { $0 != "[" && $0 != "]" && $0 != "_" }
        return symbols[key]
    }

    /// `(4, 3)` or `(4,)`, as numpy prints shapes.
    public var description: String {
        switch self {
        case let .shape(shape): return shape.description
        case let .rank1(n): return "(\(n),)"
        }
    }
}

/// An answer to "will this line run?": an error, or the shape it produces.
public enum PredictionAnswer: Equatable, Sendable {
    case error
    case shape(ShapeAnswer)

    /// `error`, `fails`, `shape error`, `no`; or a shape, optionally after `runs`/`→`.
    /// A bare `runs` or `yes` parses as nil: the shape is part of the answer.
    public static func parse(_ text: String, symbols: [String: Int] = [:]) -> PredictionAnswer? {
        let lowered = text.trimmingWhitespace.lowercased()
        let errorWords = ["error", "err", "fails", "fail", "failure", "no", "exception", "raises", "crash", "crashes", "valueerror", "doesn't run", "does not run", "won't run"]
        if errorWords.contains(lowered) || lowered.hasSuffix(" error") || lowered.hasPrefix("error") || lowered.hasPrefix("fail") {
            return .error
        }
        var rest = Substring(lowered)
        for prefix in ["runs", "run", "yes", "ok", "it runs", "→", "->", "=", ":", ","] {
            rest = rest.trimmingWhitespaceSubstring
            if rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        }
        for prefix in ["→", "->", ":", ",", "giving", "gives", "shape"] {
            rest = rest.trimmingWhitespaceSubstring
            if rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        }
        return ShapeAnswer.parse(String(rest), symbols: symbols).map(PredictionAnswer.shape)
    }
}

extension StringProtocol {

    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    var trimmingWhitespaceSubstring: Substring {
        Substring(trimmingWhitespace)
    }
}
