/// The product of small matrices: a plain loop, with no packing to pay for.
///
/// Each element is summed as the textbook triple loop does, `((0 + a₀b₀) + a₁b₁) + …` with a
/// rounded product and a rounded sum per step (no fused multiply-add), so small products give
/// exactly the bits of the naive reference. It also serves any machine and any shape, which
/// makes it the portable path the others are checked against.
enum PlainProduct {
    static func multiply(_ a: ProductOperand, _ b: ProductOperand, into c: ProductDestination,
                         _ size: ProductDimensions) {
        let (m, n, k) = (size.m, size.n, size.k)
        let aColumn = a.columnStride, bColumn = b.columnStride
        if aColumn == 1 && b.rowStride == 1 {
            multiplyByDotProducts(a, b, into: c, size)
            return
        }
        if bColumn == 1 {
            multiplyAlongRows(a, b, into: c, size)
            return
        }
        for i in 0..<m {
            let cRow = c.base + i * c.rowStride
            cRow.update(repeating: 0, count: n)
            let aRow = a.address(i, 0)
            // i-p-j order: the inner loop runs along a row of op(B) and of C.
            for p in 0..<k {
                let aip = aRow[p * aColumn]
                let bp = b.address(p, 0)
                if bColumn == 1 {
                    for j in 0..<n { cRow[j] = cRow[j] + aip * bp[j] }
                } else {
                    for j in 0..<n { cRow[j] = cRow[j] + aip * bp[j * bColumn] }
                }
            }
        }
    }

    /// Rows of op(B) contiguous (`W @ X`): eight elements of a row of C at a time are summed in a
    /// vector over every p, then stored once, instead of C being read and written again at each
    /// p. Each element still gets `((0 + a₀b₀) + a₁b₁) + …`, a rounded product and a rounded
    /// sum per step, so the bits are the loop's above.
    private static func multiplyAlongRows(_ a: ProductOperand, _ b: ProductOperand, into c: ProductDestination,
                                          _ size: ProductDimensions) {
        typealias Lanes = SIMD8<Double>
        let (m, n, k) = (size.m, size.n, size.k)
        // Walked by pointers: the loops are short (k is 1 to 4 in the planar network), so the
        // address arithmetic and its overflow checks were most of each step.
        let aColumn = a.columnStride, bRow = b.rowStride
        for i in 0..<m {
            let cRow = c.base + i * c.rowStride
            let aRow = a.address(i, 0)
            var j = 0
            while j + Lanes.scalarCount <= n {  // eight columns in a vector
                var sums = Lanes()
                var ap = aRow, bp = b.address(0, j)
                for _ in 0..<k {
                    sums = sums + Lanes(repeating: ap.pointee) * UnsafeRawPointer(bp).loadUnaligned(as: Lanes.self)
                    ap += aColumn
                    bp += bRow
                }
                UnsafeMutableRawPointer(cRow + j).storeBytes(of: sums, as: Lanes.self)
                j += Lanes.scalarCount
            }
            // The last columns (all of them when C is narrow, as in `dZ @ X.T`), four at a time
            // in registers: four independent chains of additions.
            while j + 4 <= n {
                var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
                var ap = aRow, bp = b.address(0, j)
                for _ in 0..<k {
                    let aip = ap.pointee
                    s0 = s0 + aip * bp[0]
                    s1 = s1 + aip * bp[1]
                    s2 = s2 + aip * bp[2]
                    s3 = s3 + aip * bp[3]
                    ap += aColumn
                    bp += bRow
                }
                (cRow[j], cRow[j + 1], cRow[j + 2], cRow[j + 3]) = (s0, s1, s2, s3)
                j += 4
            }
            while j < n {
                var sum = 0.0
                var ap = aRow, bp = b.address(0, j)
                for _ in 0..<k {
                    sum = sum + ap.pointee * bp.pointee
                    ap += aColumn
                    bp += bRow
                }
                cRow[j] = sum
                j += 1
            }
        }
    }

    /// `A @ B.T` (the backward pass's `dZ @ A_prev.T`): rows of A and of the stored B are both
    /// contiguous, so each element is a dot product read along two rows. Four elements are
    /// summed side by side, so that four independent chains of additions keep the adder busy;
    /// each chain adds in the order of p, as the loop above does.
    private static func multiplyByDotProducts(_ a: ProductOperand, _ b: ProductOperand, into c: ProductDestination,
                                              _ size: ProductDimensions) {
        let (m, n, k) = (size.m, size.n, size.k)
        if min(m, n) <= 4 {
            // At most four rows of A or of B (a layer's dW): their values at each p are loaded once
            // into the lanes of one vector, which every row of the other operand then multiplies.
            if m <= 4 && (m >= n || n > 4) {
                lanesOverFewRows(m, lanes: { a.address($0, 0) }, n, rows: { b.address(0, $0) }, k) { lane, row, value in
                    c.base[lane * c.rowStride + row] = value
                }
            } else {
                lanesOverFewRows(n, lanes: { b.address(0, $0) }, m, rows: { a.address($0, 0) }, k) { lane, row, value in
                    c.base[row * c.rowStride + lane] = value
                }
            }
            return
        }
        let count = m * n
        var first = 0
        while first < count {
            let width = min(4, count - first)
            // Lanes past `width` repeat the last element; their sums are not stored.
            func rows(_ lane: Int) -> (UnsafePointer<Double>, UnsafePointer<Double>) {
                let (i, j) = (first + min(lane, width - 1)).quotientAndRemainder(dividingBy: n)
                return (a.address(i, 0), b.address(0, j))
            }
            let (a0, b0) = rows(0), (a1, b1) = rows(1), (a2, b2) = rows(2), (a3, b3) = rows(3)
            var sums = SIMD4<Double>()
            for p in 0..<k {
                // A rounded product, then a rounded sum, lane by lane: the plain loop's bits.
                sums = sums + SIMD4(a0[p], a1[p], a2[p], a3[p]) * SIMD4(b0[p], b1[p], b2[p], b3[p])
            }
            for lane in 0..<width {
                let (i, j) = (first + lane).quotientAndRemainder(dividingBy: n)
                c.base[i * c.rowStride + j] = sums[lane]
            }
            first += width
        }
    }

    /// Dot products of `laneCount` (≤ 4) rows, held in the lanes of one vector at each p, with each
    /// of `rowCount` other rows: `store(lane, row, Σ_p lane[p]·row[p])`, summed in the order of p
    /// with a rounded product and a rounded sum per step (the plain loop's bits; x·y is y·x).
    /// Up to four rows are summed side by side, four independent chains; a group of one or two
    /// rows (`dZ2 @ A1.T`, `dZ1 @ X.T` in the planar network) runs only its own chains.
    @inline(__always)
    private static func lanesOverFewRows(_ laneCount: Int, lanes: (Int) -> UnsafePointer<Double>, _ rowCount: Int,
                                         rows: (Int) -> UnsafePointer<Double>, _ k: Int,
                                         store: (Int, Int, Double) -> Void) {
        // Lanes past `laneCount` repeat the last row; their sums are not stored.
        let l0 = lanes(0), l1 = lanes(min(1, laneCount - 1)), l2 = lanes(min(2, laneCount - 1)), l3 = lanes(min(3, laneCount - 1))
        @inline(__always) func laneValues(at p: Int) -> SIMD4<Double> { SIMD4(l0[p], l1[p], l2[p], l3[p]) }
        func storeSums(_ sums: SIMD4<Double>, row: Int) {
            for lane in 0..<laneCount { store(lane, row, sums[lane]) }
        }
        var first = 0
        while first < rowCount {
            let count = min(4, rowCount - first)
            switch count {
            case 1:
                let r0 = rows(first)
                var s0 = SIMD4<Double>()
                for p in 0..<k { s0 = s0 + laneValues(at: p) * SIMD4(repeating: r0[p]) }
                storeSums(s0, row: first)
            case 2:
                let r0 = rows(first), r1 = rows(first + 1)
                var s0 = SIMD4<Double>(), s1 = SIMD4<Double>()
                for p in 0..<k {
                    let v = laneValues(at: p)
                    s0 = s0 + v * SIMD4(repeating: r0[p])
                    s1 = s1 + v * SIMD4(repeating: r1[p])
                }
                storeSums(s0, row: first)
                storeSums(s1, row: first + 1)
            default:
                // Three rows repeat the last one in the fourth chain, whose sums are not stored.
                let r0 = rows(first), r1 = rows(first + 1), r2 = rows(first + 2), r3 = rows(first + min(3, count - 1))
                var s0 = SIMD4<Double>(), s1 = SIMD4<Double>(), s2 = SIMD4<Double>(), s3 = SIMD4<Double>()
                for p in 0..<k {
                    let v = laneValues(at: p)
                    s0 = s0 + v * SIMD4(repeating: r0[p])
                    s1 = s1 + v * SIMD4(repeating: r1[p])
                    s2 = s2 + v * SIMD4(repeating: r2[p])
                    s3 = s3 + v * SIMD4(repeating: r3[p])
                }
                storeSums(s0, row: first)
                storeSums(s1, row: first + 1)
                storeSums(s2, row: first + 2)
                if count == 4 { storeSums(s3, row: first + 3) }
            }
            first += 4
        }
    }
}
