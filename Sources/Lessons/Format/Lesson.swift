import MatrixEngine

/// A lesson as its file describes it: a title and the items a learner goes through in order.
public struct Lesson: Sendable, Equatable {
    /// `logistic-regression` for `lessons/01-logistic-regression.md`.
    public var name: String
    public var title: String
    /// The first paragraph of narration: what the lesson list shows.
    public var summary: String
    public var items: [LessonItem]
    /// Where it came from, for messages (`lessons/01-logistic-regression.md`).
    public var file: String
}

/// One thing a lesson does, with the line of the file it starts on.
public struct LessonItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Text to read (Markdown, shown as it is written).
        case narration(String)
        /// REPL input, run in the learner's session and shown as if typed.
        case commands([ReplLine])
        /// The learner presses Enter to go on (or explores first).
        case pause
        case question(Question)
        /// Assertions that fail loudly if the engine ever disagrees with the notes.
        case checkpoint([Checkpoint])
    }

    public var kind: Kind
    public var line: Int
}

/// One line of a `repl` block. A line meant to show an error ends with the comment `# error`
/// (`X @ W1  # error`): replay fails if it runs cleanly, as it fails if any other line errs.
public struct ReplLine: Sendable, Equatable {
    /// What runs and is shown, without the `# error` marker.
    public var text: String
    /// The line of the lesson file.
    public var line: Int
    public var expectsError: Bool

    public init(_ text: String, line: Int, expectsError: Bool = false) {
        self.text = text
        self.line = line
        self.expectsError = expectsError
    }
}

/// A question and how its answer is judged: never by comparing strings.
public struct Question: Sendable, Equatable {
    public enum Expected: Sendable, Equatable {
        /// An expression or assignment in the REPL's language, judged by the value and shape it
        /// produces (`expect: A = sigmoid(w.T @ X + b)`: the learner's `A` must end up equal).
        case expression(String)
        /// A shape, typed as `(4, 3)`, `4x3` or `4,3`.
        /// numpy's shape: `[3, 1]` for (3, 1), `[3]` for rank-1 (3,).
        case shape([Int])
        /// A number, or an expression giving it, within a tolerance.
        case number(String, tolerance: Double)
        /// One of the options (`correct` is its index among them).
        case choice(options: [String], correct: Int)
        /// A `def` of the course's function of this name (`define: linear_forward`), judged as
        /// `check` judges it: the reference's values on the course's test case and random networks.
        case definition(String)
    }

    public var prompt: String
    public var expected: Expected
    /// Revealed one at a time: on request and after each wrong answer.
    public var hints: [String]
    /// The worked answer, shown by `solution`; for expression questions also what `skip` runs.
    public var solution: String?
    /// Shown after a right answer.
    public var explanation: String?
}

/// `cost ≈ 5.801545 ± 1e-6` or `dw.shape == (2, 1)`: both sides are expressions.
public struct Checkpoint: Sendable, Equatable {
    public enum Comparison: Sendable, Equatable {
        case approximately(tolerance: Double)
        case equal
    }

    public var expression: String
    public var expected: String
    public var comparison: Comparison
    public var line: Int
    /// The line as written, for reports.
    public var text: String
}
