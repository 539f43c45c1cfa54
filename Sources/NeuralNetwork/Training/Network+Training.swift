import MatrixEngine

/// What `train` reports while it runs.
public struct TrainingProgress: Sendable {
    /// Iterations completed so far in this call.
    public var completed: Int
    public var total: Int
    /// The cost just computed, when this iteration records one.
    public var record: CostRecord?

    public init(completed: Int, total: Int, record: CostRecord?) {
        self.completed = completed
        self.total = total
        self.record = record
    }
}

/// How a `train` call ended.
public struct TrainingOutcome: Sendable, Equatable {
    public var completed: Int
    public var requested: Int
    public var interrupted: Bool
    /// The costs recorded in this call (every `recordEvery` iterations, and the last one).
    public var costs: [CostRecord]
    public var abandonedStep: StepPosition?
    /// Set when an iteration reached nan or inf: training stopped there, before its update.
    public var stop: TrainingStop?
}

/// Why training stopped early: the first quantity that became nan or inf (or saturated so that the
/// cost would), in the iteration that did it, and what to try. The parameters are those the
/// iteration started with; its forward pass is kept, so the learner can look at it.
public struct TrainingStop: Sendable, Equatable {
    /// The iteration, counted as the course's loop counts i (the one whose cost would be printed).
    public var iteration: Int
    /// `A3`, `Z2`, `dW1`: the quantity that went wrong first.
    public var quantity: String
    /// What became nan or inf: `the cost J became nan`, `Z2 became inf`.
    public var became: String
    /// What happened to it, in the notes' terms.
    public var what: String
    /// What to try instead.
    public var advice: String
}

extension Network {
    /// Checks everything one full iteration needs, before any work: the same guard rails as the steps.
    public func checkTrainable() throws(StepError) {
        let data = try requireReady()
        var rows = data.X.rows
        for l in 1...depth {
            try checkParameters(layer: l, incomingRows: rows)
            rows = parameters[l - 1].W.rows
        }
        try checkOutputActivation()
        try checkLabels(data)
    }

    /// Runs `iterations` full iterations of batch gradient descent (forward, cost, backward,
    /// update), as the course's `nn_model` loop does. Parameters change only by whole iterations:
    /// when `shouldStop` returns true, the iterations already completed are kept and nothing else.
    public mutating func train(
        iterations: Int, learningRate rate: Double? = nil, recordEvery: Int,
        progress: (TrainingProgress) -> Void = { _ in }, shouldStop: () -> Bool = { false }
    ) throws(StepError) -> TrainingOutcome {
        try checkTrainable()
        if let rate { learningRate = rate }
        // At forward layer 1 nothing of the next iteration is computed yet (the caches shown are
        // the finished iteration's); anywhere else, the iteration under way is dropped.
        let abandoned: StepPosition? = position == .forward(1) ? nil : position
        let data = data!, α = learningRate, L = depth
        let activations = architecture.layers.map(\.activation)
        var current = parameters
        // X never changes: on a wide first layer (12288 features) it is packed once for W1 @ X
        // instead of in every iteration. Only the forward
        // product's copy is kept: a second, for dZ1 @ X.T, would put the peak memory above numpy's.
        let packedX = L > 0 && data.X.benefitsFromPacking(leftRows: architecture.layers[0].units) ? data.X.packedAsRightOperand() : nil
        var records: [CostRecord] = []
        var completed = 0
        var interrupted = false
        var stop: TrainingStop?
        var lastCaches: [LayerCache] = []
        var lastGradients: [LayerGradients?] = []
        while completed < iterations {
            if shouldStop() {
                interrupted = true
                break
            }
            // The previous iteration's caches and gradients go now, not when this one ends: holding
            // two iterations' worth would double the peak memory of a wide layer.
            lastCaches = []
            lastGradients = []
            var layerCaches: [LayerCache] = []
            layerCaches.reserveCapacity(L)
            var A = data.X
            for l in 0..<L {
                let cache = Propagation.forward(APrevious: A, W: current[l].W, b: current[l].b, activation: activations[l],
                                                packedAPrevious: l == 0 ? packedX : nil)
                A = cache.A
                layerCaches.append(cache)
            }
            // The cost is finite exactly when no output is 0, 1 or nan (log(0) otherwise): a check of
            // A[L] every iteration, far cheaper than the cost's logarithms.
            if !Propagation.isStrictlyBetweenZeroAndOne(A) {
                let J = Propagation.cost(A: A, Y: data.Y)
                stop = diagnoseForward(layerCaches, cost: J, iteration: iteration + completed, rate: α)
                records.append(CostRecord(iteration: iteration + completed, cost: J))
                lastCaches = layerCaches
                lastGradients = Array(repeating: nil, count: L)
                break
            }
            let shouldRecord = completed % max(recordEvery, 1) == 0 || completed == iterations - 1
            if shouldRecord {
                records.append(CostRecord(iteration: iteration + completed, cost: Propagation.cost(A: A, Y: data.Y)))
            }
            var layerGradients = [LayerGradients?](repeating: nil, count: L)
            var gradients = Propagation.outputBackward(Y: data.Y, cache: layerCaches[L - 1], showingOutputGradient: false, needsPrevious: L > 1)
            var exploded: Int?
            for l in stride(from: L - 1, through: 0, by: -1) {
                if l < L - 1 {
                    gradients = Propagation.backward(dA: gradients.dAPrevious, cache: layerCaches[l], activation: activations[l], needsPrevious: l > 0)
                }
                layerGradients[l] = gradients
                // W − α·dW in one pass into a new W (the cache keeps the W this iteration used),
                // rather than allocating α·dW and W − α·dW, or copying W to update it in place.
                let finiteW = Propagation.descend(&current[l].W, along: gradients.dW, rate: α)
                let finiteB = Propagation.descend(&current[l].b, along: gradients.db, rate: α)
                if !(finiteW && finiteB) {
                    exploded = l
                    break
                }
            }
            if let l = exploded {
                // Undo this iteration's updates: the caches still hold the parameters it started with.
                for k in l..<L { current[k] = LayerParameters(W: layerCaches[k].W, b: layerCaches[k].b) }
                stop = diagnoseGradient(layerGradients[l]!, layer: l + 1, iteration: iteration + completed, rate: α)
                if records.last?.iteration != iteration + completed {
                    records.append(CostRecord(iteration: iteration + completed, cost: Propagation.cost(A: A, Y: data.Y)))
                }
                lastCaches = layerCaches
                lastGradients = layerGradients
                break
            }
            lastCaches = layerCaches
            lastGradients = layerGradients
            completed += 1
            progress(TrainingProgress(completed: completed, total: iterations, record: shouldRecord ? records.last : nil))
        }
        // The last iteration's cost is always reported, even when Ctrl-C came before it was recorded.
        if let last = lastCaches.last, stop == nil, completed > 0, records.last?.iteration != iteration + completed - 1 {
            records.append(CostRecord(iteration: iteration + completed - 1, cost: Propagation.cost(A: last.A, Y: data.Y)))
        }
        // dA[L] is only for showing; training skipped it. dA[0] is never needed (X is not learned) and is left out.
        if let outputCache = lastCaches.last, L > 0, var outputGradients = lastGradients[L - 1] {
            outputGradients.dA = Propagation.outputGradient(A: outputCache.A, Y: data.Y)
            lastGradients[L - 1] = outputGradients
        }
        finishTraining(parameters: current, iterations: completed, costs: records, caches: lastCaches, gradients: lastGradients,
                       cost: stop != nil ? records.last?.cost : records.last(where: { $0.iteration == iteration + completed - 1 })?.cost)
        return TrainingOutcome(completed: completed, requested: iterations, interrupted: interrupted, costs: records,
                               abandonedStep: abandoned, stop: stop)
    }

    /// The first layer whose Z or A is not finite; else the output saturated to exactly 0 or 1.
    func diagnoseForward(_ caches: [LayerCache], cost J: Double, iteration: Int, rate α: Double) -> TrainingStop {
        let advice = "try a smaller learning rate than α = \(Matrix.formatScalar(α)) (train again after init, with lr \(Matrix.formatScalar(α / 10))), "
            + "or another initialisation (init xavier, init random 0.01, or another seed)"
        for (index, cache) in caches.enumerated() {
            let l = index + 1
            if let bad = Propagation.firstNonFinite(cache.Z) {
                return TrainingStop(iteration: iteration, quantity: "Z\(l)", became: "Z\(l) became \(Matrix.formatScalar(bad))",
                                    what: "Z\(l) = W\(l) · A\(l - 1) + b\(l) became \(Matrix.formatScalar(bad)): W\(l) has grown so large that the product overflows",
                                    advice: advice)
            }
            if let bad = Propagation.firstNonFinite(cache.A) {
                return TrainingStop(iteration: iteration, quantity: "A\(l)", became: "A\(l) became \(Matrix.formatScalar(bad))", what: "A\(l) = \(architecture.activation(l).name)(Z\(l)) became \(Matrix.formatScalar(bad))",
                                    advice: advice)
            }
        }
        let L = caches.count
        let A = caches[L - 1].A, Z = caches[L - 1].Z
        let ones = A.elements.filter { $0 == 1 }.count, zeros = A.elements.filter { $0 == 0 }.count
        var parts: [String] = []
        if ones > 0 {
            let largest = Z.elements.max() ?? 0
            parts.append("exactly 1 for \(ones) example\(ones == 1 ? "" : "s") (Z\(L) up to \(Propagation.shortNumber(largest)); σ(z) rounds to 1 above about 36.7)")
        }
        if zeros > 0 {
            let smallest = Z.elements.min() ?? 0
            parts.append("exactly 0 for \(zeros) example\(zeros == 1 ? "" : "s") (Z\(L) down to \(Propagation.shortNumber(smallest)))")
        }
        let logs = [ones > 0 ? "log(1 - A\(L))" : nil, zeros > 0 ? "log(A\(L))" : nil].compactMap { $0 }.joined(separator: " and ")
        return TrainingStop(iteration: iteration, quantity: "A\(L)", became: "the cost J became \(Matrix.formatScalar(J)), because A\(L) saturated",
                            what: "A\(L) = σ(Z\(L)) is " + parts.joined(separator: " and ") + ", so \(logs) in the cost \(ones > 0 && zeros > 0 ? "are" : "is") log(0)",
                            advice: advice)
    }

    func diagnoseGradient(_ gradients: LayerGradients, layer l: Int, iteration: Int, rate α: Double) -> TrainingStop {
        let advice = "try a smaller learning rate than α = \(Matrix.formatScalar(α)) (train again after init, with lr \(Matrix.formatScalar(α / 10)))"
        if let bad = Propagation.firstNonFinite(gradients.dW) {
            return TrainingStop(iteration: iteration, quantity: "dW\(l)", became: "dW\(l) became \(Matrix.formatScalar(bad))", what: "an exploding gradient: backward layer \(l) produced it from dZ\(l) and A\(l - 1)", advice: advice)
        }
        if let bad = Propagation.firstNonFinite(gradients.db) {
            return TrainingStop(iteration: iteration, quantity: "db\(l)", became: "db\(l) became \(Matrix.formatScalar(bad))", what: "an exploding gradient: backward layer \(l) produced it from dZ\(l)", advice: advice)
        }
        return TrainingStop(iteration: iteration, quantity: "W\(l)", became: "W\(l) became inf in the update",
                            what: "W\(l) - α dW\(l) overflowed: the step α dW\(l) is too large for a number", advice: advice)
    }
}
