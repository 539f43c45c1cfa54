import MatrixEngine

/// g[l], a layer's activation function, and the derivative g'(Z) that backward multiplies into dA.
public enum Activation: String, CaseIterable, Sendable {
    case sigmoid
    case tanh
    case relu
    case leakyRelu = "leaky_relu"
    case linear

    /// The slope of leaky ReLU for z < 0, as in the notes (max(0.01z, z)).
    public static let leakySlope = 0.01

    /// Accepts the spellings a learner is likely to type: `leaky relu`, `leaky_relu`, `leakyrelu`,
    /// `identity` for linear.
    public init?(name: String) {
        let key = name.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " }
        switch key {
        case "sigmoid", "logistic", "sigma": self = .sigmoid
        case "tanh": self = .tanh
        case "relu": self = .relu
        case "leakyrelu", "leaky": self = .leakyRelu
        case "linear", "identity", "none": self = .linear
        default: return nil
        }
    }

    /// The name as written in formulas and in `layer 4 tanh`.
    public var name: String {
        switch self {
        case .leakyRelu: return "leaky_relu"
        default: return rawValue
        }
    }

    public static var spellings: String { "sigmoid, tanh, relu, leaky_relu, linear" }

    /// A = g(Z).
    public func apply(_ Z: Matrix) -> Matrix {
        switch self {
        case .sigmoid: return Z.sigmoid()
        case .tanh: return Z.tanh()
        case .relu: return Z.relu()
        case .leakyRelu: return Z.leakyRelu(slope: Activation.leakySlope)
        case .linear: return Z
        }
    }

    /// g'(Z), computed as the course does: from A where the notes write it that way
    /// (σ' = A(1 − A), tanh' = 1 − A²), from Z for ReLU; so results match the notebooks bit for bit.
    public func derivative(Z: Matrix, A: Matrix) -> Matrix {
        switch self {
        case .sigmoid: return A.map { $0 * (1 - $0) }
        case .tanh: return A.map { 1 - $0 * $0 }
        case .relu: return Z.reluDerivative()
        case .leakyRelu: return Z.leakyReluDerivative(slope: Activation.leakySlope)
        case .linear: return Z.map { _ in 1 }
        }
    }

    /// dZ = dA * g'(Z) in one pass (no temporary for g'(Z)).
    public func backward(dA: Matrix, Z: Matrix, A: Matrix) -> Matrix {
        switch self {
        case .sigmoid: return dA.timesSigmoidDerivative(output: A)
        case .tanh: return dA.timesTanhDerivative(output: A)
        case .relu: return dA.timesReluDerivative(input: Z)
        case .leakyRelu: return dA.timesLeakyReluDerivative(input: Z, slope: Activation.leakySlope)
        case .linear: return dA
        }
    }

    /// `A1 = tanh(Z1)`.
    public func formula(output: String, input: String) -> String {
        self == .linear ? "\(output) = \(input)" : "\(output) = \(name)(\(input))"
    }

    /// g'(Z) for layer `l` in the REPL's notation, ready to follow `dA1 * `: `A1 * (1 - A1)`.
    public func derivativeFormula(layer l: Int) -> String {
        switch self {
        case .sigmoid: return "A\(l) * (1 - A\(l))"
        case .tanh: return "(1 - A\(l)**2)"
        case .relu: return "(Z\(l) > 0)"
        case .leakyRelu: return "where(Z\(l) > 0, 1, 0.01)"
        case .linear: return "1"
        }
    }
}
