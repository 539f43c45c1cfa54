import BackpropLanguage
import MatrixEngine
import NeuralNetwork
import Testing
@testable import Drills

/// A learner's line is judged by value and shape on random networks, never by its text.
@Suite struct FormulaJudgingTests {
    static let network = DrillNetwork(units: [3, 4, 1], activations: [.relu, .sigmoid], examples: 5)

    static func question(_ site: (FormulaSites) -> FormulaSite, bug: BugKind, layer: Int = 2,
                         architecture: DrillNetwork = network) -> FormulaQuestion {
        let s = site(FormulaSites(a: architecture, l: layer, usesDot: false))
        return FormulaQuestion(architecture: architecture, layer: layer, bug: bug, site: s, variant: s.variants[bug]![0], trialSeeds: [1, 2, 3])
    }

    @Test func theNotesBracketNameAssignsTheTarget() {
        #expect(Judge.normalizedAssignment("dW[2] = dZ2 @ A1.T / m", target: "dW2") == "dW2 = dZ2 @ A1.T / m")
        #expect(Judge.normalizedAssignment("  W[1] -= lr * dW1", target: "W1") == "  W1 -= lr * dW1")
        #expect(Judge.normalizedAssignment("dA[0] = W1.T @ dZ1", target: "dA0") == "dA0 = W1.T @ dZ1")
        #expect(Judge.normalizedAssignment("dW[2] == x", target: "dW2") == "dW[2] == x", "a comparison is no assignment")
        #expect(Judge.normalizedAssignment("dW2 = x", target: "dW2") == "dW2 = x")
        #expect(Judge.normalizedAssignment("dW[2] = x", target: nil) == "dW[2] = x")
    }

    @Test func equivalentFormsOfTheReferenceAreRight() {
        let q = Self.question(\.dW, bug: .missingTranspose)
        #expect(q.buggyLine == "dW2 = 1/m * dZ2 @ A1")
        for line in ["dW2 = 1/m * dZ2 @ A1.T", "1/m * dZ2 @ A1.T", "np.dot(dZ2, A1.T) / m", "dW[2] = (1/m) * np.dot(dZ[2], A[1].T)",
                     "dW2 = dZ2 @ A1.T / m", "dW2 = (dZ2 @ A1.T) * (1 / m)", "dW2 = np.matmul(dZ2, A1.T) / 5"] {
            #expect(q.judge(line) == .right, "\(line)")
        }
    }

    @Test func theBuggyLineAgainIsNotAnAnswer() {
        let q = Self.question(\.dW, bug: .missingTranspose)
        #expect(q.judge("dW2 = 1/m * dZ2 @ A1") == .unchanged)
        #expect(q.judge("1/m*dZ2@A1") == .unchanged)
    }

    @Test func aFailingLineShowsTheLanguagesErrorDisplayAndTheRule() {
        let q = Self.question(\.dW, bug: .missingTranspose)
        guard case let .judged(right, feedback) = DrillQuestion.fix(q).assess("dW2 = 1/m * dZ2 @ A1.T.T", styler: PlainStyler()) else {
            Issue.record("not judged"); return
        }
        #expect(!right)
        #expect(feedback.contains("matrix product"))
        #expect(feedback.contains("^^^"), "the failing sub-expression is underlined:\n\(feedback)")
        #expect(feedback.contains("dZ2 is (1, 5)"))
        #expect(feedback.contains("dW[2] has the shape of W[2]: (n[2], n[1]) = (1, 4)"))
        #expect(feedback.contains("One right answer: dW2 = 1/m * dZ2 @ A1.T"))
    }

    @Test func aMissingOneOverMIsCaughtByValueAndNamed() {
        let q = Self.question(\.dW, bug: .missingOneOverM)
        #expect(q.judge("dZ2 @ A1.T") == .unchanged)
        guard case let .wrongValues(_, _, got, expected) = q.judge("np.dot(dZ2, A1.T)") else { Issue.record("not wrong values"); return }
        #expect(Swift.abs(got / expected - 5) < 1e-9)
        guard case let .judged(false, feedback) = DrillQuestion.fix(q).assess("np.dot(dZ2, A1.T)", styler: PlainStyler()) else { Issue.record(); return }
        #expect(feedback.contains("m = 5 times too large"))
    }

    @Test func aWrongShapeIsTracedStepByStep() {
        let q = Self.question(\.dW, bug: .wrongOrder)
        #expect(q.judge("dW2 = 1/m * A1 @ dZ2.T") == .wrongShape(got: "(4, 1)", expected: "(1, 4)"))
        guard case let .judged(false, feedback) = DrillQuestion.fix(q).assess("dW2 = 1/m * A1 @ dZ2.T", styler: PlainStyler()) else { Issue.record(); return }
        #expect(feedback.contains("A1 @ dZ2.T: (4, 5) @ (5, 1) → (4, 1)"), "\(feedback)")
    }

    @Test func theDerivativeMayBeWrittenAnyCorrectWay() {
        // The trial networks are honest forward and backward passes, so formulas that are equal
        // by the notes' algebra agree: dA1 really is W2.T @ dZ2.
        let q = Self.question(\.hiddenDZ, bug: .wrongActivationDerivative, layer: 1)
        #expect(q.reference == "dA1 * (Z1 > 0)")
        for line in ["relu_backward(dA1, Z1)", "dA1 * relu_derivative(Z1)", "dZ1 = W2.T @ dZ2 * (Z1 > 0)", "np.multiply(dA1, Z1 > 0)"] {
            #expect(q.judge(line) == .right, "\(line)")
        }
        #expect(q.judge("dA1 * (1 - A1**2)") != .right)
    }

    @Test func updatesAndSumsInEveryNotation() {
        let update = Self.question(\.update, bug: .extraTranspose, layer: 1)
        for line in ["W1 = W1 - learning_rate * dW1", "W1 -= learning_rate * dW1", "W1 - alpha * dW1"] {
            #expect(update.judge(line) == .right, "\(line)")
        }
        let db = Self.question(\.db, bug: .missingKeepdims, layer: 1)
        for line in ["db1 = np.mean(dZ1, axis=1, keepdims=True)", "dZ1.sum(axis=1, keepdims=True) / m", "np.sum(dZ1, axis=1).reshape(4, 1) / m",
                     "np.reshape(np.sum(dZ1, 1), (-1, 1)) / m"] {
            #expect(db.judge(line) == .right, "\(line)")
        }
        #expect(db.judge("np.sum(dZ1, axis=1) / m") == .wrongShape(got: "(4,)", expected: "(4, 1)"))
        // numpy's .T leaves a rank-1 (4,) as it is: no transpose makes the column.
        #expect(db.judge("np.sum(dZ1, axis=1).T / m") == .wrongShape(got: "(4,)", expected: "(4, 1)"))
        #expect(db.judge("dZ1.sum(1).T / m") == .wrongShape(got: "(4,)", expected: "(4, 1)"))
    }

    @Test func aRankOneSumIsWrongEvenWhereTheShapesCoincide() {
        // One output unit: numpy's np.sum(dZ2, axis=1) is (1,), not the column (1, 1).
        let q = Self.question(\.db, bug: .wrongSumAxis, layer: 2)
        #expect(q.judge("np.sum(dZ2, axis=1) / m") == .wrongShape(got: "(1,)", expected: "(1, 1)"))
        guard case let .judged(false, feedback) = DrillQuestion.fix(q).assess("np.sum(dZ2, axis=1) / m", styler: PlainStyler()) else { Issue.record(); return }
        #expect(feedback.contains("(1,) is a rank-1 array"), "\(feedback)")
        #expect(q.judge("np.sum(dZ2, axis=1, keepdims=True) / m") == .right)
    }

    @Test func aLineThatAssignsSomethingElseIsAskedAgain() {
        let q = Self.question(\.dW, bug: .missingTranspose)
        #expect(q.judge("x = 3") == .noValue(assigned: ["x"]))
        guard case .unreadable = DrillQuestion.fix(q).assess("x = 3", styler: PlainStyler()) else { Issue.record(); return }
    }

    @Test func theTargetIsNotGivenAway() {
        let q = Self.question(\.dW, bug: .missingTranspose)
        #expect(q.judge("dW2") != .right)
        #expect(!q.operands.map(\.name).contains("dW2"))
    }

    @Test func theQuestionShowsShapesAndWhatTheBugDoes() {
        let q = Self.question(\.dW, bug: .missingTranspose)
        let text = DrillQuestion.fix(q).body(styler: PlainStyler())
        #expect(text.contains("    dW2 = 1/m * dZ2 @ A1"))
        #expect(text.contains("dZ2 is (1, 5), A1 is (4, 5); dW2 must be (1, 4)."))
        #expect(text.contains("As written it fails: matrix product 1/m * dZ2 @ A1: 1/m * dZ2 has 5 columns but A1 has 4 rows"))
        let silent = Self.question(\.db, bug: .missingOneOverM, layer: 1)
        #expect(DrillQuestion.fix(silent).body(styler: PlainStyler()).contains("a silent bug"))
    }

    @Test func missingKeepdimsIsExplainedInNumpysTerms() {
        let q = Self.question(\.db, bug: .missingKeepdims, layer: 1)
        #expect(q.why.contains("rank-1 array of shape (n[1],) = (4,)"))
        #expect(q.why.contains("into a (4, 4) matrix"))
    }
}
