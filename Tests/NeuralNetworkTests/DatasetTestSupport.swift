import Foundation
import Testing
import MatrixEngine
@testable import NeuralNetwork

/// Compares generated values with numpy's, allowing the last-bit differences that sin and cos
/// may have between numpy and the C library: |a - b| ≤ 1e-12 · max(1, |b|).
func expectClose(_ actual: [Double], _ expectedBits: [UInt64], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let expected = expectedBits.map(Double.init(bitPattern:))
    #expect(actual.count == expected.count, "\(what): count", sourceLocation: sourceLocation)
    for (index, (a, b)) in zip(actual, expected).enumerated() where !(abs(a - b) <= 1e-12 * max(1, abs(b))) {
        Issue.record("\(what)[\(index)]: \(a) but numpy has \(b)", sourceLocation: sourceLocation)
        return
    }
}

/// A fresh directory for file tests; `body` gets its path, and it is removed afterwards.
func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-datasets-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    try body(path)
}

/// The error `body` throws, or a recorded issue when it throws none.
func datasetError(_ body: () throws(DatasetError) -> Dataset, sourceLocation: SourceLocation = #_sourceLocation) -> DatasetError? {
    do {
        let data = try body()
        Issue.record("expected an error, got \(data.name) with \(data.exampleCount) examples", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}
