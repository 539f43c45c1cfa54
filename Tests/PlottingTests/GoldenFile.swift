import Foundation
import Testing

/// Expected plot outputs kept as files in Golden/, next to this source file.
///
/// Escape characters are written as the two characters `\e`, so colour goldens stay readable in
/// a diff and in an editor (`printf '%b' "$(cat file)"` shows them in colour). Regenerate them
/// deliberately with `UPDATE_GOLDENS=1 swift test --filter PlottingTests`, review every changed
/// file by eye, and commit; without the variable any difference fails the test.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

    static func encode(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}", with: "\\e") + "\n"
    }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        let encoded = encode(actual)
        if isUpdating {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try encoded.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not write golden \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); create it with UPDATE_GOLDENS=1 swift test --filter PlottingTests", sourceLocation: sourceLocation)
            return
        }
        guard expected != encoded else { return }
        let expectedLines = expected.components(separatedBy: "\n"), actualLines = encoded.components(separatedBy: "\n")
        let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        let want = line < expectedLines.count ? expectedLines[line] : "(end of file)"
        let got = line < actualLines.count ? actualLines[line] : "(end of output)"
        Issue.record(
            """
            \(name) differs from its golden file at line \(line + 1):
              expected: \(want)
              actual:   \(got)
            If the change is intended, regenerate with UPDATE_GOLDENS=1 swift test --filter PlottingTests and review the diff.
            """,
            sourceLocation: sourceLocation)
    }
}
