import Foundation
import BackpropLanguage
import NeuralNetwork
import Progress
import Testing
@testable import Drills

@Suite struct DrillSessionTests {
    static func session(_ kinds: [DrillKind] = DrillKind.allCases, count: Int = 3, seed: Int = 7, record: DrillRecord = DrillRecord()) -> DrillSession {
        DrillSession(options: DrillOptions(kinds: kinds, count: count, seed: seed), record: record)
    }

    @Test func aSeedReplaysTheSameQuestions() {
        var a = Self.session(count: 6), b = Self.session(count: 6)
        #expect(a.start() == b.start())
        for _ in 0..<5 {
            #expect(a.respond(to: "skip") == b.respond(to: "skip"))
        }
        var c = Self.session(count: 6, seed: 8), d = Self.session(count: 6)
        #expect(c.start() != d.start().replacing("seed 7", with: "seed 8"), "another seed, other questions")
    }

    @Test func aMixedSessionTakesTurnsAtEachKind() {
        var session = Self.session(count: 6)
        _ = session.start()
        var kinds: [DrillKind] = []
        while let question = session.current {
            kinds.append(question.kind)
            _ = session.respond(to: question.sampleAnswer)
        }
        #expect(Set(kinds) == Set(DrillKind.allCases))
        #expect(kinds[0] != kinds[1] && kinds[1] != kinds[2])
    }

    @Test func rightAnswersScoreAndBuildAStreak() {
        var session = Self.session()
        _ = session.start()
        var last = ""
        while let question = session.current {
            last = session.respond(to: question.sampleAnswer)
            #expect(last.contains("✓ Right"))
        }
        #expect(session.isFinished)
        #expect(session.right == 3 && session.answered == 3 && session.streak == 3 && session.bestStreak == 3)
        #expect(last.contains("score 3/3 · streak 3"))
        #expect(last.contains("Drill over: 3 of 3 right · best streak 3"))
        #expect(last.contains("No misses."))
        #expect(session.record.right == 3 && session.record.sessions == 1 && session.record.bestStreak == 3)
    }

    @Test func aWrongAnswerExplainsAndResetsTheStreak() {
        var session = Self.session([.shapes], count: 3)
        _ = session.start()
        _ = session.respond(to: session.current!.sampleAnswer)
        guard case let .shape(q) = session.current else { Issue.record(); return }
        let wrong = q.answer.transposed == q.answer ? "(99, 99)" : q.answer.transposed.description
        let feedback = session.respond(to: wrong)
        #expect(feedback.contains("✗ Not \(ShapeAnswer.parse(wrong)!.description). \(q.rule)."))
        #expect(feedback.contains("score 1/2 · streak 0"))
        #expect(session.misses == [DrillTopic.key(.shapes, q.target.topic): 1])
        #expect(session.record.topics[DrillTopic.key(.shapes, q.target.topic)]?.missed == 1)
        let summary = session.respond(to: "quit")
        #expect(summary.contains("Drill over: 1 of 2 right · best streak 1"))
        #expect(summary.contains("Missed: \(q.target.topic) shapes ×1. The next drill draws more of these."))
        #expect(session.isFinished)
    }

    @Test func unreadableAnswersHintsAndHelpDoNotCount() {
        var session = Self.session([.shapes], count: 2)
        _ = session.start()
        #expect(session.respond(to: "four by three").contains("is not a shape I can read"))
        #expect(session.respond(to: "hint").hasPrefix("hint: "))
        #expect(session.respond(to: "help").contains("skip shows the answer"))
        #expect(session.respond(to: "again").contains("Question 1/2"))
        #expect(session.respond(to: "   ") == "")
        #expect(session.answered == 0 && session.number == 1)
        let skipped = session.respond(to: "skip")
        #expect(skipped.contains("Skipped. The answer: "))
        #expect(session.answered == 1 && session.right == 0 && session.number == 2)
    }

    @Test func theNextSessionDrawsMoreOfWhatWasMissed() {
        var record = DrillRecord()
        for _ in 0..<6 { record.note(topic: DrillTopic.key(.shapes, "db"), right: false) }
        func dbCount(_ record: DrillRecord) -> Int {
            var count = 0
            for seed in 0..<30 {
                var session = Self.session([.shapes], count: 10, seed: seed, record: record)
                _ = session.start()
                while let question = session.current {
                    if question.topic == "shapes.db" { count += 1 }
                    _ = session.respond(to: "skip")
                }
            }
            return count
        }
        let plain = dbCount(DrillRecord()), weighted = dbCount(record)
        #expect(weighted > 2 * plain, "db drawn \(weighted) times after misses, \(plain) without")
        #expect(record.weight(of: "shapes.db") > record.weight(of: "shapes.W"))
    }

    @Test func summaryIncludesAllTimeMisses() {
        var record = DrillRecord()
        record.sessions = 2
        record.note(topic: "fix.missingKeepdims", right: false)
        record.note(topic: "fix.missingKeepdims", right: false)
        var session = Self.session(count: 1, record: record)
        _ = session.start()
        let end = session.respond(to: session.current!.sampleAnswer)
        #expect(end.contains("All drills: 1 of 3 right over 3 sessions; most missed: missing keepdims ×2."))
    }

    @Test func recordRoundTripsThroughJSON() {
        var record = DrillRecord()
        record.sessions = 4
        record.bestStreak = 6
        record.note(topic: "shapes.dW", right: true)
        record.note(topic: "fix.wrongSumAxis", right: false)
        let text = record.json.rendered
        #expect(DrillRecord(json: JSONValue.parse(text)) == record)
        #expect(DrillRecord(json: JSONValue.parse("[1, 2]")) == DrillRecord(), "a record of the wrong form is a fresh one")
        #expect(DrillRecord(json: nil) == DrillRecord())
    }

    /// `"answered": "120"` or `"right": -5` are not counts: they read as absent (never as
    /// nonsense totals), and `problem(in:)` names them so the file is kept before it is replaced.
    @Test func fieldsOfTheWrongFormAreRejected() throws {
        let json = try #require(JSONValue.parse(#"{"sessions": 2, "answered": "120", "right": -5, "bestStreak": 1.5, "topics": {"shapes.dW": {"right": -1, "missed": 2}}}"#))
        let record = DrillRecord(json: json)
        #expect(record.sessions == 2 && record.answered == 0 && record.right == 0 && record.bestStreak == 0)
        #expect(record.topics["shapes.dW"] == DrillRecord.Tally(right: 0, missed: 2))
        #expect(DrillRecord.problem(in: json) == "'answered' is the string \"120\", not a count")
        #expect(DrillRecord.problem(in: .string("lots")) == "it is the string \"lots\", not an object")
        #expect(DrillRecord.problem(in: .object(["right": .number(-5)])) == "'right' is -5, but a count cannot be negative")
        #expect(DrillRecord.problem(in: .object(["topics": .object(["shapes.dW": .object(["missed": .string("x")])])]))
                == "topic 'shapes.dW': 'missed' is the string \"x\", not a count")
        #expect(DrillRecord.problem(in: DrillRecord().json) == nil)
    }

    @Test func savingOverADamagedSectionKeepsTheFileFirst() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bp-drills-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let store = ProgressStore(directory: directory)
        let original = #"{"drills": {"answered": "120", "right": -5}, "lessons": {"tourDone": true}}"#
        try original.write(toFile: store.path, atomically: true, encoding: .utf8)
        var record = DrillRecord.load(from: store)
        record.note(topic: "shapes.W", right: true)
        let notices = try record.save(to: store)
        #expect(notices.count == 1 && notices[0].contains("'answered' is the string \"120\""), "\(notices)")
        let copies = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("progress.json.corrupt-") }
        #expect(copies.count == 1)
        #expect(try String(contentsOfFile: directory + "/" + copies[0], encoding: .utf8) == original)
        #expect(DrillRecord.load(from: store).answered == 1)
        #expect(store.section("lessons") == .object(["tourDone": .bool(true)]))
        #expect(try record.save(to: store).isEmpty, "once replaced, no more copies")
    }

    @Test func optionsReadTheREPLsWords() throws {
        #expect(try DrillOptions(words: []) == DrillOptions())
        #expect(try DrillOptions(words: ["shapes", "count", "5", "seed", "7"]) == DrillOptions(kinds: [.shapes], count: 5, seed: 7))
        #expect(try DrillOptions(words: ["--kind", "fix,predict", "--count=3"]) == DrillOptions(kinds: [.fix, .predict], count: 3))
        #expect(throws: DrillOptionsError.self, "a negative count keeps its sign") { try DrillOptions(words: ["count", "-5"]) }
        #expect(throws: DrillOptionsError.self) { try DrillOptions(words: ["seed", "-5"]) }
        #expect(throws: DrillOptionsError.self) { try DrillOptions(words: ["count", "0"]) }
        #expect(throws: DrillOptionsError.self) { try DrillOptions(words: ["seed"]) }
        #expect(throws: DrillOptionsError.self) { try DrillOptions(words: ["shapez"]) }
    }

    @Test func theREPLCommandAsksForTheDrillMode() {
        var session = Session()
        session.register(DrillCommands.drill)
        let result = session.execute("drill shapes count 3 seed 7")
        #expect(!result.failed)
        #expect(result.modeRequest == ModeRequest(mode: "drill", words: ["shapes", "count", "3", "seed", "7"]))
        let dashes = session.execute("drill --count 2")
        #expect(dashes.modeRequest?.words == ["--count", "2"])
        let bad = session.execute("drill count 1000")
        #expect(bad.failed && bad.modeRequest == nil)
        #expect(bad.diagnostics.first?.message.contains("from 1 to 100 questions") == true)
        let unknown = session.execute("drill shapes --kind fxi")
        #expect(unknown.diagnostics.first?.span == SourceSpan(20, 23), "the wrong word is underlined")
        let help = session.execute("help drill")
        #expect(help.outputs.first.map { if case let .text(t) = $0 { t.contains("drill [KIND] [count N] [seed N]") } else { false } } == true)
    }

    @Test func theDrawingShowsLayerDimsAndEveryLayer() {
        let a = DrillNetwork(units: [3, 4, 12, 1], activations: [.relu, .leakyRelu, .sigmoid], examples: 500)
        let drawing = DrillNetworkDrawing.draw(a)
        let lines = drawing.split(separator: "\n")
        #expect(lines[0] == "layer_dims = [3, 4, 12, 1]   L = 3   m = 500 examples: X is (n[0], m) = (3, 500)")
        #expect(drawing.contains("leaky_relu"))
        #expect(drawing.contains("n=12"))
        #expect(drawing.contains("⋮"), "a column of 12 units is cut short")
        #expect(drawing.contains("○ → ŷ"))
        #expect(lines.count == 4 + NetworkDrawing.maximumRows)
    }
}
