import BackpropLanguage
import MatrixEngine
import NeuralNetwork

/// The variables a formula is judged on: one honest forward and backward pass of the
/// architecture on random data, so every quantity is what the notes' formulas make it
/// (dZ1 really is dA1 * g'(Z1), dA1 really is W2.T @ dZ2). A learner's correct line written
/// differently from the reference (`relu_backward(dA1, Z1)`, `np.dot(dZ2, A1.T) / m`) then
/// agrees with it, and a buggy one does not.
public enum TrialEnvironment {
    /// The learning rate the update formulas use, under both the course's names.
    public static let learningRate = 0.01

    public static func make(_ a: DrillNetwork, seed: Int) -> Environment {
        var random = try! NumpyRandom(seed: Int(UInt32(truncatingIfNeeded: seed)))
        let L = a.depth, m = a.examples
        var environment = Environment()
        environment.random = random
        func randn(_ rows: Int, _ columns: Int, scale: Double = 1) -> Matrix {
            try! Matrix.randn(rows, columns, using: &random).map { $0 * scale }
        }
        func set(_ name: String, _ matrix: Matrix) { environment[name] = .matrix(matrix) }

        let X = randn(a.units[0], m)
        let Y = try! Matrix.rand(a.units[L], m, using: &random).map { $0 > 0.5 ? 1 : 0 }
        var W = [Matrix(scalar: 0)], b = [Matrix(scalar: 0)], Z = [Matrix(scalar: 0)], A = [X]
        for l in 1...L {
            // Scaled so activations stay away from saturation and every unit matters.
            W.append(randn(a.units[l], a.units[l - 1], scale: 1 / Double(a.units[l - 1]).squareRoot()))
            b.append(randn(a.units[l], 1, scale: 0.5))
            Z.append(try! W[l].matmul(A[l - 1]) + b[l])
            A.append(a.activations[l - 1].apply(Z[l]))
        }
        // Backward, from the cross-entropy cost with a sigmoid output.
        var dA = [Matrix](repeating: Matrix(scalar: 0), count: L + 1)
        var dZ = dA, dW = dA, db = dA
        dA[L] = try! -((Y / A[L]) - ((Y.map { 1 - $0 }) / A[L].map { 1 - $0 }))
        dZ[L] = try! A[L] - Y
        for l in stride(from: L, through: 1, by: -1) {
            if l < L { dZ[l] = a.activations[l - 1].backward(dA: dA[l], Z: Z[l], A: A[l]) }
            dW[l] = try! dZ[l].matmul(A[l - 1].transposed).map { $0 / Double(m) }
            db[l] = try! dZ[l].reduced(.sum, axis: .columns, keepDimensions: true).map { $0 / Double(m) }
            dA[l - 1] = try! W[l].transposed.matmul(dZ[l])
        }
        set("X", X)
        set("Y", Y)
        set("A0", X)
        set("dA0", dA[0])
        for l in 1...L {
            set("W\(l)", W[l]); set("b\(l)", b[l]); set("Z\(l)", Z[l]); set("A\(l)", A[l])
            set("dA\(l)", dA[l]); set("dZ\(l)", dZ[l]); set("dW\(l)", dW[l]); set("db\(l)", db[l])
        }
        environment["m"] = .integer(m)
        environment["learning_rate"] = .float(learningRate)
        environment["alpha"] = .float(learningRate)
        environment.random = random
        return environment
    }

    /// Random matrices of the given shapes (for "will it run?", where only shapes matter).
    public static func make(shapes: [(String, Shape)], scalars: [String: Value] = [:], seed: Int) -> Environment {
        var random = try! NumpyRandom(seed: Int(UInt32(truncatingIfNeeded: seed)))
        var environment = Environment()
        for (name, shape) in shapes {
            // Strictly between 0 and 1, so log(A) and log(1 - A) are defined.
            environment[name] = .matrix(try! Matrix.rand(shape.rows, shape.columns, using: &random).map { 0.05 + 0.9 * $0 })
        }
        for (name, value) in scalars { environment[name] = value }
        environment.random = random
        return environment
    }
}
