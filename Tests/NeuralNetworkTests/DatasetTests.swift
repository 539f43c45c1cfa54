import Testing
import MatrixEngine
@testable import NeuralNetwork

@Suite struct DatasetTests {
    @Test func countsComeFromTheMatrices() throws {
        let data = Dataset(name: "tiny", X: try Matrix([[1, 2, -1], [3, 4, -3.2]]), Y: try Matrix([[1, 0, 1]]), origin: "the notes")
        #expect(data.exampleCount == 3)
        #expect(data.featureCount == 2)
    }
}
