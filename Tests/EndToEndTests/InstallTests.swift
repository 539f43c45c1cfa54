import Foundation
import Testing

/// The README's install command puts `backprop` and its lessons under a prefix, and the installed
/// binary finds them from any folder. (The test installs the binary it was built with, so it
/// does not build a release of its own.)
@Suite struct InstallTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func installsTheBinaryWithItsLessons() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("bp-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let script = Self.repository.appendingPathComponent("scripts/install.sh").path
        let install = try ProcessResult.run("/bin/sh", [script, prefix.path], environment: ["BACKPROP_BINARY": BinaryLocator.backprop])
        #expect(install.status == 0, "\(install.standardError)")
        #expect(install.standardOutput.contains("installed \(prefix.path)/bin/backprop"))
        let installed = prefix.appendingPathComponent("bin/backprop").path
        #expect(FileManager.default.isExecutableFile(atPath: installed))
        let lessons = prefix.appendingPathComponent("share/backprop/lessons")
        #expect(try FileManager.default.contentsOfDirectory(atPath: lessons.path).contains("00-tour.md"))

        // A lesson only the installed folder has proves that is where the binary looks.
        try "# Probe lesson\n\nOnly in the prefix.\n".write(to: lessons.appendingPathComponent("99-probe.md"), atomically: true, encoding: .utf8)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bp-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let list = try ProcessResult.run(installed, ["lesson"], environment: ["HOME": home.path, "BACKPROP_LESSONS": ""])
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("probe"), "\(list.standardOutput)")
        #expect(list.standardOutput.contains("logistic-regression"))
        let repl = try ProcessResult.run(installed, [], input: "1 + 1\n", environment: ["HOME": home.path])
        #expect(repl.standardOutput == "2\n")
    }
}
