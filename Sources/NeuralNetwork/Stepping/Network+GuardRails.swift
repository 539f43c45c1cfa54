import MatrixEngine

/// The checks that stand before every step, each with a message that says what is wrong in the
/// notes' terms and what to type instead.
extension Network {
    /// Data, layers and parameters all exist.
    func requireReady() throws(StepError) -> Dataset {
        guard let data else {
            throw StepError("there is no data: X and Y are not bound", hint: "data planar, or data X Y to use your own variables")
        }
        guard depth > 0 else {
            throw StepError("the network has no layers", hint: "declare them: layer 4 tanh, then layer 1 sigmoid")
        }
        guard isInitialized else {
            throw StepError("the parameters W and b are not initialised", hint: "init random (the course's randn × 0.01), or init he, init xavier, init zeros")
        }
        return data
    }

    /// W[l] and b[l] fit layer l and the activations A[l-1] coming in.
    func checkParameters(layer l: Int, incomingRows: Int) throws(StepError) {
        let W = parameters[l - 1].W, b = parameters[l - 1].b
        let n = architecture.units(l, inputSize: incomingRows)
        let expected = Shape(n, incomingRows)
        if W.columns != incomingRows {
            if l == 1 {
                throw StepError(
                    "X has \(incomingRows) row\(incomingRows == 1 ? "" : "s") (features) but W1 is \(W.shape), so layer 1 expects \(W.columns)",
                    hint: "W1 must be (n[1], n[0]) = \(expected); init again to draw parameters for this data")
            }
            throw StepError("W\(l) is \(W.shape) but A\(l - 1) has \(incomingRows) rows: W\(l) must be (n[\(l)], n[\(l - 1)]) = \(expected)",
                            hint: "init again, or assign W\(l) a \(expected) matrix")
        }
        if W.rows != n {
            throw StepError("W\(l) is \(W.shape) but layer \(l) has \(n) unit\(n == 1 ? "" : "s"): W\(l) must be (n[\(l)], n[\(l - 1)]) = \(expected)",
                            hint: "init again, or change the layer: layer \(l) = \(W.rows) \(architecture.activation(l).name)")
        }
        if b.shape != Shape(n, 1) {
            var hint = "b\(l) is a column: one bias per unit, broadcast across the m examples"
            if b.shape == Shape(1, n) { hint += "; b\(l).T is the column" }
            throw StepError("b\(l) is \(b.shape) but must be (n[\(l)], 1) = \(Shape(n, 1))", hint: hint)
        }
    }

    /// The first cache among layers 1...l whose inputs no longer match the current X, W or b:
    /// a parameter changed after the forward step that used it. `consequence` adds what else is stale.
    func staleCache(through l: Int, consequence: String? = nil) -> StepError? {
        guard let data else { return nil }
        for k in stride(from: 1, through: min(l, caches.count), by: 1) {
            let cache = caches[k - 1]
            let changed: String?
            if k == 1 && cache.APrevious != data.X {
                changed = "X"
            } else if cache.W != parameters[k - 1].W {
                changed = "W\(k)"
            } else if cache.b != parameters[k - 1].b {
                changed = "b\(k)"
            } else {
                changed = nil
            }
            if let changed {
                return StepError(
                    "\(changed) changed after forward layer \(k) used it: Z\(k), A\(k) and cache[\(k)] still hold the old \(changed)'s results"
                        + (consequence.map { ", \($0)" } ?? ""),
                    hint: "rewind, then forward again from layer 1 (or step all to finish the iteration)")
            }
        }
        return nil
    }

    /// Y fits the output: (1, m) with the same m as X.
    func checkLabels(_ data: Dataset) throws(StepError) {
        let outputUnits = architecture.layers.last!.units
        guard data.Y.shape == Shape(outputUnits, data.X.columns) else {
            throw StepError("Y is \(data.Y.shape) but A\(depth) is \(Shape(outputUnits, data.X.columns)): Y must be (n[\(depth)], m)")
        }
    }

    /// The cost and dZ[L] = A[L] − Y assume a sigmoid output (probabilities in (0, 1)).
    func checkOutputActivation() throws(StepError) {
        let g = architecture.activation(depth)
        guard g == .sigmoid else {
            throw StepError("the cross-entropy cost needs probabilities, but the output layer \(depth) uses \(g.name)",
                            hint: "make the last layer sigmoid: layer \(depth) = \(architecture.layers[depth - 1].units) sigmoid")
        }
    }
}
