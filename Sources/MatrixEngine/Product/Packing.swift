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
        for l in 0..<count {
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
