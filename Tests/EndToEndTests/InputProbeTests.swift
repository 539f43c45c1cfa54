import Foundation
import Testing

/// Odd inputs and outputs through the real binary: a FIFO or a device where a data file is
/// expected, NUL bytes, an output that cannot be written, a memory limit, lesson files that
/// fail or never end. Each must end, with a message that says what really happened.
@Suite struct InputProbeTests {
    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bp-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Runs `command` with /bin/sh (for redirections and ulimit), backprop as $BP.
    static func shell(_ command: String, input: String = "", environment: [String: String] = [:]) throws -> ProcessResult {
        try ProcessResult.run("/bin/sh", ["-c", command], input: input, environment: environment.merging(["BP": BinaryLocator.backprop]) { $1 })
    }

    /// A FIFO would block the read for ever (in a script nothing frees it); a device never ends.
    @Test func dataLoadRefusesAFifoAndADeviceWithTheRealReason() throws {
        let fifo = try Self.temporaryDirectory() + "/points.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        let start = Date()
        let result = try ProcessResult.run(BinaryLocator.backprop, [], input: "data load \"\(fifo)\"\ndata load /dev/zero\ndata load /dev/null\nx = 1\nx\n")
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(fifo) is a FIFO (named pipe), not a regular file"), "\(result.standardError)")
        #expect(result.standardError.contains("/dev/zero is a character device, not a regular file"))
        #expect(result.standardError.contains("/dev/null is a character device, not a regular file"))
        #expect(!result.standardError.contains("permissions"))
        #expect(result.standardOutput == "1\n", "the script goes on")
    }

    @Test func nulBytesAreShownInDiagnosticsAndPrintedWhole() throws {
        let result = try ProcessResult.run(BinaryLocator.backprop, [], input: "x = 1\u{0} + 2\nprint('a\u{0}b')\ny = 2\ny\n")
        #expect(result.standardError.hasPrefix("<stdin>:1:6: error: unexpected character '\\0' (a NUL byte)\n  x = 1\\0 + 2\n       ^^\n"),
                "\(result.standardError.debugDescription)")
        #expect(result.standardOutput == "a\u{0}b\n2\n", "\(result.standardOutput.debugDescription)")
        // The same lines from a file (read with getline, not readLine).
        let file = try Self.temporaryDirectory() + "/nul.bp"
        try "x = 1\u{0} + 2\nprint('a\u{0}b')\n".write(toFile: file, atomically: true, encoding: .utf8)
        let run = try ProcessResult.run(BinaryLocator.backprop, ["run", file])
        #expect(run.standardError.hasPrefix("\(file):1:6: error: unexpected character '\\0' (a NUL byte)\n  x = 1\\0 + 2\n"), "\(run.standardError)")
        #expect(run.standardOutput == "a\u{0}b\n")
    }

    @Test(arguments: ["> /dev/full", ">&-"])
    func anOutputThatCannotBeWrittenIsAnError(redirection: String) throws {
        let result = try Self.shell("printf 'x = 21\\nx * 2\\n' | \"$BP\" \(redirection)")
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("backprop: cannot write to standard output: "
                                               + (redirection == ">&-" ? "Bad file descriptor" : "No space left on device")),
                "\(result.standardError)")
        let version = try Self.shell("\"$BP\" --version \(redirection)")
        #expect(version.status == 1)
    }

    /// With stdout closed, the next file opened would become descriptor 1 and receive the
    /// output: a drill's progress file must not.
    @Test func aClosedStdoutNeverWritesIntoTheProgressFile() throws {
        let home = try Self.temporaryDirectory()
        let result = try Self.shell("\"$BP\" drill --count 2 --seed 4 >&-", input: "skip\nskip\n", environment: ["HOME": home])
        #expect(result.status == 1)
        let text = try String(contentsOfFile: home + "/.backprop/progress.json", encoding: .utf8)
        #expect(text.hasPrefix("{\n") && !text.contains("Drill"), "\(text)")
    }

    /// Three matrices that each pass the per-matrix guard but together exceed `ulimit -v`: the
    /// third is an error before it is allocated, and the session keeps A and B.
    @Test func aMemoryLimitIsAnErrorNotAnAbort() throws {
        let script = "A = zeros((7000, 7000))\nB = A + 1\nC = A + B\nA.shape\nB[0, 0]\nC\n"
        let result = try Self.shell("ulimit -v 1100000 && exec \"$BP\"", input: script)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(!result.standardError.contains("Fatal error"))
        #expect(result.standardError.hasPrefix("<stdin>:3:5: error: A + B: a (7000, 7000) matrix needs 392 MB, but only "), "\(result.standardError)")
        #expect(result.standardError.contains("(the address-space limit (ulimit -v) is 1.1 GB, of which "))
        #expect(result.standardError.contains("hint: clear variables you no longer need"))
        #expect(result.standardOutput == "(7000, 7000)\n1.0\n", "A and B are kept, C was never made")
        #expect(result.standardError.contains("name 'C' is not defined"))
    }

    // MARK: Lessons

    static func lessonFile(_ body: String) throws -> String {
        let path = try temporaryDirectory() + "/probe.md"
        try ("# Probe\n\nA lesson that misbehaves.\n\n" + body).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aFailingReplLineFailsReplayWithItsLine() throws {
        let path = try Self.lessonFile("```repl\nx = 1\nnot_defined + 1\n```\n")
        let result = try ProcessResult.run(BinaryLocator.backprop, ["replay", path])
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(path):7: the repl line 'not_defined + 1' failed: name 'not_defined' is not defined\n")
    }

    @Test func aLessonWhoseCheckpointFailsExitsOne() throws {
        let path = try Self.lessonFile("```repl\nx = 1\n```\n\n```check\nx == 2\n```\n")
        let home = try Self.temporaryDirectory()
        let result = try ProcessResult.run(BinaryLocator.backprop, ["lesson", path], input: "\n", environment: ["HOME": home])
        #expect(result.standardOutput.contains("CHECKPOINT FAILED"))
        #expect(result.status == 1)
    }

    /// `train 100000000` polls and stops at the budget; a product that cannot stop midway is
    /// ended by the watchdog a moment later. Either way replay fails at the line, in seconds.
    @Test(arguments: [("data planar size 40\nlayer 1 sigmoid\ninit zeros\ntrain 100000000", "train 100000000",
                       "the repl block ran past its budget of 1 s at 'train 100000000'"),
                      ("A = ones((2500, 2500))\nB = A @ A @ A @ A @ A @ A @ A @ A @ A @ A @ A @ A @ A @ A @ A @ A", "B = A @ A",
                       "the repl block ran past its budget of 1 s and cannot be stopped midway; replay stopped")])
    func aBlockThatNeverEndsFailsTheReplay(block: String, line: String, message: String) throws {
        let path = try Self.lessonFile("```repl\n\(block)\n```\n")
        let start = Date()
        let result = try ProcessResult.run(BinaryLocator.backprop, ["replay", path], environment: ["BACKPROP_BLOCK_SECONDS": "1"])
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(path):"), "\(result.standardError)")
        #expect(result.standardError.contains(line))
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }
}
