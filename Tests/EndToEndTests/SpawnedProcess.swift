import Foundation

/// A `backprop` started without waiting for it, so a test can signal it midway (kill -9 during
/// a save). Input comes from a file; output goes to files the test may read afterwards.
struct SpawnedProcess {
    let pid: pid_t
    let directory: URL

    init(_ executable: String, _ arguments: [String], input: String, environment: [String: String]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("bp-spawn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let inPath = directory.appendingPathComponent("in").path
        try input.write(toFile: inPath, atomically: true, encoding: .utf8)
        pid = try spawnChild(executable, arguments, environment: environment, input: inPath,
                             output: directory.appendingPathComponent("out").path, error: directory.appendingPathComponent("err").path)
    }

    /// Sends `signal` and waits for the end; returns the exit status (128 + signal when killed).
    @discardableResult
    func kill(_ signal: Int32) -> Int32 {
        Foundation.kill(pid, signal)
        return wait()
    }

    @discardableResult
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        try? FileManager.default.removeItem(at: directory)
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
