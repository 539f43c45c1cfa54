import MatrixEngine
import Testing
@testable import Drills

@Suite struct ShapeAnswerTests {
    @Test(arguments: ["(4, 3)", "(4,3)", "4x3", "4 x 3", "4×3", "4,3", "4, 3", "[4, 3]", "4 3", " (4 , 3) ", "4X3", "4*3"])
    func readsEveryWrittenForm(text: String) {
        #expect(ShapeAnswer.parse(text) == .shape(Shape(4, 3)))
    }

    @Test func readsNumpysRankOneShape() {
        #expect(ShapeAnswer.parse("(4,)") == .rank1(4))
        #expect(ShapeAnswer.parse("(4,)")?.description == "(4,)")
    }

    @Test func readsTheNotesSymbols() {
        let symbols = ["n0": 3, "n1": 4, "n2": 1, "m": 500]
        #expect(ShapeAnswer.parse("(n[2], n[1])", symbols: symbols) == .shape(Shape(1, 4)))
        #expect(ShapeAnswer.parse("(n1, m)", symbols: symbols) == .shape(Shape(4, 500)))
        #expect(ShapeAnswer.parse("n[1] x 1", symbols: symbols) == .shape(Shape(4, 1)))
    }

    @Test(arguments: ["", "four by three", "(4, 3, 2)", "4", "(4; 3)", "(-4, 3)", "(n[7], m)", "4x"])
    func refusesWhatIsNotAShape(text: String) {
        #expect(ShapeAnswer.parse(text, symbols: ["m": 5]) == nil)
    }

    @Test func readsPredictions() {
        #expect(PredictionAnswer.parse("error") == .error)
        #expect(PredictionAnswer.parse("Error") == .error)
        #expect(PredictionAnswer.parse("shape error") == .error)
        #expect(PredictionAnswer.parse("fails") == .error)
        #expect(PredictionAnswer.parse("(4, 4)") == .shape(.shape(Shape(4, 4))))
        #expect(PredictionAnswer.parse("runs (4, 4)") == .shape(.shape(Shape(4, 4))))
        #expect(PredictionAnswer.parse("runs → 4x4") == .shape(.shape(Shape(4, 4))))
        #expect(PredictionAnswer.parse("runs") == nil, "the shape is part of the answer")
        #expect(PredictionAnswer.parse("maybe") == nil)
    }
}
