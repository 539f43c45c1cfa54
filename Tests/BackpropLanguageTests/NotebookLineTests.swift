import Testing
@testable import BackpropLanguage

/// The first lines of a course notebook, and names the learner shares with Backprop's commands.
@Suite struct NotebookLineTests {
    func outcome(_ lines: String...) -> (result: ExecutionResult, text: String) {
        var session = Session()
        var result = ExecutionResult()
        for line in lines { result = session.execute(line) }
        return (result, OutputRenderer().render(result, line: lines.last ?? "", options: session.environment.printOptions))
    }

    @Test func numpysImportsAreAccepted() {
        for line in ["import numpy as np", "import numpy", "import numpy as np, numpy", "from numpy import exp, log",
                     "from dnn_utils_v2 import sigmoid, sigmoid_backward, relu, relu_backward", "from testCases_v4a import *"] {
            #expect(!outcome(line).result.failed, "\(line)")
        }
        #expect(outcome("import numpy as np", "np.sum(np.ones((2, 2)))").text == "4.0")
    }

    @Test func otherModulesSayWhatBackpropHasInstead() {
        #expect(outcome("import h5py").result.diagnostics.first?.hint?.contains("data load FILE.csv") == true)
        #expect(outcome("import matplotlib.pyplot as plt").result.diagnostics.first?.hint == "plot with plot cost, plot data, plot boundary")
        #expect(outcome("import numpy as xp").result.diagnostics.first?.message == "Backprop knows numpy as np, not xp")
        let helpers = outcome("from planar_utils import plot_decision_boundary, sigmoid, load_planar_dataset").result.diagnostics.first
        #expect(helpers?.message == "planar_utils is the course's helper module; Backprop has no plot_decision_boundary, load_planar_dataset")
        #expect(helpers?.notes == ["plot_decision_boundary: plot boundary", "load_planar_dataset: data planar"])
        #expect(outcome("import testCases_v4a").result.failed)
    }

    @Test func aLearnersVariableWinsOverACommandOfTheSameName() {
        // The README's first example ends with `cost` printing the learner's cost.
        let (result, text) = outcome("cost = 5.8", "cost")
        #expect(!result.failed && text == "5.8")
        #expect(outcome("cost = 5.8").result.diagnostics.first?.message == "'cost' is also a command: from now on cost means your variable")
        var session = Session()
        _ = session.execute("cost = 1")
        #expect(session.execute("cost = 2").diagnostics.isEmpty, "said once a session")
    }

    @Test func thePercentPrefixAlwaysReachesTheCommand() {
        #expect(outcome("cost = 1", "%cost").result.diagnostics.first?.message.contains("there is no data") == true)
        #expect(outcome("whos = 1", "%whos").text.hasPrefix("Name"))
        #expect(outcome("%whos").text.hasPrefix("no variables yet"))
        #expect(outcome("%timeit").result.diagnostics.first?.message == "%timeit is not a Backprop command")
        #expect(outcome("data = 2", "data planar").result.diagnostics.first?.hint == "'data' is your variable now; %data runs the command")
        #expect(!outcome("data = 2", "%data planar").result.failed)
        // Defined earlier on the same line: the word is the variable too.
        #expect(outcome("cost = 5.8; cost").text.hasSuffix("5.8"))
        // Modulo still means modulo.
        #expect(outcome("x = 7", "x % 3").text == "1")
    }

    /// A block's first line on its own is a cell still open: run alone, it says which block it expected.
    @Test func aBlockHeaderAloneSaysWhatIsExpected() {
        for line in ["def sigmoid(z):", "for l in range(1, L):", "if x > 0:", "while True:"] {
            let error = outcome(line).result.diagnostics.first
            #expect(error?.message == "expected an indented block after '\(line)'", "\(line)")
        }
        #expect(outcome("class Net:").result.diagnostics.first?.message == "Backprop does not have Python's 'class'")
        #expect(outcome("return A, cache").result.diagnostics.first?.message == "'return' outside function")
        #expect(outcome("try:").result.diagnostics.first?.hint?.contains("run the lines without try") == true)
    }

    @Test func strAndReprPrintAsPython() {
        // python3: print("Z = " + str(np.array([[1.5, -2.]]))) and print(repr(np.array([1, 2])))
        #expect(outcome("Z = np.array([[1.5, -2.]])", "print(\"Z = \" + str(Z))").text == "Z = [[ 1.5 -2. ]]")
        #expect(outcome("print(repr(np.array([1, 2])))").text.hasPrefix("array([1, 2])\n"))  // then the rank-1 note
        #expect(outcome("print(\"cost = \" + str(0.25))").text == "cost = 0.25")
        #expect(outcome("\"cost = \" + 0.25").result.diagnostics.first?.message == "can only concatenate str (not \"float\") to str")
    }
}
