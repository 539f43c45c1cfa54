/// Micro-kernels for 512-bit vector units (AVX-512).
///
/// `SIMD8<Double>` is one AVX-512 register; there are 32 of them, so the tile can be twice as
/// wide as the AVX2 ones. On other machines these still compute the right result (each vector
/// is split into narrower registers), which is how the tests check them everywhere.

/// 8×16 tile in 16 `SIMD8<Double>` accumulators:
/// the general tile.
enum Kernel8x16: MicroKernel {
    static var rows: Int { 8 }
    static var columns: Int { 16 }

    @inline(__always)
    static func multiply<Loads: ReadAheadLoads>(depth: Int, a: UnsafePointer<Double>, aRowStride: Int, aStep: Int,
                                                b: UnsafePointer<Double>, bRowStride: Int,
                                                c: UnsafeMutablePointer<Double>, cRowStride: Int, accumulate: Bool,
                                                readAhead: Loads) -> UInt64 {
        typealias V = SIMD8<Double>
        var c00 = V(), c01 = V()
        var c10 = V(), c11 = V()
        var c20 = V(), c21 = V()
        var c30 = V(), c31 = V()
        var c40 = V(), c41 = V()
        var c50 = V(), c51 = V()
        var c60 = V(), c61 = V()
        var c70 = V(), c71 = V()
        var a = a, b = b
        var loaded: UInt64 = 0
        for step in 0..<depth {
            loaded ^= readAhead.load(step)
            let b0 = V.load(b), b1 = V.load(b + 8)
            let a0 = V(repeating: a[0])
            c00 = c00.addingProduct(a0, b0); c01 = c01.addingProduct(a0, b1)
            let a1 = V(repeating: a[1 &* aRowStride])
            c10 = c10.addingProduct(a1, b0); c11 = c11.addingProduct(a1, b1)
            let a2 = V(repeating: a[2 &* aRowStride])
            c20 = c20.addingProduct(a2, b0); c21 = c21.addingProduct(a2, b1)
            let a3 = V(repeating: a[3 &* aRowStride])
            c30 = c30.addingProduct(a3, b0); c31 = c31.addingProduct(a3, b1)
            let a4 = V(repeating: a[4 &* aRowStride])
            c40 = c40.addingProduct(a4, b0); c41 = c41.addingProduct(a4, b1)
            let a5 = V(repeating: a[5 &* aRowStride])
            c50 = c50.addingProduct(a5, b0); c51 = c51.addingProduct(a5, b1)
            let a6 = V(repeating: a[6 &* aRowStride])
            c60 = c60.addingProduct(a6, b0); c61 = c61.addingProduct(a6, b1)
            let a7 = V(repeating: a[7 &* aRowStride])
            c70 = c70.addingProduct(a7, b0); c71 = c71.addingProduct(a7, b1)
            a += aStep
            b += bRowStride
        }
        let r0 = c
        c00.store(to: r0, accumulate: accumulate); c01.store(to: r0 + 8, accumulate: accumulate)
        let r1 = c + cRowStride
        c10.store(to: r1, accumulate: accumulate); c11.store(to: r1 + 8, accumulate: accumulate)
        let r2 = c + 2 * cRowStride
        c20.store(to: r2, accumulate: accumulate); c21.store(to: r2 + 8, accumulate: accumulate)
        let r3 = c + 3 * cRowStride
        c30.store(to: r3, accumulate: accumulate); c31.store(to: r3 + 8, accumulate: accumulate)
        let r4 = c + 4 * cRowStride
        c40.store(to: r4, accumulate: accumulate); c41.store(to: r4 + 8, accumulate: accumulate)
        let r5 = c + 5 * cRowStride
        c50.store(to: r5, accumulate: accumulate); c51.store(to: r5 + 8, accumulate: accumulate)
        let r6 = c + 6 * cRowStride
        c60.store(to: r6, accumulate: accumulate); c61.store(to: r6 + 8, accumulate: accumulate)
        let r7 = c + 7 * cRowStride
        c70.store(to: r7, accumulate: accumulate); c71.store(to: r7 + 8, accumulate: accumulate)
        return loaded
    }
}

/// 5×32 tile in 20 `SIMD8<Double>` accumulators:
/// the skinny tile, as 5 divides the 20 rows of a narrow hidden layer.
enum Kernel5x32: MicroKernel {
    static var rows: Int { 5 }
    static var columns: Int { 32 }

    @inline(__always)
    static func multiply<Loads: ReadAheadLoads>(depth: Int, a: UnsafePointer<Double>, aRowStride: Int, aStep: Int,
                                                b: UnsafePointer<Double>, bRowStride: Int,
                                                c: UnsafeMutablePointer<Double>, cRowStride: Int, accumulate: Bool,
                                                readAhead: Loads) -> UInt64 {
        typealias V = SIMD8<Double>
        var c00 = V(), c01 = V(), c02 = V(), c03 = V()
        var c10 = V(), c11 = V(), c12 = V(), c13 = V()
        var c20 = V(), c21 = V(), c22 = V(), c23 = V()
        var c30 = V(), c31 = V(), c32 = V(), c33 = V()
        var c40 = V(), c41 = V(), c42 = V(), c43 = V()
        var a = a, b = b
        var loaded: UInt64 = 0
        for step in 0..<depth {
            loaded ^= readAhead.load(step)
            let b0 = V.load(b), b1 = V.load(b + 8), b2 = V.load(b + 16), b3 = V.load(b + 24)
            let a0 = V(repeating: a[0])
            c00 = c00.addingProduct(a0, b0); c01 = c01.addingProduct(a0, b1); c02 = c02.addingProduct(a0, b2); c03 = c03.addingProduct(a0, b3)
            let a1 = V(repeating: a[1 &* aRowStride])
            c10 = c10.addingProduct(a1, b0); c11 = c11.addingProduct(a1, b1); c12 = c12.addingProduct(a1, b2); c13 = c13.addingProduct(a1, b3)
            let a2 = V(repeating: a[2 &* aRowStride])
            c20 = c20.addingProduct(a2, b0); c21 = c21.addingProduct(a2, b1); c22 = c22.addingProduct(a2, b2); c23 = c23.addingProduct(a2, b3)
            let a3 = V(repeating: a[3 &* aRowStride])
            c30 = c30.addingProduct(a3, b0); c31 = c31.addingProduct(a3, b1); c32 = c32.addingProduct(a3, b2); c33 = c33.addingProduct(a3, b3)
            let a4 = V(repeating: a[4 &* aRowStride])
            c40 = c40.addingProduct(a4, b0); c41 = c41.addingProduct(a4, b1); c42 = c42.addingProduct(a4, b2); c43 = c43.addingProduct(a4, b3)
            a += aStep
            b += bRowStride
        }
        let r0 = c
        c00.store(to: r0, accumulate: accumulate); c01.store(to: r0 + 8, accumulate: accumulate); c02.store(to: r0 + 16, accumulate: accumulate); c03.store(to: r0 + 24, accumulate: accumulate)
        let r1 = c + cRowStride
        c10.store(to: r1, accumulate: accumulate); c11.store(to: r1 + 8, accumulate: accumulate); c12.store(to: r1 + 16, accumulate: accumulate); c13.store(to: r1 + 24, accumulate: accumulate)
        let r2 = c + 2 * cRowStride
        c20.store(to: r2, accumulate: accumulate); c21.store(to: r2 + 8, accumulate: accumulate); c22.store(to: r2 + 16, accumulate: accumulate); c23.store(to: r2 + 24, accumulate: accumulate)
        let r3 = c + 3 * cRowStride
        c30.store(to: r3, accumulate: accumulate); c31.store(to: r3 + 8, accumulate: accumulate); c32.store(to: r3 + 16, accumulate: accumulate); c33.store(to: r3 + 24, accumulate: accumulate)
        let r4 = c + 4 * cRowStride
        c40.store(to: r4, accumulate: accumulate); c41.store(to: r4 + 8, accumulate: accumulate); c42.store(to: r4 + 16, accumulate: accumulate); c43.store(to: r4 + 24, accumulate: accumulate)
        return loaded
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
