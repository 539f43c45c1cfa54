import Progress

/// What is remembered of each lesson between sessions (`~/.backprop/lessons.json`).
public struct LessonProgress: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        /// The item the lesson resumes at.
        public var position: Int
        public var completed: Bool
        public var score: LessonPlayer.Score

        public init(position: Int, completed: Bool, score: LessonPlayer.Score) {
            self.position = position
            self.completed = completed
            self.score = score
        }
    }

    public var lessons: [String: Entry] = [:]
    /// The start-up tour has been played (or skipped) once: do not show it again.
    public var tourDone = false

    public init() {}

    public static func store(directory: String? = nil) -> ProgressStore<LessonProgress> {
        ProgressStore(fileName: "lessons.json", directory: directory, fresh: LessonProgress())
    }
}
