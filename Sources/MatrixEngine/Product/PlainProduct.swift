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
}
