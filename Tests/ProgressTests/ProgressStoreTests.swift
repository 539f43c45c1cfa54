import Foundation
import Testing
@testable import Progress

@Suite struct ProgressStoreTests {
    struct Record: Codable, Sendable, Equatable {
        var count = 0
        var names: [String] = []
    }

    func temporaryDirectory() -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
        return url.path + "/nested"  // the store creates its directory
    }

    @Test func aMissingFileReadsAsFresh() {
        let store = ProgressStore(fileName: "p.json", directory: temporaryDirectory(), fresh: Record())
        #expect(store.load() == Record())
    }

    @Test func updatesPersistAcrossStores() throws {
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let store = ProgressStore(fileName: "p.json", directory: directory, fresh: Record())
        #expect(store.update { $0.count = 3; $0.names.append("planar") })
        let again = ProgressStore(fileName: "p.json", directory: directory, fresh: Record())
        #expect(again.load() == Record(count: 3, names: ["planar"]))
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["p.json"])
    }

    @Test func aCorruptFileReadsAsFreshAndIsReplacedWhole() throws {
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try "{ half a rec".write(toFile: directory + "/p.json", atomically: false, encoding: .utf8)
        let store = ProgressStore(fileName: "p.json", directory: directory, fresh: Record())
        #expect(store.load() == Record())
        store.update { $0.count += 1 }
        #expect(store.load().count == 1)
    }

    @Test func anUnwritableDirectoryFailsWithoutCrashing() {
        let store = ProgressStore(fileName: "p.json", directory: "/proc/backprop-cannot-write-here", fresh: Record())
        #expect(store.update { $0.count = 1 } == false)
    }
}
