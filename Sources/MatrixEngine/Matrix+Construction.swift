/// Constructors numpy learners know: zeros, ones, full, eye, linspace, reshape, stacking.
extension Matrix {
    /// The most elements (and the longest dimension) a matrix may have: 3.2 GB of doubles.
    @usableFromInline static let maximumElements = 400_000_000

    @usableFromInline
    static func checkDimensions(_ rows: Int, _ columns: Int, _ operation: String) throws(MatrixError) {
        guard rows >= 0, columns >= 0 else {
            throw .invalidArgument(operation: operation, message: "dimensions must not be negative, got (\(rows), \(columns))")
        }
        // A guard against typos such as zeros(100000, 100000) exhausting memory. Each dimension
        // is bounded too: an empty (0, 2**62) matrix would make every loop over its columns endless.
        guard rows <= maximumElements, columns <= maximumElements, rows == 0 || columns <= maximumElements / rows else {
            throw .invalidArgument(operation: operation, message: "(\(rows), \(columns)) is too large (more than 400 million elements)")
        }
        // Each matrix may fit while all of them together do not: what is left decides.
        try MemoryBudget.check(rows: rows, columns: columns, operation: operation)
    }

    /// Throws when a new matrix of `shape` could not be allocated now (see `MemoryBudget`): for
    /// operations that cannot fail otherwise (a transpose, an element-wise function, a copy).
    public static func checkRoom(for shape: Shape, operation: String) throws(MatrixError) {
        try MemoryBudget.check(rows: shape.rows, columns: shape.columns, operation: operation)
    }

    public static func full(_ rows: Int, _ columns: Int, value: Double) throws(MatrixError) -> Matrix {
        try checkDimensions(rows, columns, "full")
        return Matrix(uncheckedRows: rows, columns: columns, elements: [Double](repeating: value, count: rows * columns))
    }

    public static func zeros(_ rows: Int, _ columns: Int) throws(MatrixError) -> Matrix {
        try checkDimensions(rows, columns, "zeros")
        return Matrix(uncheckedRows: rows, columns: columns, elements: [Double](repeating: 0, count: rows * columns))
    }

    public static func ones(_ rows: Int, _ columns: Int) throws(MatrixError) -> Matrix {
        try checkDimensions(rows, columns, "ones")
        return Matrix(uncheckedRows: rows, columns: columns, elements: [Double](repeating: 1, count: rows * columns))
    }

    /// The n×n identity (`np.eye(n)`), or rows×columns with ones on the main diagonal.
    public static func eye(_ rows: Int, _ columns: Int? = nil) throws(MatrixError) -> Matrix {
        let width = columns ?? rows
        try checkDimensions(rows, width, "eye")
        var result = Matrix(uncheckedRows: rows, columns: width, elements: [Double](repeating: 0, count: rows * width))
        for i in 0..<min(rows, width) { result[i, i] = 1 }
        return result
    }

    /// `np.linspace(start, stop, num)` as a (1, num) row: numpy computes `start + k*step` and then
    /// sets the last point exactly to `stop`, so the course's data sets come out bit-identical.
    public static func linspace(_ start: Double, _ stop: Double, count: Int, endpoint: Bool = true) throws(MatrixError) -> Matrix {
        guard count >= 0 else {
            throw .invalidArgument(operation: "linspace", message: "number of samples must be non-negative, got \(count)")
        }
        try checkDimensions(1, count, "linspace")
        var values = [Double](repeating: 0, count: count)
        // Without the endpoint the interval is cut in `count` steps and stop itself is left out.
        let divisions = Double(endpoint ? count - 1 : count)
        let delta = stop - start
        if count > 1 || (count == 1 && !endpoint) {
            let step = delta / divisions
            if step == 0 {
                // numpy's fallback when the step underflows: scale after dividing.
                for k in 0..<count { values[k] = start + (Double(k) / divisions) * delta }
            } else {
                for k in 0..<count { values[k] = start + Double(k) * step }
            }
            if endpoint { values[count - 1] = stop }
        } else if count == 1 {
            values[0] = start
        }
        return Matrix(uncheckedRows: 1, columns: count, elements: values)
    }

    /// `np.arange(start, stop, step)` as a (1, n) row. Like numpy, the values after the first two are
    /// `start + k*delta` with `delta = (start + step) - start`, which is not always exactly `step`.
    public static func arange(_ start: Double, _ stop: Double, step: Double = 1) throws(MatrixError) -> Matrix {
        guard step != 0, step.isFinite, start.isFinite, stop.isFinite else {
            throw .invalidArgument(operation: "arange", message: "step must be a finite non-zero number")
        }
        // Checked as a Double: Int(length) would trap beyond Int's range or at ±inf.
        let length = ((stop - start) / step).rounded(.up)
        guard length.isFinite, length <= 400_000_000 else {
            throw .invalidArgument(operation: "arange", message: "the range has more than 400 million elements")
        }
        let count = length > 0 ? Int(length) : 0
        let next = start + step, delta = next - start
        return Matrix(uncheckedRows: 1, columns: count, elements: (0..<count).map {
            $0 == 0 ? start : $0 == 1 ? next : start + Double($0) * delta
        })
    }

    /// Reshape in row-major order, as numpy's default `reshape`. One dimension may be -1 (inferred).
    public func reshaped(_ newRows: Int, _ newColumns: Int) throws(MatrixError) -> Matrix {
        var r = newRows, c = newColumns
        if r == -1 && c == -1 {
            throw .invalidArgument(operation: "reshape", message: "can only specify one unknown dimension (-1)")
        }
        if r == -1 {
            guard c > 0, count % c == 0 else { throw .reshapeMismatch(from: shape, to: Shape(-1, c)) }
            r = count / c
        } else if c == -1 {
            guard r > 0, count % r == 0 else { throw .reshapeMismatch(from: shape, to: Shape(r, -1)) }
            c = count / r
        }
        guard r >= 0, c >= 0 else {
            throw .invalidArgument(operation: "reshape", message: "dimensions must not be negative, got (\(newRows), \(newColumns))")
        }
        let (size, overflow) = r.multipliedReportingOverflow(by: c)
        guard !overflow, size == count else { throw .reshapeMismatch(from: shape, to: Shape(r, c)) }
        return Matrix(uncheckedRows: r, columns: c, elements: elements)
    }

    /// `np.hstack`: side by side; all must have the same number of rows.
    public static func hstack(_ parts: [Matrix]) throws(MatrixError) -> Matrix {
        guard let first = parts.first else {
            throw .invalidArgument(operation: "hstack", message: "needs at least one matrix")
        }
        guard parts.allSatisfy({ $0.rows == first.rows }) else {
            throw .stackMismatch(operation: "hstack (all must have the same number of rows)", shapes: parts.map(\.shape))
        }
        let totalColumns = parts.reduce(0) { $0 + $1.columns }
        try checkDimensions(first.rows, totalColumns, "hstack")
        var values = [Double]()
        values.reserveCapacity(first.rows * totalColumns)
        for r in 0..<first.rows {
            for part in parts {
                values.append(contentsOf: part.elements[(r * part.columns)..<((r + 1) * part.columns)])
            }
        }
        return Matrix(uncheckedRows: first.rows, columns: totalColumns, elements: values)
    }

    /// `np.vstack`: one above the other; all must have the same number of columns.
    public static func vstack(_ parts: [Matrix]) throws(MatrixError) -> Matrix {
        guard let first = parts.first else {
            throw .invalidArgument(operation: "vstack", message: "needs at least one matrix")
        }
        guard parts.allSatisfy({ $0.columns == first.columns }) else {
            throw .stackMismatch(operation: "vstack (all must have the same number of columns)", shapes: parts.map(\.shape))
        }
        let totalRows = parts.reduce(0) { $0 + $1.rows }
        try checkDimensions(totalRows, first.columns, "vstack")
        return Matrix(uncheckedRows: totalRows, columns: first.columns,
                      elements: parts.flatMap(\.elements))
    }
}
