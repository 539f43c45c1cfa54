import Testing
@testable import MatrixEngine

/// `A @ B.T` with few rows as dot products of rows read in place (the backward pass's
/// dW1 = dZ1 @ X.T), checked against the naive product on random shapes: edge tiles in both
/// directions, shallow and deep depths with and without a partial last vector, both kernel
/// families, one thread and several.
@Suite("Products: A @ B.T as dot products of rows")
struct RowDotProductTests {
    static func forced(_ family: ProductConfiguration.KernelFamily, threads: Int) -> ProductConfiguration {
        var configuration = ProductConfiguration(family: family, threads: threads)
        configuration.path = .rowDots
        configuration.parallelMinimumFlops = 0
        configuration.chunksPerThread = 3
        return configuration
    }

    static let threadCounts = [1, 2, 3]

    /// Random A (m×k) and stored B (n×k), from shapes that cross every tile edge.
    static func randomShapes(_ count: Int, rng: inout SplitMix64Generator) -> [(m: Int, k: Int, n: Int)] {
        (0..<count).map { _ in
            (Int.random(in: 1...23, using: &rng), Int.random(in: 1...70, using: &rng), Int.random(in: 1...37, using: &rng))
        }
    }

    @Test func integerProductsAreExact() throws {
        var rng = SplitMix64Generator(seed: 31)
        for (m, k, n) in Self.randomShapes(20, rng: &rng) {
            let a = rng.integerMatrix(m, k), b = rng.integerMatrix(n, k)
            let expected = ProductKernelTests.reference(a, b, transposeLeft: false, transposeRight: true)
            for family in ProductConfiguration.KernelFamily.allCases {
                for threads in Self.threadCounts {
                    let c = try a.matmul(b, transposeRight: true, configuration: Self.forced(family, threads: threads))
                    #expect(c == expected, "\(family) ×\(threads): (\(m),\(k))·(\(n),\(k)).T")
                }
            }
        }
    }

    /// Within rounding of the naive product, and the same bits whatever the number of threads.
    @Test func realProductsAreWithinRoundingAndIndependentOfThreads() throws {
        var rng = SplitMix64Generator(seed: 32)
        for (m, k, n) in Self.randomShapes(20, rng: &rng) + [(20, 209, 150), (5, 8, 4), (3, 16, 9), (32, 100, 129)] {
            let a = rng.uniformMatrix(m, k, -1, 1), b = rng.uniformMatrix(n, k, -1, 1)
            for family in ProductConfiguration.KernelFamily.allCases {
                let results = try Self.threadCounts.map {
                    try a.matmul(b, transposeRight: true, configuration: Self.forced(family, threads: $0))
                }
                #expect(ProductKernelTests.closeToReference(results[0], a, b, transposeLeft: false, transposeRight: true),
                        "\(family): (\(m),\(k))·(\(n),\(k)).T")
                #expect(results.allSatisfy { DoubleCheck.identical($0, results[0]) }, "\(family): (\(m),\(k))·(\(n),\(k)).T")
            }
        }
    }

    /// The kernels load the rows of B a few tiles ahead (to the end of each thread's chunk): any
    /// distance gives the same bits, whatever the number of threads, on shapes with edge tiles,
    /// depths below one vector, and many tiles per chunk.
    @Test func readAheadDistancesGiveTheSameBits() throws {
        var rng = SplitMix64Generator(seed: 36)
        let shapes = (0..<12).map { _ in
            (Int.random(in: 1...23, using: &rng), Int.random(in: 1...300, using: &rng), Int.random(in: 1...61, using: &rng))
        } + [(20, 209, 203), (5, 7, 9), (20, 16, 4)]
        for (m, k, n) in shapes {
            let a = rng.uniformMatrix(m, k, -1, 1), b = rng.uniformMatrix(n, k, -1, 1)
            for family in ProductConfiguration.KernelFamily.allCases {
                var reference = Self.forced(family, threads: 1)
                reference.rowDotReadAheadTiles = 0
                let expected = try a.matmul(b, transposeRight: true, configuration: reference)
                #expect(ProductKernelTests.closeToReference(expected, a, b, transposeLeft: false, transposeRight: true))
                for distance in [1, 2, 5] {
                    for threads in Self.threadCounts {
                        var configuration = Self.forced(family, threads: threads)
                        configuration.rowDotReadAheadTiles = distance
                        let c = try a.matmul(b, transposeRight: true, configuration: configuration)
                        #expect(DoubleCheck.identical(c, expected), "\(family) ×\(threads) ahead \(distance): (\(m),\(k))·(\(n),\(k)).T")
                    }
                }
            }
        }
    }

    /// nan and infinity reach exactly the elements whose rows hold them, whatever lane they are in.
    @Test func nanAndInfinityStayInTheirElements() throws {
        var rng = SplitMix64Generator(seed: 33)
        var a = rng.uniformMatrix(7, 19, -1, 1), b = rng.uniformMatrix(6, 19, -1, 1)
        a[2, 17] = .nan            // in the partial last vector
        b[4, 3] = .infinity        // in a full vector
        for family in ProductConfiguration.KernelFamily.allCases {
            let c = try a.matmul(b, transposeRight: true, configuration: Self.forced(family, threads: 2))
            for i in 0..<7 {
                for j in 0..<6 {
                    if i == 2 { #expect(c[i, j].isNaN, "\(family) (\(i), \(j))") }
                    else if j == 4 { #expect(c[i, j].isInfinite || c[i, j].isNaN, "\(family) (\(i), \(j))") }
                    else { #expect(c[i, j].isFinite, "\(family) (\(i), \(j))") }
                }
            }
        }
    }

    /// Forced on operands it cannot read as rows (A.T, or B not transposed), the path falls back
    /// to the skinny one and gives its very bits.
    @Test func otherLayoutsFallBackToTheSkinnyPath() throws {
        var rng = SplitMix64Generator(seed: 34)
        for (tl, tr) in [(false, false), (true, false), (true, true)] {
            let (a, b) = ProductKernelTests.operands(9, 40, 21, transposeLeft: tl, transposeRight: tr, integers: false, rng: &rng)
            for family in ProductConfiguration.KernelFamily.allCases {
                var skinny = ProductConfiguration(family: family, threads: 2)
                skinny.path = .skinny
                let expected = try a.matmul(b, transposeLeft: tl, transposeRight: tr, configuration: skinny)
                let c = try a.matmul(b, transposeLeft: tl, transposeRight: tr, configuration: Self.forced(family, threads: 2))
                #expect(DoubleCheck.identical(c, expected), "\(family) T=\(tl),\(tr)")
            }
        }
    }

    /// The automatic configuration takes the path for the backward pass's dZ1 @ X.T, and not
    /// for shallow, narrow, tall or untransposed products.
    @Test func theAutomaticConfigurationChoosesItForTheCoursesShape() {
        let automatic = ProductConfiguration.automatic
        func path(_ m: Int, _ n: Int, _ k: Int, left: Bool = false, right: Bool = true) -> ProductConfiguration.Path {
            Matrix.productPath(ProductDimensions(m: m, n: n, k: k), automatic, transposeLeft: left, transposeRight: right)
        }
        #expect(path(20, 12288, 209) == .rowDots)
        #expect(path(20, 12288, 209, right: false) == .skinny)
        #expect(path(20, 12288, 209, left: true) == .skinny)
        #expect(path(20, 12288, 8) == .skinny)        // shallow
        #expect(path(20, 60, 209) == .skinny)         // narrow op(B)
        #expect(path(20, 209, 12288) == .skinny)      // A too large to stay in cache
        #expect(path(100, 12288, 209) == .blocked)    // many rows
    }

    /// The course's shape, scaled down in width: the automatic product with all threads and with
    /// one agree bit for bit and stay within rounding of the naive product.
    @Test func automaticProductOnTheBackwardShape() throws {
        var rng = SplitMix64Generator(seed: 35)
        let dZ = rng.uniformMatrix(20, 209, -1, 1), X = rng.uniformMatrix(1031, 209, -1, 1)
        let c = try dZ.matmul(X, transposeRight: true)
        #expect(DoubleCheck.identical(c, try dZ.matmul(X, transposeRight: true, configuration: .singleThreaded)))
        #expect(ProductKernelTests.closeToReference(c, dZ, X, transposeLeft: false, transposeRight: true))
    }
}
