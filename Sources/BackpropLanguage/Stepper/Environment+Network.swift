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
            result += [("dZ\(l)", .matrix(gradients.dZ)), ("dW\(l)", .matrix(gradients.dW)), ("db\(l)", .matrix(gradients.db))]
            // `train` leaves dA0 out (nothing uses the gradient of the data): it is then not X's shape.
            if l > 1 || gradients.dAPrevious.shape == network.data?.X.shape {
                result.append(("dA\(l - 1)", .matrix(gradients.dAPrevious)))
            }
        }
        return result
    }

    /// The variables that still hold what the stepper wrote (not the learner's own values).
    var networkOwnedNames: Set<String> {
        Set(networkVariableNames.filter { self[$0] != nil && self[$0] == publishedNetworkValues[$0] })
    }

    /// The network's variables grouped as `whos` shows them when the full list would not fit:
    /// the data, then each layer's quantities, then the cost. Each item is `W1 (4, 2)`.
    func networkSummaryRows(_ names: Set<String>) -> [(label: String, items: [String])] {
        func item(_ name: String) -> String? {
            guard names.contains(name), let value = self[name] else { return nil }
            if case .array(let a) = value, !a.isNumpyScalar { return "\(name) \(value.shapeDescription)" }
            return "\(name) = \(ValueFormatter.printed(value, options: printOptions))"
        }
        var rows: [(label: String, items: [String])] = []
        let data = ["X", "Y", "m", "A0"].compactMap(item)
        if !data.isEmpty { rows.append(("data     ", data)) }
        for l in stride(from: 1, through: network.depth, by: 1) {
            let items = ["W\(l)", "b\(l)", "Z\(l)", "A\(l)", "dA\(l)", "dZ\(l)", "dW\(l)", "db\(l)", "dA\(l - 1)"]
                .filter { $0 != "dA\(l)" || l == network.depth }.compactMap(item)
            if !items.isEmpty { rows.append(("layer \(l)  ", items)) }
        }
        if let cost = item("J") { rows.append(("cost     ", [cost])) }
        return rows
    }

    /// Writes the network's quantities as variables and withdraws the ones it no longer has (unless
    /// the learner has put a value of their own there). With `onlyChanges`, only what the network
    /// changed is written: a learner's `clear W1`, or an edit of W1 not yet taken in, is not undone
    /// by a command that merely looks (`where`, `shapes`, `network`).
    mutating func publishNetwork(onlyChanges: Bool = false) {
        let variables = networkVariables()
        let names = variables.map(\.0)
        for name in networkVariableNames where !names.contains(name) && self[name] == publishedNetworkValues[name] { self[name] = nil }
        var published: [String: Value] = [:]
        for (name, value) in variables {
            // A copy: the learner's in-place edit of W1 changes the variable, not the record of
            // what was published, so the edit is seen and taken in.
            published[name] = value.copied
            if (!onlyChanges || publishedNetworkValues[name] != value), self[name] != value { self[name] = value }
        }
        networkVariableNames = names
        publishedNetworkValues = published
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

    /// Before an update: the dW[l] and db[l] the learner assigned since backward computed them go
    /// into the network, so the update uses theirs, as it uses an edited W. Returns the names taken
    /// in (for the note that says so). A scalar stands for that value everywhere, as in numpy.
    mutating func adoptGradientEdits() throws(StepError) -> [String] {
        guard network.position == .update else { return [] }
        var edited: [String] = []
        for l in 1...network.depth {
            guard let gradients = network.gradients[l - 1] else { continue }
            var replaced = (dW: gradients.dW, db: gradients.db)
            for (name, current) in [("dW\(l)", gradients.dW), ("db\(l)", gradients.db)] {
                // An edit is a variable that is no longer what the stepper last wrote (within one
                // `step all`, gradients just computed have not been written yet: not edits).
                guard self[name] != publishedNetworkValues[name] else { continue }
                let value: Matrix
                switch self[name].map(Environment.asArrayLike) {
                case let .array(a)? where a.rank == 2: value = a.storage
                case let .array(a)? where a.rank == 1 && a.count == current.count && current.columns == 1:
                    throw StepError("\(name) is now rank-1 \(a.shapeDescription), but the update needs the column \(current.shape)",
                                    hint: "reshape it: \(name) = \(name).reshape(\(a.count), 1), or keepdims=True where it was summed")
                case nil: throw StepError("\(name) is no longer defined, but the update needs it", hint: "backward again: rewind, then step all")
                case let other?:
                    guard let scalar = other.number else {
                        throw StepError("\(name) is now \(other.kindDescription), but the update needs a matrix", hint: "rewind, then step all")
                    }
                    value = current.map { _ in scalar }
                }
                guard value.shape == current.shape else {
                    throw StepError("\(name) is now \(value.shape), but the update needs the shape of \(name.dropFirst()): \(current.shape)",
                                    hint: "every gradient has the shape of what it differentiates")
                }
                guard value != current else { continue }
                edited.append(name)
                if name.hasPrefix("dW") { replaced.dW = value } else { replaced.db = value }
            }
            network.replaceGradients(l, dW: replaced.dW, db: replaced.db)
        }
        return edited
    }

    /// A list of numbers as numpy would read it (`b1 = [[0.0]]` edits b1 like np.array would).
    private static func asArrayLike(_ value: Value) -> Value {
        if case .list = value, let array = value.arrayLike { return .array(array) }
        return value
    }

    private func editedMatrix(_ name: String, current: Matrix, rebind: String) throws(StepError) -> Matrix {
        switch self[name].map(Environment.asArrayLike) {
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
