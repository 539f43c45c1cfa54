import MatrixEngine
import NeuralNetwork

/// Seconds per training iteration (forward, cost, backward, update) with the REPL's own trainer,
/// `Network.train`, the code behind `train N`.
///
/// - "train-planar-2layer": the course's planar flower, 4 tanh hidden units, m = 400, seed 2.
/// - "train-deep-12288-20-7-5-1": [12288, 20, 7, 5, 1] ReLU/sigmoid on m = 209 random examples
///   (the course's cat-classifier shape), He initialisation.
/// scripts/compare-with-numpy.py runs the course's numpy code for the same models.
enum TrainingWorkloads {
    static var all: [Workload] { [planar, deep] }

    static var planar: Workload {
        Workload(id: "train-planar-2layer", title: "train planar, 4 tanh units, m = 400 (per iteration)", unit: .seconds) {
            var network = Network()
            network.setData(try BuiltinDatasets.make("planar"))
            network.setArchitecture(Architecture([Layer(units: 4, activation: .tanh), Layer(units: 1, activation: .sigmoid)]))
            var random = try NumpyRandom(seed: 2)
            try network.initialize(.random(scale: 0.01), seed: 2, random: &random)
            return { try secondsPerIteration(&network, iterations: 1000) }
        }
    }

    static var deep: Workload {
        Workload(id: "train-deep-12288-20-7-5-1", title: "train [12288, 20, 7, 5, 1], m = 209 (per iteration)", unit: .seconds,
                 runs: 5) {
            var random = try NumpyRandom(seed: 1)
            let X = try Matrix.randn(12288, 209, using: &random)
            let Y = try Matrix.rand(1, 209, using: &random).map { $0 > 0.5 ? 1 : 0 }
            var network = Network()
            network.setData(Dataset(name: "random", X: X, Y: Y, origin: "benchmark"))
            network.setArchitecture(Architecture([Layer(units: 20, activation: .relu), Layer(units: 7, activation: .relu),
                                                  Layer(units: 5, activation: .relu), Layer(units: 1, activation: .sigmoid)]))
            try network.initialize(.he, seed: 1, random: &random)
            return { try secondsPerIteration(&network, iterations: 10) }
        }
    }

    /// The median of `iterations` in one `train` call, as a learner's `train N` runs them.
    static func secondsPerIteration(_ network: inout Network, iterations: Int) throws -> Double {
        let start = Measurement.now()
        _ = try network.train(iterations: iterations, learningRate: 0.0075, recordEvery: 100)
        return (Measurement.now() - start) / Double(iterations)
    }
}
