import Testing
import MatrixEngine
import NeuralNetwork
@testable import BackpropLanguage

/// The stepper driven through the language, as a learner types it.
@Suite struct StepperCommandTests {
    static let planarSetup = ["data planar", "layer 4 tanh", "layer 1 sigmoid", "init random 0.01 seed 2"]

    func session(_ lines: [String]) -> Session {
        var session = Session()
        for line in lines {
            let result = session.execute(line)
            #expect(!result.failed, "\(line): \(result.diagnostics.map(\.message))")
        }
        return session
    }

    func text(_ session: inout Session, _ line: String) -> (String, ExecutionResult) {
        let result = session.execute(line)
        return (OutputRenderer().render(result, line: line, options: session.environment.printOptions), result)
    }

    /// After a finished iteration nothing is in progress; the costs come every K of this run.
    @Test func trainingAfterAFinishedIterationPrintsEveryKFromItsStart() {
        var s = session(Self.planarSetup + ["step all"])
        let (output, _) = text(&s, "train 20 every 10")
        #expect(!output.contains("dropped"))
        #expect(output.split(separator: "\n").filter { $0.hasPrefix("Cost after") }.map { $0.split(separator: ":")[0] }
                == ["Cost after iteration 1", "Cost after iteration 11", "Cost after iteration 20"])
    }

    @Test func forwardStepShowsFormulaShapesBroadcastAndCache() {
        var s = session(Self.planarSetup)
        let (output, _) = text(&s, "forward")
        // 80 columns (a pipe, or this test): the note goes under the shapes it explains.
        #expect(output == """
            forward layer 1 (tanh)
              Z1 = W1 · X + b1   (4,2)·(2,400) + (4,1) → (4,400)
                                 b1 is broadcast across the 400 columns
              A1 = tanh(Z1)      (4,400) → (4,400)
              cache[1] = (A0, W1, b1, Z1)   (A0 is X)
            """)
        // A terminal of 120 columns has room for the note beside them.
        var wide = session(Self.planarSetup)
        wide.console.width = 119
        #expect(OutputRenderer(width: 119).render(wide.execute("forward"), line: "forward", options: .init()) == """
            forward layer 1 (tanh)
              Z1 = W1 · X + b1   (4,2)·(2,400) + (4,1) → (4,400)   b1 is broadcast across the 400 columns
              A1 = tanh(Z1)      (4,400) → (4,400)
              cache[1] = (A0, W1, b1, Z1)   (A0 is X)
            """)
        #expect(s.matrix("Z1")?.shape == Shape(4, 400))
        #expect(s.matrix("A0") == s.matrix("X"))
    }

    @Test func theLearnerChecksTheBackwardFormulaByHand() {
        var s = session(Self.planarSetup + ["forward", "forward", "cost", "backward"])
        let (output, result) = text(&s, "dW2 - 1/m * dZ2 @ A1.T")
        #expect(!result.failed)
        #expect(output == "[[0. 0. 0. 0.]]  (1, 4)")
        #expect(text(&s, "np.allclose(db2, 1/m * np.sum(dZ2, axis=1, keepdims=True))").0 == "True")
    }

    @Test func bracketNamesOfTheNotes() {
        var s = session(Self.planarSetup + ["forward"])
        #expect(s.execute("W[1]").outputs == s.execute("W1").outputs)
        #expect(text(&s, "(n[0], n[1], n[2])").0 == "(2, 4, 1)")
        #expect(text(&s, "cache[1][3].shape").0 == "(4, 400)")
        let (missing, result) = text(&s, "cache[2]")
        #expect(result.failed)
        #expect(missing.contains("cache[2] is empty: forward layer 2 has not run in this iteration"))
        #expect(s.execute("dZ[2]").diagnostics.first?.message.contains("dZ[2] (the variable dZ2) does not exist yet: it is computed by backward layer 2") == true)
    }

    @Test func aParameterOverwrittenBeforeForwardIsUsed() {
        var s = session(Self.planarSetup + ["W1 = zeros((4, 2))", "forward"])
        #expect(s.matrix("Z1") == (try! Matrix.zeros(4, 400)))
    }

    @Test func aParameterChangedAfterForwardMakesTheCacheStale() {
        var s = session(Self.planarSetup + ["forward", "W1 = W1 * 2"])
        let before = s.environment.network
        let (output, result) = text(&s, "forward")
        #expect(result.failed)
        #expect(result.diagnostics.first?.message.hasPrefix("W1 changed after forward layer 1 used it: Z1, A1 and cache[1] still hold the old W1's results") == true)
        #expect(output.contains("hint: rewind"))
        #expect(s.environment.network.position == before.position)
        #expect(!text(&s, "rewind").1.failed)
        #expect(!text(&s, "forward").1.failed)
    }

    @Test func guardRailsThroughTheREPL() {
        var s = session(Self.planarSetup)
        #expect(text(&s, "backward").0.contains("backward needs a forward pass first: there are no caches yet"))
        #expect(text(&s, "update").0.contains("update needs dW and db of every layer; next is forward layer 1"))
        var mismatch = session(Self.planarSetup + ["X3 = np.random.randn(3, 400)", "data X3 Y"])
        #expect(text(&mismatch, "forward").0.contains("X has 3 rows (features) but W1 is (4, 2), so layer 1 expects 2"))
        var wrongY = Session()
        _ = wrongY.execute("X = ones((2, 5))")
        _ = wrongY.execute("Y = ones((5, 1))")
        let (yError, _) = text(&wrongY, "data X Y")
        #expect(yError.contains("Y is (5, 1) but Y must be one row (1, m) of labels"))
        #expect(yError.contains("Y.T is the row"))
    }

    @Test func commandErrorsNameTheWordAndSuggest() {
        var s = Session()
        #expect(text(&s, "layer 4 tahn").0.contains("did you mean 'tanh'?"))
        #expect(text(&s, "data planer").0.contains("did you mean 'planar'?"))
        #expect(text(&s, "layer four tanh").0.contains("the number of units must be a whole number from 1, not 'four'"))
        _ = s.execute("layer 1 sigmoid")
        #expect(text(&s, "init gaussian").0.contains("unknown initialisation 'gaussian'"))
        #expect(text(&s, "train").0.contains("train needs a number of iterations"))
    }

    /// The costs are numpy's: scripts/course_model.py's planar_iteration from np.random.seed(2)
    /// gives 0.6930480201239823, 0.28808329356901846 and, after the last update of 2000,
    /// 0.2544372303794763 (iteration 1999), which print to six places as below.
    @Test func trainPrintsTheCostsTheWayTheCourseDoes() {
        var s = session(Self.planarSetup)
        let (output, _) = text(&s, "train 2000 lr 1.2 every 1000")
        #expect(output == """
            Cost after iteration 0: 0.693048
            Cost after iteration 1000: 0.288083
            Cost after iteration 1999: 0.254437
            trained 2000 iterations at α = 1.2; 2000 in all since init
            """)
        // The whole value, not only six places: the run is not chaotic before iteration ~7700,
        // and numpy and Backprop agree there to a few ulp (1e-12 leaves room for other CPUs).
        let last = s.environment.network.costHistory.last!
        #expect(last.iteration == 1999)
        #expect(abs(last.cost - 0.2544372303794763) < 1e-12, "\(last.cost)")
    }

    @Test func whereDrawsThePipelineWithTheCursor() {
        var s = session(Self.planarSetup + ["forward", "forward"])
        #expect(text(&s, "where").0 == """
                          ○
                 ○        ○        ○ → ŷ
                 ○        ○
                          ○
                [0]      [1]      [2]
                x        tanh     sigmoid
                n=2      n=4      n=1
                                  ^ next: cost
            iteration 1 · α = 0.01 · m = 400
            X → [1] → [2] → cost → d[2] → d[1] → update
                 ✓     ✓    ^^^^
            next: cost
            [l] is forward layer l, d[l] backward layer l
            """)
    }

    @Test func shapesTableForThePlanarNetwork() {
        var s = session(Self.planarSetup)
        #expect(text(&s, "shapes").0 == """
            m = 400, layer_dims = [2, 4, 1]
            layer  W      b      Z        A        dZ       dW     db     dA
            0                             (2,400)                         (2,400)
            1      (4,2)  (4,1)  (4,400)  (4,400)  (4,400)  (4,2)  (4,1)  (4,400)
            2      (1,4)  (1,1)  (1,400)  (1,400)  (1,400)  (1,4)  (1,1)  (1,400)
            W[l] is (n[l], n[l-1]); b[l] is (n[l], 1); Z[l] and A[l] are (n[l], m); A[0] is
            X. Every gradient has the shape of what it differentiates: dW like W, db like b,
            dZ like Z, dA like A.
            """)
    }

    @Test func explainGivesFormulaShapesAndWhatComesNext() {
        var s = session(Self.planarSetup)
        #expect(text(&s, "explain dW[2]").0 == """
            dW2 = (1/m) dZ2 · A1.T
              ∂J/∂W2, averaged over the m examples
            shape: (n[2], n[1]) = (1, 4), from dZ2 (1,400), A1 (4,400); the shape of W2
            computed in: backward layer 2
            used next: update: W2 = W2 - α dW2
            """)
    }

    /// The notes' 2-layer example for one example: x (3,1), W1 (4,3), b1 (4,1), W2 (1,4), b2 (1,1).
    @Test func theNotesTwoLayerExampleForOneExampleThenVectorised() {
        var s = session(["np.random.seed(1)", "x = np.random.randn(3, 1)", "y = [[1]]", "data x y",
                         "layer 4 tanh", "layer 1 sigmoid", "init random 0.01 seed 1"])
        #expect(s.matrix("W1")?.shape == Shape(4, 3))
        #expect(s.matrix("b2")?.shape == Shape(1, 1))
        let (forward, _) = text(&s, "forward")
        #expect(forward.contains("Z1 = W1 · X + b1   (4,3)·(3,1) + (4,1) → (4,1)\n"))
        #expect(!forward.contains("broadcast"))
        _ = s.execute("step all")
        #expect(s.environment.network.iteration == 1)
        _ = s.execute("X5 = np.random.randn(3, 5)")
        _ = s.execute("Y5 = [[1, 0, 0, 1, 1]]")
        _ = s.execute("data X5 Y5")
        let (vectorised, _) = text(&s, "forward")
        #expect(vectorised.contains("(4,3)·(3,5) + (4,1) → (4,5)\n"))
        #expect(vectorised.contains("b1 is broadcast across the 5 columns"))
    }

    @Test func gradcheckReportsEveryParameter() {
        var s = session(Self.planarSetup)
        let (output, result) = text(&s, "gradcheck")
        #expect(!result.failed)
        for name in ["W1", "b1", "W2", "b2"] { #expect(output.contains("  \(name) ")) }
        #expect(output.contains("below 2e-7: backward propagation agrees with the numerical gradient"))
    }

    /// numpy, the course's predict after nn_model's 1000 iterations from seed 2: 357 of the 400
    /// points right, 89.25 % (the lesson activation-functions asks for it too).
    @Test func predictSetsPredictionsAndAccuracy() throws {
        var s = session(Self.planarSetup + ["train 1000 lr 1.2"])
        let (output, _) = text(&s, "predict")
        #expect(output == "predictions = (A2 > 0.5)   (1, 400)\naccuracy: 89.25% (357 of 400 examples)")
        let predictions = try #require(s.matrix("predictions"))
        #expect(predictions.count == 400)
        let Y = try #require(s.matrix("Y"))
        #expect(zip(predictions.elements, Y.elements).filter { $0 == $1 }.count == 357)
    }

    @Test func accuracyPrintsWithoutRoundingArtefacts() {
        var s = session(["data planar", "layer 4 sigmoid", "layer 1 sigmoid", "init random 0.01 seed 2", "train 1000 lr 1.2"])
        #expect(text(&s, "predict").0.hasSuffix("accuracy: 62.75% (251 of 400 examples)"))
    }

    @Test func aFailedStepChangesNothing() {
        var s = session(Self.planarSetup + ["forward"])
        let before = s.environment
        _ = s.execute("backward")
        #expect(s.environment.network == before.network)
        #expect(s.environment.variableNames == before.variableNames)
    }
}

@Suite struct StepperInspectionTests {
    @Test func showCacheAndLayer() {
        var session = Session()
        for line in StepperCommandTests.planarSetup + ["forward"] { _ = session.execute(line) }
        let cache = OutputRenderer().render(session.execute("show cache 1"), line: "show cache 1", options: session.environment.printOptions)
        #expect(cache.hasPrefix("cache[1] = (A0, W1, b1, Z1)\nA0 (2, 400)\n"))
        #expect(cache.contains("\nW1 (4, 2)\n[[-0.00416758 -0.00056267]\n"))
        #expect(cache.contains("\nb1 (4, 1)\n") && cache.contains("\nZ1 (4, 400)\n"))
        let layer = OutputRenderer().render(session.execute("show layer 2"), line: "show layer 2", options: session.environment.printOptions)
        #expect(layer.hasPrefix("layer 2: 1 unit, sigmoid; each quantity beside its gradient\nW2 (1, 4)"))
        #expect(layer.contains("Z2: not computed yet                     dZ2: not computed yet\n"))
        #expect(layer.contains("  (forward layer 2)                        (backward layer 2)"))
        #expect(session.execute("show cache 2").diagnostics.first?.message == "cache[2] is empty: forward layer 2 has not run in this iteration")
    }

    @Test func plotsThroughTheREPLInPlainText() {
        var session = Session()
        for line in StepperCommandTests.planarSetup + ["train 200 lr 1.2"] { _ = session.execute(line) }
        let boundary = OutputRenderer().render(session.execute("plot boundary"), line: "plot boundary", options: session.environment.printOptions)
        #expect(boundary.hasPrefix("planar: 400 examples, regions where the network predicts 1 (A2 > 0.5)\n"))
        #expect(boundary.contains("o label 0   x label 1"))
        let cost = OutputRenderer().render(session.execute("plot cost"), line: "plot cost", options: session.environment.printOptions)
        #expect(cost.hasPrefix("cost J by iteration (200 recorded)"))
        // W1 after 200 iterations, from numpy (course_model.planar_iteration from seed 2):
        //   [[-0.01417243 -2.23359252] [-1.03484279 1.19232751] [-1.68240897 -1.74663386] [1.53458302 -1.78781658]]
        // Each cell is one of ten levels of (w - min) / (max - min); the scale shows min and max.
        let heat = OutputRenderer().render(session.execute("plot W1"), line: "plot W1", options: session.environment.printOptions)
        #expect(heat == """
            W1 (4, 2)
              0 1
            0 ++
            1 --@@
            2 ....
            3 @@..
            scale -2.234 [ .:-=+*#%@] 1.535
            """, "\(heat)")
        var fresh = Session()
        let empty = fresh.execute("plot cost")
        #expect(empty.diagnostics.first?.message == "there is no cost to plot yet")
    }
}
