/// One piece of what a lesson shows, tagged so a terminal can colour it and a transcript can
/// stay plain.
public struct LessonLine: Sendable, Equatable {
    public enum Role: Sendable, Equatable {
        case title, narration, input, output, question, feedback, correct, hint, checkpoint, failure, info
    }

    public var role: Role
    public var text: String

    public init(_ role: Role, _ text: String) {
        self.role = role
        self.text = text
    }
}
