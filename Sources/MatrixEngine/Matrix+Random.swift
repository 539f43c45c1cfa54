/// Random matrices drawn from numpy's legacy generator: `np.random.randn`, `rand` and `randint`.
///
/// Elements are drawn in row-major order, numpy's order, so a matrix made here after
/// `np.random.seed(s)` equals the one numpy makes, element for element and bit for bit.
extension Matrix {
    /// `np.random.randn(rows, columns)`: standard normal samples.
    public static func randn(_ rows: Int, _ columns: Int, using generator: inout NumpyRandom) throws(MatrixError) -> Matrix {
        try checkDimensions(rows, columns, "randn")
        let values = (0..<(rows * columns)).map { _ in generator.nextGaussian() }
        return Matrix(uncheckedRows: rows, columns: columns, elements: values)
    }

    /// `np.random.rand(rows, columns)` (`random_sample`): uniform samples in [0, 1).
    public static func rand(_ rows: Int, _ columns: Int, using generator: inout NumpyRandom) throws(MatrixError) -> Matrix {
        try checkDimensions(rows, columns, "rand")
        let values = (0..<(rows * columns)).map { _ in generator.nextDouble() }
        return Matrix(uncheckedRows: rows, columns: columns, elements: values)
    }

    /// `np.random.randint(low, high, size=(rows, columns))`: integers in [low, high), or in
    /// [0, low) when `high` is nil, stored as doubles (exact up to 2**53 in magnitude).
    ///
    /// Like numpy, an empty shape returns at once without checking the range or drawing.
    public static func randint(
        low: Int, high: Int? = nil, rows: Int, columns: Int, using generator: inout NumpyRandom
    ) throws(MatrixError) -> Matrix {
        try checkDimensions(rows, columns, "randint")
        let integers = try generator.randint(low, high, count: rows * columns)
        return Matrix(uncheckedRows: rows, columns: columns, elements: integers.map(Double.init))
    }

    /// The same draws on the closed range [low, highest] (numpy's high = 2**63 is highest = Int.max).
    public static func randint(
        low: Int, through highest: Int, rows: Int, columns: Int, using generator: inout NumpyRandom
    ) throws(MatrixError) -> Matrix {
        try checkDimensions(rows, columns, "randint")
        let integers = try generator.randint(low, through: highest, count: rows * columns)
        return Matrix(uncheckedRows: rows, columns: columns, elements: integers.map(Double.init))
    }
}
