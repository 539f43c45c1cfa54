import Testing
import BackpropLanguage
@testable import Lessons

@Suite struct LessonPlayerTests {
    static let lesson = try! LessonParser.parse("""
        # Practice

        Intro.

        ```repl
        W = [1 2; 3 4]
        x = [1; 1]
        ```

        ---

        ```question
        ask: Compute z = W x.
        expect: z = W @ x
        hint: the matrix product
        hint: W @ x
        solution: z = np.dot(W, x)
        ```

        ```check
        z ≈ [[3], [7]]
        ```

        ```question
        ask: shape of W?
        shape: (2, 2)
        ```

        Done.
        """, name: "practice", file: "lessons/practice.md")

    func started(graded: Bool = false) -> (LessonPlayer, [LessonLine]) {
        var player = LessonPlayer(lesson: Self.lesson, graded: graded)
        let lines = player.start()
        return (player, lines)
    }

    func texts(_ lines: [LessonLine]) -> [String] { lines.map(\.text) }

    @Test func anyEquivalentFormulaIsRight() {
        for answer in ["z = W @ x", "np.dot(W, x)", "z = dot(W,x)", "W @ x", "np.matmul(W, x)"] {
            var (player, _) = started()
            _ = player.handle("")
            let lines = player.handle(answer)
            #expect(lines.contains { $0.role == .correct }, "\(answer)")
            #expect(player.session.environment["z"]?.asMatrix?.elements == [3, 7], "\(answer)")
        }
    }

    @Test func aWrongAnswerGivesFeedbackAndTheNextHintAndRestoresTheWorkspace() {
        var (player, _) = started()
        _ = player.handle("")
        let wrong = player.handle("z = x.T @ W")
        #expect(texts(wrong).contains("not quite: your value is (1, 2) but the answer is (2, 1) (the transpose?)"))
        #expect(texts(wrong).contains("hint 1/2: the matrix product"))
        #expect(player.session.environment["z"] == nil)  // the wrong z was not kept
        let broken = player.handle("W = W @ zeros((3, 3))")
        #expect(broken.contains { $0.role == .output && $0.text.contains("error: matrix product") })
        #expect(player.session.environment["W"]?.asMatrix?.elements == [1, 2, 3, 4])  // W survives a failed answer
        #expect(texts(player.handle("hint")) == ["no more hints: solution shows the answer, skip runs it"])  // both came with the wrong answers
        #expect(player.handle("z = W @ x").contains { $0.role == .correct })
        #expect(player.score.afterHelp == 1 && player.score.wrongAnswers == 2)
    }

    @Test func hintsComeOneAtATimeThenSolution() {
        var (player, _) = started()
        _ = player.handle("")
        #expect(texts(player.handle("hint")) == ["hint 1/2: the matrix product"])
        #expect(texts(player.handle("hint")) == ["hint 2/2: W @ x"])
        #expect(texts(player.handle("hint")) == ["no more hints: solution shows the answer, skip runs it"])
        #expect(texts(player.handle("solution")) == ["solution: z = np.dot(W, x)"])
        #expect(player.waiting == .question(3))
    }

    @Test func skipRunsTheReferenceAnswerSoLaterStepsWork() {
        var (player, _) = started()
        _ = player.handle("")
        let lines = player.handle("skip")
        #expect(texts(lines).contains("✓ z ≈ [[3], [7]]"))
        #expect(player.score.skipped == 1)
        #expect(player.checkpointFailures.isEmpty)
    }

    @Test func gradedModeRefusesSkipAndSolution() {
        var (player, _) = started(graded: true)
        _ = player.handle("")
        #expect(texts(player.handle("skip")) == ["skip is off in graded mode"])
        #expect(texts(player.handle("solution")) == ["solution is off in graded mode"])
        #expect(player.waiting == .question(3))
    }

    @Test func exploringAtAPauseRunsInTheWorkspace() {
        var (player, _) = started()
        let lines = player.handle("W.shape")
        #expect(texts(lines) == ["(2, 2)"])
        #expect(player.waiting == .pause)
    }

    @Test func shapeQuestionsTakeAnyNotationOrAValue() {
        var (player, _) = started()
        _ = player.handle("")
        _ = player.handle("skip")
        #expect(texts(player.handle("2 x 3")) == ["not quite: not (2, 3)"])
        #expect(player.handle("W.shape").contains { $0.role == .correct })
        #expect(player.isFinished)
    }

    @Test func backReturnsToThePreviousStopWithItsWorkspace() {
        var (player, _) = started()
        _ = player.handle("")
        _ = player.handle("z = W @ x")
        #expect(player.waiting == .question(5))
        _ = player.handle("back")
        #expect(player.waiting == .question(3))
        #expect(player.session.environment["z"] == nil)
    }

    @Test func resumingRebuildsTheWorkspace() {
        var (player, _) = started()
        _ = player.handle("")
        _ = player.handle("z = W @ x")
        let saved = player.resumePosition
        var resumed = LessonPlayer(lesson: Self.lesson)
        let lines = resumed.fastForward(to: saved)
        #expect(texts(lines).contains("shape of W?"))
        #expect(resumed.session.environment["z"]?.asMatrix?.elements == [3, 7])
        #expect(resumed.waiting == .question(5))
    }

    @Test func restartAndQuit() {
        var (player, _) = started()
        _ = player.handle("")
        _ = player.handle("restart")
        #expect(player.waiting == .pause)
        #expect(player.session.environment["z"] == nil)
        _ = player.handle("quit")
        #expect(player.quit)
    }

    @Test func aFailingCheckpointIsLoud() throws {
        let lesson = try LessonParser.parse("# T\n```repl\nJ = 0.5\n```\n```check\nJ ≈ 0.6\n```\n", name: "t", file: "lessons/t.md")
        let result = LessonReplay.run(lesson)
        #expect(result.failures == ["CHECKPOINT FAILED at lessons/t.md:6: J ≈ 0.6 — but J is 0.5"])
        #expect(result.transcript.contains("CHECKPOINT FAILED at lessons/t.md:6"))
    }

    @Test func theClosingSummaryListsCommandsAndFunctions() {
        var (player, _) = started()
        _ = player.handle("")
        _ = player.handle("np.dot(W, x)")
        let end = player.handle("(2, 2)")
        #expect(texts(end).contains("functions used: np.dot"))
        #expect(texts(end).contains("questions: 2 right first time, 0 after a hint or a retry, 0 skipped"))
    }

    @Test func aStepOnTheWayIsKeptNotJudged() {
        var (player, _) = started()
        _ = player.handle("")
        let lines = player.handle("Wx = W @ x")
        #expect(texts(lines) == ["(Wx is kept; the question asks for z)"])
        #expect(player.score.wrongAnswers == 0)
        #expect(player.handle("z = Wx").contains { $0.role == .correct })
    }

    /// `lesson` and `drill` are the REPL's: inside a lesson they are refused with the way out,
    /// at a pause and at a question alike, and change nothing; a variable named drill is fine.
    @Test func anotherLessonOrADrillIsRefusedInside() {
        var (player, _) = started()
        let before = player.position
        for input in ["lesson tour", "drill", "drill fix count 2", "fresh = 1; lesson"] {
            let lines = player.handle(input)
            #expect(lines.count == 1 && lines[0].role == .info, "\(input): \(lines.map(\.text))")
            #expect(lines.first?.text.contains("is not available inside a lesson: quit leaves the lesson") == true, "\(lines.map(\.text))")
        }
        #expect(player.position == before && player.waiting == .pause)
        #expect(player.session.environment["fresh"] == nil)
        _ = player.handle("drill = 3")
        #expect(player.session.environment["drill"] == .integer(3))
        _ = player.handle("")
        let question = player.waiting
        #expect(question != .pause && question != .finished)
        #expect(player.handle("drill").first?.text.hasPrefix("'drill' is not available inside a lesson") == true)
        #expect(player.waiting == question && player.score == LessonPlayer.Score())
    }
}
