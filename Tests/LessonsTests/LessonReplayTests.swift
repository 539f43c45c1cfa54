import Foundation
import Testing
@testable import Lessons

/// Every lesson in lessons/ replays to its committed transcript with every checkpoint holding.
/// `UPDATE_GOLDENS=1 swift test --filter LessonReplayTests` rewrites the transcripts; review the diff.
@Suite struct LessonReplayTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog = LessonCatalog(directory: repository.appendingPathComponent("lessons").path)!
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test func thereAreLessons() {
        #expect(Self.catalog.names.count >= 1)
    }

    @Test(arguments: LessonReplayTests.catalog.names)
    func replaysToItsGoldenTranscript(_ name: String) throws {
        let lesson = try Self.catalog.load(name)
        let result = LessonReplay.run(lesson)
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
}
