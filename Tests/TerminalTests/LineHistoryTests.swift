import Foundation
import Testing
@testable import Terminal

/// The history file written a line at a time, in the format libedit reads back.
@Suite struct LineHistoryTests {
    static func temporaryFile() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bp-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path + "/history"
    }

    @Test func eachLineIsInTheFileAsSoonAsItIsAdded() throws {
        let file = try Self.temporaryFile()
        let history = try #require(LineHistory(capacity: 100, file: file))
        history.add("a = 1")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "_HiStOrY_V2_\na\\040=\\0401\n")
        history.add("a = 1")  // a repeat of the previous line is dropped, as libedit drops it
        history.add("b\t= 'café' \\ ✓")
        #expect(try String(contentsOfFile: file, encoding: .utf8)
                == "_HiStOrY_V2_\na\\040=\\0401\nb\\011=\\040'caf\\303\\251'\\040\\134\\040\\342\\234\\223\n")
    }

    /// What was appended is what libedit loads: every byte survives the round trip.
    @Test func libeditReadsTheAppendedLinesBack() throws {
        let file = try Self.temporaryFile()
        let lines = ["x = np.sum(dZ, axis=1, keepdims=True)", "s = 'tab\there'", "back\\slash", "é ✓ 😀", "  padded  "]
        let writer = try #require(LineHistory(capacity: 100, file: file))
        for line in lines { writer.add(line) }
        let reader = try #require(LineHistory(capacity: 100, file: file))
        var event = HistEventReader(reader)
        #expect(event.all() == lines)
    }

    @Test func aFileThatCannotBeWrittenIsSaidOnce() throws {
        let file = try Self.temporaryFile()
        try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: false)
        let history = try #require(LineHistory(capacity: 100, file: file))
        var warnings: [String] = []
        history.warn = { warnings.append($0) }
        history.add("one")
        history.add("two")
        #expect(warnings == ["note: history cannot be saved to \(file): it is a directory, not a file; this session's lines are not kept after it ends"])
    }

    /// libedit would block reading a FIFO, and so would opening one to append: neither waits.
    @Test func aFifoInPlaceOfTheFileNeitherHangsNorIsWrittenTo() throws {
        let file = try Self.temporaryFile()
        #expect(mkfifo(file, 0o600) == 0)
        let history = try #require(LineHistory(capacity: 100, file: file))
        var warnings: [String] = []
        history.warn = { warnings.append($0) }
        history.add("one")
        #expect(warnings == ["note: history cannot be saved to \(file): it is a FIFO (named pipe), not a file; this session's lines are not kept after it ends"])
    }

    @Test func closingTrimsTheFileToItsCapacity() throws {
        let file = try Self.temporaryFile()
        let history = try #require(LineHistory(capacity: 3, file: file))
        for i in 1...5 { history.add("line\(i)") }
        #expect(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").count == 6)
        history.save()
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "_HiStOrY_V2_\nline3\nline4\nline5\n")
    }

    /// A cell is one entry: its newlines are escaped in the file (one file line per cell) and come back.
    @Test func aMultiLineCellIsOneEntryThatRoundTrips() throws {
        let file = try Self.temporaryFile()
        let cell = "def f(x):\n    \"\"\"Doc.\"\"\"\n\n    return x\nf(1)"
        let writer = try #require(LineHistory(capacity: 100, file: file))
        writer.add(cell)
        writer.add("y = 2")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 3, "\(text)")
        #expect(text.contains("def\\040f(x):\\012"))
        let reader = try #require(LineHistory(capacity: 100, file: file))
        var event = HistEventReader(reader)
        #expect(event.all() == [cell, "y = 2"])
        // Trimming rewrites the file with libedit's own encoding: still one entry.
        let trimmed = try #require(LineHistory(capacity: 2, file: file))
        let second = "for i in range(2):\n\tprint(i)"
        trimmed.add(second)
        trimmed.save()
        let again = try #require(LineHistory(capacity: 100, file: file))
        var events = HistEventReader(again)
        #expect(events.all() == ["y = 2", second])
    }
}
