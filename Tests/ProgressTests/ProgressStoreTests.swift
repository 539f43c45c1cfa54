import Foundation
import Testing
@testable import Progress

/// The progress file: atomic writes, sections kept apart, and a missing or corrupt file read
/// as empty, never a crash. Every test works in its own temporary directory.
@Suite struct ProgressStoreTests {
    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bp-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func aMissingFileReadsAsEmpty() throws {
        let store = ProgressStore(directory: try Self.temporaryDirectory() + "/.backprop")
        #expect(store.load().isEmpty)
        #expect(store.section("drills") == nil)
    }

    @Test func savingCreatesTheDirectoryAndKeepsOtherSections() throws {
        let store = ProgressStore(directory: try Self.temporaryDirectory() + "/.backprop")
        try store.save(section: "lessons", .object(["done": .array([.string("1.1")])]))
        try store.save(section: "drills", .object(["answered": .number(3)]))
        #expect(store.section("lessons") == .object(["done": .array([.string("1.1")])]))
        #expect(store.section("drills")?["answered"]?.int == 3)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.directory)
        #expect(leftovers == [ProgressStore.fileName], "no temporary files are left behind: \(leftovers)")
        var status = stat()
        #expect(stat(store.directory, &status) == 0 && status.st_mode & 0o777 == 0o700)
    }

    @Test func aCorruptFileReadsAsEmptyAndIsSetAside() throws {
        let store = ProgressStore(directory: try Self.temporaryDirectory())
        try "{\"drills\": {\"answered\": 3".write(toFile: store.path, atomically: false, encoding: .utf8)
        #expect(store.load().isEmpty)
        #expect(store.read().state == .damaged(reason: "it is not valid JSON"))
        let notices = try store.save(section: "drills", .object(["answered": .number(1)]))
        #expect(store.section("drills")?["answered"]?.int == 1)
        let copies = Self.damagedCopies(in: store)
        #expect(copies.count == 1)
        #expect(try String(contentsOfFile: store.directory + "/" + copies[0], encoding: .utf8) == "{\"drills\": {\"answered\": 3")
        #expect(notices.count == 1 && notices[0].contains(copies[0]), "the learner is told where the copy is: \(notices)")
        try "[1, 2, 3]".write(toFile: store.path, atomically: false, encoding: .utf8)
        #expect(store.load().isEmpty, "a document that is not an object is empty too")
        try Data([0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: store.path))
        #expect(store.load().isEmpty)
        #expect(store.read().state == .damaged(reason: "it is not UTF-8 text"))
    }

    static func damagedCopies(in store: ProgressStore) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: store.directory)) ?? [])
            .filter { $0.hasPrefix(ProgressStore.damagedCopyPrefix) }.sorted()
    }

    /// A second corruption must not overwrite the first one's copy.
    @Test func everyCorruptionKeepsItsOwnCopy() throws {
        let store = ProgressStore(directory: try Self.temporaryDirectory())
        for round in 1...3 {
            try "damaged \(round)".write(toFile: store.path, atomically: false, encoding: .utf8)
            try store.save(section: "drills", .object(["answered": .number(Double(round))]))
        }
        let copies = Self.damagedCopies(in: store)
        #expect(copies.count == 3, "\(copies)")
        let contents = try copies.map { try String(contentsOfFile: store.directory + "/" + $0, encoding: .utf8) }.sorted()
        #expect(contents == ["damaged 1", "damaged 2", "damaged 3"])
        #expect(copies.allSatisfy { $0.range(of: #"^progress\.json\.corrupt-\d{8}-\d{6}(-\d+)?$"#, options: .regularExpression) != nil })
        #expect(store.read().damagedCopies.count == 3)
    }

    /// Root reads a mode-000 file regardless, so the unreadable file is simulated with the
    /// store's file-reading seam; a directory and a FIFO in its place are real.
    @Test func anUnreadableFileStopsTheWriteAndSaysWhy() throws {
        let directory = try Self.temporaryDirectory()
        let original = #"{"lessons": {"lessons": {"tour": {"completed": true}}}}"#
        try original.write(toFile: directory + "/progress.json", atomically: false, encoding: .utf8)
        let store = ProgressStore(directory: directory, reader: { _ in .failed(reason: "Permission denied") })
        #expect(store.read().state == .unreadable(reason: "Permission denied"))
        #expect(store.read().problem(displayPath: "p")?.contains("cannot read p: Permission denied") == true)
        do {
            try store.save(section: "drills", .object(["answered": .number(1)]))
            Issue.record("saving over an unreadable file must fail")
        } catch {
            #expect(error.message.contains("Permission denied"))
            #expect(error.message.contains("nothing was saved"))
        }
        #expect(try String(contentsOfFile: store.path, encoding: .utf8) == original, "the file is left as it was")
        #expect(Self.damagedCopies(in: store).isEmpty, "an unreadable file is not moved aside")
    }

    @Test(arguments: ["directory", "fifo"])
    func somethingElseInPlaceOfTheFileIsLeftAlone(kind: String) throws {
        let store = ProgressStore(directory: try Self.temporaryDirectory())
        if kind == "directory" {
            try FileManager.default.createDirectory(atPath: store.path, withIntermediateDirectories: false)
        } else {
            #expect(mkfifo(store.path, 0o600) == 0)
        }
        // A FIFO would block an ordinary read for ever: the store must not wait for a writer.
        guard case let .unreadable(reason) = store.read().state else {
            Issue.record("\(kind) in place of the file reads as \(store.read().state)")
            return
        }
        #expect(reason.contains(kind == "directory" ? "directory" : "FIFO"))
        #expect(throws: ProgressError.self) { try store.save(section: "drills", .null) }
        var status = stat()
        #expect(lstat(store.path, &status) == 0 && status.st_mode & S_IFMT == (kind == "directory" ? S_IFDIR : S_IFIFO))
    }

    @Test func aSymlinkedFileIsWrittenThrough() throws {
        let directory = try Self.temporaryDirectory()
        let store = ProgressStore(directory: directory + "/.backprop")
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: directory + "/dotfiles", withIntermediateDirectories: true)
        try #"{"lessons": {"tourDone": true}}"#.write(toFile: directory + "/dotfiles/progress.json", atomically: false, encoding: .utf8)
        #expect(symlink("../dotfiles/progress.json", store.path) == 0)
        try store.save(section: "drills", .object(["answered": .number(4)]))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: store.path) == "../dotfiles/progress.json", "the link stays a link")
        let target = try String(contentsOfFile: directory + "/dotfiles/progress.json", encoding: .utf8)
        #expect(target.contains("\"answered\": 4") && target.contains("\"tourDone\": true"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/dotfiles") == ["progress.json"], "no temporary left beside the target")
    }

    @Test func staleTemporariesAreRemoved() throws {
        let store = ProgressStore(directory: try Self.temporaryDirectory())
        for name in [".progress-AbC123", ".progress-zzzzzz"] {
            try "{\"half\":".write(toFile: store.directory + "/" + name, atomically: false, encoding: .utf8)
        }
        try "keep".write(toFile: store.directory + "/.progress-notmine.txt", atomically: false, encoding: .utf8)
        store.removeStaleTemporaries()
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory).sorted() == [".progress-notmine.txt"])
        try "{}".write(toFile: store.directory + "/.progress-q1w2e3", atomically: false, encoding: .utf8)
        try store.save(section: "drills", .null)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory).sorted() == [".progress-notmine.txt", "progress.json"],
                "a save removes them too")
    }

    /// A 100 MB file is not re-read and re-written at every answer: it is kept aside once (a
    /// link, whatever its size), and the saves after it cost what a real progress file costs.
    @Test func anImplausiblyLargeFileIsKeptAsideOnce() throws {
        let store = ProgressStore(directory: try Self.temporaryDirectory())
        let descriptor = open(store.path, O_WRONLY | O_CREAT, 0o600)
        #expect(ftruncate(descriptor, 100_000_000) == 0)  // sparse: instant, no disk used
        close(descriptor)
        guard case let .damaged(reason) = store.read().state else {
            Issue.record("a 100 MB file reads as \(store.read().state)")
            return
        }
        #expect(reason.contains("100 MB"))
        let start = Date()
        let notices = try store.save(section: "drills", .object(["answered": .number(1)]))
        #expect(notices.count == 1)
        for answer in 2...50 { try store.save(section: "drills", .object(["answered": .number(Double(answer))])) }
        #expect(Date().timeIntervalSince(start) < 5, "fifty saves after a huge file stay cheap")
        var status = stat()
        #expect(stat(store.path, &status) == 0 && status.st_size < 1000)
        let copies = Self.damagedCopies(in: store)
        #expect(copies.count == 1)
        #expect(stat(store.directory + "/" + copies[0], &status) == 0 && status.st_size == 100_000_000, "the copy is whole")
    }

    /// Two writers (two terminals) saving at once lose neither's changes: the directory lock.
    @Test func concurrentSavesLoseNothing() async throws {
        let store = ProgressStore(directory: try Self.temporaryDirectory())
        await withTaskGroup(of: Void.self) { group in
            for writer in ["a", "b", "c"] {
                group.addTask {
                    for _ in 0..<30 {
                        try? store.update { sections in
                            let count = sections[writer]?.int ?? 0
                            sections[writer] = .number(Double(count + 1))
                        }
                    }
                }
            }
        }
        #expect(store.section("a")?.int == 30 && store.section("b")?.int == 30 && store.section("c")?.int == 30)
    }

    @Test func aSectionOfTheWrongFormIsKeptBeforeItIsReplaced() throws {
        let store = ProgressStore(directory: try Self.temporaryDirectory())
        let original = #"{"drills": "lots", "lessons": {"tourDone": true}}"#
        try original.write(toFile: store.path, atomically: false, encoding: .utf8)
        let notices = try store.save(section: "drills", .object(["answered": .number(1)]),
                                     problem: { $0.objectValue == nil ? "it is \($0.summary), not an object" : nil })
        #expect(notices.count == 1 && notices[0].contains("the string \"lots\""), "\(notices)")
        let copies = Self.damagedCopies(in: store)
        #expect(copies.count == 1)
        #expect(try String(contentsOfFile: store.directory + "/" + copies[0], encoding: .utf8) == original)
        #expect(store.section("lessons") == .object(["tourDone": .bool(true)]), "the other sections are kept")
        // Now the section is right: no more copies.
        #expect(try store.save(section: "drills", .object(["answered": .number(2)]),
                               problem: { $0.objectValue == nil ? "not an object" : nil }).isEmpty)
        #expect(Self.damagedCopies(in: store).count == 1)
    }

    @Test func countsAreWholeNumbersFromZero() {
        #expect(JSONValue.number(3).countValue == 3)
        #expect(JSONValue.number(-5).countValue == nil)
        #expect(JSONValue.number(2.5).countValue == nil)
        #expect(JSONValue.string("120").countValue == nil)
        #expect(JSONValue.number(-5).countProblem("right") == "'right' is -5, but a count cannot be negative")
        #expect(JSONValue.string("120").countProblem("answered") == "'answered' is the string \"120\", not a count")
    }

    @Test func anUnwritableDirectoryIsAnErrorNotACrash() throws {
        let store = ProgressStore(directory: "/proc/backprop-cannot-exist/.backprop")
        #expect(throws: ProgressError.self) { try store.save(section: "drills", .null) }
        #expect(store.load().isEmpty)
    }

    /// HOME is passed in, never set: the process environment is shared with the suites that
    /// spawn the binary, so setenv here would race with them. (The end-to-end tests show that the
    /// real binary keeps its file under the HOME it is started with.)
    @Test func homeDecidesWhereTheFileLives() throws {
        let home = try Self.temporaryDirectory()
        let store = try #require(ProgressStore.inHome(home))
        #expect(store.path == home + "/.backprop/progress.json")
        #expect(store.displayPath(home: home) == "~/.backprop/progress.json")
        #expect(store.displayPath(home: home + "/") == "~/.backprop/progress.json")
        #expect(store.displayPath(home: "/elsewhere") == store.path)
        #expect(ProgressStore.inHome(home + "/")?.path == home + "/.backprop/progress.json")
        #expect(ProgressStore.inHome("") == nil)
        #expect(ProgressStore.inHome(nil) == nil)
        #expect(ProgressStore.inHome()?.path == ProgressStore.home.flatMap { $0.isEmpty ? nil : ProgressStore.inHome($0)?.path })
    }
}

@Suite struct JSONValueTests {
    @Test func roundTripsWithSortedKeys() {
        let value: JSONValue = .object(["b": .array([.number(1), .number(2.5), .bool(true), .null]), "a": .string("x\"y\\\n\té ✓ 😀")])
        let text = value.rendered
        #expect(text.hasPrefix("{\n  \"a\""))
        #expect(JSONValue.parse(text) == value)
        #expect(JSONValue.number(3).rendered == "3")
        #expect(JSONValue.number(.nan).rendered == "null")
    }

    @Test func parsesEscapesAndSurrogatePairs() {
        #expect(JSONValue.parse(#""\u00e9\ud83d\ude00\/""#) == .string("é😀/"))
        #expect(JSONValue.parse(" { \"k\" : [ 1e3 , -2 ] } ") == .object(["k": .array([.number(1000), .number(-2)])]))
    }

    @Test(arguments: ["", "{", "{\"a\" 1}", "[1,]", "tru", "\"\\x\"", "{} {}", "\"\u{01}\"", "[1 2]", "\"\\ud83d\""])
    func rejectsMalformedText(text: String) {
        #expect(JSONValue.parse(text) == nil)
    }

    @Test func deepNestingIsRefusedNotACrash() {
        #expect(JSONValue.parse(String(repeating: "[", count: 100_000)) == nil)
    }
}
