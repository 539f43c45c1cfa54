import MatrixEngine

/// What `train` reports while it runs.
public struct TrainingProgress: Sendable {
    /// Iterations completed so far in this call.
    public var completed: Int
    public var total: Int
    /// The cost just computed, when this iteration records one.
    public var record: CostRecord?
}

/// How a `train` call ended.
public struct TrainingOutcome: Sendable, Equatable {
    public var completed: Int
    public var requested: Int
    public var interrupted: Bool
    /// The costs recorded in this call (every `recordEvery` iterations, and the last one).
    public var costs: [CostRecord]
    public var abandonedStep: StepPosition?
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
        while completed < iterations {
            if shouldStop() {
                interrupted = true
                break
            }
            var layerCaches: [LayerCache] = []
            layerCaches.reserveCapacity(L)
            var A = data.X
            for l in 0..<L {
                let cache = Propagation.forward(APrevious: A, W: current[l].W, b: current[l].b, activation: activations[l],
                                                packedAPrevious: l == 0 ? packedX : nil)
                A = cache.A
                layerCaches.append(cache)
            }
            let shouldRecord = completed % max(recordEvery, 1) == 0 || completed == iterations - 1
            var record: CostRecord?
            if shouldRecord {
                record = CostRecord(iteration: iteration + completed, cost: Propagation.cost(A: A, Y: data.Y))
                records.append(record!)
            }
            var gradients = Propagation.outputBackward(Y: data.Y, cache: layerCaches[L - 1], showingOutputGradient: false, needsPrevious: L > 1)
            for l in stride(from: L - 1, through: 0, by: -1) {
                if l < L - 1 {
                    gradients = Propagation.backward(dA: gradients.dAPrevious, cache: layerCaches[l], activation: activations[l], needsPrevious: l > 0)
                }
                // Layer l's cache is done with; dropping it leaves W[l]'s storage to `current`
                // alone, so the update below writes in place instead of copying W (2 MB for a
                // first layer on 12288 features) in every iteration.
                layerCaches.removeLast()
                Propagation.descend(&current[l].W, along: gradients.dW, rate: α)
                Propagation.descend(&current[l].b, along: gradients.db, rate: α)
            }
            completed += 1
            progress(TrainingProgress(completed: completed, total: iterations, record: record))
        }
        finishTraining(parameters: current, iterations: completed, costs: records)
        return TrainingOutcome(completed: completed, requested: iterations, interrupted: interrupted, costs: records, abandonedStep: abandoned)
    }
}
