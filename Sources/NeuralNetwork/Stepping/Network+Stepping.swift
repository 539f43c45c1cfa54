import MatrixEngine

/// One step at a time through an iteration, each returning the account the learner reads.
extension Network {
    /// Whatever comes next at the cursor.
    public mutating func step() throws(StepError) -> StepReport {
        switch position {
        case .forward: return try forward()
        case .cost: return try computeCost()
        case .backward: return try backward()
        case .update: return try update()
        }
    }

    /// Forward propagation through the layer at the cursor.
    public mutating func forward() throws(StepError) -> StepReport {
        let data = try requireReady()
        guard case let .forward(l) = position else {
            throw StepError("the forward pass of this iteration is done; next is \(position.description)",
                            hint: "rewind to run the forward pass again, or \(nextCommand) to go on")
        }
        if let stale = staleCache(through: l - 1) { throw stale }
        let APrevious = l == 1 ? data.X : caches[l - 2].A
        try checkParameters(layer: l, incomingRows: APrevious.rows)
        let g = architecture.activation(l)
        let cache = Propagation.forward(APrevious: APrevious, W: parameters[l - 1].W, b: parameters[l - 1].b, activation: g)
        store(cache: cache, layer: l)

        let input = l == 1 ? "X" : "A\(l - 1)"
        let W = cache.W.shape.compact, b = cache.b.shape.compact, m = data.exampleCount
        let broadcastNote = m > 1 ? "b\(l) is broadcast across the \(m) columns" : nil
        return StepReport(
            title: "forward layer \(l) (\(g.name))",
            equations: [
                Equation("Z\(l) = W\(l) · \(input) + b\(l)", shapes: "\(W)·\(APrevious.shape.compact) + \(b)", result: cache.Z.shape, note: broadcastNote),
                Equation(g.formula(output: "A\(l)", input: "Z\(l)"), shapes: cache.Z.shape.compact, result: cache.A.shape),
                Equation("cache[\(l)] = (\(l == 1 ? "A0" : input), W\(l), b\(l), Z\(l))", note: l == 1 ? "A0 is X" : nil),
            ],
            produced: ["Z\(l)", "A\(l)", "cache[\(l)]"])
    }

    /// J of the current forward pass.
    public mutating func computeCost() throws(StepError) -> StepReport {
        let data = try requireReady()
        guard position == .cost else {
            if case .forward = position {
                throw StepError("the cost needs A\(depth), the output of a complete forward pass; next is \(position.description)",
                                hint: "forward all")
            }
            throw StepError("the cost of this iteration is already computed (J = \(Matrix.formatScalar(cost ?? .nan))); next is \(position.description)")
        }
        if let stale = staleCache(through: depth) { throw stale }
        try checkOutputActivation()
        try checkLabels(data)
        let AL = caches[depth - 1].A
        let J = Propagation.cost(A: AL, Y: data.Y)
        store(cost: J)
        let L = depth
        return StepReport(
            title: "cost (cross-entropy over m = \(data.exampleCount) examples)",
            equations: [
                Equation("J = -(1/m) Σ [Y log(A\(L)) + (1 - Y) log(1 - A\(L))]", shapes: "\(data.Y.shape.compact), \(AL.shape.compact) → scalar"),
            ],
            produced: ["J"],
            notes: ["J = \(Matrix.formatScalar(J))"])
    }

    /// Backward propagation through the layer at the cursor (computing the cost first if the
    /// forward pass has just finished).
    public mutating func backward() throws(StepError) -> StepReport {
        var costNote: [String] = []
        if position == .cost {
            let costReport = try computeCost()
            costNote = ["(the cost came first: J = \(Matrix.formatScalar(cost ?? .nan)))"]
            _ = costReport
        }
        let data = try requireReady()
        guard case let .backward(l) = position else {
            if case let .forward(next) = position {
                throw StepError(next == 1 && caches.isEmpty
                                ? "backward needs a forward pass first: there are no caches yet"
                                : "backward needs a complete forward pass: next is forward layer \(next)",
                                hint: "forward all, then cost, then backward")
            }
            throw StepError("the backward pass of this iteration is done; next is update", hint: "update")
        }
        if let stale = staleCache(through: depth) { throw stale }
        let cache = caches[l - 1]
        let g = architecture.activation(l)
        let m = data.exampleCount
        var equations: [Equation] = []
        let gradients: LayerGradients
        if l == depth {
            // Y may have been reassigned since the cost was computed (a (1, 7) Y for 10 examples).
            try checkLabels(data)
            gradients = Propagation.outputBackward(Y: data.Y, cache: cache)
            let A = cache.A.shape.compact
            equations.append(Equation("dA\(l) = -(Y / A\(l) - (1 - Y) / (1 - A\(l)))", shapes: "\(A), \(data.Y.shape.compact)",
                                      result: gradients.dA.shape, note: "∂L/∂A\(l) of the cross-entropy loss"))
            equations.append(Equation("dZ\(l) = dA\(l) * A\(l) * (1 - A\(l)) = A\(l) - Y", shapes: "\(A) - \(data.Y.shape.compact)",
                                      result: gradients.dZ.shape, note: "σ' = A\(l)(1 - A\(l)) cancels the fractions"))
        } else {
            guard let dA = self.gradients[l]?.dAPrevious else {
                throw StepError("dA\(l) is missing: backward layer \(l + 1) has not run in this iteration")
            }
            gradients = Propagation.backward(dA: dA, cache: cache, activation: g)
            equations.append(Equation("dZ\(l) = dA\(l) * g\(l)'(Z\(l)) = dA\(l) * \(g.derivativeFormula(layer: l))",
                                      shapes: "\(dA.shape.compact) * \(cache.Z.shape.compact)", result: gradients.dZ.shape,
                                      note: "element-wise: dZ\(l) has the shape of Z\(l)"))
        }
        let dZ = gradients.dZ.shape.compact
        let input = l == 1 ? "X" : "A\(l - 1)"
        equations.append(Equation("dW\(l) = (1/m) dZ\(l) · \(input).T", shapes: "\(dZ)·\(cache.APrevious.shape.transposed.compact)",
                                  result: gradients.dW.shape, note: "the shape of W\(l)"))
        equations.append(Equation("db\(l) = (1/m) sum(dZ\(l), axis=1, keepdims=True)", shapes: "Σ over the \(m) columns of \(dZ)",
                                  result: gradients.db.shape, note: "the shape of b\(l)"))
        equations.append(Equation("dA\(l - 1) = W\(l).T · dZ\(l)", shapes: "\(cache.W.shape.transposed.compact)·\(dZ)",
                                  result: gradients.dAPrevious.shape,
                                  note: l == 1 ? "the shape of X (X is data, nothing uses it)" : "the shape of A\(l - 1), for backward layer \(l - 1)"))
        store(gradients: gradients, layer: l)
        var produced = ["dZ\(l)", "dW\(l)", "db\(l)", "dA\(l - 1)"]
        if l == depth { produced.insert("dA\(l)", at: 0) }
        return StepReport(title: "backward layer \(l) (\(g.name)\(l == depth ? ", output" : ""))",
                          equations: equations, produced: produced, notes: costNote)
    }

    /// W[l] := W[l] − α dW[l] and b[l] := b[l] − α db[l] for every layer.
    public mutating func update(learningRate rate: Double? = nil) throws(StepError) -> StepReport {
        _ = try requireReady()
        guard position == .update else {
            throw StepError("update needs dW and db of every layer; next is \(position.description)",
                            hint: position.isForward ? "step all to finish this iteration" : "backward all")
        }
        if let stale = staleCache(through: depth, consequence: "so dW and db are the old parameters' gradients") { throw stale }
        if let rate { learningRate = rate }
        let α = learningRate
        var updated = parameters
        var equations: [Equation] = []
        for l in 1...depth {
            let g = gradients[l - 1]!
            Propagation.descend(&updated[l - 1].W, along: g.dW, rate: α)
            Propagation.descend(&updated[l - 1].b, along: g.db, rate: α)
            let W = updated[l - 1].W.shape
            equations.append(Equation("W\(l) = W\(l) - α dW\(l)", shapes: "\(W.compact) - \(W.compact)", result: W))
            equations.append(Equation("b\(l) = b\(l) - α db\(l)", shapes: "\(updated[l - 1].b.shape.compact) - \(g.db.shape.compact)", result: updated[l - 1].b.shape))
        }
        finishUpdate(with: updated)
        return StepReport(title: "update (α = \(Matrix.formatScalar(α)))", equations: equations,
                          produced: (1...depth).flatMap { ["W\($0)", "b\($0)"] },
                          notes: ["iteration \(iteration) done; next: forward layer 1 of iteration \(iteration + 1)"])
    }

    /// The command that performs the next step, for hints.
    var nextCommand: String {
        switch position {
        case .forward: return "forward"
        case .cost: return "cost"
        case .backward: return "backward"
        case .update: return "update"
        }
    }
}
