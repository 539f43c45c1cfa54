/// Copying blocks of the operands into the order the micro-kernel reads them.
///
/// Packing turns strided reads (rows of B, columns of A, either operand transposed) into one
/// contiguous, aligned stream per strip, read many times from cache. A strip of A holds `width`
/// rows of op(A) k-major (`strip[p * width + l]`); a strip of B holds `width` columns of op(B)
/// k-major. Both are "strips of lines": the lines are op(A)'s rows, or op(B)'s columns (op(B)ᵀ's
/// rows). Lines past the edge of the matrix are zero, so the kernel can always run on a whole
/// tile. Consecutive strips follow one another, each `width × depth.count` values long.
enum Packing {
    /// Packs op(A)[rows, depth] into strips `height` rows tall.
    static func packA(_ a: ProductOperand, rows: Range<Int>, depth: Range<Int>, height: Int,
                      into target: UnsafeMutablePointer<Double>) {
        packLines(a, lines: rows, depth: depth, width: height, into: target)
    }

    /// Packs op(B)[depth, columns] into strips `width` columns wide.
    static func packB(_ b: ProductOperand, depth: Range<Int>, columns: Range<Int>, width: Int,
                      into target: UnsafeMutablePointer<Double>) {
        // op(B)[p, j] is op(B)ᵀ[j, p]: the columns of op(B) are the rows of its transpose.
        let transpose = ProductOperand(base: b.base, storedColumns: b.storedColumns, isTransposed: !b.isTransposed)
        packLines(transpose, lines: columns, depth: depth, width: width, into: target)
    }

    /// Strips of `width` lines of op(X) (its rows), over `depth`.
    private static func packLines(_ x: ProductOperand, lines: Range<Int>, depth: Range<Int>, width: Int,
                                  into target: UnsafeMutablePointer<Double>) {
        if x.isTransposed {
            scatterRows(x, lines: lines, depth: depth, width: width, into: target)
        } else {
            var strip = target
            for first in stride(from: lines.lowerBound, to: lines.upperBound, by: width) {
                gatherLines(x, lines: first..<min(first + width, lines.upperBound), depth: depth, width: width, into: strip)
                strip += width * depth.count
            }
        }
    }

    /// One strip, when each line is contiguous along the depth (A, or a transposed B): the
    /// strip interleaves `lines.count` sequential streams.
    private static func gatherLines(_ x: ProductOperand, lines: Range<Int>, depth: Range<Int>, width: Int,
                                    into target: UnsafeMutablePointer<Double>) {
        let kc = depth.count, count = lines.count
        // Eight lines at a time, eight depth steps at a time, as 8×8 transposes in registers:
        // copied value by value, the scattered stores cost as much as a skinny product's
        // arithmetic (a transposed X packed for dZ1 @ X.T).
        let blockedLines = width % 8 == 0 ? count / 8 * 8 : 0, blockedDepth = kc / 8 * 8
        var loaded: UInt64 = 0
        defer { ReadAhead.keep(loaded) }
        let lineStride = x.storedColumns
        for first in stride(from: 0, to: blockedLines, by: 8) {
            let row = x.address(lines.lowerBound + first, depth.lowerBound)
            // The same stretch of the lines two groups on (of this strip) is loaded meanwhile, a
            // cache line of each: eight streams side by side, read a line of each at a time, are
            // more than the hardware prefetcher follows.
            let later = x.address(lines.lowerBound + min(first + 16, blockedLines - 8), depth.lowerBound)
            for p in stride(from: 0, to: blockedDepth, by: 8) {
                for line in 0..<8 { loaded ^= UnsafeRawPointer(later + line * lineStride + p).load(as: UInt64.self) }
                let from = row + p
                let columns = transposed((.load(from), .load(from + lineStride), .load(from + 2 * lineStride), .load(from + 3 * lineStride),
                                          .load(from + 4 * lineStride), .load(from + 5 * lineStride), .load(from + 6 * lineStride),
                                          .load(from + 7 * lineStride)))
                let to = target + p * width + first
                columns.0.store(to: to, accumulate: false); columns.1.store(to: to + width, accumulate: false)
                columns.2.store(to: to + 2 * width, accumulate: false); columns.3.store(to: to + 3 * width, accumulate: false)
                columns.4.store(to: to + 4 * width, accumulate: false); columns.5.store(to: to + 5 * width, accumulate: false)
                columns.6.store(to: to + 6 * width, accumulate: false); columns.7.store(to: to + 7 * width, accumulate: false)
            }
            for l in first..<(first + 8) {
                let from = row + (l - first) * lineStride
                for p in blockedDepth..<kc { target[p * width + l] = from[p] }
            }
        }
        for l in blockedLines..<count {
            let from = x.address(lines.lowerBound + l, depth.lowerBound)
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

    typealias Block8x8 = (SIMD8<Double>, SIMD8<Double>, SIMD8<Double>, SIMD8<Double>,
                          SIMD8<Double>, SIMD8<Double>, SIMD8<Double>, SIMD8<Double>)

    /// The columns of the 8×8 block whose rows are `rows`. Three rounds of splitting a sequence
    /// into its even and odd elements rotate the 64 indices' bits by three, which swaps the row
    /// and column bits; each output vector of a round is one two-register shuffle.
    @inline(__always)
    static func transposed(_ rows: Block8x8) -> Block8x8 {
        @inline(__always)
        func unshuffled(_ v: Block8x8) -> Block8x8 {
            (SIMD8(lowHalf: v.0.evenHalf, highHalf: v.1.evenHalf), SIMD8(lowHalf: v.2.evenHalf, highHalf: v.3.evenHalf),
             SIMD8(lowHalf: v.4.evenHalf, highHalf: v.5.evenHalf), SIMD8(lowHalf: v.6.evenHalf, highHalf: v.7.evenHalf),
             SIMD8(lowHalf: v.0.oddHalf, highHalf: v.1.oddHalf), SIMD8(lowHalf: v.2.oddHalf, highHalf: v.3.oddHalf),
             SIMD8(lowHalf: v.4.oddHalf, highHalf: v.5.oddHalf), SIMD8(lowHalf: v.6.oddHalf, highHalf: v.7.oddHalf))
        }
        return unshuffled(unshuffled(unshuffled(rows)))
    }

    /// All strips at once, when the lines are contiguous for each p (B, or a transposed A): a
    /// stored row holds one step of every strip, so the block is read row after row, each row
    /// scattered across the strips. That is one sequential stream, which the hardware
    /// prefetches; copying strip by strip would jump between rows, and reading several rows side
    /// by side measured slower too.
    private static func scatterRows(_ x: ProductOperand, lines: Range<Int>, depth: Range<Int>, width: Int,
                                    into target: UnsafeMutablePointer<Double>) {
        let kc = depth.count, count = lines.count
        let fullStrips = count / width, remainder = count % width
        for p in 0..<kc {
            let row = x.address(lines.lowerBound, depth.lowerBound + p)
            var to = target + p * width
            for strip in 0..<fullStrips {
                let from = row + strip * width
                if width % 4 == 0 {
                    var j = 0
                    while j < width {
                        SIMD4<Double>.load(from + j).store(to: to + j, accumulate: false)
                        j += 4
                    }
                } else {
                    to.update(from: from, count: width)
                }
                to += width * kc
            }
            if remainder > 0 {
                let from = row + fullStrips * width
                for j in 0..<remainder { to[j] = from[j] }
                for j in remainder..<width { to[j] = 0 }
            }
        }
    }
}

// Loads and stores of one vector, defined in each file that uses them: builds that optimise
// file by file (debug builds) can then inline them into the loops.
fileprivate extension SIMD where Scalar == Double {
    /// The vector at `pointer`, which needs no particular alignment.
    @inline(__always)
    static func load(_ pointer: UnsafePointer<Double>) -> Self {
        UnsafeRawPointer(pointer).loadUnaligned(as: Self.self)
    }

    /// Writes the vector at `pointer`, or adds it to the values there when `accumulate` is set.
    @inline(__always)
    func store(to pointer: UnsafeMutablePointer<Double>, accumulate: Bool) {
        let value = accumulate ? Self.load(pointer) + self : self
        UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: Self.self)
    }
}
