import BackpropLanguage
import MatrixEngine
import NeuralNetwork
import Testing
@testable import Drills

/// Generated questions are always well-posed: thousands of them, each with a reference that
/// evaluates, a bug that is observable (a shape error, or different values), and every bug kind
/// generated.
@Suite struct WellPosednessTests {
    /// Error messages that are about shapes: the product rule, broadcasting, same-shape helpers.
    static func isShapeError(_ diagnostic: Diagnostic) -> Bool {
        ["matrix product", "broadcast", "shape"].contains { diagnostic.message.contains($0) }
    }

    /// 9 bug kinds × 150 = 1350 formula questions; with the shape and prediction tests below,
    /// several thousand generated drills per run.
    static let formulaQuestionsPerBug = 150

    @Test(arguments: BugKind.formulaBugs)
    func everyGeneratedFormulaBugIsObservable(bug: BugKind) throws {
        var sites = Set<String>()
        for seed in 0..<Self.formulaQuestionsPerBug {
            var random = DrillRandom(seed: seed * 31 + bug.rawValue.count)
            let q = FormulaQuestion.generate(bug: bug, using: &random)
            sites.insert(q.target.filter(\.isLetter))
            let expectedShape = q.architecture.shape(of: q.quantity)
            let references = q.references
            for value in references {
                guard let m = value.asTwoDimensional else { Issue.record("reference \(q.referenceLine) gave \(value)"); continue }
                #expect(m.shape == expectedShape, "\(q.referenceLine) in \(q.architecture.layerDims)")
            }
            #expect(q.judge(q.referenceLine) == .right)
            #expect(q.judge(q.reference) == .right, "the right-hand side alone is an answer")
            // The bug, judged as a learner's line (with a space so it is not "unchanged").
            var observed = false
            for index in 0..<FormulaQuestion.trialCount {
                switch Judge.run(q.buggyLine + " ", target: q.target, in: q.environment(trial: index)) {
                case let .failed(diagnostic, _):
                    #expect(Self.isShapeError(diagnostic), "\(q.buggyLine): \(diagnostic.message)")
                    observed = true
                case let .value(value):
                    if Judge.difference(value, from: references[index]) != nil { observed = true }
                case .noValue:
                    Issue.record("\(q.buggyLine) produced nothing")
                }
            }
            #expect(observed, "\(q.buggyLine) in \(q.architecture.layerDims) m=\(q.architecture.examples) equals \(q.referenceLine)")
            #expect(q.judge(q.buggyLine + " ") != .right)
        }
        #expect(!sites.isEmpty)
    }

    @Test func everyBugKindIsDrawnBySessions() {
        var drawn = Set<BugKind>()
        for seed in 0..<120 {
            var random = DrillRandom(seed: seed)
            if case let .fix(q) = DrillQuestion.generate(.fix, weight: { _ in 1 }, using: &random) { drawn.insert(q.bug) }
        }
        #expect(drawn == Set(BugKind.formulaBugs))
    }

    @Test func thousandsOfShapeQuestionsHaveTheNotesAnswer() {
        var topics = Set<String>()
        for seed in 0..<3000 {
            var random = DrillRandom(seed: seed)
            let topic = ShapeQuestion.topics[seed % ShapeQuestion.topics.count]
            let q = ShapeQuestion.generate(topic: topic, using: &random)
            topics.insert(q.target.topic)
            let a = q.architecture
            #expect((2...5).contains(a.depth) && a.units.allSatisfy { (1...10).contains($0) } && (1...1000).contains(a.examples))
            // The answer from first principles, independently of Quantity.shape.
            let L = a.depth, m = a.examples
            let expected: Shape
            switch q.target {
            case .input: expected = Shape(a.units[0], m)
            case .labels: expected = Shape(a.units[L], m)
            case let .quantity(quantity):
                let l = quantity.layer
                switch quantity.kind {
                case .W, .dW: expected = Shape(a.units[l], a.units[l - 1])
                case .b, .db: expected = Shape(a.units[l], 1)
                case .Z, .A, .dZ, .dA: expected = Shape(a.units[l], m)
                }
                #expect(l <= L && (l >= 1 || quantity.kind == .dA))
            }
            #expect(q.answer == expected)
            #expect(q.rule.contains("= \(expected)"), "the rule gives the numbers: \(q.rule)")
            let question = DrillQuestion.shape(q)
            guard case .judged(true, _) = question.assess(question.sampleAnswer, styler: PlainStyler()) else {
                Issue.record("the sample answer \(question.sampleAnswer) is not right for \(q.name)")
                continue
            }
            let wrong = Shape(expected.rows + 1, expected.columns)
            guard case .judged(false, _) = question.assess(wrong.description, styler: PlainStyler()) else {
                Issue.record("\(wrong) accepted for \(q.name) = \(expected)")
                continue
            }
        }
        #expect(topics == Set(ShapeQuestion.topics))
    }

    @Test(arguments: PredictTopic.allCases)
    func predictionQuestionsRunOrFailWithAShapeError(topic: PredictTopic) {
        var outcomes = (runs: 0, fails: 0)
        for seed in 0..<400 {
            var random = DrillRandom(seed: seed)
            let q = PredictionQuestion.generate(topic: topic, using: &random)
            #expect(q.isWellPosed)
            switch q.outcome {
            case let .failed(diagnostic, _):
                #expect(Self.isShapeError(diagnostic), "\(q.expression): \(diagnostic.message)")
                outcomes.fails += 1
            case .value(.array):
                outcomes.runs += 1
            default:
                Issue.record("\(q.expression) gave \(q.outcome)")
            }
            // Every name in the line has its shape shown.
            for name in FormulaQuestion.identifiers(in: q.expression) where PredictionQuestion.shape(of: name, in: q.architecture) != nil {
                #expect(q.operands.contains { $0.name == name })
            }
            let question = DrillQuestion.predict(q)
            guard case .judged(true, _) = question.assess(question.sampleAnswer, styler: PlainStyler()) else {
                Issue.record("sample answer \(question.sampleAnswer) not right for \(q.expression)")
                continue
            }
        }
        if topic != .sum && topic != .elementwise { #expect(outcomes.fails > 0) }
        #expect(outcomes.runs > 0)
    }

    @Test func broadcastingSurprisesAreAsked() {
        // (n, 1) - (1, n) → (n, n): the notes' b - db bug, and A - Y.T.
        var surprises = 0
        for seed in 0..<300 {
            var random = DrillRandom(seed: seed)
            let q = PredictionQuestion.generate(topic: .broadcast, using: &random)
            if case let .shape(shape)? = q.resultShape, !q.operands.contains(where: { $0.shape == shape }) { surprises += 1 }
        }
        #expect(surprises > 20)
    }
}
