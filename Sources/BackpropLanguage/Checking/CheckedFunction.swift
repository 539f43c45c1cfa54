import NeuralNetwork

/// One graded function of the course in `check`'s catalogue: its signature, what it returns,
/// the reference solution, the cases it is run on, and the planted mistakes that name a
/// learner's wrong answer.
struct CheckedFunction: Sendable {
    var name: String
    var week: CourseWeek
    /// The course's parameter names, in order: the signature picks the entry when two weeks share a name.
    var parameters: [String]
    /// What the function returns: one name (`grads`), or one per item of the tuple (`dA_prev`, `dW`, `db`).
    var outputs: [String]
    /// The reference solution, a Python `def` as the course's solution writes it.
    var reference: String
    /// The cases, the course's own test case first. Drawn from a fixed seed: a check is repeatable.
    var cases: @Sendable (inout CaseRandom) -> [CheckCase]
    /// The planted mistakes: each a wrong `def`, tried on the case that failed, so that a
    /// learner's output equal to one's names the mistake.
    var mistakes: [PlantedMistake]
    /// Names for parts of the outputs (`["cache", 0, 2]` is b in the linear cache).
    var partName: @Sendable ([ValueDifference.PathStep]) -> String? = { _ in nil }
    /// Whether the course's version changes an argument in place (the older update_parameters did).
    var mayChangeArguments = false
    /// How the course seeds numpy's generator for a function that draws: a learner's numbers drawn
    /// after another seed are named as such.
    var seed: CourseSeed? = nil

    /// `dW` for the path `[1]`, `dW of layer 2 (grads["dW2"])` for `["dW2"]`.
    func outputName(_ path: [ValueDifference.PathStep]) -> String {
        if path.isEmpty && outputs.count > 1 { return "what \(name) returns" }
        let written = writtenName(path)
        if let friendly = partName(path) { return "\(friendly) (\(written))" }
        return written
    }

    /// The output as code reaches it: `dW`, `grads["dW2"]`, `cache[0][2]`.
    func writtenName(_ path: [ValueDifference.PathStep]) -> String {
        var rest = path[...]
        var base = outputs.first ?? "the result"
        if outputs.count > 1, case let .index(i)? = path.first, i < outputs.count {
            base = outputs[i]
            rest = path.dropFirst()
        }
        return base + ValueDifference.describe(Array(rest))
    }

    /// The function's call with its parameters as the case's variables: `linear_backward(dZ, cache)`.
    var callText: String { "\(name)(\(parameters.joined(separator: ", ")))" }
}

/// Where the course's `np.random.seed` call is for a function that draws.
enum CourseSeed: Sendable, Equatable {
    /// The function seeds itself first (initialize_parameters_deep: `np.random.seed(3)`).
    case inside(Int)
    /// The notebook's cell seeds before the call and the function draws from there (week 3's
    /// initialize_parameters after `np.random.seed(2)`).
    case byTheCaller(Int)
}

enum CourseWeek: Int, Sendable, CaseIterable {
    case logisticRegression = 2, shallowNetwork = 3, deepNetwork = 4

    var title: String {
        switch self {
        case .logisticRegression: return "week 2, logistic regression"
        case .shallowNetwork: return "week 3, planar data classification"
        case .deepNetwork: return "week 4, the deep network step by step"
        }
    }

    /// `week 3`.
    var name: String { "week \(rawValue)" }
}

/// One input for the function: Python that sets the parameters' variables, run in a fresh
/// scratch session before the call.
struct CheckCase: Sendable {
    /// `the course's test case (linear_backward_test_case)`, `one example (m = 1)`.
    var title: String
    var setup: String
}

/// A mistake from the catalogue (`BugKind`) as a wrong version of the function.
struct PlantedMistake: Sendable {
    var kind: BugKind
    /// What it does wrong, in the course's terms.
    var why: String
    /// The wrong `def` written whole, or nil when it is the reference with `edits` made.
    private var wholeDefinition: String?
    private var edits: [LineEdit] = []

    init(kind: BugKind, definition: String, why: String) {
        self.kind = kind
        self.why = why
        wholeDefinition = definition
    }

    /// The reference with a few lines changed: only the slip is written, not the function again.
    init(kind: BugKind, changing edits: [LineEdit], why: String) {
        self.kind = kind
        self.why = why
        self.edits = edits
    }

    /// The wrong `def`, the same signature as `reference`; nil when an edit finds no line to
    /// change (a catalogue mistake the tests catch).
    func definition(from reference: String) -> String? {
        if let wholeDefinition { return wholeDefinition }
        var lines = reference.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var next = 0
        for index in lines.indices where next < edits.count {
            let indentation = lines[index].prefix { $0 == " " }
            guard lines[index].dropFirst(indentation.count) == edits[next].old else { continue }
            lines[index] = indentation + edits[next].new
            next += 1
        }
        return next == edits.count ? lines.joined(separator: "\n") : nil
    }
}

/// One line of a reference changed: the first line (after the previous edit's) whose text,
/// without its indentation, is `old` becomes `new` at the same indentation.
struct LineEdit: Sendable {
    var old: String
    var new: String

    static func line(_ old: String, to new: String) -> LineEdit { LineEdit(old: old, new: new) }
}

/// The cases' random architectures: a small fixed generator (SplitMix64), so that a check gives
/// the same cases on every machine and every run.
struct CaseRandom: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A seed for `np.random.seed`.
    mutating func seed() -> Int { int(1...9999) }
}
