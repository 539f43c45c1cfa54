import Progress

/// What is remembered of each lesson between sessions: the `lessons` section of
/// `~/.backprop/progress.json` (drills keep theirs beside it).
public struct LessonProgress: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// The item the lesson resumes at.
        public var position: Int
        public var completed: Bool
        public var score: LessonPlayer.Score
        /// What the learner typed in the lesson so far (`LessonPlayer.inputs`): replayed to resume.
        public var inputs: [String]

        public init(position: Int, completed: Bool, score: LessonPlayer.Score, inputs: [String] = []) {
            self.position = position
            self.completed = completed
            self.score = score
            self.inputs = inputs
        }
    }

    public static let sectionName = "lessons"

    public var lessons: [String: Entry] = [:]
    /// The start-up tour has been played (or left) once: do not show it again.
    public var tourDone = false

    public init() {}

    /// The progress in `store`, or a fresh record (no HOME, no file, or an unreadable one).
    public static func load(from store: ProgressStore? = ProgressStore.inHome()) -> LessonProgress {
        guard let section = store?.section(sectionName) else { return LessonProgress() }
        var progress = LessonProgress()
        progress.tourDone = section["tourDone"] == .bool(true)
        for (name, value) in section["lessons"]?.objectValue ?? [:] {
            let score = LessonPlayer.Score(firstTry: value["firstTry"]?.int ?? 0, afterHelp: value["afterHelp"]?.int ?? 0,
                                           skipped: value["skipped"]?.int ?? 0, wrongAnswers: value["wrongAnswers"]?.int ?? 0)
            let inputs = value["inputs"]?.arrayValue?.compactMap(\.stringValue) ?? []
            progress.lessons[name] = Entry(position: value["position"]?.int ?? 0, completed: value["completed"] == .bool(true), score: score,
                                           inputs: inputs)
        }
        return progress
    }

    /// Changes the stored progress (re-read first, so another terminal's save is not lost) and writes
    /// it atomically. Returns false when it could not be saved; the lesson goes on regardless.
    @discardableResult
    public static func update(in store: ProgressStore? = ProgressStore.inHome(), _ change: (inout LessonProgress) -> Void) -> Bool {
        guard let store else { return false }
        var progress = load(from: store)
        change(&progress)
        do {
            try store.save(section: sectionName, progress.json)
            return true
        } catch {
            return false
        }
    }

    var json: JSONValue {
        var lessonsObject: [String: JSONValue] = [:]
        for (name, entry) in lessons {
            lessonsObject[name] = .object([
                "position": .number(Double(entry.position)), "completed": .bool(entry.completed),
                "firstTry": .number(Double(entry.score.firstTry)), "afterHelp": .number(Double(entry.score.afterHelp)),
                "skipped": .number(Double(entry.score.skipped)), "wrongAnswers": .number(Double(entry.score.wrongAnswers)),
                "inputs": .array(entry.inputs.map { .string($0) }),
            ])
        }
        return .object(["tourDone": .bool(tourDone), "lessons": .object(lessonsObject)])
    }
}
