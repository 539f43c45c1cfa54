import Testing
import BackpropLanguage
@testable import Lessons

/// A question answered by a `def`, judged by `check` (lesson 07 asks nine of them).
@Suite struct DefinitionQuestionTests {
    static let lesson = try! LessonParser.parse("""
        # Write one

        ```question
        ask: Write linear_forward(A, W, b).
        define: linear_forward
        hint: Z = np.dot(W, A) + b
        ```

        Done.
        """, name: "write-one", file: "lessons/write-one.md")

    static func started() -> LessonPlayer {
        var player = LessonPlayer(lesson: lesson, graded: false)
        _ = player.start()
        return player
    }

    static func text(_ lines: [LessonLine]) -> String { lines.map(\.text).joined(separator: "\n") }

    @Test func aRightDefinitionPassesCheckAndIsKept() {
        var player = Self.started()
        let lines = player.handle("def linear_forward(A, W, b):\n    return np.dot(W, A) + b, (A, W, b)\n")
        #expect(lines.contains { $0.role == .correct }, "\(Self.text(lines))")
        #expect(Self.text(lines).contains("linear_forward is right on all"))
        #expect(player.isFinished)
        if case .function? = player.session.environment["linear_forward"] {} else { Issue.record("the definition is not kept") }
    }

    @Test func aWrongDefinitionShowsTheCheckAndTheMistake() {
        var player = Self.started()
        let lines = player.handle("def linear_forward(A, W, b):\n    return np.dot(W, A) + b, (W, A, b)\n")
        let text = Self.text(lines)
        #expect(lines.contains { $0.role == .feedback && $0.text.hasPrefix("not quite: check linear_forward found a case") }, "\(text)")
        #expect(text.contains("most likely: a cache in the wrong order"), "\(text)")
        #expect(text.contains("hint 1/1: Z = np.dot(W, A) + b"), "\(text)")
        #expect(!player.isFinished)
        #expect(player.session.environment["linear_forward"] == nil, "a wrong answer leaves the workspace as it was")
    }

    @Test func otherInputIsExploredNotJudged() {
        var player = Self.started()
        let lines = player.handle("x = 3")
        #expect(Self.text(lines).contains("(that was not an answer to the question"), "\(Self.text(lines))")
        #expect(player.session.environment["x"] == .integer(3))
    }

    @Test func skipRunsTheCoursesDefinition() {
        var player = Self.started()
        let lines = player.handle("skip")
        #expect(Self.text(lines).contains("def linear_forward(A, W, b):"), "\(Self.text(lines))")
        if case .function? = player.session.environment["linear_forward"] {} else { Issue.record("skip did not define it") }
    }

    @Test func aFunctionCheckDoesNotKnowIsAFormatError() {
        #expect(throws: LessonFormatError.self) {
            try LessonParser.parse("# T\n\n```question\nask: Write f.\ndefine: my_function\n```\n", name: "t", file: "lessons/t.md")
        }
    }
}
