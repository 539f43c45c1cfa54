import BackpropLanguage
import MatrixEngine
import NeuralNetwork

/// "Fix the formula": a line of forward, backward or update code with one planted bug. The
/// learner's line is judged by running it on random networks of the question's shapes and
/// comparing with the reference by value and shape, never by text.
public struct FormulaQuestion: Sendable {
    public let architecture: DrillNetwork
    public let layer: Int
    public let bug: BugKind
    /// The variable assigned: `dW2`.
    public let target: String
    public let quantity: Quantity
    public let reference: String
    public let buggy: String
    /// Why the reference is right, in the notes' symbols with this network's numbers.
    public let why: String
    /// forward, backward, update.
    public let stage: String
    /// Seeds of the random networks the lines are judged on.
    public let trialSeeds: [Int]

    public var referenceLine: String { "\(target) = \(reference)" }
    public var buggyLine: String { "\(target) = \(buggy)" }

    /// How many random networks a line is judged on: one draw can hide a bug by coincidence
    /// (every Z > 0 makes ReLU's derivative all ones).
    public static let trialCount = 3

    /// The random networks the lines are judged on (built once: they are the costly part).
    public let trials: [Environment]
    /// The reference's value on each trial.
    public let references: [Value]

    /// A question planting `bug`, drawn until the bug is observable: the buggy line must fail
    /// with an error or differ from the reference on at least one trial.
    public static func generate(bug: BugKind, using random: inout DrillRandom) -> FormulaQuestion {
        for _ in 0..<500 {
            let architecture = DrillNetwork.random(using: &random)
            let layer = random.int(in: 1...architecture.depth)
            let sites = FormulaSites(a: architecture, l: layer, usesDot: random.chance(0.3)).all.filter { !($0.variants[bug] ?? []).isEmpty }
            let seeds = (0..<trialCount).map { _ in random.nextSeed() }
            guard !sites.isEmpty else { continue }
            let site = random.pick(sites)
            let variant = random.pick(site.variants[bug]!)
            let question = FormulaQuestion(architecture: architecture, layer: layer, bug: bug, site: site, variant: variant, trialSeeds: seeds)
            if question.bugIsObservable { return question }
        }
        preconditionFailure("no observable \(bug) question in 500 draws")
    }

    init(architecture: DrillNetwork, layer: Int, bug: BugKind, site: FormulaSite, variant: BugVariant, trialSeeds: [Int]) {
        self.architecture = architecture
        self.layer = layer
        self.bug = bug
        target = site.target
        quantity = site.quantity
        reference = site.reference
        buggy = variant.rhs
        why = variant.why
        stage = site.stage
        self.trialSeeds = trialSeeds
        // The target is left out (so typing its name is no answer), except in an update, whose
        // target is also its input.
        let keepsTarget = site.stage == "update"
        trials = trialSeeds.map { seed in
            var environment = TrialEnvironment.make(architecture, seed: seed)
            if !keepsTarget { environment[site.target] = nil }
            return environment
        }
        let line = "\(site.target) = \(site.reference)"
        references = trials.map { environment in
            guard case let .value(value) = Judge.run(line, target: site.target, in: environment) else {
                preconditionFailure("reference \(line) does not evaluate")
            }
            return value
        }
    }

    // MARK: Trials

    public func environment(trial index: Int) -> Environment {
        trials[index]
    }

    /// True when the buggy line fails or differs from the reference on some trial.
    public var bugIsObservable: Bool {
        for (index, environment) in trials.enumerated() {
            switch Judge.run(buggyLine, target: target, in: environment) {
            case .failed: return true
            case .noValue: return true
            case let .value(value): if Judge.difference(value, from: references[index]) != nil { return true }
            }
        }
        return false
    }

    /// What the buggy line does on the first trial: the learner sees this with the question.
    public var buggyEffect: Judge.Outcome {
        Judge.run(buggyLine, target: target, in: trials[0])
    }

    /// The matrices the buggy line uses, in order of appearance, with their shapes (not the
    /// reference's: listing them would give the fix away).
    public var operands: [(name: String, shape: Shape)] {
        let environment = environment(trial: 0)
        var seen: [String] = []
        for line in [buggy] {
            for word in FormulaQuestion.identifiers(in: line) where !seen.contains(word) {
                if environment[word]?.asTwoDimensional != nil { seen.append(word) }
            }
        }
        return seen.map { name in
            guard let m = environment[name]?.asTwoDimensional else { preconditionFailure() }
            return (name, m.shape)
        }
    }

    /// The names in a line, leaving out attributes and functions after a dot (`.T`, `np.dot`).
    static func identifiers(in line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var afterDot = false
        var last: Character = " "
        for character in line + " " {
            if character.isLetter || character == "_" || (character.isNumber && !current.isEmpty) {
                if current.isEmpty { afterDot = last == "." }
                current.append(character)
            } else {
                if !current.isEmpty && !afterDot { words.append(current) }
                current = ""
            }
            last = character
        }
        return words
    }

    // MARK: Judging

    public enum Verdict: Equatable, Sendable {
        case right
        /// The line is the buggy one again.
        case unchanged
        case failed(Diagnostic, line: String)
        case wrongShape(got: String, expected: String)
        case wrongValues(row: Int, column: Int, got: Double, expected: Double)
        case wrongKind(got: String, expected: String)
        /// It ran but assigned something else (or nothing).
        case noValue(assigned: [String])
    }

    /// A wrong line's mistake when it is one of the usual ones, found by value on the first trial:
    /// a flipped sign (or an update that climbs instead of descends), or a sum over the wrong axis.
    public func namedMistake(in line: String) -> String? {
        let environment = trials[0]
        guard case let .value(.array(given)) = Judge.run(line, target: target, in: environment),
              case let .array(expected) = references[0] else { return nil }
        if given.shape == expected.shape, Judge.difference(.array(given.value.map { -$0 }), from: .array(expected)) == nil {
            return "the sign is flipped: every value is the reference's with the opposite sign"
        }
        if stage == "update", case let .array(before)? = environment[target], before.shape == given.shape, before.shape == expected.shape,
           let reversed = try? before.storage.map({ 2 * $0 }) - expected.storage,
           Judge.difference(.array(given), from: .array(before.value.withStorage(reversed))) == nil {
            return "the step has the wrong sign: W + α dW climbs the cost; gradient descent subtracts, W - α dW"
        }
        if reference.contains("axis=1") {
            let mutants = [reference.replacing("axis=1", with: "axis=0"),
                           reference.replacing("axis=1, keepdims=True", with: "axis=0")]
            for mutant in mutants {
                if case let .value(value) = Judge.run("\(target) = \(mutant)", target: target, in: environment),
                   Judge.difference(.array(given), from: value) == nil {
                    return "it sums over the units, axis=0 (down each column), instead of over the examples, axis=1 (along each row)"
                }
            }
        }
        return nil
    }

    public func judge(_ line: String) -> Verdict {
        let typed = line.filter { !$0.isWhitespace }
        if typed == buggy.filter({ !$0.isWhitespace }) || typed == buggyLine.filter({ !$0.isWhitespace }) { return .unchanged }
        for (index, environment) in trials.enumerated() {
            let expected = references
            switch Judge.run(line, target: target, in: environment) {
            case let .failed(diagnostic, line): return .failed(diagnostic, line: line)
            case let .noValue(assigned): return .noValue(assigned: assigned)
            case let .value(value):
                switch Judge.difference(value, from: expected[index]) {
                case nil: continue
                case let .shape(got, expected)?: return .wrongShape(got: got, expected: expected)
                case let .values(row, column, got, expected)?: return .wrongValues(row: row, column: column, got: got, expected: expected)
                case let .kind(got, expected)?: return .wrongKind(got: got, expected: expected)
                }
            }
        }
        return .right
    }
}
