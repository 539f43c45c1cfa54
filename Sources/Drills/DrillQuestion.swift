import NeuralNetwork
import BackpropLanguage
import MatrixEngine

/// One question of any kind, with what the session needs from it: its text, how to answer,
/// a hint, and the judgement of an answer with feedback that explains the deciding rule.
public enum DrillQuestion: Sendable {
    case shape(ShapeQuestion)
    case fix(FormulaQuestion)
    case predict(PredictionQuestion)

    /// Draws a question of `kind`, favouring the topics `weight` says were missed more.
    public static func generate(_ kind: DrillKind, weight: (String) -> Double, using random: inout DrillRandom) -> DrillQuestion {
        switch kind {
        case .shapes:
            let topic = random.pick(ShapeQuestion.topics, weights: ShapeQuestion.topics.map { weight(DrillTopic.key(.shapes, $0)) })
            return .shape(ShapeQuestion.generate(topic: topic, using: &random))
        case .fix:
            let bug = random.pick(BugKind.formulaBugs, weights: BugKind.formulaBugs.map { weight(DrillTopic.key(.fix, $0.rawValue)) })
            return .fix(FormulaQuestion.generate(bug: bug, using: &random))
        case .predict:
            let topic = random.pick(PredictTopic.allCases, weights: PredictTopic.allCases.map { weight(DrillTopic.key(.predict, $0.rawValue)) })
            return .predict(PredictionQuestion.generate(topic: topic, using: &random))
        }
    }

    public var kind: DrillKind {
        switch self {
        case .shape: return .shapes
        case .fix: return .fix
        case .predict: return .predict
        }
    }

    /// The key misses are counted under: `shapes.dW`, `fix.missingKeepdims`, `predict.broadcast`.
    public var topic: String {
        switch self {
        case let .shape(q): return DrillTopic.key(.shapes, q.target.topic)
        case let .fix(q): return DrillTopic.key(.fix, q.bug.rawValue)
        case let .predict(q): return DrillTopic.key(.predict, q.topic.rawValue)
        }
    }

    /// A right answer, typed as a learner would (what `skip` reveals, and what tests type).
    public var sampleAnswer: String {
        switch self {
        case let .shape(q): return q.answer.description
        case let .fix(q): return q.referenceLine
        case let .predict(q): return q.sampleAnswer
        }
    }

    /// What to type.
    public var answerFormat: String {
        switch self {
        case .shape: return "Type the shape as (4, 3), 4x3 or 4,3."
        case .fix: return "Type the corrected line, or just its right-hand side."
        case .predict: return "Type error if it fails, or the shape it gives, like (2, 5)."
        }
    }

    public var hint: String {
        switch self {
        case let .shape(q): return q.hint
        case let .fix(q): return q.bug.hint
        case let .predict(q):
            switch q.topic {
            case .product: return "(n, k) @ (k, m) → (n, m): the left operand's columns must equal the right operand's rows"
            case .broadcast, .elementwise: return "numpy compares the shapes axis by axis; each pair must be equal or one of them 1, and a 1 is stretched"
            case .sum: return "axis=0 sums down the columns (one value per column), axis=1 along the rows (one per row); keepdims=True keeps the summed axis as size 1"
            }
        }
    }

    // MARK: Text

    /// The question itself (after the heading), in lines.
    public func body(styler: any TextStyler) -> String {
        switch self {
        case let .shape(q):
            return DrillNetworkDrawing.draw(q.architecture) + "\n" + "What is the shape of " + styler.style(q.name, as: .emphasis) + "?"
        case let .fix(q):
            var lines = [DrillNetworkDrawing.headline(q.architecture) + "   activations: " + q.architecture.activations.map(\.name).joined(separator: ", ")]
            lines.append("This line of " + (q.stage == "update" ? "the update of layer \(q.layer)" : "\(q.stage) layer \(q.layer)") + " has one bug:")
            lines.append("    " + styler.style(q.buggyLine, as: .emphasis))
            let expected = q.architecture.shape(of: q.quantity)
            lines.append(q.operands.map { "\($0.name) is " + styler.style($0.shape.description, as: .shape) }.joined(separator: ", ")
                         + "; \(q.target) must be " + styler.style(expected.description, as: .shape) + ".")
            switch q.buggyEffect {
            case let .failed(diagnostic, _):
                lines.append("As written it fails: " + diagnostic.message)
            case let .value(.array(a)) where a.shape != [expected.rows, expected.columns]:
                lines.append("As written it runs, but gives \(a.shapeDescription).")
            case .value, .noValue:
                lines.append("As written it runs and gives the right shape, but the wrong values: a silent bug.")
            }
            return lines.joined(separator: "\n")
        case let .predict(q):
            return q.operands.map { "\($0.name) is " + styler.style($0.shape.description, as: .shape) }.joined(separator: ", ")
                + "\n    " + styler.style(q.expression, as: .emphasis) + "\nWill it run? If it runs, what shape comes out?"
        }
    }

    // MARK: Judging

    public enum Assessment: Equatable, Sendable {
        /// Not an answer in the expected form: say how to answer and ask again, no penalty.
        case unreadable(String)
        case judged(right: Bool, feedback: String)
    }

    public func assess(_ line: String, styler: any TextStyler) -> Assessment {
        switch self {
        case let .shape(q): return DrillFeedback.assess(q, line, styler: styler)
        case let .fix(q): return DrillFeedback.assess(q, line, styler: styler)
        case let .predict(q): return DrillFeedback.assess(q, line, styler: styler)
        }
    }

    /// What `skip` shows: the answer and the rule.
    public func reveal(styler: any TextStyler) -> String {
        switch self {
        case let .shape(q):
            return "The answer: " + q.rule + "."
        case let .fix(q):
            return "The bug: \(q.bug.title). \(q.why)\nOne right answer: " + styler.style(q.referenceLine, as: .emphasis)
        case let .predict(q):
            return DrillFeedback.truth(q, styler: styler)
        }
    }
}
