import Testing
import MatrixEngine
import NeuralNetwork
@testable import BackpropLanguage

/// State a learner can see: `clear` is a fresh start that nothing undoes, a layer added after the
/// output layer says so, `update` uses the gradients the learner assigned, and `network` draws
/// the network as the notes do.
@Suite struct VisibleStateTests {
    func session(_ lines: [String]) -> Session {
        var session = Session()
        for line in lines { _ = session.execute(line) }
        return session
    }

    func text(_ session: inout Session, _ line: String) -> String {
        OutputRenderer(width: 200).render(session.execute(line), line: line, options: session.environment.printOptions)
    }

    /// `clear` clears the network too (its layers, data and parameters are its variables), says
    /// so, and no later command brings X, Y or W1 back.
    @Test func clearIsAFreshStartThatStays() {
        var s = session(StepperCommandTests.planarSetup + ["forward", "mine = 1"])
        let cleared = text(&s, "clear")
        #expect(cleared.hasPrefix("cleared "))
        #expect(cleared.contains("and the network (its layers, data and parameters): a fresh start"))
        for command in ["where", "shapes", "explain W1", "show layer 1", "network", "whos"] {
            _ = s.execute(command)
            #expect(s.environment["X"] == nil && s.environment["Y"] == nil && s.environment["W1"] == nil, "\(command) brought them back")
        }
        #expect(text(&s, "network").contains("no layers yet"))
        #expect(text(&s, "whos").hasPrefix("no variables yet"))
        var plain = session(["a = 1; b = 2"])
        #expect(text(&plain, "clear") == "cleared 2 variables", "without a network, nothing more to say")
    }

    @Test func clearingANetworkVariableIsNotUndoneByLooking() {
        var s = session(StepperCommandTests.planarSetup + ["forward"])
        _ = s.execute("clear W1")
        for command in ["where", "shapes", "explain W1", "show layer 1", "network"] {
            _ = s.execute(command)
            #expect(s.environment["W1"] == nil, "\(command) brought W1 back")
        }
        let (forward, result) = (text(&s, "rewind; forward"), s.execute("forward"))
        #expect(result.failed)
        #expect(forward.contains("W1 is no longer defined, but the network needs it"))
    }

    /// A command that defines a quantity writes it again, even with the same values.
    @Test func aCommandThatDefinesAQuantityBringsItBack() {
        var s = session(StepperCommandTests.planarSetup + ["forward", "clear X Z1 W1"])
        _ = s.execute("data planar")
        #expect(s.matrix("X")?.shape == Shape(2, 400))
        _ = s.execute("init random 0.01 seed 2")
        #expect(s.matrix("W1")?.shape == Shape(4, 2))
        _ = s.execute("forward")
        #expect(s.matrix("Z1")?.shape == Shape(4, 400))
    }

    /// An edit of W1 that no step has taken in yet is not overwritten by a command that only looks.
    @Test func anEditSurvivesACommandThatOnlyLooks() {
        var s = session(StepperCommandTests.planarSetup + ["W1 = np.zeros((4, 2))", "where", "shapes"])
        #expect(s.matrix("W1") == (try! Matrix.zeros(4, 2)))
        _ = s.execute("forward")
        #expect(s.matrix("Z1") == (try! Matrix.zeros(4, 400)))
    }

    /// The README's walk-through typed twice built [2, 4, 1, 4, 1] without a word.
    @Test func aLayerAfterTheOutputLayerSaysSo() {
        var s = session(StepperCommandTests.planarSetup)
        let added = text(&s, "layer 4 tanh")
        #expect(added.contains("note: layer 2 (1 sigmoid unit) was the output layer; this layer comes after it, as layer 3"))
        #expect(added.contains("to start a new network: network clear, then its layers; to undo: layer remove 3"))
        #expect(added.contains("layer_dims [2, 4, 1, 4]"), "and the result is shown")
        var fresh = session(["data planar", "layer 4 tanh"])
        #expect(!text(&fresh, "layer 1 sigmoid").contains("note:"))
    }

    /// `update` used backward's dW and db even after the learner assigned their own.
    @Test func updateUsesTheGradientsTheLearnerAssigned() {
        var s = session(StepperCommandTests.planarSetup + ["forward all", "backward all", "before = W1", "dW1 = dW1 * 0"])
        let report = text(&s, "update lr 1.2")
        #expect(report.contains("dW1: your value, assigned after backward, not backward's"))
        #expect(s.matrix("W1") == s.matrix("before"), "a zero gradient leaves W1 as it was")
        #expect(s.matrix("W2") != nil)
        var wrong = session(StepperCommandTests.planarSetup + ["forward all", "backward all", "db2 = np.zeros((2, 2))"])
        let refused = text(&wrong, "update")
        #expect(refused.contains("db2 is now (2, 2), but the update needs the shape of b2: (1, 1)"))
        var untouched = session(StepperCommandTests.planarSetup + ["step all"])
        #expect(untouched.environment.network.iteration == 1, "step all is not an edit")
        #expect(!text(&untouched, "where").contains("your value"))
    }

    @Test func networkDrawsTheNetworkAsTheNotesDo() {
        var s = session(StepperCommandTests.planarSetup + ["forward"])
        let drawn = text(&s, "network")
        #expect(drawn.contains("""
                          ○
                 ○        ○        ○ → ŷ
                 ○        ○
                          ○
                [0]      [1]      [2]
                x        tanh     sigmoid
                n=2      n=4      n=1
                                  ^ next: forward layer 2
            """), "\(drawn)")
        #expect(drawn.contains("  layer 1  4 units  tanh     W1 (4, 2)  b1 (4, 1)"))
        #expect(text(&s, "where").contains("^ next: forward layer 2\niteration 1"))
    }

    /// A wide layer is cut short with ⋮, a deep network with its middle layers elided, so the
    /// drawing always fits the terminal.
    @Test func aBigNetworkIsDrawnWithinTheWidth() {
        let units = [12288] + Array(repeating: 20, count: 12) + [1]
        let activations = Array(repeating: Activation.relu, count: 12) + [.sigmoid]
        let lines = NetworkDrawing.draw(units: units, activations: activations, width: 79)
        #expect(lines.allSatisfy { $0.count <= 79 }, "\(lines.joined(separator: "\n"))")
        #expect(lines.joined().contains("⋮"))
        #expect(lines.contains { $0.contains("layers") && $0.contains("…") == false } || lines.joined().contains("…"))
        #expect(lines.joined(separator: "\n").contains("n=12288"))
        #expect(lines.contains { $0.contains("[13]") }, "the output layer is always drawn")
    }
}

/// The small slips: every product that fits, the inner product first, the learner's own names.
@Suite struct SmallSlipTests {
    @Test func twoColumnsPreferTheInnerProductAndNameTheOther() {
        let result = run("w = np.ones((2, 1)); x = np.ones((2, 1))", "w @ x").result
        #expect(result.diagnostics.first?.hint == "did you mean w.T @ x? (1,2) @ (2,1) → (1,1), the inner product; w @ x.T would give (2, 2), the outer product")
        // The formula's context decides when it can: here b is (2, 2).
        let outer = run("w = np.ones((2, 1)); x = np.ones((2, 1)); B = np.ones((2, 2))", "z = w @ x + B").result
        #expect(outer.diagnostics.first?.hint?.hasPrefix("did you mean w @ x.T? (2,1) @ (1,2) → (2,2), the outer product") == true)
    }

    @Test func anUndefinedNamePrefersTheLearnersNamesWithTheSameLetter() {
        let result = run("X = np.ones((2, 3)); Y = np.ones((1, 3)); b1 = np.zeros((4, 1))", "b").result
        #expect(result.diagnostics.first?.hint == "did you mean 'b1'?")
        let recent = run("b1 = 1; b2 = 2; b1 = 3", "b").result
        #expect(recent.diagnostics.first?.hint == "did you mean 'b1'?", "the one assigned most recently")
    }

    @Test func aTransposeHintHasOnePairOfParentheses() {
        let result = run("A = np.ones((1, 3)); Y = np.ones((1, 3)); X = np.ones((2, 3))", "X @ (A - Y)").result
        #expect(result.diagnostics.first?.hint == "did you mean X @ (A - Y).T? (2,3) @ (3,1) → (2,1)")
        #expect(ShapeDiagnostics.transposed("(A - Y)") == "(A - Y).T")
        #expect(ShapeDiagnostics.transposed("(a) + (b)") == "((a) + (b)).T")
        #expect(ShapeDiagnostics.transposed("A - Y") == "(A - Y).T")
    }
}
