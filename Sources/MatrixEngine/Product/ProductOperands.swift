/// The operands of `op(A) · op(B)` as the product's loops see them: addresses and strides.
///
/// Reading a transposed operand is only a matter of swapping its strides, which is how
/// `A @ B.T` and `A.T @ B` are computed without materialising the transpose.
///
/// These are `@unchecked Sendable` because the product hands them to worker threads: the
/// storage they point to is kept alive by the calling `matmul` until every worker has returned,
/// the operands are only read, and the workers write disjoint tiles of the destination.
struct ProductOperand: @unchecked Sendable {
    /// Element (0, 0) of the stored matrix.
    let base: UnsafePointer<Double>
    /// The stored matrix's row length.
    let storedColumns: Int
    /// Whether the product uses the stored matrix transposed.
    let isTransposed: Bool

    /// Distance between op(X)[i, p] and op(X)[i + 1, p].
    var rowStride: Int { isTransposed ? 1 : storedColumns }
    /// Distance between op(X)[i, p] and op(X)[i, p + 1].
    var columnStride: Int { isTransposed ? storedColumns : 1 }

    /// The address of op(X)[row, column].
    @inline(__always)
    func address(_ row: Int, _ column: Int) -> UnsafePointer<Double> {
        base + (isTransposed ? column * storedColumns + row : row * storedColumns + column)
    }
}

/// The product's result, written by the workers in disjoint tiles.
struct ProductDestination: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
    /// The result's row length (its number of columns).
    let rowStride: Int
}

/// Scratch memory shared with worker threads, each of which uses its own disjoint part.
struct SharedScratch: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
}

/// The sizes of `op(A) · op(B)`: op(A) is m×k, op(B) is k×n, the result m×n.
struct ProductDimensions: Sendable, Equatable {
    var m: Int
    var n: Int
    var k: Int

    /// 2·m·n·k: each multiply-add counts as two floating-point operations.
    var flops: Double { 2 * Double(m) * Double(n) * Double(k) }
}

extension Int {
    /// The smallest multiple of `multiple` that is at least `self` (for a non-negative `self`).
    @inline(__always)
    func roundedUp(toMultipleOf multiple: Int) -> Int { (self + multiple - 1) / multiple * multiple }
}
