import Foundation
import Testing
@testable import Lessons

/// Every lesson in lessons/ replays to its committed transcript with every checkpoint holding,
/// and every `number:` answer is the value numpy computes (LessonNumberFixtures, written by
/// scripts/check-lesson-values.py --write-fixtures, which also checks every number the
/// transcripts print against numpy in CI).
/// `UPDATE_GOLDENS=1 swift test --filter LessonReplayTests` rewrites the transcripts; review the
/// diff, and run the script: a transcript that no longer agrees with numpy fails it.
@Suite struct LessonReplayTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let lessonsDirectory = repository.appendingPathComponent("lessons")
    static let catalog = LessonCatalog(directory: lessonsDirectory.path)!
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The lessons, by name. A lesson added to lessons/ must be added here (and gets a transcript
    /// and its numbers' fixtures); one that goes missing fails instead of being skipped.
    static let lessons = ["tour", "logistic-regression", "two-layer-network", "deep-network-building-blocks",
                          "matrix-dimensions", "activation-functions", "random-initialisation", "build-your-own"]

    @Test func everyLessonFileIsReplayed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.lessonsDirectory.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        let names = files.map { file -> String in
            let stem = String(file.dropLast(3))
            guard stem.count > 3, stem.prefix(2).allSatisfy(\.isNumber), stem.dropFirst(2).first == "-" else { return stem }
            return String(stem.dropFirst(3))
        }
        #expect(names == Self.lessons, "lessons/ holds \(files)")
        #expect(Self.catalog.names == Self.lessons)
        let transcripts = try FileManager.default.contentsOfDirectory(atPath: Self.goldens.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(transcripts == Self.lessons.map { "\($0).txt" }.sorted(), "one transcript per lesson")
        #expect(Set(LessonNumberFixtures.answers.keys).isSubset(of: Set(Self.lessons)))
    }

    /// numpy's value for each number question of `name`, by the line of its ```question block.
    static func numbers(_ name: String) -> [Int: LessonReplay.NumberExpectation] {
        var numbers: [Int: LessonReplay.NumberExpectation] = [:]
        for answer in LessonNumberFixtures.answers[name] ?? [] {
            numbers[answer.line] = .init(expression: answer.expression, value: answer.numpy, tolerance: answer.tolerance)
        }
        return numbers
    }

    @Test(arguments: LessonReplayTests.lessons)
    func replaysToItsGoldenTranscript(_ name: String) throws {
        let lesson = try Self.catalog.load(name)
        let result = LessonReplay.run(lesson, numbers: Self.numbers(name))
        #expect(result.failures.isEmpty, "\(result.failures.joined(separator: "\n"))")
        let golden = Self.goldens.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try result.transcript.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if result.transcript != expected {
            let ours = result.transcript.split(separator: "\n", omittingEmptySubsequences: false)
            let theirs = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(ours, theirs)).firstIndex { $0.0 != $0.1 } ?? min(ours.count, theirs.count)
            Issue.record("\(name): the transcript differs from Golden/\(name).txt at line \(line + 1):\n  now:    \(line < ours.count ? String(ours[line]) : "<end>")\n  golden: \(line < theirs.count ? String(theirs[line]) : "<end>")")
        }
    }

    /// The number checks can fail: a wrong expected value, a missing one, and one for a question
    /// that is not a number question are each reported.
    @Test func aNumberAnswerThatIsNotNumpysFails() throws {
        let lesson = try Self.catalog.load("logistic-regression")
        var numbers = Self.numbers("logistic-regression")
        let (line, right) = try #require(numbers.first)
        #expect(right.value == 3, "the trained model labels all three examples 1")
        numbers[line]?.value = 2
        let wrong = LessonReplay.run(lesson, numbers: numbers)
        #expect(wrong.failures.count == 1 && wrong.failures[0].hasPrefix(
            "lessons/01-logistic-regression.md:\(line): the engine's np.sum(predictions) is 3.0, but the expected value is 2.0 (± "),
                "\(wrong.failures)")
        let missing = LessonReplay.run(lesson, numbers: [:])
        #expect(missing.failures == ["lessons/01-logistic-regression.md:\(line): no independent value for this number question"])
        let stray = LessonReplay.run(lesson, numbers: [1: right, line: right])
        #expect(stray.failures == ["lessons/01-logistic-regression.md:1: an expected number for a question that is not a number question here"])
    }
}
