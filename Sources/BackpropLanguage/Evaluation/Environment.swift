import MatrixEngine
import NeuralNetwork

/// Everything a line can change: the variables, numpy's global random generator and the print
/// options. It is a value: a statement runs on a copy that replaces the original only when the
/// statement succeeds, so a failed statement leaves the learner's state exactly as it was.
public struct Environment: Sendable {
    /// Variables in the order they were first assigned (`whos` lists them that way).
    public private(set) var variableNames: [String] = []
    /// Each variable with when it was last assigned (one hash per assignment: loops assign a lot).
    private var variables: [String: (value: Value, assignedAt: Int)] = [:]
    /// numpy's legacy global generator, seeded like a fresh numpy process would be only by `np.random.seed`.
    public var random: NumpyRandom
    public var printOptions = PrintOptions()
    /// Command words the learner has used as variable names and been told about (once a session).
    var announcedShadowedCommands: Set<String> = []
    /// The network being stepped through; its quantities are also variables (see `publish`).
    public var network = Network()
    /// The variables the stepper last wrote, with the values it wrote, so it can withdraw the ones
    /// that no longer exist and write only what changed (a variable the learner cleared or edited
    /// stays so until the network's own value changes).
    var publishedNetworkValues: [String: Value] = [:]
    var networkVariableNames: [String] = []
    /// `use mine`: the stepper runs the learner's own course functions beside its own (see `LearnerStepping`).
    public var usesLearnerFunctions = false

    public init() {
        // numpy seeds from the OS when never seeded; Backprop uses seed 0 so even an unseeded
        // session is reproducible (a learner who wants the notebook's numbers calls seed()).
        random = try! NumpyRandom(seed: 0)
    }

    /// Assignments so far, the clock of `assignedAt` (for "did you mean", which prefers recent names).
    private var assignments = 0

    /// The variables by when they were last assigned, the latest last.
    public var recentNames: [String] { variableNames.sorted { (variables[$0]?.assignedAt ?? 0) < (variables[$1]?.assignedAt ?? 0) } }

    public subscript(name: String) -> Value? {
        get { variables[name]?.value }
        set {
            if let newValue {
                assignments += 1
                if variables.updateValue((newValue, assignments), forKey: name) == nil { variableNames.append(name) }
            } else if variables.removeValue(forKey: name) != nil {
                variableNames.removeAll { $0 == name }
            }
        }
    }

    public mutating func removeAllVariables() {
        variables = [:]
        variableNames = []
    }

    /// A fresh start: no variables and no network (its layers, data and parameters are its
    /// variables, so keeping it would bring X, Y and W1 back at the next stepper command).
    /// The random generator and the print options stay.
    public mutating func removeAllVariablesAndTheNetwork() {
        removeAllVariables()
        network = Network()
        publishedNetworkValues = [:]
        networkVariableNames = []
    }
}

extension Environment {
    /// The same variables with new arrays, lists and dicts all the way down: what runs on the
    /// copy (a trial of the learner's line, a checked function) cannot change the original's
    /// values in place.
    public func deepCopied() -> Environment {
        var copy = self
        var copies: [ObjectIdentifier: Value] = [:]  // `B = A` stays one array in the copy
        for name in variableNames {
            if let value = self[name] { copy[name] = Evaluator.deepCopy(value, copies: &copies) }
        }
        return copy
    }
}
