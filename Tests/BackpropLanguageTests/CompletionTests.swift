import Testing
@testable import BackpropLanguage

@Suite struct CompletionTests {
    @Test func completesVariablesFunctionsAndCommandsAtLineStart() {
        var session = Session()
        _ = session.execute("learning_rate = 0.5")
        let start = session.completions(forLineBeforeCursor: "le")
        #expect(start.word == "le")
        #expect(start.candidates.contains("learning_rate") && start.candidates.contains("leaky_relu"))
        #expect(session.completions(forLineBeforeCursor: "wh").candidates == ["where", "whos", "who"].sorted())
    }

    @Test func completesNumpyNamespaces() {
        let session = Session()
        #expect(session.completions(forLineBeforeCursor: "Z = np.lins").candidates == ["linspace"])
        #expect(session.completions(forLineBeforeCursor: "np.random.ra").candidates == ["rand", "randint", "randn", "random", "random_sample"])
        #expect(session.completions(forLineBeforeCursor: "x = np.linalg.").candidates == ["norm"])
    }

    @Test func completesAttributesAndHelpTopics() {
        let session = Session()
        #expect(session.completions(forLineBeforeCursor: "W1.sh").candidates == ["shape"])
        #expect(session.completions(forLineBeforeCursor: "help func").candidates == ["functions"])
        #expect(session.completions(forLineBeforeCursor: "a = 1; cl").candidates == ["clear", "clip"])
    }

    @Test func completesTheStepperCommandsArguments() {
        var session = Session()
        #expect(session.completions(forLineBeforeCursor: "data pl").candidates == ["planar"])
        #expect(session.completions(forLineBeforeCursor: "layer 4 ta").candidates == ["tanh"])
        #expect(session.completions(forLineBeforeCursor: "layer 4 leaky").candidates == ["leaky_relu"])
        #expect(session.completions(forLineBeforeCursor: "init x").candidates == ["xavier"])
        #expect(session.completions(forLineBeforeCursor: "plot bo").candidates == ["boundary"])
        _ = session.execute("Xtrain = ones((2, 3))")
        #expect(session.completions(forLineBeforeCursor: "data Xt").candidates == ["Xtrain"])
    }
}
