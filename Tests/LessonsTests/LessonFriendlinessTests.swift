import Foundation
import Testing
import BackpropLanguage
import Progress
@testable import Lessons

/// Narration rendered from Markdown in the terminal's width; a resumed lesson that continues
/// exactly; one source of truth for the lesson list; the small slips in lessons.
@Suite struct LessonFriendlinessTests {
    @Test func narrationIsReflowedAndItsMarkdownRendered() {
        let markdown = """
            That is the course's flower data set and its 2-layer network, with the notebook's own numbers.
            From here: `help` lists everything, `help stepper` shows the stepper, **really**.

            - a list item long enough to need a second line when the width is small
            - `A1**2` stays as written inside code

                indented code stays exactly   as it is
            """
        let lines = NarrationText.render(markdown, width: 40)
        #expect(lines == [
            "That is the course's flower data set and",
            "its 2-layer network, with the notebook's",
            "own numbers. From here: help lists",
            "everything, help stepper shows the",
            "stepper, really.",
            "",
            "- a list item long enough to need a",
            "  second line when the width is small",
            "- A1**2 stays as written inside code",
            "",
            "    indented code stays exactly   as it is",
        ])
        let styled = NarrationText.inline("`help` and **this**", styler: Brackets())
        #expect(styled == "[shape:help] and [emphasis:this]")
        #expect(NarrationText.inline("dZ1 = dA1 * (1 - A1**2) and (1 - A1**2)") == "dZ1 = dA1 * (1 - A1**2) and (1 - A1**2)")
    }

    /// The tour's last line showed "`help` lists everything", backticks and all.
    @Test func theTourIsShownWithoutMarkdown() throws {
        let lesson = try LessonReplayTests.catalog.load("tour")
        let transcript = LessonReplay.run(lesson).transcript
        #expect(!transcript.contains("`"))
        #expect(transcript.contains("From here: help lists everything"))
        #expect(transcript.split(separator: "\n").allSatisfy { $0.count <= 80 }, "80 columns when not a terminal")
    }

    static let practice = try! LessonParser.parse("""
        # Practice

        ```repl
        W = [1 2; 3 4]
        x = [1; 1]
        ```

        ```question
        ask: Compute dZ = W x.
        expect: dZ = W @ x
        ```

        ---

        ```question
        ask: Now twice dZ.
        expect: 2 * W @ x
        ```

        ```question
        ask: shape of W?
        shape: (2, 2)
        ```
        """, name: "practice", file: "lessons/practice.md")

    /// A resumed lesson dropped the learner's own variables (a `dZ` typed at one question, their
    /// own `mine`) and counted only the questions after the resume.
    @Test func aResumedLessonContinuesExactly() {
        var first = LessonPlayer(lesson: Self.practice)
        _ = first.start()
        _ = first.handle("dZ = np.dot(W, x)")  // right, as the learner wrote it
        _ = first.handle("mine = dZ + 1")      // exploring at the pause
        _ = first.handle("")
        _ = first.handle("3 * W @ x")          // wrong once
        _ = first.handle("quit")  // the runner, which saves, says whether progress was kept
        #expect(first.quit)
        let saved = first.inputs
        #expect(saved == ["dZ = np.dot(W, x)", "mine = dZ + 1", "", "3 * W @ x"])

        var resumed = LessonPlayer(lesson: Self.practice)
        let shown = resumed.resume(replaying: saved)
        #expect(shown.contains { $0.text == "(resuming where you left off; restart starts over)" })
        #expect(shown.contains { $0.role == .question && $0.text == "Now twice dZ." }, "the question it was at")
        #expect(resumed.session.environment["mine"]?.asMatrix?.elements == [4, 8], "the learner's own variable is back")
        _ = resumed.handle("2 * dZ")             // the natural answer, with the learner's dZ
        let end = resumed.handle("(2, 2)")
        #expect(resumed.isFinished)
        #expect(end.contains { $0.text == "questions: 2 right first time, 1 after a hint or a retry, 0 skipped" },
                "the whole lesson is counted: \(end.map(\.text))")
    }

    @Test func theProgressFileKeepsTheInputs() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bp-progress-\(UUID().uuidString)")
        let store = try #require(ProgressStore(directory: home.path))
        LessonProgress.update(in: store) {
            $0.lessons["practice"] = .init(position: 3, completed: false, score: .init(firstTry: 1), inputs: ["a = \"q\"", "", "b"])
        }
        #expect(LessonProgress.load(from: store).lessons["practice"]?.inputs == ["a = \"q\"", "", "b"])
    }

    /// The in-REPL list read the progress once, when the REPL started: one source of truth now.
    @Test func theListReadsTheProgressEachTime() throws {
        let catalog = LessonReplayTests.catalog
        let progress = MutableProgress()
        let command = LessonCommand.make(catalog: catalog, progress: { (progress.value, nil) })
        var session = Session(commands: [command])
        func tourLine() -> String {
            let result = session.execute("lesson")
            guard case let .text(text)? = result.outputs.first else { return "" }
            return text.split(separator: "\n").first { $0.hasPrefix("  tour ") }.map(String.init) ?? ""
        }
        #expect(tourLine().contains(" new "))
        progress.value.lessons["tour"] = .init(position: 0, completed: true, score: .init())
        #expect(tourLine().contains(" done "))
    }

    /// The tour asked "Which product does fit?" and refused X.T @ W1.T, which fits.
    @Test func theToursQuestionAsksForTheProductThatGivesFourByThree() throws {
        let lesson = try LessonReplayTests.catalog.load("tour")
        var player = LessonPlayer(lesson: lesson)
        _ = player.start()
        let lines = player.handle("")
        let prompt = try #require(lines.first { $0.role == .question })
        #expect(prompt.text.contains("(4, 3)"))
        let wrong = player.handle("X.T @ W1.T").map(\.text)
        #expect(wrong.contains("not quite: your value is (3, 4) but the answer is (4, 3) (the transpose?)"))
        #expect(player.handle("W1 @ X").contains { $0.role == .correct })
    }

    @Test func aFlippedSignIsNamed() {
        let verdict = AnswerJudge.difference(.matrix(try! .init(rows: 1, columns: 2, elements: [-0.1, 0.2])),
                                             .matrix(try! .init(rows: 1, columns: 2, elements: [0.1, -0.2])))
        #expect(verdict == "the shape (1, 2) is right, but the sign is flipped: every value is the answer's with the opposite sign")
        let close = AnswerJudge.difference(.float(0.69304802), .float(0.69304811))
        #expect(close == "the shape () is right, but the values differ: 0.693048 instead of 0.6930481", "\(close ?? "")")
    }

    /// The README and lesson 02 called the late planar costs "the notebook's numbers".
    @Test func theDocsSayWhichNotebookNumbersAreExact() throws {
        let repository = LessonReplayTests.repository
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let lesson = try String(contentsOf: repository.appendingPathComponent("lessons/02-two-layer-network.md"), encoding: .utf8)
        #expect(!readme.contains("(the notebook's numbers)"))
        for text in [readme, lesson] {
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            #expect(words.contains("0 to 7000"), "what is exact")
            #expect(words.contains("8000 and 9000 may differ"), "what may not be")
            #expect(words.contains("numpy builds"), "and why")
        }
    }
}

final class MutableProgress: @unchecked Sendable {
    var value = LessonProgress()
}

/// Shows the role of styled text, for checking what is styled how.
struct Brackets: TextStyler {
    func style(_ text: String, as role: TextRole) -> String { "[\(role):\(text)]" }
}
