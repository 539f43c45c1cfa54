import MatrixEngine
import NeuralNetwork

/// The stepper's quantities are ordinary variables: after every stepper command they are written
/// out (`W1`, `Z1`, `dW2`, `J`, ...), and before every step the learner's edits to X, Y, W and b
/// are read back, so `W1 = zeros((4, 2))` followed by `forward` steps with the new W1.
extension Environment {
    /// Every variable the network's current state defines, in the notes' order.
    func networkVariables() -> [(String, Value)] {
        let network = self.network
        var result: [(String, Value)] = []
        if let data = network.data {
            result += [("X", .matrix(data.X)), ("Y", .matrix(data.Y)), ("m", .integer(data.exampleCount))]
        }
        if network.isInitialized {
            for (index, parameters) in network.parameters.enumerated() {
                result += [("W\(index + 1)", .matrix(parameters.W)), ("b\(index + 1)", .matrix(parameters.b))]
            }
        }
        if !network.caches.isEmpty, let X = network.data?.X { result.append(("A0", .matrix(X))) }
        for (index, cache) in network.caches.enumerated() {
            result += [("Z\(index + 1)", .matrix(cache.Z)), ("A\(index + 1)", .matrix(cache.A))]
        }
        if let J = network.cost { result.append(("J", .float(J))) }
        for (index, gradients) in network.gradients.enumerated().reversed() {
            guard let gradients else { continue }
            let l = index + 1
            if l == network.depth { result.append(("dA\(l)", .matrix(gradients.dA))) }
            result += [("dZ\(l)", .matrix(gradients.dZ)), ("dW\(l)", .matrix(gradients.dW)),
                       ("db\(l)", .matrix(gradients.db)), ("dA\(l - 1)", .matrix(gradients.dAPrevious))]
        }
        return result
    }

    /// Writes the network's quantities as variables and withdraws the ones it no longer has.
    mutating func publishNetwork() {
        let variables = networkVariables()
        let names = variables.map(\.0)
        for name in networkVariableNames where !names.contains(name) { self[name] = nil }
        for (name, value) in variables where self[name] != value { self[name] = value }
        networkVariableNames = names
    }

    /// Takes the learner's edits of X, Y, W[l] and b[l] into the network. Throws when one of them
    /// is no longer a matrix, naming it.
    mutating func adoptNetworkEdits() throws(StepError) {
        if let data = network.data {
            let X = try editedMatrix("X", current: data.X, rebind: "data planar, or data X Y")
            let Y = try editedMatrix("Y", current: data.Y, rebind: "data planar, or data X Y")
            if X != data.X || Y != data.Y {
                network.replaceInputs(X: X, Y: Y)
            }
        }
        guard network.isInitialized else { return }
        for l in 1...network.depth {
            let current = network.parameters[l - 1]
            let W = try editedMatrix("W\(l)", current: current.W, rebind: "init random")
            let b = try editedMatrix("b\(l)", current: current.b, rebind: "init random")
            if W != current.W || b != current.b {
                network.setParameters(l, LayerParameters(W: W, b: b))
            }
        }
    }

    private func editedMatrix(_ name: String, current: Matrix, rebind: String) throws(StepError) -> Matrix {
        switch self[name] {
        case let .array(a)? where a.rank == 2: return a.storage
        case let .array(a)? where a.rank == 1 && current.rows == a.count && current.columns == 1:
            throw StepError("\(name) is now rank-1 \(a.shapeDescription), but the network needs the column \(current.shape)",
                            hint: "reshape it: \(name) = \(name).reshape(\(a.count), 1), or keep keepdims=True where it was summed")
        case nil: throw StepError("\(name) is no longer defined, but the network needs it", hint: rebind)
        case let value?:
            if let scalar = value.number, current.isScalarShaped { return Matrix(scalar: scalar) }
            throw StepError("\(name) is now \(value.kindDescription), but the network needs a matrix", hint: rebind)
        }
    }
}
