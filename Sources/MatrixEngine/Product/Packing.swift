/// Copying blocks of the operands into the order the micro-kernel reads them.
///
/// Packing turns strided reads (rows of B, columns of A, either operand transposed) into one
/// contiguous, aligned stream per strip, read many times from cache. A strip of A holds `height`
/// rows k-major (`strip[p * height + i]`); a strip of B holds `width` columns k-major
/// (`strip[p * width + j]`). Rows or columns past the edge of the matrix are zero, so the kernel
/// can always run on a whole tile.
enum Packing {
    /// Packs op(A)[rows, depth] into consecutive strips `height` rows tall, starting at `target`.
    static func packA(_ a: ProductOperand, rows: Range<Int>, depth: Range<Int>, height: Int,
                      into target: UnsafeMutablePointer<Double>) {
        let kc = depth.count
        var strip = target
        for i0 in stride(from: rows.lowerBound, to: rows.upperBound, by: height) {
            packStrip(a, lines: i0..<min(i0 + height, rows.upperBound), depth: depth, width: height, into: strip)
            strip += height * kc
        }
    }

    /// Packs op(B)[depth, columns] into consecutive strips `width` columns wide, starting at `target`.
    ///
    /// op(B)[p, j] is op(B)ᵀ[j, p], so a strip of B is a strip of the transposed operand's rows:
    /// the same routine as for A.
    static func packB(_ b: ProductOperand, depth: Range<Int>, columns: Range<Int>, width: Int,
                      into target: UnsafeMutablePointer<Double>) {
        let flipped = ProductOperand(base: b.base, storedColumns: b.storedColumns, isTransposed: !b.isTransposed)
        packA(flipped, rows: columns, depth: depth, height: width, into: target)
    }

    /// One strip: `target[p * width + l] = X[lines.lowerBound + l, depth.lowerBound + p]`, zero
    /// for `l >= lines.count`.
    @inline(__always)
    static func packStrip(_ x: ProductOperand, lines: Range<Int>, depth: Range<Int>, width: Int,
                          into target: UnsafeMutablePointer<Double>) {
        let kc = depth.count, count = lines.count
        let source = x.address(lines.lowerBound, depth.lowerBound)
        if x.isTransposed {
            // The strip's lines are contiguous in memory for each p: copy rows of `count` values.
            let stride = x.storedColumns
            for p in 0..<kc {
                let from = source + p * stride, to = target + p * width
                to.update(from: from, count: count)
                if count < width { (to + count).update(repeating: 0, count: width - count) }
            }
        } else {
            // Each line is contiguous along p: interleave `count` streams, one per line.
            let stride = x.storedColumns
            for l in 0..<count {
                let from = source + l * stride
                var to = target + l
                for p in 0..<kc {
                    to.pointee = from[p]
                    to += width
                }
            }
            if count < width {
                for p in 0..<kc { (target + p * width + count).update(repeating: 0, count: width - count) }
            }
        }
    }
}
