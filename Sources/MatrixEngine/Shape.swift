/// The shape of a 2-D matrix: rows × columns, printed the way numpy prints `.shape`: `(4, 3)`.
///
/// The engine's matrices are 2-D; numpy's rank-0 and rank-1 arrays are NDArrays held in one.
public struct Shape: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    public init(_ rows: Int, _ columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    public var count: Int { rows * columns }

    /// `(4, 3)`, as numpy prints a shape tuple.
    public var description: String { "(\(rows), \(columns))" }

    /// `(4,3)`: the compact form used inside formulas such as `(1,4)·(4,400) + (1,1) → (1,400)`.
    public var compact: String { "(\(rows),\(columns))" }

    public var transposed: Shape { Shape(columns, rows) }
}
