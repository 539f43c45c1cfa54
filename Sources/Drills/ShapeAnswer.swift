import BackpropLanguage
import MatrixEngine

/// A shape as the learner types it: `(4, 3)`, `4x3`, `4 x 3`, `4×3`, `4,3`, `[4, 3]`, `4 3`.
/// `(4,)` is numpy's rank-1 shape, kept apart so feedback can explain why it is not `(4, 1)`.
/// Symbols of the architecture are welcome too: `(n[2], n[1])`, `(n2, m)`.
public enum ShapeAnswer: Equatable, Sendable {
    case shape(Shape)
    case rank1(Int)

    /// Parses `text` as `ShapeText.parse` reads it; nil when it is not a shape of one or two
    /// sizes. `symbols` gives the values of `n[l]`/`nl`/`m`.
    public static func parse(_ text: String, symbols: [String: Int] = [:]) -> ShapeAnswer? {
        guard let sizes = ShapeText.parse(text, symbols: symbols) else { return nil }
        switch sizes.count {
        case 1: return .rank1(sizes[0])
        case 2: return .shape(Shape(sizes[0], sizes[1]))
        default: return nil
        }
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
            rest = Substring(rest.trimmingWhitespace)
            if rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        }
        for prefix in ["→", "->", ":", ",", "giving", "gives", "shape"] {
            rest = Substring(rest.trimmingWhitespace)
            if rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        }
        return ShapeAnswer.parse(String(rest), symbols: symbols).map(PredictionAnswer.shape)
    }
}
