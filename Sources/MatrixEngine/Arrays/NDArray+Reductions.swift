/// sum, mean, max, min, argmax and argmin with numpy's shapes and dtypes: over everything a
/// number, along an axis one rank less (rank-1 from a matrix) unless `keepdims`, in which case
/// the reduced axis stays with size 1.
extension NDArray {
    /// The reduction's result; `axis` is numpy's (negative counts from the end), already checked
    /// against the rank by the caller.
    public func reduced(_ reduction: Matrix.Reduction, axis: Int?, keepDimensions: Bool) throws(MatrixError) -> NDArray {
        let result = try reducedAsDoubles(reduction, axis: axis, keepDimensions: keepDimensions)
        // An int64 sum of 2**53 or more, or any work on exact values: numpy's integer arithmetic.
        guard reduction != .mean, dtype != .float64, exactIntegers != nil || result.inexactInteger != nil else { return result }
        return reducedExactly(reduction, axis: axis, like: result)
    }

    private func reducedAsDoubles(_ reduction: Matrix.Reduction, axis: Int?, keepDimensions: Bool) throws(MatrixError) -> NDArray {
        let resultType: DType
        switch reduction {
        case .sum: resultType = dtype == .float64 ? .float64 : .int64
        case .mean: resultType = .float64
        case .max, .min: resultType = dtype
        case .argmax, .argmin: resultType = .int64
        }
        // A transposed view sums in its memory order: M.T over axis 0 is M over axis 1. (argmax
        // and argmin count positions in the array's own order.)
        let inMemoryOrder = isTransposedView && (reduction == .sum || reduction == .mean)
        let memory = inMemoryOrder ? storage.transposed : storage
        guard let axis, rank > 0 else {
            if isStridedView && rank == 2 && (reduction == .sum || reduction == .mean) && memory.count > 0 {
                let total = Matrix(scalar: NDArray.bufferedSum(memory, reduction))
                return NDArray(storage: total, shape: keepDimensions ? .matrix(1, 1) : .scalar, dtype: resultType)
            }
            let total = try memory.reduced(reduction, axis: nil)
            let shape = keepDimensions ? ArrayShape(repeatElement(1, count: rank)) : .scalar
            return NDArray(storage: total, shape: shape, dtype: resultType)
        }
        if rank == 1 {
            let total = try storage.reduced(reduction, axis: .columns)
            return NDArray(storage: total, shape: keepDimensions ? .vector(1) : .scalar, dtype: resultType)
        }
        let storageAxis: Axis = (axis == 0) != inMemoryOrder ? .rows : .columns
        let values = try memory.reduced(reduction, axis: storageAxis).elements
        let shape: ArrayShape
        if keepDimensions {
            shape = axis == 0 ? .matrix(1, values.count) : .matrix(values.count, 1)
        } else {
            shape = .vector(values.count)
        }
        let target = NDArray.storageShape(for: shape)
        return NDArray(storage: Matrix(uncheckedRows: target.rows, columns: target.columns, elements: values), shape: shape, dtype: resultType)
    }
}

extension NDArray {
    /// The reduction on the exact int64 values (a sum wraps around at 2**63, as numpy's does),
    /// shaped as `result`, the same reduction on doubles. Integer sums do not depend on the order.
    private func reducedExactly(_ reduction: Matrix.Reduction, axis: Int?, like result: NDArray) -> NDArray {
        let values = integerElements
        let rows = storage.rows, columns = storage.columns
        // Each output element reduces one run of positions: all, a column (axis 0) or a row.
        let runs: [[Int]]
        if axis == nil || rank < 2 {
            runs = [Array(0..<values.count)]
        } else if axis == 0 {
            runs = (0..<columns).map { c in (0..<rows).map { $0 * columns + c } }
        } else {
            runs = (0..<rows).map { r in (0..<columns).map { r * columns + $0 } }
        }
        let reducedValues = runs.map { run -> Int64 in
            switch reduction {
            case .sum, .mean: return run.reduce(0) { $0 &+ values[$1] }
            case .max: return run.map { values[$0] }.max() ?? 0
            case .min: return run.map { values[$0] }.min() ?? 0
            case .argmax, .argmin:
                var best = 0
                for (offset, position) in run.enumerated().dropFirst() {
                    let value = values[position], bestValue = values[run[best]]
                    if reduction == .argmax ? value > bestValue : value < bestValue { best = offset }
                }
                return Int64(best)
            }
        }
        if result.dtype == .int64 { return .integers(reducedValues, shape: result.shape) }
        return result.withStorage(Matrix(uncheckedRows: result.storage.rows, columns: result.storage.columns,
                                         elements: reducedValues.map { Double($0) }))
    }
}

extension NDArray {
    /// numpy's buffer for a reduction over a non-contiguous array, in elements.
    static let reductionBufferSize = 8192

    /// numpy's whole-array sum (or mean) of a strided view held in memory order as `memory`: the
    /// buffer takes as many whole rows as fit in 8192 elements (one row at least), each block is
    /// summed pairwise and the blocks are added in order.
    static func bufferedSum(_ memory: Matrix, _ reduction: Matrix.Reduction) -> Double {
        let rowsPerBlock = Swift.max(1, reductionBufferSize / Swift.max(memory.columns, 1))
        let elements = memory.elements
        var total = 0.0
        var row = 0
        while row < memory.rows {
            let end = Swift.min(row + rowsPerBlock, memory.rows)
            total += Matrix.reduce(.sum, elements[(row * memory.columns)..<(end * memory.columns)], pairwise: true)
            row = end
        }
        return reduction == .mean ? total / Double(memory.count) : total
    }
}
