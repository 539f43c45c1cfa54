import Testing
@testable import BackpropLanguage

@Suite struct CompletionTests {
    @Test func completesVariablesFunctionsAndCommandsAtLineStart() {
        var session = Session()
        _ = session.execute("learning_rate = 0.5")
        let start = session.completions(forLineBeforeCursor: "le")
        #expect(start.word == "le")
        #expect(start.candidates.contains("learning_rate") && start.candidates.contains("leaky_relu"))
        #expect(session.completions(forLineBeforeCursor: "wh").candidates == ["where", "while", "whos", "who"].sorted())
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

    @Test func completesKeywordsAndPythonBuiltins() {
        let session = Session()
        #expect(session.completions(forLineBeforeCursor: "de").candidates.contains("def"))
        #expect(session.completions(forLineBeforeCursor: "    ret").candidates == ["return"])
        #expect(session.completions(forLineBeforeCursor: "x = enum").candidates == ["enumerate"])
        #expect(session.completions(forLineBeforeCursor: "if a an").candidates == ["and", "any"])
        #expect(session.completions(forLineBeforeCursor: "y = isins").candidates == ["isinstance"])
    }

    @Test func completesTheLearnersFunctionsAndShowsTheirParameters() {
        var session = Session()
        _ = session.execute(SourceText("def linear_forward(A, W, b, learning_rate=0.1):\n    return W @ A + b"))
        #expect(session.completions(forLineBeforeCursor: "Z = linear_f").candidates == ["linear_forward"])
        let hint = session.completion(forLineBeforeCursor: "Z = linear_forward(")
        #expect(hint.isHint && hint.candidates == ["linear_forward(A, W, b, learning_rate=…)"])
        #expect(session.completion(forLineBeforeCursor: "Z = linear_forward(A, ").isHint)
        #expect(session.completions(forLineBeforeCursor: "Z = linear_forward(A, W, b, lea").candidates.contains("learning_rate="))
        #expect(session.completion(forLineBeforeCursor: "len(").candidates == ["len(obj)"])
    }

    @Test func completesDictionaryKeysInsideQuotes() {
        var session = Session()
        _ = session.execute("parameters = {\"W1\": 1, \"b1\": 2, \"W2\": 3, 4: 5}")
        let keys = session.completion(forLineBeforeCursor: "x = parameters[\"")
        #expect(keys.candidates == ["W1", "W2", "b1"] && keys.word == "")
        let one = session.completion(forLineBeforeCursor: "parameters['b")
        #expect(one.candidates == ["b1"] && one.suffix == "']")
        #expect(session.completion(forLineBeforeCursor: "x = \"a\" + parameters[\"W").candidates == ["W1", "W2"])
    }

    @Test func completesMethodsByTheVariablesKind() {
        var session = Session()
        _ = session.execute("costs = [1, 2]; grads = {\"dW1\": 1}; name = \"relu\"")
        #expect(session.completions(forLineBeforeCursor: "costs.app").candidates == ["append"])
        #expect(session.completions(forLineBeforeCursor: "grads.it").candidates == ["items"])
        #expect(session.completions(forLineBeforeCursor: "name.up").candidates == ["upper"])
        #expect(session.completions(forLineBeforeCursor: "\", \".jo").candidates == ["join"])
        #expect(session.completions(forLineBeforeCursor: "math.sq").candidates == ["sqrt"])
        #expect(session.completions(forLineBeforeCursor: "copy.dee").candidates == ["deepcopy"])
    }

    @Test func completesTheCurrentLineOfACell() {
        var session = Session()
        _ = session.execute("costs = [1, 2]")
        #expect(session.completions(forLineBeforeCursor: "for c in costs:\n    costs.po").candidates == ["pop"])
        #expect(session.completion(forLineBeforeCursor: "    ").candidates == ["    "])  // Tab in the indentation indents
        #expect(session.completions(forLineBeforeCursor: "%who").candidates == ["who", "whos"])
    }
}
