/// A dense 2-D matrix of `Double`, stored row-major (numpy's C order), with value semantics.
///
/// The storage is a Swift array, so copies are cheap until one side writes (copy on write).
/// A vector is a matrix with one column or one row; there are no rank-1 arrays.
public struct Matrix: Equatable, Sendable {
    public private(set) var rows: Int
    public private(set) var columns: Int
    /// Elements in row-major order: element (i, j) is at `i * columns + j`.
    public var elements: [Double]

    /// A matrix from its row-major elements. Returns an error if the count does not fit the shape.
    public init(rows: Int, columns: Int, elements: [Double]) throws(MatrixError) {
        guard rows >= 0, columns >= 0 else {
            throw .invalidArgument(operation: "matrix", message: "dimensions must not be negative, got (\(rows), \(columns))")
        }
        let (size, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, elements.count == size else {
            throw .reshapeMismatch(from: Shape(1, elements.count), to: Shape(rows, columns))
        }
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// For callers that have already checked the count (internal fast paths).
    @usableFromInline
    init(uncheckedRows rows: Int, columns: Int, elements: [Double]) {
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A (1, 1) matrix holding `value`: how a scalar takes part in matrix operations.
    public init(scalar value: Double) {
        self.init(uncheckedRows: 1, columns: 1, elements: [value])
    }

    /// A matrix from nested rows, as in `np.array([[1, 2], [3, 4]])`. Rows must have equal length.
    public init(_ rowValues: [[Double]]) throws(MatrixError) {
        let width = rowValues.first?.count ?? 0
        for (index, row) in rowValues.enumerated() where row.count != width {
            throw .invalidArgument(
                operation: "matrix",
                message: "row \(index + 1) has \(row.count) elements but row 1 has \(width); every row needs the same length")
        }
        self.init(uncheckedRows: rowValues.count, columns: width, elements: rowValues.flatMap { $0 })
    }

    public var shape: Shape { Shape(rows, columns) }
    public var count: Int { elements.count }
    public var isScalarShaped: Bool { rows == 1 && columns == 1 }

    /// Element (row, column), zero-based. The caller guarantees the indices are in range.
    @inlinable
    public subscript(row: Int, column: Int) -> Double {
        get { elements[row * columns + column] }
        set { elements[row * columns + column] = newValue }
    }

    /// The elements as nested rows (for tests and printing).
    public var rowArrays: [[Double]] {
        (0..<rows).map { r in Array(elements[(r * columns)..<((r + 1) * columns)]) }
    }
}
