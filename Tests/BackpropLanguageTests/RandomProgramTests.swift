import Testing
@testable import BackpropLanguage

/// Random and malformed blocks, unbalanced indentation, runaway loops and recursion, huge
/// lists: each program gives output or an error, never a crash or a hang.
@Suite struct RandomProgramTests {
    typealias Generator = RandomInputTests.Generator

    static let lines = [
        "def f(x):", "def g(a, b=1, *args, **kw):", "    return x", "    return a, b", "return 1", "for i in range(3):",
        "for k, v in d.items():", "while n < 3:", "    n += 1", "if x > 0:", "elif x < 0:", "else:", "    pass", "    break",
        "    continue", "x = [1, 2, 3]", "d = {'a': 1}", "d['b'] = [x]", "x, y = 1, 2", "x, y = y", "a = b = 0", "n = 0",
        "assert n == 0, 'n'", "del d['a']", "global n", "print(f(2))", "print(x[5])", "xs = [0] * 10**9", "s = 'abc",
        "t = \"\"\"open", "    ", "", "  x = 1", "\t\ty = 2", "lambda: 0", "(", ")", "[1, 2", "}", "f(", "x = f(x)",
        "def r(n): return r(n + 1)", "r(0)", "class A:", "try:", "    x = 1 +", "print(f\"{x:>5}\")", "print('%d' % x)",
        "A = np.ones((2, 2))", "for row in A:", "    print(row.shape)", "y = [i * i for i in range(4) if i]", "import math",
        "x = math.sqrt(-1)", "x = 10**400 // 3", "print(len(x), sorted(x))", "\\", "x = (1,", "    2)", "@", "if", "for in",
    ]

    @Test func randomProgramsNeverCrashOrHang() {
        var generator = Generator(state: 20261202)
        for _ in 0..<400 {
            var session = Session()
            _ = session.execute("import numpy as np")
            var reader = CellReader(mode: generator.next() % 2 == 0 ? .program : .interactive)
            let count = 1 + Int(generator.next() % 12)
            var cells: [CellReader.Cell] = []
            for _ in 0..<count { cells += reader.add(generator.pick(Self.lines)) }
            if let last = reader.finish() { cells.append(last) }
            for cell in cells {
                let result = session.execute(SourceText(cell.text, firstLineNumber: cell.firstLine))
                _ = OutputRenderer().render(result, line: cell.text, options: session.environment.printOptions)
                if result.failed { #expect(!result.diagnostics.isEmpty, "a failed cell says why: \(cell.text)") }
            }
        }
    }

    @Test func unbalancedIndentationIsAnErrorWithItsLine() {
        var session = Session()
        let result = session.execute("def f():\n        x = 1\n    return x")
        #expect(result.diagnostics.first?.message == "unindent does not match any outer indentation level")
        #expect(session.environment["f"] == nil, "a cell that does not parse runs nothing")
    }

    @Test func aRunawayLoopIsStoppedByCtrlC() {
        var session = Session()
        let pressed = InterruptAfter(calls: 1000)
        session.console.interruptRequested = { pressed.check() }
        let result = session.execute("n = 0\nwhile True:\n    n += 1")
        #expect(result.diagnostics.first?.message == "KeyboardInterrupt: stopped by Ctrl-C")
        #expect((session.environment["n"]?.wholeNumber ?? 0) >= 1000, "what the loop did is kept")
    }

    @Test func hugeListsAreRefusedNotAllocated() {
        var session = Session()
        #expect(session.execute("xs = [0] * 10**9").diagnostics.first?.message.contains("more than 100,000,000 items") == true)
        #expect(session.execute("xs = list(range(10**12))").diagnostics.first?.message.contains("more than Backprop will hold") == true)
        #expect(!session.execute("t = 0\nfor i in range(10**6):\n    t += i").failed, "a loop over a huge range needs no list")
    }
}

/// A Ctrl-C that arrives after some number of polls.
final class InterruptAfter: @unchecked Sendable {
    private var remaining: Int
    init(calls: Int) { remaining = calls }
    func check() -> Bool {
        remaining -= 1
        return remaining < 0
    }
}
