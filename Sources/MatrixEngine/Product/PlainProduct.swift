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

    /// `A @ B.T` (the backward pass's `dZ @ A_prev.T`): rows of A and of the stored B are both
    /// contiguous, so each element is a dot product read along two rows. Four elements are
    /// summed side by side, so that four independent chains of additions keep the adder busy;
    /// each chain adds in the order of p, as the loop above does.
    private static func multiplyByDotProducts(_ a: ProductOperand, _ b: ProductOperand, into c: ProductDestination,
                                              _ size: ProductDimensions) {
        let (m, n, k) = (size.m, size.n, size.k)
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
}
