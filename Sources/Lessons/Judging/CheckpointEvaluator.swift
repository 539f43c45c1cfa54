import BackpropLanguage
import MatrixEngine

/// Checks a lesson's checkpoints against the learner's session; nothing it runs is kept.
public enum CheckpointEvaluator {
    /// nil when the checkpoint holds, else what was found instead.
    public static func failure(of checkpoint: Checkpoint, in session: Session) -> String? {
        let actual = AnswerJudge.run(checkpoint.expression, in: session, allowingCommands: false)
        guard !actual.failed, let value = actual.value else {
            return "\(checkpoint.expression) did not evaluate: \(actual.shown.joined(separator: "\n"))"
        }
        let expected = AnswerJudge.run(checkpoint.expected, in: session, allowingCommands: false)
        guard !expected.failed, let expectedValue = expected.value else {
            return "\(checkpoint.expected) did not evaluate: \(expected.shown.joined(separator: "\n"))"
        }
        switch checkpoint.comparison {
        case .equal:
            return value == expectedValue ? nil : "\(checkpoint.expression) is \(describe(value))"
        case let .approximately(tolerance):
            guard let given = value.asMatrix, let wanted = expectedValue.asMatrix else {
                return "\(checkpoint.expression) is \(value.kindDescription), not a number or matrix"
            }
            guard given.shape == wanted.shape else { return "\(checkpoint.expression) is \(given.shape), expected \(wanted.shape)" }
            if Tolerance.absolute(tolerance).firstDisagreement(given.elements, wanted.elements) != nil {
                return "\(checkpoint.expression) is \(describe(value))"
            }
            return nil
        }
    }

    static func describe(_ value: Value) -> String {
        ValueFormatter.printed(value, options: PrintOptions()).split(separator: "\n").joined(separator: " ")
    }
}
