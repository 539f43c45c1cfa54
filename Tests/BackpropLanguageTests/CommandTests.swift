import Testing
@testable import BackpropLanguage

@Suite struct CommandTests {
    @Test func whosListsVariablesWithShapes() {
        let text = run("W1 = np.zeros((4, 2)); m = 400", "whos").text
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("Name"))
        #expect(lines[1].hasPrefix("W1") && lines[1].contains("(4, 2)") && lines[1].contains("ndarray"))
        #expect(lines[2].hasPrefix("m ") && lines[2].contains("int") && lines[2].hasSuffix("400"))
    }

    @Test func clearRemovesNamedOrAll() {
        let (session, _, _) = run("a = 1; b = 2; c = 3", "clear a b")
        #expect(session.environment.variableNames == ["c"])
        let all = run("a = 1; b = 2", "clear").session
        #expect(all.environment.variableNames.isEmpty)
        let missing = run("a = 1", "clear aa").result
        #expect(missing.diagnostics.first?.hint == "did you mean 'a'?")
    }

    @Test func shapeCommandEvaluatesAnExpression() {
        #expect(run("W1 = np.zeros((4, 3)); X = np.zeros((3, 10))", "shape W1 @ X").text == "(4, 10)")
    }

    @Test func helpCoversEveryCommandAndFunction() {
        let session = Session()
        for command in session.commands.commands {
            let text = flattened(run("help \(command.name)").text)
            #expect(text.contains(flattened(command.summary)) && text.contains("example:"), "help \(command.name)")
        }
        for function in session.functions.functions {
            #expect(!function.summary.isEmpty && !function.example.isEmpty, "\(function.name)")
            let text = flattened(run("?\(function.displayName)").text)
            #expect(text.hasPrefix(flattened(function.signature)), "?\(function.displayName) → \(text)")
        }
        for entry in PythonBuiltins.entries where PythonHelpTopics.topic(named: entry.name) == nil {
            #expect(flattened(run("help \(entry.name)").text).hasPrefix(flattened(entry.signature)), "help \(entry.name)")
        }
        for topic in ["def", "for", "while", "list", "dict", "f-string", "cells", "class"] {
            #expect(run("help \(topic)").text.contains("    "), "help \(topic) shows an example")
        }
        #expect(run("help sigmod").result.diagnostics.first?.hint == "did you mean 'help sigmoid'?")
    }

    @Test func quitRequestsExit() {
        #expect(run("quit").result.shouldExit)
        #expect(run("exit").result.shouldExit)
    }

    @Test func precisionChangesPrinting() {
        #expect(run("precision 3", "np.array([[1/3]])").text.hasPrefix("[[0.333]]"))
    }
}
