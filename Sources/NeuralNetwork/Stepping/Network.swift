import MatrixEngine

/// The learner's network and the state of the iteration being stepped through.
///
/// A value type: the REPL runs each command on a copy, so a step that fails changes nothing.
/// Parameters are also the learner's variables (`W1`, `b1`, ...); the language layer hands edited
/// ones back through `setParameters`, and the guard rails notice caches they made stale.
public struct Network: Sendable, Equatable {
    public private(set) var architecture = Architecture()
    public private(set) var data: Dataset?
    /// parameters[l - 1] holds W[l] and b[l].
    public private(set) var parameters: [LayerParameters] = []
    public private(set) var initialization: Initialization?
    public private(set) var seed: Int?
    /// caches[l - 1] is cache[l] of the current iteration's forward pass.
    public private(set) var caches: [LayerCache] = []
    /// gradients[l - 1] is set once backward has passed layer l in this iteration.
    public private(set) var gradients: [LayerGradients?] = []
    /// J of the current iteration, once computed.
    public private(set) var cost: Double?
    public private(set) var position: StepPosition = .forward(1)
    /// Completed updates since `init`.
    public private(set) var iteration = 0
    public var learningRate = 0.01
    /// (iteration, J) for every cost computed since `init`: the cost curve.
    public private(set) var costHistory: [CostRecord] = []

    public init() {}

    public var depth: Int { architecture.depth }
    public var inputSize: Int? { data?.featureCount }
    public var isInitialized: Bool { !parameters.isEmpty && parameters.count == depth }

    /// n[l]; n[0] is the data's feature count.
    public func units(_ l: Int) -> Int? {
        if l == 0 { return inputSize }
        guard l >= 1, l <= depth else { return nil }
        return architecture.layers[l - 1].units
    }

    // MARK: Defining

    /// Replaces the layers. Parameters no longer fit, so they go, with everything computed from them.
    public mutating func setArchitecture(_ newArchitecture: Architecture) {
        architecture = newArchitecture
        parameters = []
        initialization = nil
        resetIteration()
        iteration = 0
        costHistory = []
    }

    /// Binds X and Y. Parameters stay (a learner may bind data that no longer fits W1: the
    /// forward step then says so); the iteration starts again.
    public mutating func setData(_ dataset: Dataset) {
        data = dataset
        resetIteration()
    }

    /// Draws every W[l] and sets every b[l] to zeros, from `random` (already seeded by the caller).
    public mutating func initialize(_ scheme: Initialization, seed: Int?, random: inout NumpyRandom) throws(StepError) {
        guard depth > 0 else {
            throw StepError("there are no layers to initialise", hint: "declare them first: layer 4 tanh, then layer 1 sigmoid")
        }
        guard let n0 = inputSize else {
            throw StepError("n[0] comes from the data, and there is no data yet", hint: "data planar, or data X Y to use your own variables")
        }
        do {
            parameters = try scheme.parameters(for: architecture, inputSize: n0, random: &random)
        } catch {
            throw StepError("cannot create the parameters: \(error)")
        }
        initialization = scheme
        self.seed = seed
        resetIteration()
        iteration = 0
        costHistory = []
    }

    /// The learner assigned W[l] or b[l]; shapes are checked when a step uses them.
    public mutating func setParameters(_ l: Int, _ newParameters: LayerParameters) {
        parameters[l - 1] = newParameters
    }

    /// The learner assigned dW[l] or db[l] after backward computed it: the update uses theirs.
    /// Shapes are checked by the caller.
    public mutating func replaceGradients(_ l: Int, dW: Matrix, db: Matrix) {
        guard l >= 1, l <= gradients.count, var current = gradients[l - 1] else { return }
        current.dW = dW
        current.db = db
        gradients[l - 1] = current
    }

    /// Back to forward layer 1 of the current iteration, parameters untouched.
    public mutating func rewind() {
        resetIteration()
    }

    mutating func resetIteration() {
        caches = []
        gradients = []
        cost = nil
        position = .forward(1)
    }

    // MARK: Internal updates used by the stepping and training extensions

    mutating func store(cache: LayerCache, layer l: Int) {
        if l == 1 { resetIteration() }
        caches.append(cache)
        position = position.next(depth: depth)
    }

    mutating func store(cost J: Double) {
        cost = J
        costHistory.append(CostRecord(iteration: iteration, cost: J))
        gradients = Array(repeating: nil, count: depth)
        position = .backward(depth)
    }

    mutating func store(gradients layerGradients: LayerGradients, layer l: Int) {
        gradients[l - 1] = layerGradients
        position = position.next(depth: depth)
    }

    mutating func finishUpdate(with newParameters: [LayerParameters]) {
        parameters = newParameters
        iteration += 1
        position = .forward(1)
    }

    /// Training replaces the parameters wholesale and leaves the cursor at a fresh iteration, with
    /// the last iteration's caches, cost and gradients kept as a stepped iteration leaves them.
    mutating func finishTraining(parameters newParameters: [LayerParameters], iterations: Int, costs: [CostRecord],
                                 caches lastCaches: [LayerCache], gradients lastGradients: [LayerGradients?], cost lastCost: Double?) {
        parameters = newParameters
        costHistory += costs
        iteration += iterations
        resetIteration()
        if !lastCaches.isEmpty {
            caches = lastCaches
            gradients = lastGradients
            cost = lastCost
        }
    }
}

/// J at one iteration: a point of the cost curve.
public struct CostRecord: Sendable, Equatable {
    public var iteration: Int
    public var cost: Double

    public init(iteration: Int, cost: Double) {
        self.iteration = iteration
        self.cost = cost
    }
}

extension Network {
    /// The learner edited X or Y in place: the iteration goes on, and the guard rails report the
    /// caches that the change made stale.
    public mutating func replaceInputs(X: Matrix, Y: Matrix) {
        data?.X = X
        data?.Y = Y
    }
}
