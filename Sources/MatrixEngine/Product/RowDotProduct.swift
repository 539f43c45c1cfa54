/// `A @ B.T` with few rows in A (a first layer's dW1 = dZ1 @ X.T, (20×209)·(12288×209).T): every
/// element is the dot product of a row of A and a row of the stored B, both contiguous, so
/// nothing is packed and X is read once, in place, as one sequential stream.
///
/// Packing B.T for the other paths means transposing all of X (20 MB) in every call, strided,
/// which cost more than the arithmetic. Here a tile of `rows` rows of A and `columns` rows of B
/// keeps one vector accumulator per element, summing lane l of the depth positions p ≡ l (mod
/// the vector width); the lanes are then added in a fixed order (`laneSums`) and the last
/// k mod width positions added one by one, fused. The order depends on the shape and the vector width only: threads
/// split the result's columns, never the depth, so the bits do not depend on the thread count.
/// A (m·k values) is read again for every tile of B and must stay in cache: the automatic
/// configuration takes this path only when it is small (`rowDotMaximumLeftValues`); it is copied
/// once per call so that its rows start on cache lines. The kernels load the rows of B a few tiles
/// ahead as they go (`ReadAhead`), so that the stream of X does not stall between tiles.
enum RowDotProduct<Kernel: RowDotKernel> {
    static func multiply(_ a: ProductOperand, _ b: ProductOperand, into c: ProductDestination,
                         _ size: ProductDimensions, configuration: ProductConfiguration, threads: Int) {
        let (m, n, k) = (size.m, size.n, size.k)
        let nr = Kernel.columns, mr = Kernel.rows
        let columnTiles = (n + nr - 1) / nr
        let chunks = threads > 1 ? min(columnTiles, threads * configuration.chunksPerThread) : 1
        let rowGroups = (m + mr - 1) / mr
        let loadsPerKernel = k / Kernel.lanes
        // A's rows start on cache lines: in place, most of its vectors straddle two lines.
        let alignedRowLength = k.roundedUp(toMultipleOf: 8)
        ScratchMemory.withBuffer(count: m * alignedRowLength) { alignedRows in
            for i in 0..<m { (alignedRows + i * alignedRowLength).update(from: a.address(i, 0), count: k) }
            let alignedA = ProductOperand(base: UnsafePointer(alignedRows), storedColumns: alignedRowLength, isTransposed: false)
            Parallel.forEach(count: chunks, threads: threads) { chunk in
                let tiles = Parallel.split(columnTiles, into: chunks, part: chunk)
                var loaded: UInt64 = 0
                for tile in tiles {
                    let columns = (tile * nr)..<min(tile * nr + nr, n)
                    // The rows of B a later tile of this chunk reads, loaded across this tile's kernels.
                    let later = min(tile + configuration.rowDotReadAheadTiles, tiles.upperBound - 1)
                    let readAhead = ReadAhead(UnsafeRawPointer(b.address(0, later * nr)),
                                              byteCount: (min(later * nr + nr, n) - later * nr) * b.storedColumns * MemoryLayout<Double>.stride,
                                              loads: rowGroups * loadsPerKernel)
                    for (group, firstRow) in stride(from: 0, to: m, by: mr).enumerated() {
                        loaded ^= Kernel.multiply(depth: k, a: alignedA, rows: firstRow..<min(firstRow + mr, m), b: b, columns: columns,
                                                  into: c, readAhead: readAhead.advanced(by: group * loadsPerKernel))
                    }
                }
                ReadAhead.keep(loaded)
            }
        }
    }
}

/// A tile of `A @ B.T` as dot products of rows (see `RowDotProduct`).
protocol RowDotKernel: Sendable {
    /// Rows of A in a tile.
    static var rows: Int { get }
    /// Rows of the stored B (columns of the result) in a tile.
    static var columns: Int { get }
    /// Depth positions in a vector: the kernel's loop runs depth / lanes times.
    static var lanes: Int { get }
    /// C[rows, columns] = A[rows, 0..<depth] · B[columns, 0..<depth]ᵀ. A tile cut off by an edge
    /// reads the last row again in place of the missing ones and stores only the valid part.
    /// Step s of the loop makes load s of `readAhead`; the loaded values come back combined.
    static func multiply(depth: Int, a: ProductOperand, rows: Range<Int>, b: ProductOperand, columns: Range<Int>,
                         into c: ProductDestination, readAhead: ReadAhead) -> UInt64
}

/// 5 rows of A × 4 of B in 20 `SIMD8<Double>` accumulators (AVX-512): 5 divides a narrow layer's 20 rows.
enum RowDot5x4: RowDotKernel {
    static var rows: Int { 5 }
    static var columns: Int { 4 }
    static var lanes: Int { SIMD8<Double>.scalarCount }

    @inline(__always)
    static func multiply(depth: Int, a: ProductOperand, rows: Range<Int>, b: ProductOperand, columns: Range<Int>,
                         into c: ProductDestination, readAhead: ReadAhead) -> UInt64 {
        typealias V = SIMD8<Double>
        let last = rows.upperBound - 1, lastColumn = columns.upperBound - 1
        let a0 = a.address(rows.lowerBound, 0), a1 = a.address(min(rows.lowerBound + 1, last), 0)
        let a2 = a.address(min(rows.lowerBound + 2, last), 0), a3 = a.address(min(rows.lowerBound + 3, last), 0)
        let a4 = a.address(min(rows.lowerBound + 4, last), 0)
        let b0 = b.address(0, columns.lowerBound), b1 = b.address(0, min(columns.lowerBound + 1, lastColumn))
        let b2 = b.address(0, min(columns.lowerBound + 2, lastColumn)), b3 = b.address(0, min(columns.lowerBound + 3, lastColumn))
        var c00 = V(), c01 = V(), c02 = V(), c03 = V()
        var c10 = V(), c11 = V(), c12 = V(), c13 = V()
        var c20 = V(), c21 = V(), c22 = V(), c23 = V()
        var c30 = V(), c31 = V(), c32 = V(), c33 = V()
        var c40 = V(), c41 = V(), c42 = V(), c43 = V()
        let vectorDepth = depth / V.scalarCount * V.scalarCount
        var p = 0, step = 0, loaded: UInt64 = 0
        while p < vectorDepth {
            loaded ^= readAhead.load(step)
            step &+= 1
            let v0 = V.load(b0 + p), v1 = V.load(b1 + p), v2 = V.load(b2 + p), v3 = V.load(b3 + p)
            let u0 = V.load(a0 + p)
            c00 = c00.addingProduct(u0, v0); c01 = c01.addingProduct(u0, v1); c02 = c02.addingProduct(u0, v2); c03 = c03.addingProduct(u0, v3)
            let u1 = V.load(a1 + p)
            c10 = c10.addingProduct(u1, v0); c11 = c11.addingProduct(u1, v1); c12 = c12.addingProduct(u1, v2); c13 = c13.addingProduct(u1, v3)
            let u2 = V.load(a2 + p)
            c20 = c20.addingProduct(u2, v0); c21 = c21.addingProduct(u2, v1); c22 = c22.addingProduct(u2, v2); c23 = c23.addingProduct(u2, v3)
            let u3 = V.load(a3 + p)
            c30 = c30.addingProduct(u3, v0); c31 = c31.addingProduct(u3, v1); c32 = c32.addingProduct(u3, v2); c33 = c33.addingProduct(u3, v3)
            let u4 = V.load(a4 + p)
            c40 = c40.addingProduct(u4, v0); c41 = c41.addingProduct(u4, v1); c42 = c42.addingProduct(u4, v2); c43 = c43.addingProduct(u4, v3)
            p += V.scalarCount
        }
        var s0 = laneSums(c00, c01, c02, c03), s1 = laneSums(c10, c11, c12, c13), s2 = laneSums(c20, c21, c22, c23)
        var s3 = laneSums(c30, c31, c32, c33), s4 = laneSums(c40, c41, c42, c43)
        for p in vectorDepth..<depth {
            let v = SIMD4(b0[p], b1[p], b2[p], b3[p])
            s0 = s0.addingProduct(SIMD4(repeating: a0[p]), v); s1 = s1.addingProduct(SIMD4(repeating: a1[p]), v)
            s2 = s2.addingProduct(SIMD4(repeating: a2[p]), v); s3 = s3.addingProduct(SIMD4(repeating: a3[p]), v)
            s4 = s4.addingProduct(SIMD4(repeating: a4[p]), v)
        }
        storeRow(s0, 0, rows: rows, columns: columns, into: c); storeRow(s1, 1, rows: rows, columns: columns, into: c)
        storeRow(s2, 2, rows: rows, columns: columns, into: c); storeRow(s3, 3, rows: rows, columns: columns, into: c)
        storeRow(s4, 4, rows: rows, columns: columns, into: c)
        return loaded
    }
}

/// 3 rows of A × 4 of B in 12 `SIMD4<Double>` accumulators (AVX2's 16 registers).
enum RowDot3x4: RowDotKernel {
    static var rows: Int { 3 }
    static var columns: Int { 4 }
    static var lanes: Int { SIMD4<Double>.scalarCount }

    @inline(__always)
    static func multiply(depth: Int, a: ProductOperand, rows: Range<Int>, b: ProductOperand, columns: Range<Int>,
                         into c: ProductDestination, readAhead: ReadAhead) -> UInt64 {
        typealias V = SIMD4<Double>
        let last = rows.upperBound - 1, lastColumn = columns.upperBound - 1
        let a0 = a.address(rows.lowerBound, 0), a1 = a.address(min(rows.lowerBound + 1, last), 0)
        let a2 = a.address(min(rows.lowerBound + 2, last), 0)
        let b0 = b.address(0, columns.lowerBound), b1 = b.address(0, min(columns.lowerBound + 1, lastColumn))
        let b2 = b.address(0, min(columns.lowerBound + 2, lastColumn)), b3 = b.address(0, min(columns.lowerBound + 3, lastColumn))
        var c00 = V(), c01 = V(), c02 = V(), c03 = V()
        var c10 = V(), c11 = V(), c12 = V(), c13 = V()
        var c20 = V(), c21 = V(), c22 = V(), c23 = V()
        let vectorDepth = depth / V.scalarCount * V.scalarCount
        var p = 0, step = 0, loaded: UInt64 = 0
        while p < vectorDepth {
            loaded ^= readAhead.load(step)
            step &+= 1
            let v0 = V.load(b0 + p), v1 = V.load(b1 + p), v2 = V.load(b2 + p), v3 = V.load(b3 + p)
            let u0 = V.load(a0 + p)
            c00 = c00.addingProduct(u0, v0); c01 = c01.addingProduct(u0, v1); c02 = c02.addingProduct(u0, v2); c03 = c03.addingProduct(u0, v3)
            let u1 = V.load(a1 + p)
            c10 = c10.addingProduct(u1, v0); c11 = c11.addingProduct(u1, v1); c12 = c12.addingProduct(u1, v2); c13 = c13.addingProduct(u1, v3)
            let u2 = V.load(a2 + p)
            c20 = c20.addingProduct(u2, v0); c21 = c21.addingProduct(u2, v1); c22 = c22.addingProduct(u2, v2); c23 = c23.addingProduct(u2, v3)
            p += V.scalarCount
        }
        var s0 = laneSums(c00, c01, c02, c03), s1 = laneSums(c10, c11, c12, c13), s2 = laneSums(c20, c21, c22, c23)
        for p in vectorDepth..<depth {
            let v = SIMD4(b0[p], b1[p], b2[p], b3[p])
            s0 = s0.addingProduct(SIMD4(repeating: a0[p]), v); s1 = s1.addingProduct(SIMD4(repeating: a1[p]), v)
            s2 = s2.addingProduct(SIMD4(repeating: a2[p]), v)
        }
        storeRow(s0, 0, rows: rows, columns: columns, into: c); storeRow(s1, 1, rows: rows, columns: columns, into: c)
        storeRow(s2, 2, rows: rows, columns: columns, into: c)
        return loaded
    }
}

/// The four dot products of a tile row from their lane sums x0…x3 (one per row of B): for each,
/// lane l is added to lane l + 4 (8-wide vectors only), then neighbours are added pairwise,
/// twice, ((h₀ + h₁) + (h₂ + h₃)), four elements at once.
@inline(__always)
private func laneSums(_ x0: SIMD8<Double>, _ x1: SIMD8<Double>, _ x2: SIMD8<Double>, _ x3: SIMD8<Double>) -> SIMD4<Double> {
    laneSums(x0.lowHalf + x0.highHalf, x1.lowHalf + x1.highHalf, x2.lowHalf + x2.highHalf, x3.lowHalf + x3.highHalf)
}

@inline(__always)
private func laneSums(_ x0: SIMD4<Double>, _ x1: SIMD4<Double>, _ x2: SIMD4<Double>, _ x3: SIMD4<Double>) -> SIMD4<Double> {
    let pairs01 = SIMD8(lowHalf: x0, highHalf: x1), pairs23 = SIMD8(lowHalf: x2, highHalf: x3)
    let halves = SIMD8(lowHalf: pairs01.evenHalf + pairs01.oddHalf, highHalf: pairs23.evenHalf + pairs23.oddHalf)
    return halves.evenHalf + halves.oddHalf
}

/// Row `i` of the tile's result, when it is inside C, and only its columns inside C.
@inline(__always)
private func storeRow(_ sums: SIMD4<Double>, _ i: Int, rows: Range<Int>, columns: Range<Int>, into c: ProductDestination) {
    guard i < rows.count else { return }
    let target = c.base + (rows.lowerBound + i) * c.rowStride + columns.lowerBound
    if columns.count == 4 {
        UnsafeMutableRawPointer(target).storeBytes(of: sums, as: SIMD4<Double>.self)
    } else {
        for j in 0..<columns.count { target[j] = sums[j] }
    }
}

// Loads of one vector, defined in each file that uses them: builds that optimise file by file
// (debug builds) can then inline them into the loops.
fileprivate extension SIMD where Scalar == Double {
    /// The vector at `pointer`, which needs no particular alignment.
    @inline(__always)
    static func load(_ pointer: UnsafePointer<Double>) -> Self {
        UnsafeRawPointer(pointer).loadUnaligned(as: Self.self)
    }
}
