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
        try store.save(section: "drills", .object(["answered": .number(1)]))
        #expect(store.section("drills")?["answered"]?.int == 1)
        #expect(FileManager.default.fileExists(atPath: store.path + ".corrupt"))
        try "[1, 2, 3]".write(toFile: store.path, atomically: false, encoding: .utf8)
        #expect(store.load().isEmpty, "a document that is not an object is empty too")
        try Data([0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: store.path))
        #expect(store.load().isEmpty)
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
        #expect(ProgressStore.inHome()?.path == ProgressStore.environmentHome.flatMap { $0.isEmpty ? nil : ProgressStore.inHome($0)?.path })
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
