/// The three kinds of practice a drill mixes.
public enum DrillKind: String, CaseIterable, Sendable, Codable {
    /// "What is the shape of dW[2]?" for a random architecture.
    case shapes
    /// A line of forward or backward code with one realistic bug, to be typed correctly.
    case fix
    /// "Will this line run, and what shape comes out?"
    case predict

    /// Accepts the names a learner is likely to type: `shape`, `formula`, `errors`...
    public init?(name: String) {
        switch name.lowercased() {
        case "shapes", "shape", "s": self = .shapes
        case "fix", "formula", "formulas", "fixes", "f": self = .fix
        case "predict", "prediction", "errors", "error", "p": self = .predict
        default: return nil
        }
    }

    /// How the question is headed: `shape`, `fix the formula`, `predict`.
    public var title: String {
        switch self {
        case .shapes: return "shape"
        case .fix: return "fix the formula"
        case .predict: return "will it run?"
        }
    }
}
