import MatrixEngine
@testable import NeuralNetwork

/// A network over the given data, with layers and explicit parameters (no random draws).
func makeNetwork(X: Matrix, Y: Matrix, layers: [Layer], parameters: [LayerParameters]) -> Network {
    var network = Network()
    network.setData(Dataset(name: "test", X: X, Y: Y, origin: "a test"))
    network.setArchitecture(Architecture(layers))
    var random = try! NumpyRandom(seed: 0)
    try! network.initialize(.zeros, seed: nil, random: &random)
    for (index, p) in parameters.enumerated() { network.setParameters(index + 1, p) }
    return network
}

/// A network with random parameters drawn from numpy's generator with `seed`.
func makeRandomNetwork(X: Matrix, Y: Matrix, layers: [Layer], scale: Double = 0.5, seed: Int = 1) -> Network {
    var network = Network()
    network.setData(Dataset(name: "test", X: X, Y: Y, origin: "a test"))
    network.setArchitecture(Architecture(layers))
    var random = try! NumpyRandom(seed: seed)
    try! network.initialize(.random(scale: scale), seed: seed, random: &random)
    // Non-zero biases so their gradients are exercised too.
    for l in 1...network.depth {
        var p = network.parameters[l - 1]
        p.b = try! Matrix.randn(p.b.rows, 1, using: &random).map { $0 * 0.1 }
        network.setParameters(l, p)
    }
    return network
}

func maxAbsDifference(_ a: Matrix, _ b: Matrix) -> Double {
    precondition(a.shape == b.shape, "shapes differ: \(a.shape) vs \(b.shape)")
    return zip(a.elements, b.elements).map { abs($0 - $1) }.max() ?? 0
}

func matrix(_ rows: [[Double]]) -> Matrix { try! Matrix(rows) }
