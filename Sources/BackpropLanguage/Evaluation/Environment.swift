import MatrixEngine
import NeuralNetwork

/// Everything a line can change: the variables, numpy's global random generator and the print
/// options. It is a value: a statement runs on a copy that replaces the original only when the
/// statement succeeds, so a failed statement leaves the learner's state exactly as it was.
public struct Environment: Sendable {
    /// Variables in the order they were first assigned (`whos` lists them that way).
    public private(set) var variableNames: [String] = []
    private var variables: [String: Value] = [:]
    /// numpy's legacy global generator, seeded like a fresh numpy process would be only by `np.random.seed`.
    public var random: NumpyRandom
    public var printOptions = PrintOptions()
    /// The network being stepped through; its quantities are also variables (see `publish`).
    public var network = Network()
    /// The variables the stepper last wrote, so it can withdraw the ones that no longer exist.
    var networkVariableNames: [String] = []

    public init() {
        // numpy seeds from the OS when never seeded; Backprop uses seed 0 so even an unseeded
        // session is reproducible (a learner who wants the notebook's numbers calls seed()).
        random = try! NumpyRandom(seed: 0)
    }

    public subscript(name: String) -> Value? {
        get { variables[name] }
        set {
            if let newValue {
                if variables.updateValue(newValue, forKey: name) == nil { variableNames.append(name) }
            } else if variables.removeValue(forKey: name) != nil {
                variableNames.removeAll { $0 == name }
            }
        }
    }

    public mutating func removeAllVariables() {
        variables = [:]
        variableNames = []
    }
}
