/// numpy's `start:stop:step` slices, resolved against one dimension's length.
public struct SliceBounds: Equatable, Sendable {
    public var start: Int?
    public var stop: Int?
    public var step: Int?

    public init(start: Int? = nil, stop: Int? = nil, step: Int? = nil) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    /// The whole axis, `:`.
    public static let all = SliceBounds()

    /// A single index `i` (negative counts from the end), as the slice `i:i+1`.
    public static func index(_ i: Int) -> SliceBounds { SliceBounds(start: i, stop: i == -1 || i == .max ? nil : i + 1) }

    /// The indices this slice selects on an axis of `length`, with numpy's clamping rules.
    public func indices(length: Int, operation: String) throws(MatrixError) -> [Int] {
        let step = self.step ?? 1
        guard step != 0 else { throw .invalidArgument(operation: operation, message: "slice step cannot be zero") }
        func clamp(_ value: Int?, default defaultValue: Int, low: Int, high: Int) -> Int {
            guard var v = value else { return defaultValue }
            if v < 0 { v += length }
            return min(max(v, low), high)
        }
        var result: [Int] = []
        if step > 0 {
            let from = clamp(start, default: 0, low: 0, high: length)
            let to = clamp(stop, default: length, low: 0, high: length)
            var i = from
            // Stepping past the end of Int (X[1::sys.maxsize]) ends the slice rather than trapping.
            while i < to {
                result.append(i)
                let (next, overflow) = i.addingReportingOverflow(step)
                if overflow { break }
                i = next
            }
        } else {
            let from = clamp(start, default: length - 1, low: -1, high: length - 1)
            let to = clamp(stop, default: -1, low: -1, high: length - 1)
            var i = from
            // An explicit negative stop was shifted by length above; a missing one means "past the start".
            while i > to { result.append(i); i += step }
        }
        return result
    }
}

extension Matrix {
    /// Checks a single index against an axis length and makes a negative one count from the end.
    public static func resolveIndex(_ index: Int, length: Int, axis: String) throws(MatrixError) -> Int {
        let resolved = index < 0 ? index + length : index
        guard resolved >= 0, resolved < length else {
            throw .invalidArgument(operation: "index", message: "index \(index) is out of bounds for \(axis) with size \(length)")
        }
        return resolved
    }

    /// `X[r, c]` with slices on both axes; the result stays 2-D.
    public func sliced(rows rowSlice: SliceBounds, columns columnSlice: SliceBounds) throws(MatrixError) -> Matrix {
        let rowIndices = try rowSlice.indices(length: rows, operation: "slice")
        let columnIndices = try columnSlice.indices(length: columns, operation: "slice")
        var values = [Double]()
        values.reserveCapacity(rowIndices.count * columnIndices.count)
        for r in rowIndices {
            for c in columnIndices { values.append(elements[r * columns + c]) }
        }
        return Matrix(uncheckedRows: rowIndices.count, columns: columnIndices.count, elements: values)
    }
}
