import Testing
@testable import MatrixEngine

/// NumpyRandom against values numpy's legacy generator produced (see NumpyRandomFixtures.swift,
/// written by scripts/generate-random-fixtures.py). Every comparison is on bit patterns.
@Suite struct NumpyRandomTests {
    typealias Fixtures = NumpyRandomFixtures

    /// Compares bit patterns, so a last-bit difference (or -0.0 against 0.0) fails, and reports
    /// only the first differing element rather than dumping hundreds of values.
    private func expectBitIdentical(
        _ actual: [Double], _ expected: [UInt64], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(actual.count == expected.count, "element count", sourceLocation: sourceLocation)
        guard let index = zip(actual, expected).enumerated().first(where: { $0.element.0.bitPattern != $0.element.1 })?.offset
        else { return }
        let got = actual[index], wanted = Double(bitPattern: expected[index])
        Issue.record(
            "element \(index): got \(got) (0x\(String(got.bitPattern, radix: 16))), numpy gives \(wanted) (0x\(String(expected[index], radix: 16)))",
            sourceLocation: sourceLocation)
    }

    private func expectBitIdentical(
        _ matrix: Matrix, _ expected: [UInt64], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectBitIdentical(matrix.elements, expected, sourceLocation: sourceLocation)
    }

    // MARK: Seeding and the Mersenne Twister

    @Test(arguments: Fixtures.seedCases.map(\.seed))
    func seedingMatchesNumpyState(seed: Int) throws {
        let expected = try #require(Fixtures.seedCases.first { $0.seed == seed })
        var twister = MersenneTwister(seed: UInt32(seed))
        #expect(Array(twister.key.prefix(4)) == expected.keyPrefix)
        #expect(twister.key.last == expected.keyLast)
        #expect(twister.position == expected.position)
        #expect((0..<expected.raw.count).map { _ in twister.nextUInt32() } == expected.raw)
    }

    @Test(arguments: Fixtures.seedCases.map(\.seed))
    func drawsAfterSeedingMatchNumpy(seed: Int) throws {
        let expected = try #require(Fixtures.seedCases.first { $0.seed == seed })
        var random = try NumpyRandom(seed: seed)
        let randn4x2 = try Matrix.randn(4, 2, using: &random)
        let randn1x4 = try Matrix.randn(1, 4, using: &random)
        let rand3x3 = try Matrix.rand(3, 3, using: &random)
        let randint2x5 = try Matrix.randint(low: -10, high: 10, rows: 2, columns: 5, using: &random)
        #expect(randn4x2.shape == Shape(4, 2))
        expectBitIdentical(randn4x2, expected.randn4x2)
        #expect(randn1x4.shape == Shape(1, 4))
        expectBitIdentical(randn1x4, expected.randn1x4)
        expectBitIdentical(rand3x3, expected.rand3x3)
        #expect(randint2x5.shape == Shape(2, 5))
        #expect(randint2x5.elements == expected.randint2x5.map(Double.init))
    }

    @Test func largeRandnMatrixIsRowMajorLikeNumpy() throws {
        var random = try NumpyRandom(seed: 1)
        let matrix = try Matrix.randn(400, 2, using: &random)
        expectBitIdentical(matrix, Fixtures.seed1Randn400x2)
    }

    @Test func reseedingRestartsTheStream() throws {
        var random = try NumpyRandom(seed: 3)
        let first = (0..<700).map { _ in random.nextDouble() }
        try random.seed(3)
        let second = (0..<700).map { _ in random.nextDouble() }
        expectBitIdentical(second, first.map(\.bitPattern))
    }

    @Test func longStreamAcrossManyRegenerations() throws {
        var random = try NumpyRandom(seed: Fixtures.longStreamSeed)
        let normals = (0..<Fixtures.longRandn.count).map { _ in random.nextGaussian() }
        expectBitIdentical(normals, Fixtures.longRandn)
        let uniforms = (0..<5000).map { _ in random.nextDouble() }
        #expect(Fixtures.longRandIndices.map { uniforms[$0].bitPattern } == Fixtures.longRandSamples)
        #expect(random.hasGauss == Fixtures.longHasGauss)
        // The generator's internal state ends where numpy's does.
        let state = random.twister
        #expect(Array(state.key.prefix(4)) == Fixtures.longKeyPrefix)
        #expect(state.key.last == Fixtures.longKeyLast)
        #expect(state.position == Fixtures.longPosition)
    }

    // MARK: The Gaussian pair cache

    @Test func randnInTwoCallsEqualsOneCall() throws {
        var random = try NumpyRandom(seed: 5)
        let threeThenThree = try Matrix.randn(1, 3, using: &random).elements
            + Matrix.randn(1, 3, using: &random).elements
        try random.seed(5)
        let six = try Matrix.randn(1, 6, using: &random).elements
        expectBitIdentical(threeThenThree, Fixtures.seed5RandnThreeThenThree)
        expectBitIdentical(six, Fixtures.seed5RandnSix)
        expectBitIdentical(six, threeThenThree.map(\.bitPattern))
    }

    @Test func randLeavesTheCachedGaussianInPlace() throws {
        var random = try NumpyRandom(seed: 11)
        let sequence = try Matrix.randn(1, 1, using: &random).elements
            + Matrix.rand(1, 2, using: &random).elements
            + Matrix.randn(1, 1, using: &random).elements
        expectBitIdentical(sequence, Fixtures.seed11Interleaved)
    }

    @Test func cacheHoldsTheSecondValueOfThePair() throws {
        var random = try NumpyRandom(seed: 13)
        #expect(!random.hasGauss)
        _ = random.nextGaussian()
        #expect(random.hasGauss)
        #expect(random.gauss.bitPattern == Fixtures.seed13CachedGauss)
        #expect(random.nextGaussian().bitPattern == Fixtures.seed13CachedGauss)
        #expect(!random.hasGauss)
        #expect(random.gauss == 0)
    }

    @Test func reseedingClearsTheCache() throws {
        var random = try NumpyRandom(seed: 17)
        _ = random.nextGaussian()
        #expect(random.hasGauss)
        try random.seed(17)
        #expect(!random.hasGauss)
        #expect(random.gauss == 0)
        let values = try Matrix.randn(1, 2, using: &random)
        expectBitIdentical(values, Fixtures.seed17AfterReseed)
    }

    @Test func copiesContinueIndependently() throws {
        var original = try NumpyRandom(seed: 4)
        _ = original.nextGaussian()
        var copy = original
        #expect(original.nextGaussian().bitPattern == copy.nextGaussian().bitPattern)
        #expect(original.nextDouble().bitPattern == copy.nextDouble().bitPattern)
    }

    // MARK: The course's initialisation

    @Test func courseInitialisationOfATwoLayerNetwork() throws {
        var random = try NumpyRandom(seed: 2)
        let w1 = try Matrix.randn(4, 2, using: &random) * Matrix(scalar: 0.01)
        let b1 = try Matrix.zeros(4, 1)
        let w2 = try Matrix.randn(1, 4, using: &random) * Matrix(scalar: 0.01)
        #expect(w1.shape == Shape(4, 2))
        expectBitIdentical(w1, Fixtures.courseW1)
        #expect(b1.elements.allSatisfy { $0 == 0 })
        #expect(w2.shape == Shape(1, 4))
        expectBitIdentical(w2, Fixtures.courseW2)
    }

    // MARK: randint

    @Test(arguments: Fixtures.randintCases.indices)
    func randintMatchesNumpy(caseIndex: Int) throws {
        let expected = Fixtures.randintCases[caseIndex]
        var random = try NumpyRandom(seed: 7)
        let values = try (0..<expected.values.count).map { _ throws(MatrixError) in
            try random.randint(expected.low, expected.high)
        }
        #expect(values == expected.values)
        // The same number of 32-bit words was consumed as in numpy.
        #expect(random.nextDouble().bitPattern == expected.nextDouble)
    }

    @Test func randintWithOnlyAnUpperBound() throws {
        var random = try NumpyRandom(seed: 9)
        let matrix = try Matrix.randint(low: 6, rows: 1, columns: Fixtures.randintHighOnly.count, using: &random)
        #expect(matrix.elements == Fixtures.randintHighOnly.map(Double.init))
    }

    @Test func randintRejectsEmptyRanges() throws {
        var random = try NumpyRandom(seed: 0)
        #expect(throws: MatrixError.invalidArgument(operation: "randint", message: Fixtures.emptyRangeMessage)) {
            try random.randint(5, 2)
        }
        #expect(throws: MatrixError.invalidArgument(operation: "randint", message: Fixtures.emptyRangeMessage)) {
            try random.randint(3, 3)
        }
        #expect(throws: MatrixError.invalidArgument(operation: "randint", message: Fixtures.nonPositiveHighMessage)) {
            try random.randint(0)
        }
        // numpy returns an empty array before checking the range, and draws nothing.
        let empty = try Matrix.randint(low: 5, high: 2, rows: 0, columns: 3, using: &random)
        #expect(empty.shape == Shape(0, 3))
    }

    // MARK: Rejected arguments

    @Test(arguments: [-1, Int.min, NumpyRandom.maximumSeed + 1, Int.max])
    func seedsOutsideTheUnsigned32BitRangeAreRejected(seed: Int) throws {
        let error = MatrixError.invalidArgument(operation: "seed", message: Fixtures.negativeSeedMessage)
        #expect(Fixtures.negativeSeedMessage == Fixtures.tooLargeSeedMessage)
        #expect(throws: error) { try NumpyRandom(seed: seed) }
        var random = try NumpyRandom(seed: 0)
        #expect(throws: error) { try random.seed(seed) }
    }

    @Test func rejectedReseedLeavesTheStreamUntouched() throws {
        var random = try NumpyRandom(seed: 8)
        _ = random.nextGaussian()
        var untouched = random
        #expect(throws: MatrixError.self) { try random.seed(-5) }
        #expect(random.hasGauss)
        #expect(random.nextGaussian().bitPattern == untouched.nextGaussian().bitPattern)
        #expect(random.nextDouble().bitPattern == untouched.nextDouble().bitPattern)
    }

    @Test func floatSeedErrorUsesNumpysMessage() {
        #expect(NumpyRandom.nonIntegerSeedError()
            == .invalidArgument(operation: "seed", message: Fixtures.floatSeedMessage))
    }

    @Test func randomMatricesValidateTheirShape() throws {
        var random = try NumpyRandom(seed: 0)
        #expect(throws: MatrixError.self) { try Matrix.randn(-1, 2, using: &random) }
        #expect(throws: MatrixError.self) { try Matrix.rand(2, -1, using: &random) }
        #expect(throws: MatrixError.self) { try Matrix.randint(low: 0, high: 2, rows: -1, columns: 1, using: &random) }
        let empty = try Matrix.randn(0, 4, using: &random)
        #expect(empty.shape == Shape(0, 4))
        // Nothing was drawn: the stream still starts at numpy's first value for seed 0.
        let first = try #require(Fixtures.seedCases.first { $0.seed == 0 })
        #expect(random.nextGaussian().bitPattern == first.randn4x2[0])
    }
}
