import MatrixEngine

/// A matrix summarised in blocks so it fits the screen: block (i, j) covers `rowsPerBlock` rows
/// and `columnsPerBlock` columns (fewer at the edges) and holds their mean. A block with any nan
/// or inf holds nan, so non-finite values stay visible however large the matrix.
struct MatrixBlocks {
    let rowsPerBlock: Int
    let columnsPerBlock: Int
    let rows: Int
    let columns: Int
    let values: [Double]

    init(_ matrix: Matrix, maximumRows: Int, maximumColumns: Int) {
        rowsPerBlock = Self.blockSize(matrix.rows, maximum: maximumRows)
        columnsPerBlock = Self.blockSize(matrix.columns, maximum: maximumColumns)
        rows = (matrix.rows + rowsPerBlock - 1) / rowsPerBlock
        columns = (matrix.columns + columnsPerBlock - 1) / columnsPerBlock
        var sums = [Double](repeating: 0, count: rows * columns)
        var counts = [Int](repeating: 0, count: rows * columns)
        for row in 0..<matrix.rows {
            let blockRow = row / rowsPerBlock
            for column in 0..<matrix.columns {
                let index = blockRow * columns + column / columnsPerBlock
                sums[index] += matrix[row, column]  // nan or inf makes the sum non-finite
                counts[index] += 1
            }
        }
        values = zip(sums, counts).map { sum, count in sum.isFinite ? sum / Double(count) : .nan }
    }

    var isSummarised: Bool { rowsPerBlock > 1 || columnsPerBlock > 1 }

    subscript(row: Int, column: Int) -> Double { values[row * columns + column] }

    private static func blockSize(_ count: Int, maximum: Int) -> Int {
        let maximum = max(maximum, 1)
        return count <= maximum ? 1 : (count + maximum - 1) / maximum
    }
}
