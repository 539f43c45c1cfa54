import Testing
@testable import MatrixEngine

/// SplitMix64 (Steele, Lea & Flood): a tiny, seeded, reproducible generator for the matrix
/// engine's property tests. Deliberately independent of the engine's numpy-compatible RNG.
struct SplitMix64Generator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double { Double.random(in: low..<high, using: &self) }

    /// A small integer-valued Double in -range...range (products and sums of these are exact).
    mutating func smallInteger(_ range: Int = 9) -> Double { Double(Int.random(in: -range...range, using: &self)) }

    mutating func matrix(_ rows: Int, _ columns: Int, _ value: (inout SplitMix64Generator) -> Double) -> Matrix {
        var values: [Double] = []
        values.reserveCapacity(rows * columns)
        for _ in 0..<(rows * columns) { values.append(value(&self)) }
        return Matrix(uncheckedRows: rows, columns: columns, elements: values)
    }

    mutating func uniformMatrix(_ rows: Int, _ columns: Int, _ low: Double = -5, _ high: Double = 5) -> Matrix {
        matrix(rows, columns) { $0.uniform(low, high) }
    }

    mutating func integerMatrix(_ rows: Int, _ columns: Int, range: Int = 9) -> Matrix {
        matrix(rows, columns) { $0.smallInteger(range) }
    }

    /// A dimension from 0...maximum, biased towards the edge cases 0 and 1.
    mutating func dimension(_ maximum: Int = 7) -> Int {
        switch Int.random(in: 0..<10, using: &self) {
        case 0: return 0
        case 1, 2: return 1
        default: return Int.random(in: 0...maximum, using: &self)
        }
    }
}

/// Straightforward reference implementations the engine's optimised routines are checked against.
enum NaiveReference {
    /// The textbook triple loop, summing over the inner index in order.
    static func matmul(_ a: Matrix, _ b: Matrix) -> Matrix {
        precondition(a.columns == b.rows)
        var values: [Double] = []
        for i in 0..<a.rows {
            for j in 0..<b.columns {
                var sum = 0.0
                for p in 0..<a.columns { sum += a[i, p] * b[p, j] }
                values.append(sum)
            }
        }
        return Matrix(uncheckedRows: a.rows, columns: b.columns, elements: values)
    }

    /// `np.tile`-style explicit expansion of a matrix whose axes are 1 or already the target size.
    static func tile(_ m: Matrix, to shape: Shape) -> Matrix {
        precondition(m.rows == shape.rows || m.rows == 1)
        precondition(m.columns == shape.columns || m.columns == 1)
        var values: [Double] = []
        for r in 0..<shape.rows {
            for c in 0..<shape.columns {
                values.append(m[m.rows == 1 ? 0 : r, m.columns == 1 ? 0 : c])
            }
        }
        return Matrix(uncheckedRows: shape.rows, columns: shape.columns, elements: values)
    }

    /// Element-wise application to two matrices of identical shape.
    static func zip(_ a: Matrix, _ b: Matrix, _ operation: (Double, Double) -> Double) -> Matrix {
        precondition(a.shape == b.shape)
        return Matrix(uncheckedRows: a.rows, columns: a.columns,
                      elements: (0..<a.count).map { operation(a.elements[$0], b.elements[$0]) })
    }

    /// numpy's power loop with one broadcast exponent of 2, 0.5, -1, 1 or 0 uses x*x, sqrt, 1/x, x, 1.
    static func powerFastPath(exponent y: Double) -> ((Double) -> Double)? {
        switch y {
        case 2: return { $0 * $0 }
        case 0.5: return { $0.squareRoot() }
        case -1: return { 1 / $0 }
        case 1: return { $0 }
        case 0: return { _ in 1 }
        default: return nil
        }
    }

    static func transpose(_ m: Matrix) -> Matrix {
        var values: [Double] = []
        for c in 0..<m.columns {
            for r in 0..<m.rows { values.append(m[r, c]) }
        }
        return Matrix(uncheckedRows: m.columns, columns: m.rows, elements: values)
    }

    /// The values of column `c` or row `r`, for the axis reductions.
    static func column(_ m: Matrix, _ c: Int) -> [Double] { (0..<m.rows).map { m[$0, c] } }
    static func row(_ m: Matrix, _ r: Int) -> [Double] { (0..<m.columns).map { m[r, $0] } }

    static func sum(_ values: [Double]) -> Double {
        var total = 0.0
        for v in values { total += v }
        return total
    }

    static func maximum(_ values: [Double]) -> Double {
        if values.contains(where: \.isNaN) { return .nan }
        var best = -Double.infinity
        for v in values where v > best { best = v }
        return best
    }

    static func minimum(_ values: [Double]) -> Double {
        if values.contains(where: \.isNaN) { return .nan }
        var best = Double.infinity
        for v in values where v < best { best = v }
        return best
    }

    /// numpy's argmax: the first nan if there is one, otherwise the first index of the maximum.
    static func argmax(_ values: [Double]) -> Double {
        if let nan = values.firstIndex(where: \.isNaN) { return Double(nan) }
        let best = maximum(values)
        return Double(values.firstIndex(of: best)!)
    }

    static func argmin(_ values: [Double]) -> Double {
        if let nan = values.firstIndex(where: \.isNaN) { return Double(nan) }
        let best = minimum(values)
        return Double(values.firstIndex(of: best)!)
    }

    /// Python's slice semantics, as CPython's `PySlice_AdjustIndices` + `range` compute them.
    static func sliceIndices(start: Int?, stop: Int?, step: Int?, length: Int) -> [Int] {
        let step = step ?? 1
        precondition(step != 0)
        func adjust(_ value: Int?, default defaultValue: Int) -> Int {
            guard var v = value else { return defaultValue }
            if v < 0 {
                v += length
                if v < 0 { v = step < 0 ? -1 : 0 }
            } else if v >= length {
                v = step < 0 ? length - 1 : length
            }
            return v
        }
        let lo = adjust(start, default: step < 0 ? length - 1 : 0)
        let hi = adjust(stop, default: step < 0 ? -1 : length)
        let sliceLength: Int
        if step < 0 {
            sliceLength = hi < lo ? (lo - hi - 1) / (-step) + 1 : 0
        } else {
            sliceLength = lo < hi ? (hi - lo - 1) / step + 1 : 0
        }
        return (0..<sliceLength).map { lo + $0 * step }
    }
}

/// Comparisons that treat doubles the way numpy's tests do.
enum DoubleCheck {
    /// Identical values: equal bit patterns (so 0.0 ≠ -0.0), or both nan.
    static func identical(_ a: Double, _ b: Double) -> Bool {
        (a.isNaN && b.isNaN) || a.bitPattern == b.bitPattern
    }

    static func identical(_ a: Matrix, _ b: Matrix) -> Bool {
        a.shape == b.shape && zip(a.elements, b.elements).allSatisfy { identical($0, $1) }
    }

    /// `np.isclose`-style closeness; nan is close to nan, infinities only to themselves.
    static func close(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 1e-12) -> Bool {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
        if a.isInfinite || b.isInfinite { return a == b }
        return Swift.abs(a - b) <= absolute + relative * Swift.abs(b)
    }

    static func close(_ a: Matrix, _ b: Matrix, relative: Double = 1e-12, absolute: Double = 1e-12) -> Bool {
        a.shape == b.shape
            && zip(a.elements, b.elements).allSatisfy { close($0, $1, relative: relative, absolute: absolute) }
    }
}

/// Runs `body` and returns the MatrixError it throws, or nil if it succeeds. Any other error is a failure.
func matrixError<T>(_ body: () throws -> T, sourceLocation: SourceLocation = #_sourceLocation) -> MatrixError? {
    do {
        _ = try body()
        return nil
    } catch let error as MatrixError {
        return error
    } catch {
        Issue.record("expected a MatrixError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
