import Testing
@testable import MatrixEngine

/// Every way the engine computes a product, checked against the naive triple loop.
///
/// The automatic configuration picks one kernel family for this machine; these tests force each
/// path (plain loop, skinny, blocked), each kernel family (256-bit and 512-bit tiles: both are
/// correct on any machine), one thread and several, and tiny block sizes, so that products of a
/// few dozen rows cross every block edge and edge tile the large products meet.
@Suite("Products: every kernel path against the naive reference")
struct ProductKernelTests {
    /// A configuration that forces `path`, with blocks small enough to be crossed many times.
    static func forced(_ path: ProductConfiguration.Path, _ family: ProductConfiguration.KernelFamily,
                       threads: Int) -> ProductConfiguration {
        var configuration = ProductConfiguration(family: family, threads: threads)
        configuration.path = path
        configuration.depthBlock = 7         // partial last depth block for most k
        configuration.rowBlock = 13          // rounds down to one or two row tiles
        configuration.columnBlock = 20       // rounds down to one or two column strips
        configuration.skinnyColumnBlock = 20
        configuration.parallelMinimumFlops = 0
        configuration.chunksPerThread = 3
        return configuration
    }

    static let kernelPaths: [ProductConfiguration.Path] = [.skinny, .blocked]
    static let families = ProductConfiguration.KernelFamily.allCases
    static let threadCounts = [1, 2, 3]

    /// All forced configurations that use a micro-kernel.
    static var kernelConfigurations: [ProductConfiguration] {
        kernelPaths.flatMap { path in
            families.flatMap { family in threadCounts.map { forced(path, family, threads: $0) } }
        }
    }

    /// op(A) and op(B) for a product of the given size, stored as the transposes ask.
    static func operands(_ m: Int, _ k: Int, _ n: Int, transposeLeft: Bool, transposeRight: Bool,
                         integers: Bool, rng: inout SplitMix64Generator) -> (a: Matrix, b: Matrix) {
        func make(_ rows: Int, _ columns: Int) -> Matrix {
            integers ? rng.integerMatrix(rows, columns) : rng.uniformMatrix(rows, columns, -1, 1)
        }
        let a = transposeLeft ? make(k, m) : make(m, k)
        let b = transposeRight ? make(n, k) : make(k, n)
        return (a, b)
    }

    /// The reference for op(A)·op(B): the naive loop on explicitly transposed copies.
    static func reference(_ a: Matrix, _ b: Matrix, transposeLeft: Bool, transposeRight: Bool) -> Matrix {
        NaiveReference.matmul(transposeLeft ? NaiveReference.transpose(a) : a,
                              transposeRight ? NaiveReference.transpose(b) : b)
    }

    /// Within rounding of the reference: each element within 1e-12 of Σ|a_ip·b_pj| (the scale
    /// of the rounding errors of any summation order), or both nan, or equal infinities.
    static func closeToReference(_ c: Matrix, _ a: Matrix, _ b: Matrix, transposeLeft: Bool, transposeRight: Bool) -> Bool {
        let opA = transposeLeft ? NaiveReference.transpose(a) : a
        let opB = transposeRight ? NaiveReference.transpose(b) : b
        let expected = NaiveReference.matmul(opA, opB)
        guard c.shape == expected.shape else { return false }
        for i in 0..<c.rows {
            for j in 0..<c.columns {
                var scale = 0.0
                for p in 0..<opA.columns { scale += Swift.abs(opA[i, p] * opB[p, j]) }
                if !DoubleCheck.close(c[i, j], expected[i, j], relative: 0, absolute: 1e-12 * scale + 1e-300) {
                    return false
                }
            }
        }
        return true
    }

    @Test func integerProductsAreExactOnEveryPath() throws {
        var rng = SplitMix64Generator(seed: 11)
        for configuration in Self.kernelConfigurations + Self.families.map({ Self.forced(.plain, $0, threads: 1) }) {
            for trial in 0..<12 {
                let m = Int.random(in: 1...30, using: &rng), k = Int.random(in: 1...30, using: &rng)
                let n = Int.random(in: 1...40, using: &rng)
                let (tl, tr) = (trial % 2 == 1, trial % 4 >= 2)
                let (a, b) = Self.operands(m, k, n, transposeLeft: tl, transposeRight: tr, integers: true, rng: &rng)
                let c = try a.matmul(b, transposeLeft: tl, transposeRight: tr, configuration: configuration)
                #expect(c == Self.reference(a, b, transposeLeft: tl, transposeRight: tr),
                        "\(configuration.path) \(configuration.family) ×\(configuration.threads): (\(m),\(k))·(\(k),\(n)) T=\(tl),\(tr)")
            }
        }
    }

    @Test func realProductsAreWithinRoundingOnEveryPath() throws {
        var rng = SplitMix64Generator(seed: 12)
        for configuration in Self.kernelConfigurations {
            for trial in 0..<8 {
                let m = Int.random(in: 1...30, using: &rng), k = Int.random(in: 1...30, using: &rng)
                let n = Int.random(in: 1...40, using: &rng)
                let (tl, tr) = (trial % 2 == 1, trial % 4 >= 2)
                let (a, b) = Self.operands(m, k, n, transposeLeft: tl, transposeRight: tr, integers: false, rng: &rng)
                let c = try a.matmul(b, transposeLeft: tl, transposeRight: tr, configuration: configuration)
                #expect(Self.closeToReference(c, a, b, transposeLeft: tl, transposeRight: tr),
                        "\(configuration.path) \(configuration.family) ×\(configuration.threads): (\(m),\(k))·(\(k),\(n)) T=\(tl),\(tr)")
            }
        }
    }

    /// The plain loop (and its dot-product form for `A @ B.T`) adds rounded products in the order
    /// of p, as the textbook loop does: on real values it gives the naive reference's very bits.
    @Test func plainLoopGivesTheNaiveReferencesBits() throws {
        var rng = SplitMix64Generator(seed: 16)
        for trial in 0..<40 {
            let m = Int.random(in: 1...9, using: &rng), k = Int.random(in: 1...60, using: &rng)
            let n = Int.random(in: 1...9, using: &rng)
            let (tl, tr) = (trial % 2 == 1, trial % 4 >= 2)
            let (a, b) = Self.operands(m, k, n, transposeLeft: tl, transposeRight: tr, integers: false, rng: &rng)
            for family in Self.families {
                let c = try a.matmul(b, transposeLeft: tl, transposeRight: tr, configuration: Self.forced(.plain, family, threads: 1))
                #expect(DoubleCheck.identical(c, Self.reference(a, b, transposeLeft: tl, transposeRight: tr)),
                        "(\(m),\(k))·(\(k),\(n)) T=\(tl),\(tr)")
            }
        }
    }

    /// Every kernel sums each element as the same chain of fused multiply-adds, and threads
    /// split only rows and columns: so the kernel paths agree to the last bit, whatever the
    /// kernel, the tile an element falls in, or the number of threads.
    @Test func kernelPathsAgreeBitForBitWhateverTheThreads() throws {
        var rng = SplitMix64Generator(seed: 13)
        for trial in 0..<10 {
            let m = Int.random(in: 1...30, using: &rng), k = Int.random(in: 1...30, using: &rng)
            let n = Int.random(in: 1...40, using: &rng)
            let (tl, tr) = (trial % 2 == 1, trial % 4 >= 2)
            let (a, b) = Self.operands(m, k, n, transposeLeft: tl, transposeRight: tr, integers: false, rng: &rng)
            let results = try Self.kernelConfigurations.map {
                try a.matmul(b, transposeLeft: tl, transposeRight: tr, configuration: $0)
            }
            #expect(results.allSatisfy { DoubleCheck.identical($0, results[0]) }, "(\(m),\(k))·(\(k),\(n)) T=\(tl),\(tr)")
        }
    }

    /// A deep skinny product with few columns sums the two halves of its depth separately
    /// (so two threads can share it): still within rounding of the reference, and the same bits
    /// whatever the number of threads, since the cut depends on the shape alone.
    @Test func skinnyDepthSplitIsCorrectAndIndependentOfThreads() throws {
        var rng = SplitMix64Generator(seed: 17)
        for trial in 0..<8 {
            let m = Int.random(in: 1...12, using: &rng), k = Int.random(in: 60...300, using: &rng)
            let n = Int.random(in: 1...40, using: &rng)
            let (tl, tr) = (trial % 2 == 1, trial % 4 >= 2)
            let (a, b) = Self.operands(m, k, n, transposeLeft: tl, transposeRight: tr, integers: false, rng: &rng)
            let results = try Self.families.flatMap { family in
                try Self.threadCounts.map { threads in
                    var configuration = Self.forced(.skinny, family, threads: threads)
                    configuration.skinnySplitDepthBlocks = 4
                    return try a.matmul(b, transposeLeft: tl, transposeRight: tr, configuration: configuration)
                }
            }
            #expect(Self.closeToReference(results[0], a, b, transposeLeft: tl, transposeRight: tr), "(\(m),\(k))·(\(k),\(n))")
            let perFamily = Self.threadCounts.count
            for family in 0..<Self.families.count {
                let group = results[(family * perFamily)..<((family + 1) * perFamily)]
                #expect(group.allSatisfy { DoubleCheck.identical($0, group.first!) }, "(\(m),\(k))·(\(k),\(n)) T=\(tl),\(tr)")
            }
        }
    }

    @Test func nanAndInfinitySpreadOnlyWhereTheyBelong() throws {
        var rng = SplitMix64Generator(seed: 14)
        var a = rng.uniformMatrix(17, 11, -1, 1), b = rng.uniformMatrix(11, 19, -1, 1)
        a[3, 4] = .nan
        a[16, 10] = .infinity
        b[0, 18] = -.infinity                 // in the last, partial column strip
        b[5, 0] = 0
        for configuration in Self.kernelConfigurations {
            let c = try a.matmul(b, configuration: configuration)
            #expect(Self.closeToReference(c, a, b, transposeLeft: false, transposeRight: false),
                    "\(configuration.path) \(configuration.family) ×\(configuration.threads)")
        }
    }

    @Test func automaticPathsOnShapesThatUseThem() throws {
        var rng = SplitMix64Generator(seed: 15)
        // Skinny (few rows), blocked (more rows), and products large enough to use threads.
        let shapes = [(5, 70, 9), (20, 64, 100), (33, 40, 45), (70, 65, 60), (100, 100, 100), (24, 300, 130)]
        for (m, k, n) in shapes {
            for (tl, tr) in [(false, false), (true, false), (false, true), (true, true)] {
                let (a, b) = Self.operands(m, k, n, transposeLeft: tl, transposeRight: tr, integers: false, rng: &rng)
                let c = try a.matmul(b, transposeLeft: tl, transposeRight: tr)
                #expect(Self.closeToReference(c, a, b, transposeLeft: tl, transposeRight: tr), "(\(m),\(k))·(\(k),\(n)) T=\(tl),\(tr)")
            }
        }
    }

    /// A small op(B) of whole strips (a 64×64 product) is read in place by the blocked path
    /// rather than packed: the same bits as the packed product, for every kernel and thread count,
    /// with row edge tiles (m not a multiple of the tile's height) and A transposed or not.
    @Test func smallRightOperandsReadInPlaceGiveThePackedBits() throws {
        var rng = SplitMix64Generator(seed: 19)
        for family in Self.families {
            let nr = family == .simd8 ? Kernel8x16.columns : Kernel6x8.columns
            for (m, k, strips) in [(64, 64, 64 / nr), (37, 20, 1), (9, 5, 3), (70, 33, 2)] {
                let n = strips * nr
                for tl in [false, true] {
                    let (a, b) = Self.operands(m, k, n, transposeLeft: tl, transposeRight: false, integers: false, rng: &rng)
                    var packed = ProductConfiguration(family: family, threads: 1)
                    packed.path = .blocked
                    packed.blockedInPlaceMaximumRightValues = 0
                    let expected = try a.matmul(b, transposeLeft: tl, configuration: packed)
                    #expect(Self.closeToReference(expected, a, b, transposeLeft: tl, transposeRight: false))
                    for threads in Self.threadCounts {
                        var inPlace = ProductConfiguration(family: family, threads: threads)
                        inPlace.path = .blocked
                        inPlace.parallelMinimumFlops = 0
                        #expect(k * n <= inPlace.blockedInPlaceMaximumRightValues)
                        let c = try a.matmul(b, transposeLeft: tl, configuration: inPlace)
                        #expect(DoubleCheck.identical(c, expected), "\(family) ×\(threads): (\(m),\(k))·(\(k),\(n)) T=\(tl)")
                    }
                }
            }
        }
    }

    /// A shallow packed op(B) (W1.T @ dZ1: depth 20) is swept row tile by row tile, each across
    /// every strip; a deeper one strip by strip down the tiles. Both orders, forced on edge shapes
    /// (partial tiles and strips, several depth and column blocks, both operands transposed or
    /// not), give the same bits, near the reference, for every kernel and thread count.
    @Test func rowSweepsAndStripSweepsGiveTheSameBits() throws {
        var rng = SplitMix64Generator(seed: 29)
        for family in Self.families {
            for (m, k, n) in [(12288 / 64, 20, 209), (37, 5, 17), (70, 33, 65), (13, 300, 40), (6, 1, 9)] {
                for (tl, tr) in [(false, false), (true, false), (false, true), (true, true)] {
                    let (a, b) = Self.operands(m, k, n, transposeLeft: tl, transposeRight: tr, integers: false, rng: &rng)
                    var stripSweep = ProductConfiguration(family: family, threads: 1)
                    stripSweep.path = .blocked
                    stripSweep.blockedInPlaceMaximumRightValues = 0
                    stripSweep.rowSweepMaximumRightValues = 0
                    stripSweep.depthBlock = 16
                    stripSweep.columnBlock = 32
                    let expected = try a.matmul(b, transposeLeft: tl, transposeRight: tr, configuration: stripSweep)
                    #expect(Self.closeToReference(expected, a, b, transposeLeft: tl, transposeRight: tr))
                    for threads in Self.threadCounts {
                        var rowSweep = stripSweep
                        rowSweep.threads = threads
                        rowSweep.parallelMinimumFlops = 0
                        rowSweep.rowSweepMaximumRightValues = Int.max
                        let c = try a.matmul(b, transposeLeft: tl, transposeRight: tr, configuration: rowSweep)
                        #expect(DoubleCheck.identical(c, expected), "\(family) ×\(threads): (\(m),\(k))·(\(k),\(n)) T=\(tl),\(tr)")
                    }
                }
            }
        }
    }

    /// Packing lines that are contiguous along the depth (A, or a transposed B) eight at a time
    /// with 8×8 transposes puts every value where the value-by-value copy does: whole and partial
    /// groups of lines, depths that are and are not multiples of eight, a depth block inside a row.
    @Test func transposingPackerPlacesEveryValue() {
        var rng = SplitMix64Generator(seed: 19)
        for (lineCount, storedColumns, depth, width) in [(8, 8, 0..<8, 8), (21, 30, 3..<28, 8), (40, 209, 0..<209, 32),
                                                          (17, 9, 0..<9, 16), (64, 300, 256..<300, 32), (7, 12, 0..<12, 8)] {
            // The last line is the matrix's last row, so that a read past it would show.
            let stored = rng.uniformMatrix(lineCount + 1, storedColumns)
            let lines = 1..<(lineCount + 1)
            let strips = (lines.count + width - 1) / width
            var packed = [Double](repeating: .nan, count: strips * width * depth.count)
            stored.elements.withUnsafeBufferPointer { source in
                let a = ProductOperand(base: source.baseAddress!, storedColumns: storedColumns, isTransposed: false)
                packed.withUnsafeMutableBufferPointer { Packing.packA(a, rows: lines, depth: depth, height: width, into: $0.baseAddress!) }
            }
            var expected = [Double](repeating: 0, count: packed.count)
            for (index, line) in lines.enumerated() {
                let strip = index / width, lane = index % width
                for (p, column) in depth.enumerated() {
                    expected[strip * width * depth.count + p * width + lane] = stored[line, column]
                }
            }
            #expect(packed == expected, "\(lineCount) lines of \(storedColumns), depth \(depth), width \(width)")
        }
    }

    @Test func theAutomaticConfigurationChoosesByShape() {
        let automatic = ProductConfiguration.automatic
        #expect(Matrix.productPath(ProductDimensions(m: 7, n: 7, k: 7), automatic) == .plain)
        #expect(Matrix.productPath(ProductDimensions(m: 20, n: 209, k: 12288), automatic) == .skinny)
        #expect(Matrix.productPath(ProductDimensions(m: 1024, n: 1024, k: 1024), automatic) == .blocked)
        #expect(automatic.threads >= 1)
    }

    /// Blocks sized from the host's caches: the reference host's sizes give the measured
    /// defaults, other sizes scale them, and the results' bits never depend on them.
    @Test func blocksAreSizedFromTheCaches() throws {
        let reference = HostCPU.Caches.reference
        let defaults = ProductConfiguration(family: .simd4, threads: 1)
        let sized = defaults.sized(for: reference)
        #expect(sized.rowBlock == defaults.rowBlock && sized.columnBlock == defaults.columnBlock)
        #expect(sized.blockedInPlaceMaximumRightValues == defaults.blockedInPlaceMaximumRightValues)
        #expect(sized.rowDotMaximumLeftValues == defaults.rowDotMaximumLeftValues)
        #expect(sized.rowSweepMaximumRightValues == defaults.rowSweepMaximumRightValues)
        #expect(ProductConfiguration(family: .simd8, threads: 1).sized(for: reference).rowSweepMaximumRightValues == Int.max)

        let zen4 = HostCPU.Caches(level1Data: 32 << 10, level2: 1 << 20, level3: 32 << 20)
        let wide = defaults.sized(for: zen4)
        #expect(wide.rowBlock == 192 && wide.columnBlock == 2048 && wide.depthBlock == defaults.depthBlock)
        #expect(wide.rowDotMaximumLeftValues == defaults.rowDotMaximumLeftValues)
        #expect(HostCPU.bytes("32K") == 32 << 10 && HostCPU.bytes("32M") == 32 << 20 && HostCPU.bytes("512") == 512)
        #expect(HostCPU.bytes("large") == nil && HostCPU.bytes("9000000000000000000K") == nil)
        let host = HostCPU.caches
        #expect(host.level1Data > 0 && host.level2 > host.level1Data && host.level3 > 0)

        var rng = SplitMix64Generator(seed: 18)
        let tiny = HostCPU.Caches(level1Data: 4 << 10, level2: 64 << 10, level3: 1 << 20)
        for family in Self.families {
            // A @ B.T on shapes at the row-dot path's edge too: its limit must not move with the caches.
            for (m, k, n, transposed) in [(150, 300, 130, false), (20, 520, 300, false), (70, 33, 650, false),
                                          (20, 2000, 300, true), (30, 1500, 200, true), (9, 700, 130, true), (20, 209, 1300, true)] {
                let a = rng.uniformMatrix(m, k), b = transposed ? rng.uniformMatrix(n, k) : rng.uniformMatrix(k, n)
                let results = try [reference, zen4, tiny, HostCPU.Caches(level1Data: 48 << 10, level2: 4 << 20, level3: 256 << 20)].map { caches in
                    try a.matmul(b, transposeRight: transposed, configuration: ProductConfiguration(family: family, threads: 2).sized(for: caches))
                }
                #expect(results.allSatisfy { DoubleCheck.identical($0, results[0]) }, "\(family): (\(m),\(k))·(\(k),\(n)) T=\(transposed)")
                #expect(Self.closeToReference(results[0], a, b, transposeLeft: false, transposeRight: transposed))
            }
        }
    }

    // MARK: - Transposed operands through the public API

    /// `a.matmul(b, transposeRight: true)` takes the same path as `a.matmul(b.transposed)` and
    /// packs the same values, so the two agree exactly; likewise on the left.
    @Test func transposedOperandsMatchMaterialisedTransposes() throws {
        var rng = SplitMix64Generator(seed: 16)
        for _ in 0..<20 {
            let m = Int.random(in: 1...60, using: &rng), k = Int.random(in: 1...60, using: &rng)
            let n = Int.random(in: 1...60, using: &rng)
            let a = rng.uniformMatrix(m, k), b = rng.uniformMatrix(k, n)
            let at = a.transposed, bt = b.transposed
            let expected = try a.matmul(b)
            #expect(DoubleCheck.identical(try a.matmul(bt, transposeRight: true), expected))
            #expect(DoubleCheck.identical(try at.matmul(b, transposeLeft: true), expected))
            #expect(DoubleCheck.identical(try at.matmul(bt, transposeLeft: true, transposeRight: true), expected))
        }
    }

    @Test func transposedMismatchReportsTheShapesAsWritten() {
        let a = Matrix(uncheckedRows: 2, columns: 3, elements: Array(repeating: 1, count: 6))
        let b = Matrix(uncheckedRows: 2, columns: 4, elements: Array(repeating: 1, count: 8))
        // a.T @ b fits: (3,2)·(2,4).
        #expect((try? a.matmul(b, transposeLeft: true))?.shape == Shape(3, 4))
        // a @ b.T: (2,3)·(4,2) does not.
        #expect(matrixError { try a.matmul(b, transposeRight: true) } == .productMismatch(lhs: Shape(2, 3), rhs: Shape(4, 2)))
        // a.T @ b.T: (3,2)·(4,2) does not.
        #expect(matrixError { try a.matmul(b, transposeLeft: true, transposeRight: true) }
                == .productMismatch(lhs: Shape(3, 2), rhs: Shape(4, 2)))
    }

    @Test(arguments: [(0, 3, 4), (3, 0, 4), (3, 4, 0), (0, 0, 0)])
    func zeroSizedTransposedProducts(m: Int, k: Int, n: Int) throws {
        var rng = SplitMix64Generator(seed: 17)
        for configuration in [ProductConfiguration.automatic] + Self.kernelConfigurations {
            let (a, b) = Self.operands(m, k, n, transposeLeft: true, transposeRight: true, integers: true, rng: &rng)
            let c = try a.matmul(b, transposeLeft: true, transposeRight: true, configuration: configuration)
            #expect(c.shape == Shape(m, n))
            #expect(c.elements.allSatisfy { $0 == 0 })
        }
    }

    // MARK: - The transpose

    @Test func blockedTransposeCrossesBlockEdges() {
        var rng = SplitMix64Generator(seed: 18)
        for (rows, columns) in [(33, 65), (64, 31), (1, 70), (70, 1), (32, 32), (100, 37)] {
            let a = rng.uniformMatrix(rows, columns)
            #expect(a.transposed == NaiveReference.transpose(a), "(\(rows), \(columns))")
        }
    }
}

/// A right operand packed once (training's X) gives the very bits of the ordinary product.
@Suite("Products with a right operand packed beforehand")
struct PackedRightOperandTests {
    @Test(arguments: [(5, 600, 37), (20, 300, 209), (1, 257, 13), (32, 40, 100), (5, 4200, 30), (40, 300, 50), (7, 1, 3)])
    func packedProductsMatchTheOrdinaryProduct(m: Int, k: Int, n: Int) throws {
        var rng = SplitMix64Generator(seed: UInt64(m * 1000 + n))
        for transposed in [false, true] {
            let a = rng.uniformMatrix(m, k, -1, 1)
            let b = transposed ? rng.uniformMatrix(n, k, -1, 1) : rng.uniformMatrix(k, n, -1, 1)
            let packed = b.packedAsRightOperand(transposed: transposed)
            #expect(packed.shape == Shape(k, n))
            let c = try a.matmul(packed)
            #expect(DoubleCheck.identical(c, try a.matmul(b, transposeRight: transposed)), "(\(m),\(k))·(\(k),\(n)) T=\(transposed)")
            #expect(ProductKernelTests.closeToReference(c, a, b, transposeLeft: false, transposeRight: transposed))
        }
    }

    @Test func aMismatchReportsTheOperandShapes() throws {
        let packed = try Matrix.zeros(3, 4).packedAsRightOperand()
        #expect(throws: MatrixError.productMismatch(lhs: Shape(2, 5), rhs: Shape(3, 4))) { try Matrix.zeros(2, 5).matmul(packed) }
    }

    @Test func onlyWideRightOperandsOfSkinnyProductsArePacked() throws {
        let X = try Matrix.zeros(12288, 209)
        #expect(X.benefitsFromPacking(leftRows: 20))
        #expect(!X.benefitsFromPacking(leftRows: 100))
        #expect(!(try Matrix.zeros(2, 400)).benefitsFromPacking(leftRows: 4))
    }

}

extension ProductKernelTests {
    // MARK: - Operands read in place

    /// The skinny path reads the whole strips of a narrow op(B) with contiguous rows in place and
    /// packs only a partial last strip: the same bits as packing every block, for both kernel
    /// families and any thread count, on edge shapes (one row, one column, primes, partial strips,
    /// a depth that crosses blocks) and at the automatic block sizes on a first layer's shape.
    @Test(arguments: [(1, 7, 1), (1, 300, 37), (13, 1, 1), (7, 13, 31), (20, 300, 209), (5, 97, 64), (31, 257, 33), (2, 600, 1)])
    func skinnyRightOperandsReadInPlaceGiveThePackedBits(m: Int, k: Int, n: Int) throws {
        var rng = SplitMix64Generator(seed: UInt64(m * 1_000_003 + k * 1009 + n))
        for tl in [false, true] {
            let (a, b) = Self.operands(m, k, n, transposeLeft: tl, transposeRight: false, integers: false, rng: &rng)
            for family in Self.families {
                for small in [false, true] {
                    var packed = small ? Self.forced(.skinny, family, threads: 1) : ProductConfiguration(family: family, threads: 1)
                    packed.path = .skinny
                    packed.skinnyReadsRightInPlace = false
                    let expected = try a.matmul(b, transposeLeft: tl, configuration: packed)
                    #expect(Self.closeToReference(expected, a, b, transposeLeft: tl, transposeRight: false))
                    for threads in Self.threadCounts {
                        var inPlace = packed
                        inPlace.skinnyReadsRightInPlace = true
                        inPlace.threads = threads
                        inPlace.parallelMinimumFlops = 0
                        let c = try a.matmul(b, transposeLeft: tl, configuration: inPlace)
                        #expect(DoubleCheck.identical(c, expected), "\(family) ×\(threads) small=\(small): (\(m),\(k))·(\(k),\(n)) T=\(tl)")
                    }
                }
            }
        }
    }

    /// The skinny path reads a large A's rows in place when they make whole row tiles (W1 @ X), and
    /// with op(B) read in place it loads B's next depth block ahead: the same bits as packing A, for
    /// both kernel families and any thread count, with B plain or transposed, on shapes with several
    /// depth blocks, a split depth, partial strips, and rows that do not make whole tiles (packed).
    @Test(arguments: [(20, 600, 209), (20, 300, 37), (10, 257, 64), (5, 97, 33), (20, 4200, 30), (12, 40, 100),
                      (20, 13, 1), (15, 1, 7), (7, 300, 20), (1, 50, 3)])
    func skinnyLeftOperandsReadInPlaceGiveThePackedBits(m: Int, k: Int, n: Int) throws {
        var rng = SplitMix64Generator(seed: UInt64(m * 7_000_003 + k * 1013 + n))
        for tr in [false, true] {
            let (a, b) = Self.operands(m, k, n, transposeLeft: false, transposeRight: tr, integers: false, rng: &rng)
            for family in Self.families {
                for small in [false, true] {
                    var packed = small ? Self.forced(.skinny, family, threads: 1) : ProductConfiguration(family: family, threads: 1)
                    packed.path = .skinny
                    packed.skinnyInPlaceMinimumLeftValues = .max
                    let expected = try a.matmul(b, transposeRight: tr, configuration: packed)
                    #expect(Self.closeToReference(expected, a, b, transposeLeft: false, transposeRight: tr))
                    for threads in Self.threadCounts {
                        var inPlace = packed
                        inPlace.skinnyInPlaceMinimumLeftValues = 0
                        inPlace.threads = threads
                        inPlace.parallelMinimumFlops = 0
                        let c = try a.matmul(b, transposeRight: tr, configuration: inPlace)
                        #expect(DoubleCheck.identical(c, expected), "\(family) ×\(threads) small=\(small): (\(m),\(k))·op(B) T=\(tr)")
                    }
                }
            }
        }
    }

    /// W1 @ X at the automatic configuration: A read in place, X streamed with loads ahead; all
    /// threads and one agree bit for bit and stay within rounding of the naive product.
    @Test func automaticForwardProductOnAFirstLayersShape() throws {
        var rng = SplitMix64Generator(seed: 41)
        let w = rng.uniformMatrix(20, 4100, -1, 1), x = rng.uniformMatrix(4100, 37, -1, 1)
        let c = try w.matmul(x)
        #expect(DoubleCheck.identical(c, try w.matmul(x, configuration: .singleThreaded)))
        #expect(Self.closeToReference(c, w, x, transposeLeft: false, transposeRight: false))
    }

    /// The blocked path reads A's rows in place when op(B) is read in place (a 64×64 product packs
    /// nothing); a partial last row tile is packed. Same bits as packing both operands.
    @Test(arguments: [(64, 64, 64), (1, 64, 64), (9, 64, 32), (17, 5, 48), (8, 1, 16), (61, 61, 64), (3, 7, 16)])
    func blockedLeftOperandsReadInPlaceGiveThePackedBits(m: Int, k: Int, n: Int) throws {
        var rng = SplitMix64Generator(seed: UInt64(m * 7919 + k * 31 + n))
        let (a, b) = Self.operands(m, k, n, transposeLeft: false, transposeRight: false, integers: false, rng: &rng)
        for family in Self.families {
            let nr = family == .simd8 ? Kernel8x16.columns : Kernel6x8.columns
            guard n % nr == 0 else { continue }
            var packed = ProductConfiguration(family: family, threads: 1)
            packed.path = .blocked
            packed.blockedReadsLeftInPlace = false
            let expected = try a.matmul(b, configuration: packed)
            #expect(Self.closeToReference(expected, a, b, transposeLeft: false, transposeRight: false))
            for threads in Self.threadCounts {
                var inPlace = ProductConfiguration(family: family, threads: threads)
                inPlace.path = .blocked
                inPlace.parallelMinimumFlops = 0
                let c = try a.matmul(b, configuration: inPlace)
                #expect(DoubleCheck.identical(c, expected), "\(family) ×\(threads): (\(m),\(k))·(\(k),\(n))")
            }
        }
    }
}

extension ProductKernelTests {
    /// `A @ B.T` on the plain path with at most four rows on either side (a layer's dW, summed with
    /// the few rows' values in the lanes of one vector): the naive reference's bits for every
    /// small shape, either side the narrower, lanes and rows left over.
    @Test func plainRowDotsOfFewRowsGiveTheNaiveReferencesBits() throws {
        var rng = SplitMix64Generator(seed: 23)
        for m in 1...9 {
            for n in 1...9 where min(m, n) <= 5 {
                for k in [1, 5, 64] {
                    let (a, b) = Self.operands(m, k, n, transposeLeft: false, transposeRight: true, integers: false, rng: &rng)
                    let c = try a.matmul(b, transposeRight: true, configuration: Self.forced(.plain, .simd8, threads: 1))
                    #expect(DoubleCheck.identical(c, Self.reference(a, b, transposeLeft: false, transposeRight: true)),
                            "(\(m),\(k))·(\(n),\(k)).T")
                }
            }
        }
    }
}

extension ProductKernelTests {
    /// `W @ X` on the plain path with a shallow k (1 to 4, as in the planar network), on widths
    /// that end in every tail (eight-column vectors, four columns, single columns) and on the
    /// planar network's own products: the naive reference's bits, the left operand plain or transposed.
    @Test func plainShallowProductsAlongRowsGiveTheNaiveReferencesBits() throws {
        var rng = SplitMix64Generator(seed: 29)
        var shapes: [(m: Int, k: Int, n: Int, transposeLeft: Bool)] = [(4, 2, 400, false), (1, 4, 400, false), (4, 1, 400, true)]
        for k in 1...4 {
            for n in 1...19 { shapes.append((3, k, n, n % 2 == 0)) }
        }
        for (m, k, n, transposeLeft) in shapes {
            let (a, b) = Self.operands(m, k, n, transposeLeft: transposeLeft, transposeRight: false, integers: false, rng: &rng)
            let c = try a.matmul(b, transposeLeft: transposeLeft, configuration: Self.forced(.plain, .simd8, threads: 1))
            #expect(DoubleCheck.identical(c, Self.reference(a, b, transposeLeft: transposeLeft, transposeRight: false)),
                    "(\(m),\(k))·(\(k),\(n)) T=\(transposeLeft)")
        }
    }
}
