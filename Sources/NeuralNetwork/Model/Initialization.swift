import MatrixEngine

/// How W[l] is first drawn; every b[l] starts at zeros, as in the course.
public enum Initialization: Sendable, Equatable {
    /// All weights zero: every hidden unit computes the same thing forever (the symmetry problem).
    case zeros
    /// The course's `np.random.randn(n[l], n[l-1]) * scale` (scale 0.01 by default).
    case random(scale: Double)
    /// randn · sqrt(2 / n[l-1]): keeps ReLU activations' variance steady (He et al. 2015).
    case he
    /// randn / sqrt(n[l-1]): the same for tanh (Xavier/Glorot); the course's deep-network
    /// application divides this way.
    case xavier

    public var description: String {
        switch self {
        case .zeros: return "zeros"
        case let .random(scale): return "random × \(Matrix.formatScalar(scale))"
        case .he: return "He: randn × sqrt(2/n[l-1])"
        case .xavier: return "Xavier: randn / sqrt(n[l-1])"
        }
    }

    /// Draws W1, b1, W2, b2, ... in that order from `random`, as the course's
    /// `initialize_parameters` does after `np.random.seed(seed)`, so a seed gives the notebook's numbers.
    public func parameters(for architecture: Architecture, inputSize: Int, random: inout NumpyRandom) throws(MatrixError) -> [LayerParameters] {
        var result: [LayerParameters] = []
        for l in 1...max(architecture.depth, 1) where l <= architecture.depth {
            let rows = architecture.units(l, inputSize: inputSize)
            let columns = architecture.units(l - 1, inputSize: inputSize)
            let W: Matrix
            switch self {
            case .zeros:
                W = try .zeros(rows, columns)
            case let .random(scale):
                W = try Matrix.randn(rows, columns, using: &random).map { $0 * scale }
            case .he:
                let factor = (2 / Double(columns)).squareRoot()
                W = try Matrix.randn(rows, columns, using: &random).map { $0 * factor }
            case .xavier:
                let divisor = Double(columns).squareRoot()
                W = try Matrix.randn(rows, columns, using: &random).map { $0 / divisor }
            }
            result.append(LayerParameters(W: W, b: try .zeros(rows, 1)))
        }
        return result
    }
}
