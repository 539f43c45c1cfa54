import Testing
import MatrixEngine
@testable import NeuralNetwork

/// The acceptance run: the course's planar model, 4 tanh units, seed 2, α = 1.2,
/// 10,000 iterations, against numpy's costs (PlanarTrainingFixtures, generated once).
@Suite struct PlanarTrainingTests {
    @Test func costsMatchNumpyAndAccuracyIsAboutNinetyPercent() throws {
        var network = Network()
        network.setData(try BuiltinDatasets.make("planar"))
        network.setArchitecture(Architecture([Layer(units: 4, activation: .tanh), Layer(units: 1, activation: .sigmoid)]))
        var random = try NumpyRandom(seed: 2)
        try network.initialize(.random(scale: 0.01), seed: 2, random: &random)
        let outcome = try network.train(iterations: 10_000, learningRate: 1.2, recordEvery: 1000)
        let recorded = outcome.costs.filter { $0.iteration % 1000 == 0 }
        #expect(recorded.count == PlanarTrainingFixtures.costs.count)
        for (ours, numpy) in zip(recorded, PlanarTrainingFixtures.costs) {
            #expect(ours.iteration == numpy.iteration)
            // Up to 7000 the runs agree to 1e-9; the loss spike near 7800 amplifies last-bit
            // differences in exp/tanh (numpy has its own SIMD versions) to about 1e-4.
            let tolerance = numpy.iteration <= 7000 ? 1e-9 : 1e-3
            #expect(abs(ours.cost - numpy.cost) < tolerance, "iteration \(numpy.iteration): \(ours.cost) vs numpy \(numpy.cost)")
        }
        let accuracy = try network.predict().accuracy!
        #expect(abs(accuracy - PlanarTrainingFixtures.accuracy) <= 0.5)
        #expect(accuracy >= 89)
    }
}
