/// Micro-kernels for 256-bit and 128-bit vector units (AVX2 + FMA, arm64 NEON).
///
/// `SIMD4<Double>` is one AVX2 register (two NEON registers). With 16 AVX2 registers, 12 hold
/// the C tile, the rest the loads of B and the broadcast of A: one FMA per accumulator per step
/// keeps both FMA pipes busy while the loads stay under the load ports' limit.

/// 6×8 tile in 12 `SIMD4<Double>` accumulators:
/// the general tile (two loads of B and six broadcasts of A per step).
enum Kernel6x8: MicroKernel {
    static var rows: Int { 6 }
    static var columns: Int { 8 }

    @inline(__always)
    static func multiply<Loads: ReadAheadLoads>(depth: Int, a: UnsafePointer<Double>, aRowStride: Int, aStep: Int,
                                                b: UnsafePointer<Double>, bRowStride: Int,
                                                c: UnsafeMutablePointer<Double>, cRowStride: Int, accumulate: Bool,
                                                readAhead: Loads) -> UInt64 {
        typealias V = SIMD4<Double>
        var c00 = V(), c01 = V()
        var c10 = V(), c11 = V()
        var c20 = V(), c21 = V()
        var c30 = V(), c31 = V()
        var c40 = V(), c41 = V()
        var c50 = V(), c51 = V()
        var a = a, b = b
        var loaded: UInt64 = 0
        for step in 0..<depth {
            loaded ^= readAhead.load(step)
            let b0 = V.load(b), b1 = V.load(b + 4)
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
            a += aStep
            b += bRowStride
        }
        let r0 = c
        c00.store(to: r0, accumulate: accumulate); c01.store(to: r0 + 4, accumulate: accumulate)
        let r1 = c + cRowStride
        c10.store(to: r1, accumulate: accumulate); c11.store(to: r1 + 4, accumulate: accumulate)
        let r2 = c + 2 * cRowStride
        c20.store(to: r2, accumulate: accumulate); c21.store(to: r2 + 4, accumulate: accumulate)
        let r3 = c + 3 * cRowStride
        c30.store(to: r3, accumulate: accumulate); c31.store(to: r3 + 4, accumulate: accumulate)
        let r4 = c + 4 * cRowStride
        c40.store(to: r4, accumulate: accumulate); c41.store(to: r4 + 4, accumulate: accumulate)
        let r5 = c + 5 * cRowStride
        c50.store(to: r5, accumulate: accumulate); c51.store(to: r5 + 4, accumulate: accumulate)
        return loaded
    }
}

/// 4×12 tile in 12 `SIMD4<Double>` accumulators:
/// the skinny tile, as 4 divides the 20 rows of a narrow hidden layer.
enum Kernel4x12: MicroKernel {
    static var rows: Int { 4 }
    static var columns: Int { 12 }

    @inline(__always)
    static func multiply<Loads: ReadAheadLoads>(depth: Int, a: UnsafePointer<Double>, aRowStride: Int, aStep: Int,
                                                b: UnsafePointer<Double>, bRowStride: Int,
                                                c: UnsafeMutablePointer<Double>, cRowStride: Int, accumulate: Bool,
                                                readAhead: Loads) -> UInt64 {
        typealias V = SIMD4<Double>
        var c00 = V(), c01 = V(), c02 = V()
        var c10 = V(), c11 = V(), c12 = V()
        var c20 = V(), c21 = V(), c22 = V()
        var c30 = V(), c31 = V(), c32 = V()
        var a = a, b = b
        var loaded: UInt64 = 0
        for step in 0..<depth {
            loaded ^= readAhead.load(step)
            let b0 = V.load(b), b1 = V.load(b + 4), b2 = V.load(b + 8)
            let a0 = V(repeating: a[0])
            c00 = c00.addingProduct(a0, b0); c01 = c01.addingProduct(a0, b1); c02 = c02.addingProduct(a0, b2)
            let a1 = V(repeating: a[1 &* aRowStride])
            c10 = c10.addingProduct(a1, b0); c11 = c11.addingProduct(a1, b1); c12 = c12.addingProduct(a1, b2)
            let a2 = V(repeating: a[2 &* aRowStride])
            c20 = c20.addingProduct(a2, b0); c21 = c21.addingProduct(a2, b1); c22 = c22.addingProduct(a2, b2)
            let a3 = V(repeating: a[3 &* aRowStride])
            c30 = c30.addingProduct(a3, b0); c31 = c31.addingProduct(a3, b1); c32 = c32.addingProduct(a3, b2)
            a += aStep
            b += bRowStride
        }
        let r0 = c
        c00.store(to: r0, accumulate: accumulate); c01.store(to: r0 + 4, accumulate: accumulate); c02.store(to: r0 + 8, accumulate: accumulate)
        let r1 = c + cRowStride
        c10.store(to: r1, accumulate: accumulate); c11.store(to: r1 + 4, accumulate: accumulate); c12.store(to: r1 + 8, accumulate: accumulate)
        let r2 = c + 2 * cRowStride
        c20.store(to: r2, accumulate: accumulate); c21.store(to: r2 + 4, accumulate: accumulate); c22.store(to: r2 + 8, accumulate: accumulate)
        let r3 = c + 3 * cRowStride
        c30.store(to: r3, accumulate: accumulate); c31.store(to: r3 + 4, accumulate: accumulate); c32.store(to: r3 + 8, accumulate: accumulate)
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
