import NeuralNetwork
import Progress

/// What drills remember between sessions, stored as the `drills` section of
/// `~/.backprop/progress.json`: totals, and for each topic (a quantity, a bug kind, a kind of
/// prediction) how often it was answered right and missed. Topics missed more are drawn more.
public struct DrillRecord: Equatable, Sendable {
    public struct Tally: Equatable, Sendable {
        public var right = 0
        public var missed = 0
        public init(right: Int = 0, missed: Int = 0) {
            self.right = right
            self.missed = missed
        }
    }

    public var sessions = 0
    public var answered = 0
    public var right = 0
    public var bestStreak = 0
    /// Keyed `shapes.dW`, `fix.missingKeepdims`, `predict.broadcast`.
    public var topics: [String: Tally] = [:]

    public init() {}

    public mutating func note(topic: String, right isRight: Bool) {
        answered += 1
        if isRight { right += 1 }
        topics[topic, default: Tally()].right += isRight ? 1 : 0
        topics[topic, default: Tally()].missed += isRight ? 0 : 1
    }

    /// How strongly the next session favours `topic`: 1 for a topic never missed, up to 5 for
    /// one always missed; right answers bring it back down, so practice pays off.
    public func weight(of topic: String) -> Double {
        guard let tally = topics[topic] else { return 1 }
        return 1 + 4 * Double(tally.missed) / Double(tally.missed + tally.right + 2)
    }

    /// The topics missed at least once, most missed first.
    public func mostMissed(limit: Int = 3) -> [(topic: String, tally: Tally)] {
        topics.filter { $0.value.missed > 0 }
            .sorted { ($0.value.missed, $1.key) > ($1.value.missed, $0.key) }
            .prefix(limit).map { ($0.key, $0.value) }
    }

    // MARK: JSON

    public static let sectionName = "drills"

    /// The record in `json`. Fields of the wrong form (a string, a negative count) count as
    /// absent; `problem(in:)` names them, so the file is kept as a copy before it is replaced.
    public init(json: JSONValue?) {
        guard let json else { return }
        sessions = json["sessions"]?.countValue ?? 0
        answered = json["answered"]?.countValue ?? 0
        right = json["right"]?.countValue ?? 0
        bestStreak = json["bestStreak"]?.countValue ?? 0
        for (topic, value) in json["topics"]?.objectValue ?? [:] {
            let tally = Tally(right: value["right"]?.countValue ?? 0, missed: value["missed"]?.countValue ?? 0)
            if tally.right + tally.missed > 0 { topics[topic] = tally }
        }
    }

    /// nil when `json` is a drills section as Backprop writes it, else what is wrong with it.
    /// Absent fields are fine (an older version wrote fewer).
    public static func problem(in json: JSONValue) -> String? {
        guard json.objectValue != nil else { return "it is \(json.summary), not an object" }
        if let problem = json.firstCountProblem(["sessions", "answered", "right", "bestStreak"]) { return problem }
        if let topics = json["topics"] {
            guard let members = topics.objectValue else { return "'topics' is \(topics.summary), not an object" }
            for (topic, tally) in members.sorted(by: { $0.key < $1.key }) {
                guard tally.objectValue != nil else { return "topic '\(topic)' is \(tally.summary), not an object" }
                if let problem = tally.firstCountProblem(["right", "missed"]) { return "topic '\(topic)': " + problem }
            }
        }
        return nil
    }

    public var json: JSONValue {
        .object([
            "sessions": .number(Double(sessions)),
            "answered": .number(Double(answered)),
            "right": .number(Double(right)),
            "bestStreak": .number(Double(bestStreak)),
            "topics": .object(topics.mapValues { .object(["right": .number(Double($0.right)), "missed": .number(Double($0.missed))]) }),
        ])
    }

    /// Loads from a store; a missing or unreadable record is a fresh one.
    public static func load(from store: ProgressStore?) -> DrillRecord {
        DrillRecord(json: store?.section(sectionName))
    }

    /// Saves the record; returns notices for the learner (a damaged file kept as a copy).
    @discardableResult
    public func save(to store: ProgressStore) throws(ProgressError) -> [String] {
        try store.save(section: DrillRecord.sectionName, json, problem: DrillRecord.problem)
    }
}

/// Readable names for topic keys: `shapes.dW` → `dW shapes`, `fix.missingKeepdims` → `missing keepdims`.
public enum DrillTopic {
    public static func key(_ kind: DrillKind, _ name: String) -> String { "\(kind.rawValue).\(name)" }

    public static func title(of key: String) -> String {
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = DrillKind(rawValue: parts[0]) else { return key }
        switch kind {
        case .shapes: return "\(parts[1]) shapes"
        case .fix: return BugKind(rawValue: parts[1])?.title ?? parts[1]
        case .predict: return "predicting " + (PredictTopic(rawValue: parts[1])?.title ?? parts[1])
        }
    }
}
