/// The innermost piece of the product: one small tile of C kept in vector registers.
///
/// A micro-kernel computes `C[0..<rows, 0..<columns] (= or +=) Σ_p A[i, p] · B[p, j]` for a
/// depth of `depth`, where A is a packed strip (`rows` values per step, k-major) and B is either
/// a packed strip (`bRowStride == columns`) or the matrix itself read in place (`bRowStride` is
/// its row length). Each element's sum is a chain of fused multiply-adds in the order of p,
/// starting from zero, so every kernel and every tile position gives the same bits: results do
/// not depend on which kernel or how many threads computed them. (A deep skinny product sums
/// the two halves of its depth separately, by its shape alone; see `SkinnyProduct`.)
///
/// The drivers are generic over this protocol so that each kernel gets its own specialised copy
/// of the blocking loops, with the tile size known at compile time. (Sendable: the loops run the
/// kernel on worker threads.)
protocol MicroKernel: Sendable {
    /// Rows of the C tile (MR): the height of a packed strip of A.
    static var rows: Int { get }
    /// Columns of the C tile (NR): the width of a strip of B.
    static var columns: Int { get }

    /// The full tile at `c`; `accumulate` adds to what is there (a later depth block) instead of
    /// overwriting it (the first). A[l, p] is at `a + p·aStep + l·aRowStride`: a packed strip has
    /// `aStep == rows` and `aRowStride == 1`; rows of A read in place have `aStep == 1`.
    /// Step s of the loop over the depth makes load s of `readAhead` (see `ReadAhead`); the loaded
    /// values come back combined.
    static func multiply<Loads: ReadAheadLoads>(depth: Int, a: UnsafePointer<Double>, aRowStride: Int, aStep: Int,
                                                b: UnsafePointer<Double>, bRowStride: Int,
                                                c: UnsafeMutablePointer<Double>, cRowStride: Int, accumulate: Bool,
                                                readAhead: Loads) -> UInt64
}

extension MicroKernel {
    /// The tile with no loads ahead.
    @inline(__always)
    static func multiply(depth: Int, a: UnsafePointer<Double>, aRowStride: Int, aStep: Int,
                         b: UnsafePointer<Double>, bRowStride: Int,
                         c: UnsafeMutablePointer<Double>, cRowStride: Int, accumulate: Bool) {
        _ = multiply(depth: depth, a: a, aRowStride: aRowStride, aStep: aStep, b: b, bRowStride: bRowStride,
                     c: c, cRowStride: cRowStride, accumulate: accumulate, readAhead: NoReadAhead())
    }

    /// A tile that may be cut off by the edge of C (`rowCount` ≤ rows, `columnCount` ≤ columns).
    ///
    /// A partial tile is computed whole into `scratch` (rows × columns) and only its valid part is
    /// copied out, so the kernel never writes outside C. Packed strips are zero-padded, so the
    /// extra rows and columns are harmless.
    @inline(__always)
    static func multiplyTile(depth: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>, bRowStride: Int,
                             c: UnsafeMutablePointer<Double>, cRowStride: Int,
                             rowCount: Int, columnCount: Int, accumulate: Bool,
                             scratch: UnsafeMutablePointer<Double>) {
        if rowCount == rows && columnCount == columns {
            multiply(depth: depth, a: a, aRowStride: 1, aStep: rows, b: b, bRowStride: bRowStride,
                     c: c, cRowStride: cRowStride, accumulate: accumulate)
            return
        }
        multiply(depth: depth, a: a, aRowStride: 1, aStep: rows, b: b, bRowStride: bRowStride,
                 c: scratch, cRowStride: columns, accumulate: false)
        copyOut(scratch, to: c, cRowStride: cRowStride, rowCount: rowCount, columnCount: columnCount, accumulate: accumulate)
    }

    /// The whole tile with A's `rows` rows read in place: `a` is A[row, p₀], the rows `aRowStride`
    /// apart (each contiguous along the depth). Each element sums the same products in the same
    /// order as from a packed strip.
    @inline(__always)
    static func multiplyTileInPlace(depth: Int, a: UnsafePointer<Double>, aRowStride: Int,
                                    b: UnsafePointer<Double>, bRowStride: Int,
                                    c: UnsafeMutablePointer<Double>, cRowStride: Int, accumulate: Bool) {
        multiply(depth: depth, a: a, aRowStride: aRowStride, aStep: 1, b: b, bRowStride: bRowStride,
                 c: c, cRowStride: cRowStride, accumulate: accumulate)
    }

    /// The same, for a tile that the right edge of C may cut off (`columnCount` ≤ columns): a partial
    /// tile is computed whole into `scratch` and only its valid part copied out.
    /// Step s of the loop makes load s of `readAhead`, as `multiply` does.
    @inline(__always)
    static func multiplyTileInPlace<Loads: ReadAheadLoads>(
        depth: Int, a: UnsafePointer<Double>, aRowStride: Int, b: UnsafePointer<Double>, bRowStride: Int,
        c: UnsafeMutablePointer<Double>, cRowStride: Int, columnCount: Int, accumulate: Bool,
        scratch: UnsafeMutablePointer<Double>, readAhead: Loads
    ) -> UInt64 {
        if columnCount == columns {
            return multiply(depth: depth, a: a, aRowStride: aRowStride, aStep: 1, b: b, bRowStride: bRowStride,
                            c: c, cRowStride: cRowStride, accumulate: accumulate, readAhead: readAhead)
        }
        let loaded = multiply(depth: depth, a: a, aRowStride: aRowStride, aStep: 1, b: b, bRowStride: bRowStride,
                              c: scratch, cRowStride: columns, accumulate: false, readAhead: readAhead)
        copyOut(scratch, to: c, cRowStride: cRowStride, rowCount: rows, columnCount: columnCount, accumulate: accumulate)
        return loaded
    }

    /// The valid part of a tile computed whole into `scratch`.
    @inline(__always)
    static func copyOut(_ scratch: UnsafeMutablePointer<Double>, to c: UnsafeMutablePointer<Double>, cRowStride: Int,
                        rowCount: Int, columnCount: Int, accumulate: Bool) {
        for i in 0..<rowCount {
            let source = scratch + i * columns, target = c + i * cRowStride
            if accumulate {
                for j in 0..<columnCount { target[j] = target[j] + source[j] }
            } else {
                for j in 0..<columnCount { target[j] = source[j] }
            }
        }
    }
}
