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

    @Test func aCommandsArgumentEvaluatesAsAStatementDoes() {
        // Its warnings and prints are kept, before what the command writes.
        let rankOne = run("v = np.zeros(3); c = np.zeros((3, 1))", "shape v + c").result
        #expect(rankOne.outputs.count == 2)
        #expect(rankOne.outputs.first.map { if case let .diagnostic(d) = $0 { d.severity == .warning && d.topic == "rank-1 broadcast" } else { false } } == true)
        #expect(rankOne.outputs.last == .text("(3, 3)"))
        let printing = run("def f(x):\n    print('measuring')\n    return x", "W1 = np.zeros((4, 3))", "shape f(W1)").result
        #expect(printing.outputs == [.printed("measuring"), .text("(4, 3)")])
        // After an error, what was printed before it stays shown, as after a failed statement.
        let failing = run("def g():\n    print('before')\n    return nope", "shape g()").result
        #expect(failing.failed)
        #expect(failing.outputs.first == .printed("before"))
        #expect(failing.outputs.count == 2)
        // The session's print sink gets the prints as they happen, as for a statement.
        let sink = PrintedLines()
        var session = Session()
        session.printSink = { sink.append($0) }
        _ = session.execute("def f(x):\n    print('measuring')\n    return x")
        let streamed = session.execute("shape f(1)")
        #expect(sink.lines == ["measuring"])
        #expect(streamed.outputs == [.text("()")])
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

/// Lines a print sink received.
final class PrintedLines: @unchecked Sendable {
    private(set) var lines: [String] = []
    func append(_ line: String) { lines.append(line) }
}
