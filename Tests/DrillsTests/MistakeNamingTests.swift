import BackpropLanguage
import NeuralNetwork
import Testing
@testable import Drills

/// A fix-the-formula answer with a usual mistake is told what it is, not "values differ" with
/// two seventeen-digit numbers.
@Suite struct MistakeNamingTests {
    /// The first question planting `bug` (drawn from successive seeds) that `accept` likes.
    static func question(_ bug: BugKind, where accept: (FormulaQuestion) -> Bool) -> FormulaQuestion {
        for seed in 0..<500 {
            var random = DrillRandom(seed: seed)
            let q = FormulaQuestion.generate(bug: bug, using: &random)
            if accept(q) { return q }
        }
        preconditionFailure("no such question")
    }

    func feedback(_ q: FormulaQuestion, _ line: String) -> String {
        guard case let .judged(false, text) = DrillQuestion.fix(q).assess(line, styler: PlainStyler()) else { return "judged right" }
        return text
    }

    @Test func aFlippedSignIsNamed() {
        let q = Self.question(.missingTranspose) { $0.target.hasPrefix("dW") && $0.architecture.examples > 1 }
        let text = feedback(q, "\(q.target) = -(\(q.reference))")
        #expect(text.contains("but the sign is flipped: every value is the reference's with the opposite sign"), "\(text)")
        #expect(!text.contains("different values"))
    }

    @Test func anUpdateThatClimbsIsNamed() {
        let q = Self.question(.extraTranspose) { $0.stage == "update" }
        let text = feedback(q, q.reference.replacing(" - ", with: " + "))
        #expect(text.contains("the step has the wrong sign: W + α dW climbs the cost"), "\(text)")
    }

    @Test func aSumOverTheWrongAxisIsNamed() {
        let q = Self.question(.wrongSumAxis) { $0.target.hasPrefix("db") && $0.architecture.units[$0.layer] > 1 }
        let wrongAxis = "(" + q.reference.replacing("axis=1", with: "axis=0") + ") * 1"
        let text = feedback(q, wrongAxis)
        #expect(text.contains("It sums over the units, axis=0 (down each column), instead of over the examples, axis=1 (along each row)."),
                "\(text)")
    }

    @Test func otherValuesShowFewDigits() {
        let q = Self.question(.missingTranspose) { $0.target.hasPrefix("dW") && $0.architecture.examples > 1 }
        let text = feedback(q, "\(q.target) = 2 * (\(q.reference))")
        #expect(text.contains("different values"), "\(text)")
        let numbers = text.split(whereSeparator: { $0 == " " || $0 == "," }).filter { $0.contains(".") && $0.first.map { $0.isNumber || $0 == "-" } == true }
        #expect(numbers.allSatisfy { $0.count < 14 }, "\(numbers)")
    }
}
