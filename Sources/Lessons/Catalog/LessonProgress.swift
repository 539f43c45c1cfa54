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
        read(from: store).progress
    }

    /// The progress, and a note for the learner when what is on disk could not all be used:
    /// the file cannot be read, is damaged, has a lessons section of the wrong form, or an
    /// earlier damaged file was kept as a copy (whose lessons the list cannot show).
    public static func read(from store: ProgressStore? = ProgressStore.inHome()) -> (progress: LessonProgress, note: String?) {
        guard let store else { return (LessonProgress(), nil) }
        let reading = store.read()
        let section = reading.sections[sectionName]
        let progress = LessonProgress(json: section)
        if let problem = reading.problem(displayPath: store.displayPath) { return (progress, problem) }
        if let section, let wrong = problem(in: section) {
            return (progress, "the lessons record in \(store.displayPath) is damaged (\(wrong)); the file will be kept as a copy when progress is next saved")
        }
        if let copy = reading.damagedCopies.last {
            let more = reading.damagedCopies.count > 1 ? " (and \(reading.damagedCopies.count - 1) older copies beside it)" : ""
            return (progress, "earlier progress could not be read and was kept as \(copy)\(more); lessons recorded only there show as new (delete the copy when you no longer need it, and this note goes)")
        }
        return (progress, nil)
    }

    init(json section: JSONValue?) {
        guard let section else { return }
        tourDone = section["tourDone"] == .bool(true)
        for (name, value) in section["lessons"]?.objectValue ?? [:] {
            let score = LessonPlayer.Score(firstTry: value["firstTry"]?.countValue ?? 0, afterHelp: value["afterHelp"]?.countValue ?? 0,
                                           skipped: value["skipped"]?.countValue ?? 0, wrongAnswers: value["wrongAnswers"]?.countValue ?? 0)
            let inputs = value["inputs"]?.arrayValue?.compactMap(\.stringValue) ?? []
            lessons[name] = Entry(position: value["position"]?.countValue ?? 0, completed: value["completed"] == .bool(true), score: score,
                                  inputs: inputs)
        }
    }

    static let entryCounts = ["position", "firstTry", "afterHelp", "skipped", "wrongAnswers"]

    /// nil when `json` is a lessons section as Backprop writes it, else what is wrong with it.
    public static func problem(in json: JSONValue) -> String? {
        guard json.objectValue != nil else { return "it is \(json.summary), not an object" }
        if let tour = json["tourDone"], case .bool = tour {} else if let tour = json["tourDone"] {
            return "'tourDone' is \(tour.summary), not true or false"
        }
        guard let lessons = json["lessons"] else { return nil }
        guard let members = lessons.objectValue else { return "'lessons' is \(lessons.summary), not an object" }
        for (name, entry) in members.sorted(by: { $0.key < $1.key }) {
            guard entry.objectValue != nil else { return "lesson '\(name)' is \(entry.summary), not an object" }
            if let problem = entry.firstCountProblem(entryCounts) { return "lesson '\(name)': " + problem }
            if let completed = entry["completed"], case .bool = completed {} else if let completed = entry["completed"] {
                return "lesson '\(name)': 'completed' is \(completed.summary), not true or false"
            }
        }
        return nil
    }

    /// What saving did: saved (with notices to show now, such as a damaged file kept as a
    /// copy), or not, and why.
    public enum SaveOutcome: Sendable, Equatable {
        case saved(notices: [String])
        case notSaved(reason: String)

        public var isSaved: Bool {
            if case .saved = self { return true }
            return false
        }
    }

    /// Changes the stored progress (re-read first, so another terminal's save is not lost) and
    /// writes it atomically. The lesson goes on whatever the outcome.
    @discardableResult
    public static func update(in store: ProgressStore? = ProgressStore.inHome(), _ change: (inout LessonProgress) -> Void) -> SaveOutcome {
        guard let store else { return .notSaved(reason: ProgressStore.noHomeReason) }
        var progress = load(from: store)
        change(&progress)
        do {
            return .saved(notices: try store.save(section: sectionName, progress.json, problem: problem(in:)))
        } catch {
            return .notSaved(reason: error.message)
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
