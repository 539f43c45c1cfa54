/// Which axis a reduction runs along, in numpy's numbering.
public enum Axis: Int, Sendable {
    /// axis=0: down each column, giving one value per column.
    case rows = 0
    /// axis=1: along each row, giving one value per row — `np.sum(dZ, axis=1)` sums over the m examples.
    case columns = 1
}

/// sum, mean, max, min and argmax over all elements or along an axis.
///
/// With `keepdims` an axis=1 reduction of (4,400) gives the column (4,1); otherwise the values come
/// back as a row (1, n), the storage of numpy's rank-1 `(n,)` (see NDArray). Over all elements
/// (no axis) the result is (1,1).
extension Matrix {
    public enum Reduction: String, Sendable {
        case sum, mean, max, min, argmax, argmin
    }

    public func reduced(_ reduction: Reduction, axis: Axis?, keepDimensions: Bool = false) throws(MatrixError) -> Matrix {
        let name = "np.\(reduction.rawValue)"
        guard let axis else {
            guard count > 0 || reduction == .sum || reduction == .mean else {
                throw .invalidArgument(operation: name, message: "zero-size array has no \(reduction.rawValue)")
            }
            return Matrix(scalar: Matrix.reduce(reduction, elements[...], pairwise: true))
        }
        let lines: Int, length: Int
        switch axis {
        case .rows: (lines, length) = (columns, rows)
        case .columns: (lines, length) = (rows, columns)
        }
        guard length > 0 || reduction == .sum || reduction == .mean else {
            throw .invalidArgument(operation: name, message: "zero-size axis \(axis.rawValue) has no \(reduction.rawValue)")
        }
        var values = [Double](repeating: 0, count: lines)
        for line in 0..<lines {
            switch axis {
            case .rows:
                // numpy adds rows one after another here (the reduced axis is not contiguous),
                // except for a single column, which is one contiguous run that it sums pairwise.
                let column = (0..<rows).map { elements[$0 * columns + line] }
                values[line] = Matrix.reduce(reduction, column[...], pairwise: columns == 1)
            case .columns:
                values[line] = Matrix.reduce(reduction, elements[(line * columns)..<((line + 1) * columns)], pairwise: true)
            }
        }
        if axis == .columns && keepDimensions {
            return Matrix(uncheckedRows: lines, columns: 1, elements: values)
        }
        return Matrix(uncheckedRows: 1, columns: lines, elements: values)
    }

    /// Reduces one line of values. Sums along contiguous memory use pairwise summation, as
    /// numpy does, so the rounding matches numpy's closely for long rows.
    static func reduce(_ reduction: Reduction, _ values: ArraySlice<Double>, pairwise: Bool) -> Double {
        // numpy adds the pairwise sum to the identity +0, so a sum of -0.0s is +0.0.
        func total() -> Double { pairwise ? 0 + pairwiseSum(values) : values.reduce(0, +) }
        switch reduction {
        case .sum: return total()
        case .mean: return total() / Double(values.count)
        case .max:
            var best = -Double.infinity
            // On a tie (0.0 and -0.0) numpy's loop keeps the later element.
            for v in values { if v.isNaN { return .nan }; if v >= best { best = v } }
            return best
        case .min:
            var best = Double.infinity
            for v in values { if v.isNaN { return .nan }; if v <= best { best = v } }
            return best
        case .argmax:
            let array = Array(values)
            var bestIndex = 0
            for (i, v) in array.enumerated() {
                if v.isNaN { return Double(i) }
                if v > array[bestIndex] { bestIndex = i }
            }
            return Double(bestIndex)
        case .argmin:
            let array = Array(values)
            var bestIndex = 0
            for (i, v) in array.enumerated() {
                if v.isNaN { return Double(i) }
                if v < array[bestIndex] { bestIndex = i }
            }
            return Double(bestIndex)
        }
    }

    /// numpy's pairwise summation: blocks of 8 accumulators below 128 elements, halves above.
    public static func pairwiseSum(_ values: ArraySlice<Double>) -> Double {
        values.withUnsafeBufferPointer { buffer in
            buffer.isEmpty ? 0 : pairwiseSum(buffer.baseAddress!, count: buffer.count)
        }
    }

    /// The same over `count` values at `values`: the 8 accumulators are the lanes of one vector
    /// (lane j adds elements j, j + 8, …), so the sums are numpy's, to the bit.
    static func pairwiseSum(_ values: UnsafePointer<Double>, count n: Int) -> Double {
        if n < 8 {
            var sum = 0.0
            for i in 0..<n { sum += values[i] }
            return sum
        } else if n <= 128 {
            typealias V = SIMD8<Double>
            var r = UnsafeRawPointer(values).loadUnaligned(as: V.self)
            var i = 8
            while i < n - (n % 8) {
                r += UnsafeRawPointer(values + i).loadUnaligned(as: V.self)
                i += 8
            }
            var sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n { sum += values[i]; i += 1 }
            return sum
        } else {
            var half = n / 2
            half -= half % 8
            return pairwiseSum(values, count: half) + pairwiseSum(values + half, count: n - half)
        }
    }
}
