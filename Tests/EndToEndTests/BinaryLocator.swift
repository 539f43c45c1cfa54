import Foundation

/// Finds the `backprop` executable that `swift test` built next to this test bundle.
enum BinaryLocator {
    static var backprop: String {
        // Another build to check (an older commit's, say): BACKPROP_TEST_BINARY=/path/to/backprop.
        if let other = ProcessInfo.processInfo.environment["BACKPROP_TEST_BINARY"], !other.isEmpty { return other }
        // /proc/self/exe is .build/<config>/BackpropPackageTests.xctest (or a runner beside it).
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: exe).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("backprop").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/backprop").path
    }
}

/// Runs a process to completion and captures its output.
///
/// Uses posix_spawn and waitpid rather than Foundation's Process, whose waitUntilExit can hang
/// under the concurrent test runner; output goes through files, so a daemon that inherits them
/// (tmux's server) cannot keep a pipe open and block the read.
struct ProcessResult {
    var status: Int32
    var standardOutput: String
    var standardError: String

    /// `environment` overrides variables of this process's environment (HOME, say).
    static func run(_ executable: String, _ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> ProcessResult {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bp-proc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inPath = directory.appendingPathComponent("in").path
        let outPath = directory.appendingPathComponent("out").path
        let errPath = directory.appendingPathComponent("err").path
        try (input ?? "").write(toFile: inPath, atomically: true, encoding: .utf8)

        let pid = try spawnChild(executable, arguments, environment: environment, input: inPath, output: outPath, error: errPath)
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) == -1 && errno == EINTR {}
        let exitStatus = (waitStatus & 0x7f) == 0 ? (waitStatus >> 8) & 0xff : 128 + (waitStatus & 0x7f)
        return ProcessResult(status: exitStatus,
                             standardOutput: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                             standardError: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}

/// Starts `executable` with standard input, output and error on the given files, and returns its pid.
///
/// The test runner blocks signals in its threads, and a child inherits the mask: a tmux server
/// or a REPL spawned with SIGTERM and SIGHUP blocked survives kill-server and keeps running
/// after its test. Children start with no signal blocked and default handlers.
func spawnChild(_ executable: String, _ arguments: [String], environment: [String: String],
                input: String, output: String, error: String) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, error, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigmask(&attributes, &emptyMask)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var variables = ProcessInfo.processInfo.environment
    for (key, value) in environment { variables[key] = value }
    let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
    return pid
}
