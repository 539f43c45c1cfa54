import Drills
import Foundation
import Progress
import Testing

/// The progress file under attack, through the real binary: kill -9 in the middle of saves,
/// and every kind of odd file in its place. A learner's record must never be lost, never go
/// backwards, and never be said to be saved when it was not.
@Suite struct ProgressProbeTests {
    static func freshHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bp-probe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent(".backprop"), withIntermediateDirectories: true)
        return home
    }

    static func progressPath(_ home: URL) -> String { home.appendingPathComponent(".backprop/progress.json").path }

    static func entries(_ home: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent(".backprop").path)) ?? []
    }

    /// `BACKPROP_PROBE_SCALE=5 swift test --filter Probe` runs five times as many rounds.
    static var scale: Int { ProcessInfo.processInfo.environment["BACKPROP_PROBE_SCALE"].flatMap(Int.init).map { max($0, 1) } ?? 1 }

    /// Fifty drills killed with SIGKILL at random moments while they save after every answer.
    /// After each: the file parses, its drills record is well formed, no count went backwards,
    /// at most the one temporary of the killed save is left (the next start removes it), and no
    /// file was ever judged damaged.
    @Test func killMinusNineDuringSavesLosesNothing() throws {
        let home = try Self.freshHome()
        let answers = String(repeating: "skip\n", count: 100)
        var generator = SystemRandomNumberGenerator()
        var previous = DrillRecord()
        var rounds = 0, killedMidway = 0
        let total = 50 * Self.scale
        for round in 0..<total {
            let process = try SpawnedProcess(BinaryLocator.backprop, ["drill", "--count", "100", "--seed", "\(round)"],
                                             input: answers, environment: ["HOME": home.path])
            // A drill of 100 answers takes about a second here (an fsync per answer).
            usleep(UInt32.random(in: 2_000...120_000, using: &generator))
            if process.kill(SIGKILL) == 128 + SIGKILL { killedMidway += 1 }
            rounds += 1
            guard let text = try? String(contentsOfFile: Self.progressPath(home), encoding: .utf8) else {
                // Killed before its first save: there is nothing yet to lose.
                #expect(previous.sessions == 0, "round \(round): the file vanished")
                continue
            }
            let document = try #require(JSONValue.parse(text), "round \(round): the file does not parse:\n\(text)")
            let drills = try #require(document["drills"], "round \(round): no drills record")
            #expect(DrillRecord.problem(in: drills) == nil, "round \(round)")
            let record = DrillRecord(json: drills)
            #expect(record.sessions >= previous.sessions && record.answered >= previous.answered, "round \(round): a record went backwards")
            previous = record
            let temporaries = Self.entries(home).filter { $0.hasPrefix(".progress-") }
            #expect(temporaries.count <= 1, "round \(round): temporaries pile up: \(temporaries)")
        }
        #expect(rounds == total)
        #expect(killedMidway >= total / 2, "most rounds must really be killed midway (\(killedMidway))")
        // The next start cleans up what the last kill left.
        _ = try ProcessResult.run(BinaryLocator.backprop, ["lesson"], environment: ["HOME": home.path])
        #expect(Self.entries(home).sorted() == ["progress.json"], "\(Self.entries(home))")
        if Self.scale > 1 {
            print("probe kill -9: \(rounds) rounds, \(killedMidway) killed midway, \(previous.sessions) sessions and \(previous.answered) answers on record")
        }
    }

    /// A directory, a FIFO or a file in the wrong places: the drill says progress was not saved
    /// and why, never "Progress saved", and leaves what is there alone (and never hangs).
    @Test(arguments: ["directory", "fifo", "dotBackpropIsAFile", "noHome"])
    func aDrillThatCannotSaveSaysSo(case kind: String) throws {
        let home = try Self.freshHome()
        var environment = ["HOME": home.path]
        let expected: String
        switch kind {
        case "directory":
            try FileManager.default.createDirectory(atPath: Self.progressPath(home), withIntermediateDirectories: false)
            expected = "cannot read ~/.backprop/progress.json: it is a directory, not a file"
        case "fifo":
            #expect(mkfifo(Self.progressPath(home), 0o600) == 0)
            expected = "cannot read ~/.backprop/progress.json: it is a FIFO (named pipe), not a file"
        case "dotBackpropIsAFile":
            try FileManager.default.removeItem(at: home.appendingPathComponent(".backprop"))
            try "x".write(to: home.appendingPathComponent(".backprop"), atomically: true, encoding: .utf8)
            expected = "~/.backprop is not a directory"
        default:
            environment["HOME"] = ""
            expected = ProgressStore.noHomeReason
        }
        let result = try ProcessResult.run(BinaryLocator.backprop, ["drill", "--count", "1", "--seed", "1"], input: "skip\n", environment: environment)
        #expect(result.status == 0)
        #expect(Self.words(result.standardError).contains("note: progress not saved: " + expected), "\(result.standardError)")
        #expect(Self.words(result.standardError).contains("this drill's answers were not saved"))
        #expect(!result.standardOutput.contains("Progress saved"))
    }

    /// The text's words one space apart: prose is wrapped to 80 columns in a pipe.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func aCorruptFileIsKeptAndTheLearnerToldWhereAtOnce() throws {
        let home = try Self.freshHome()
        let damaged = "{\"lessons\": {\"lessons\": {\"tour\": {\"completed\": true, \"position\": 0}}}, \"drills\": {\"answered\": 12"
        try damaged.write(toFile: Self.progressPath(home), atomically: true, encoding: .utf8)
        let list = try ProcessResult.run(BinaryLocator.backprop, ["lesson"], environment: ["HOME": home.path])
        #expect(Self.words(list.standardOutput).contains("note: ~/.backprop/progress.json is not a progress file Backprop can read (it is not valid JSON)"),
                "\(list.standardOutput)")
        let drill = try ProcessResult.run(BinaryLocator.backprop, ["drill", "--count", "1", "--seed", "1"], input: "skip\n", environment: ["HOME": home.path])
        let copies = Self.entries(home).filter { $0.hasPrefix("progress.json.corrupt-") }
        #expect(copies.count == 1)
        let copy = try #require(copies.first)
        #expect(Self.words(drill.standardError).contains("the file is kept as ~/.backprop/\(copy) and a new one is started"), "\(drill.standardError)")
        #expect(try String(contentsOfFile: home.appendingPathComponent(".backprop/\(copy)").path, encoding: .utf8) == damaged)
        #expect(drill.standardOutput.contains("Progress saved"))
        // The list no longer shows the lessons as silently new.
        let after = try ProcessResult.run(BinaryLocator.backprop, ["lesson"], environment: ["HOME": home.path])
        #expect(Self.words(after.standardOutput).contains("note: earlier progress could not be read and was kept as ~/.backprop/\(copy)"), "\(after.standardOutput)")
        // A second corruption keeps its own copy.
        try "garbage".write(toFile: Self.progressPath(home), atomically: true, encoding: .utf8)
        _ = try ProcessResult.run(BinaryLocator.backprop, ["drill", "--count", "1", "--seed", "1"], input: "skip\n", environment: ["HOME": home.path])
        #expect(Self.entries(home).filter { $0.hasPrefix("progress.json.corrupt-") }.count == 2)
    }

    @Test(arguments: [#"{"drills": "lots"}"#, #"{"drills": {"answered": "120"}}"#, #"{"drills": {"right": -5, "answered": 3}}"#])
    func aDrillsRecordOfTheWrongFormIsBackedUpFirst(text: String) throws {
        let home = try Self.freshHome()
        try text.write(toFile: Self.progressPath(home), atomically: true, encoding: .utf8)
        let drill = try ProcessResult.run(BinaryLocator.backprop, ["drill", "--count", "1", "--seed", "1"], input: "skip\n", environment: ["HOME": home.path])
        #expect(Self.words(drill.standardError).contains("its \"drills\" section is not as Backprop writes it"), "\(drill.standardError)")
        let copies = Self.entries(home).filter { $0.hasPrefix("progress.json.corrupt-") }
        #expect(copies.count == 1)
        #expect(try String(contentsOfFile: home.appendingPathComponent(".backprop/\(copies[0])").path, encoding: .utf8) == text)
        let saved = try #require(JSONValue.parse(try String(contentsOfFile: Self.progressPath(home), encoding: .utf8)))
        #expect(DrillRecord.problem(in: try #require(saved["drills"])) == nil)
    }

    @Test func aLessonLeftWithoutSavingDoesNotClaimItsProgressIsKept() throws {
        let home = try Self.freshHome()
        try FileManager.default.createDirectory(atPath: Self.progressPath(home), withIntermediateDirectories: false)
        let result = try ProcessResult.run(BinaryLocator.backprop, ["lesson", "logistic-regression"], input: "\nquit\n", environment: ["HOME": home.path])
        #expect(!result.standardOutput.contains("progress kept"), "\(result.standardOutput)")
        #expect(Self.words(result.standardError).contains("note: progress not saved: cannot read ~/.backprop/progress.json: it is a directory"))
        #expect(Self.words(result.standardError).contains("progress could not be saved"), "\(result.standardError)")

        let saved = try ProcessResult.run(BinaryLocator.backprop, ["lesson", "logistic-regression"], input: "\nquit\n", environment: ["HOME": try Self.freshHome().path])
        #expect(Self.words(saved.standardOutput).contains("progress kept: lesson logistic-regression resumes where you were"), "\(saved.standardOutput)")
        #expect(saved.standardError.isEmpty, "\(saved.standardError)")
    }
}
