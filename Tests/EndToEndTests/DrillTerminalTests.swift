import BackpropLanguage
import Drills
import Foundation
import Testing

/// Drills as a learner meets them: a short seeded drill in a real terminal with right and
/// wrong answers, the REPL's `drill` command returning to the REPL with its state intact, and
/// the same drill fed through a pipe. The library replays each seeded session to know the
/// right answers (a fresh HOME has no record, so nothing is weighted).
@Suite(.serialized) struct DrillTerminalTests {
    /// An answer that is surely wrong for `question`.
    static func wrongAnswer(for question: DrillQuestion) -> String {
        switch question {
        case let .shape(q): return q.answer == .init(99, 98) ? "(98, 99)" : "(99, 98)"
        case let .fix(q): return q.referenceLine + " + 1"
        case let .predict(q): return q.resultShape == nil ? "(1, 1)" : "error"
        }
    }

    static func progressFile(in home: URL) -> String {
        home.appendingPathComponent(".backprop/progress.json").path
    }

    @Test func playsASeededDrillInATerminal() throws {
        var replay = DrillSession(options: DrillOptions(count: 3, seed: 7))
        _ = replay.start()
        let tmux = try TmuxSession(arguments: "drill --seed 7 --count 3", readyText: "drill 1/3>", keepsPaneAfterExit: true)
        #expect(try tmux.screen().contains("Drill · 3 questions · shapes, fix, predict · seed 7"))

        let first = try #require(replay.current)
        try tmux.type(first.sampleAnswer)
        try tmux.press("Enter")
        _ = replay.respond(to: first.sampleAnswer)
        var screen = try tmux.waitFor("score 1/1 · streak 1")
        #expect(screen.contains("✓ Right:"))
        try tmux.waitFor("drill 2/3>")

        let second = try #require(replay.current)
        let wrong = Self.wrongAnswer(for: second)
        try tmux.type("hint")
        try tmux.press("Enter")
        try tmux.waitFor("hint: \(second.hint.prefix(30))")
        try tmux.type(wrong)
        try tmux.press("Enter")
        guard case let .judged(false, feedback)? = Optional(second.assess(wrong, styler: PlainStyler())) else {
            Issue.record("the wrong answer is judged right")
            return
        }
        screen = try tmux.waitFor("score 1/2 · streak 0")
        // The start of the feedback, wrapped at word boundaries to the pane's 80 columns.
        let feedbackStart = TmuxSession.words(String(feedback.prefix(60)).split(separator: " ").dropLast().joined(separator: " "))
        #expect(TmuxSession.words(screen).contains(feedbackStart), "feedback:\n\(feedback)\nscreen:\n\(screen)")
        #expect(tmux.wordsBrokenByTheTerminal(in: screen).isEmpty, "\(screen)")
        _ = replay.respond(to: wrong)

        let third = try #require(replay.current)
        try tmux.waitFor("drill 3/3>")
        try tmux.type(third.sampleAnswer)
        try tmux.press("Enter")
        screen = try tmux.waitFor("Drill over: 2 of 3 right · best streak 1")
        #expect(TmuxSession.words(screen).contains("Missed: \(DrillTopic.title(of: second.topic)) ×1. The next drill draws more of these."))
        // The save line follows the score; it may be drawn after the screen above was read.
        try tmux.waitFor("Progress saved in ~/.backprop/progress.json.")
        // The score stays on the screen until the learner has read it and pressed Enter.
        try tmux.waitFor("(Enter to leave)")
        usleep(300_000)
        #expect(tmux.isAlive)
        #expect(try tmux.screen().contains("Drill over: 2 of 3 right"))
        try tmux.press("Enter")
        let deadline = Date().addingTimeInterval(10)
        while tmux.isAlive && Date() < deadline { usleep(50_000) }
        #expect(!tmux.isAlive)
        let saved = try String(contentsOfFile: Self.progressFile(in: tmux.home), encoding: .utf8)
        #expect(saved.contains("\"answered\": 3"))
        #expect(saved.contains("\"\(second.topic)\""))
    }

    @Test func ctrlCAtADrillPromptSaysHowToLeave() throws {
        let tmux = try TmuxSession(arguments: "drill --seed 7 --count 3", readyText: "drill 1/3>")
        try tmux.press("C-c")
        try tmux.waitFor("(Ctrl-C: type quit to end the drill; your score so far is kept)")
        #expect(tmux.isAlive)
        try tmux.type("quit")
        try tmux.press("Enter")
        try tmux.waitFor("Drill over")
    }

    @Test func theREPLsDrillReturnsToTheREPLWithItsVariables() throws {
        var replay = DrillSession(options: DrillOptions(kinds: [.shapes], count: 2, seed: 3))
        _ = replay.start()
        let tmux = try TmuxSession()
        try tmux.type("x = 41 + 1")
        try tmux.press("Enter")
        try tmux.type("drill shapes count 2 seed 3")
        try tmux.press("Enter")
        try tmux.waitFor("drill 1/2>")
        let answer = replay.current!.sampleAnswer
        try tmux.type(answer)
        try tmux.press("Enter")
        try tmux.waitFor("score 1/1 · streak 1")
        try tmux.waitFor("drill 2/2>")
        try tmux.type("quit")
        try tmux.press("Enter")
        try tmux.waitFor("Back in the REPL; your variables are as you left them.")
        try tmux.type("x")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("\n42")
        #expect(screen.contains("Drill over: 1 of 1 right · best streak 1"))
    }

    @Test func aPipedDrillReadsOneAnswerPerLine() throws {
        var replay = DrillSession(options: DrillOptions(count: 3, seed: 7))
        _ = replay.start()
        var answers: [String] = []
        while let question = replay.current {
            let answer = answers.count == 1 ? Self.wrongAnswer(for: question) : question.sampleAnswer
            answers.append(answer)
            _ = replay.respond(to: answer)
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bp-drill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let result = try ProcessResult.run(BinaryLocator.backprop, ["drill", "--seed", "7", "--count", "3"],
                                           input: answers.joined(separator: "\n") + "\n", environment: ["HOME": home.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("drill 1/3> \(answers[0])\n✓ Right:"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("drill 2/3> \(answers[1])\n✗"))
        #expect(result.standardOutput.contains("Drill over: 2 of 3 right · best streak 1"))
        #expect(!result.standardOutput.contains("\u{1B}["), "no colour on a pipe")
        #expect(FileManager.default.fileExists(atPath: Self.progressFile(in: home)))

        // The next session remembers: the record grows, and the summary counts both sessions.
        let again = try ProcessResult.run(BinaryLocator.backprop, ["drill", "--seed", "7", "--count", "1"], input: "skip\n", environment: ["HOME": home.path])
        #expect(again.standardOutput.contains("All drills: 2 of 4 right over 2 sessions"), "\(again.standardOutput)")
    }

    @Test func aScriptCanStartADrillAndCarryOn() throws {
        var replay = DrillSession(options: DrillOptions(kinds: [.predict], count: 1, seed: 5))
        _ = replay.start()
        let answer = replay.current!.sampleAnswer
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bp-drill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let result = try ProcessResult.run(BinaryLocator.backprop, [], input: "x = 2\ndrill predict count 1 seed 5\n\(answer)\nx + 1\n",
                                           environment: ["HOME": home.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("drill 1/1> \(answer)\n✓ Right:"), "\(result.standardOutput)")
        #expect(result.standardOutput.hasSuffix("3\n"), "the script goes on after the drill with its variables")
    }

    @Test func badOptionsAreRefused() throws {
        let result = try ProcessResult.run(BinaryLocator.backprop, ["drill", "--count", "0"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--count must be from 1 to 100"))
        let kind = try ProcessResult.run(BinaryLocator.backprop, ["drill", "--kind", "shapez"])
        #expect(kind.standardError.contains("unknown kind 'shapez'"))
    }
}
