import MatrixEngine

extension Matrix {
    /// A matrix whose element count this module computed to fit the shape: a mismatch would be a
    /// bug here, not something the learner did, so it stops rather than throws.
    static func fitting(rows: Int, columns: Int, elements: [Double]) -> Matrix {
        do {
            return try Matrix(rows: rows, columns: columns, elements: elements)
        } catch {
            preconditionFailure("internal shape mismatch: \(error)")
        }
    }

    /// `np.linspace` for a count that is never negative.
    static func linspaceValues(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        do {
            return try Matrix.linspace(start, stop, count: count).elements
        } catch {
            preconditionFailure("internal linspace failure: \(error)")
        }
    }
}
