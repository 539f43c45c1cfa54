import Testing
import BackpropLanguage
import MatrixEngine
@testable import Lessons

@Suite struct LessonParserTests {
    func parse(_ text: String) throws(LessonFormatError) -> Lesson {
        try LessonParser.parse(text, name: "x", file: "lessons/x.md")
    }

    func error(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    func question(_ item: LessonItem) -> Question? {
        if case let .question(question) = item.kind { return question }
        return nil
    }

    @Test func readsEveryKindOfItem() throws {
        let lesson = try parse("""
            # Title

            First paragraph
            continues here.

            Second paragraph.

            ```repl
            W = zeros((2, 3))
            ```

            ---

            ```question
            ask: shape of W?
            shape: 2x3
            hint: rows first
            hint: (2, 3)
            explain: rows, columns
            ```

            ```question
            ask: W transposed
              over two lines
            expect: V = W.T
            solution: V = np.transpose(W)
            ```

            ```question
            ask: how many?
            number: 6 ± 0.1
            ```

            ```question
            ask: pick
            option: a
            correct: b
            ```

            ```check
            W.shape == (2, 3)
            W.sum() ≈ 0.00
            ```
            """)
        #expect(lesson.title == "Title")
        #expect(lesson.summary == "First paragraph continues here.")
        #expect(lesson.items.count == 8)
        // Every item must be of its kind: a wrong kind is a failure, never a silent return.
        let shape = try #require(question(lesson.items[3]), "item 3 is \(lesson.items[3].kind)")
        #expect(shape.expected == .shape([2, 3]))
        #expect(shape.hints == ["rows first", "(2, 3)"])
        #expect(shape.explanation == "rows, columns")
        let expression = try #require(question(lesson.items[4]), "item 4 is \(lesson.items[4].kind)")
        #expect(expression.prompt == "W transposed\nover two lines")
        #expect(expression.expected == .expression("V = W.T"))
        #expect(expression.solution == "V = np.transpose(W)")
        let number = try #require(question(lesson.items[5]), "item 5 is \(lesson.items[5].kind)")
        let choice = try #require(question(lesson.items[6]), "item 6 is \(lesson.items[6].kind)")
        #expect(number.expected == .number("6", tolerance: 0.1))
        #expect(choice.expected == .choice(options: ["a", "b"], correct: 1))
        guard case let .checkpoint(checks) = lesson.items[7].kind else {
            Issue.record("item 7 is \(lesson.items[7].kind), not a checkpoint")
            return
        }
        #expect(checks.count == 2)
        #expect(checks[0].comparison == .equal)
        #expect(checks[1].comparison == .approximately(tolerance: 0.005))
        #expect(checks[1].line == 42)
    }

    /// A lesson saved with Windows line endings reads as the same lesson.
    @Test func windowsLineEndingsReadTheSame() throws {
        let text = "# Title\n\nThe summary.\n\n```repl\nx = 1\n```\n\n---\n\nMore narration.\n"
        let unix = try parse(text)
        let windows = try parse(text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(windows.title == "Title" && windows.summary == "The summary.")
        #expect(windows.items.map(\.kind) == unix.items.map(\.kind))
    }

    @Test func mistakesAreReportedWithTheirLine() {
        #expect(error("Some text") == "lessons/x.md:1: a lesson starts with its title, a line like '# Logistic regression'")
        #expect(error("# T\n\n```aks\nx\n```") == "lessons/x.md:3: unknown block 'aks'; blocks are repl, question and check")
        #expect(error("# T\n```qestion\nask: a\n```") == "lessons/x.md:2: unknown block 'qestion' (did you mean 'question'?); blocks are repl, question and check")
        #expect(error("# T\n```repl\nx = 1\n") == "lessons/x.md:2: the ```repl block is never closed: end it with a line of ```")
        // 'anwser' is too far from every key for a suggestion; 'expcet' is close to 'expect'.
        #expect(error("# T\n```question\nask: a\nanwser: 1\n```") == "lessons/x.md:4: unknown question key 'anwser'")
        #expect(error("# T\n```question\nask: a\nexpcet: 1\n```") == "lessons/x.md:4: unknown question key 'expcet' (did you mean 'expect'?)")
        #expect(error("# T\n```question\nask: a\n```") == "lessons/x.md:2: a question needs its answer: 'expect:' (an expression), 'shape:', 'number:', 'define:' (a function), or 'option:'/'correct:' lines")
        #expect(error("# T\n```question\nask: a\nshape: 4 by 3\n```") == "lessons/x.md:4: '4 by 3' is not a shape: write (4, 3), 4x3, 4,3 or (4,) for rank-1")
        #expect(error("# T\n```repl\nx = (1 +\n```") != nil)
        #expect(error("# T\n```repl\nquit\n```") == "lessons/x.md:3: a lesson cannot run 'quit': it only drives the REPL")
        #expect(error("# T\n```repl\nx = 1\nlesson tour\n```") == "lessons/x.md:4: a lesson cannot run 'lesson': it only drives the REPL")
        #expect(error("# T\n```repl\ndrill\n```") == "lessons/x.md:3: a lesson cannot run 'drill': it only drives the REPL")
        #expect(error("# T\n```repl\nx = 2; drill fix count 1\n```") == "lessons/x.md:3: a lesson cannot run 'drill': it only drives the REPL")
        #expect(error("# T\n```check\nx is 3\n```") == "lessons/x.md:3: a checkpoint reads 'EXPRESSION ≈ VALUE ± TOLERANCE' or 'EXPRESSION == VALUE'")
        #expect(error("# T\n```question\nask: a\noption: x\noption: y\n```") == "lessons/x.md:2: a choice needs two or more 'option:' lines, exactly one of them written 'correct:'")
    }

    @Test func shapesAsLearnersTypeThem() {
        for text in ["(4, 3)", "(4,3)", "4x3", "4 x 3", "4×3", "4,3", "[4, 3]"] {
            #expect(ShapeText.parse(text) == [4, 3], "\(text)")
        }
        // numpy's rank-1 shape needs its trailing comma, as in Python.
        #expect(ShapeText.parse("(4,)") == [4])
        #expect(ShapeText.parse("(4)") == nil)
        #expect(ShapeText.parse("4 by 3") == nil)
        #expect(ShapeText.parse("(4, 3, 2)") == nil)
        #expect(ShapeText.halfUnitInLastPlace(of: "5.801545") == 5e-7)
        #expect(ShapeText.halfUnitInLastPlace(of: "[[0.5], [-2.25]]") == 0.05)
        #expect(ShapeText.halfUnitInLastPlace(of: "cost") == nil)
    }

    @Test func aCheckpointComparesAtTheTopLevel() throws {
        let lesson = try parse("# T\n```check\nnp.all(W == V[0:1, :]) == True\n```")
        guard case let .checkpoint(checks) = lesson.items[0].kind else { Issue.record("no checkpoint"); return }
        #expect(checks[0].expression == "np.all(W == V[0:1, :])")
        #expect(checks[0].expected == "True")
    }
}
