import Foundation
import Testing

/// `backprop < script` and `backprop run FILE`: plain output, no prompts or colour, exit status.
@Suite struct ScriptAndPipeTests {
    @Test func pipedInputPrintsValuesWithoutPrompts() throws {
        let result = try ProcessResult.run(BinaryLocator.backprop, [], input: "x = [1 2; 3 4]\nx.T\nx.shape\n")
        #expect(result.status == 0)
        #expect(result.standardOutput == "[[1 3]\n [2 4]]  (2, 2) int64\n(2, 2)\n")
        #expect(!result.standardOutput.contains("backprop>"))
        #expect(!result.standardOutput.contains("\u{1B}["))
    }

    @Test func pipedErrorsGoToStderrAndFailTheRun() throws {
        let result = try ProcessResult.run(BinaryLocator.backprop, [], input: "a = 1\nb = a @ 2\na + 1\n")
        #expect(result.status == 1)
        #expect(result.standardOutput == "2\n", "later lines still run")
        #expect(result.standardError.hasPrefix("<stdin>:2:5: error: '@' is the matrix product"))
    }

    @Test func aLessonInAScriptTakesItsAnswersFromTheFollowingLines() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bp-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let result = try ProcessResult.run(BinaryLocator.backprop, [], input: "keep = 3\nlesson tour\n\nW1 @ X\nquit\nkeep\n",
                                           environment: ["HOME": home.path])
        #expect(result.standardOutput.contains("Which product of W1 and X fits"))
        #expect(result.standardOutput.contains("\nright\n"))
        #expect(result.standardOutput.hasSuffix("\n3\n"), "the script goes on in its own workspace after the lesson")
    }

    /// Lesson names have hyphens, which the expression lexer would split (`logistic - regression`).
    @Test func aHyphenatedLessonNameOpensInTheREPL() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bp-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let result = try ProcessResult.run(BinaryLocator.backprop, [], input: "lesson logistic-regression\nquit\n",
                                           environment: ["HOME": home.path])
        #expect(result.standardOutput.contains("Logistic regression as a neural network"), "\(result.standardError)")
    }

    @Test func runFileReportsFileLineColumn() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bp-\(UUID().uuidString).bp")
        try "w = np.array([[1.],[2.]]); b = 2.\nX = [1 2 -1; 3 4 -3.2]\nZ = np.dot(w, X) + b\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try ProcessResult.run(BinaryLocator.backprop, ["run", file.path])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("\(file.path):3:5: error: matrix product w @ X: w has 1 column but X has 2 rows"))
        #expect(result.standardError.contains("did you mean w.T @ X?"))
    }

    @Test func runMissingFileFailsClearly() throws {
        let result = try ProcessResult.run(BinaryLocator.backprop, ["run", "/nonexistent/script.bp"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("cannot open '/nonexistent/script.bp'"))
    }

    @Test func versionPrints() throws {
        let result = try ProcessResult.run(BinaryLocator.backprop, ["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("0."))
    }
}
