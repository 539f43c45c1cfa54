/// One layer as the learner declares it: `layer 4 tanh` is 4 units with g = tanh.
public struct Layer: Sendable, Equatable {
    public var units: Int
    public var activation: Activation

    public init(units: Int, activation: Activation) {
        self.units = units
        self.activation = activation
    }
}

/// The network's layers 1...L. n[0] is not declared: it comes from the data (X's rows).
public struct Architecture: Sendable, Equatable {
    public var layers: [Layer] = []

    public init(_ layers: [Layer] = []) { self.layers = layers }

    /// L, the number of layers with parameters (the input layer is not counted, as in the notes).
    public var depth: Int { layers.count }

    /// n[l] for l ≥ 1; n[0] is `inputSize`.
    public func units(_ l: Int, inputSize: Int) -> Int { l == 0 ? inputSize : layers[l - 1].units }

    public func activation(_ l: Int) -> Activation { layers[l - 1].activation }

    /// `[2, 4, 1]`: the notes' layer_dims, with n[0] from the data (or `n0` before there is data).
    public func dimensionsText(inputSize: Int?) -> String {
        let first = inputSize.map(String.init) ?? "n0"
        return "[" + ([first] + layers.map { String($0.units) }).joined(separator: ", ") + "]"
    }
}
