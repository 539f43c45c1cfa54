import RealModule

/// numpy's legacy random generator (`np.random.seed`, `rand`, `randn`, `randint`), bit for bit.
///
/// It is numpy's `RandomState`: a Mersenne Twister with the legacy integer seeding, plus the cached
/// second value of the polar Box–Muller pair. Seeding with the same integer and drawing in the same
/// order gives exactly the doubles numpy prints, so the course's notebooks reproduce to the last bit.
///
/// A value type: copying it forks the stream, and each copy continues independently.
public struct NumpyRandom: Sendable {
    /// The largest seed numpy accepts (`2**32 - 1`).
    public static let maximumSeed = 4_294_967_295

    /// The word source; internal so tests can compare its state with numpy's `get_state()`.
    private(set) var twister: MersenneTwister
    /// Whether the second value of the last Box–Muller pair is waiting (numpy's `has_gauss`).
    public private(set) var hasGauss: Bool = false
    /// That waiting value; 0 when there is none (numpy's `gauss`).
    public private(set) var gauss: Double = 0

    /// A generator in the state `np.random.seed(seed)` leaves numpy's.
    ///
    /// Throws numpy's `ValueError` message when the seed is outside 0...2**32 - 1.
    public init(seed: Int) throws(MatrixError) {
        twister = MersenneTwister(seed: try Self.validatedSeed(seed))
    }

    /// `np.random.seed(seed)`: restart the stream and forget any cached Gaussian.
    public mutating func seed(_ seed: Int) throws(MatrixError) {
        twister.reseed(try Self.validatedSeed(seed))
        hasGauss = false
        gauss = 0
    }

    /// `np.random.seed([1, 2, 3])`: numpy's seeding by an array of words, each in 0...2**32 - 1.
    public mutating func seed(array: [Int]) throws(MatrixError) {
        guard !array.isEmpty else { throw .invalidArgument(operation: "seed", message: "Seed must be non-empty") }
        var words: [UInt32] = []
        for value in array { words.append(try Self.validatedSeed(value)) }
        twister.reseed(byArray: words)
        hasGauss = false
        gauss = 0
    }

    /// The error numpy raises for a seed that is not an integer. numpy refuses every float seed,
    /// even an integral one such as `2.0`; the language layer decides what counts as a float.
    public static func nonIntegerSeedError(typeName: String = "float64") -> MatrixError {
        .invalidArgument(
            operation: "seed",
            message: "Cannot cast scalar from dtype('\(typeName)') to dtype('int64') according to the rule 'safe'")
    }

    private static func validatedSeed(_ seed: Int) throws(MatrixError) -> UInt32 {
        guard let word = UInt32(exactly: seed) else {
            throw .invalidArgument(operation: "seed", message: "Seed must be between 0 and 2**32 - 1")
        }
        return word
    }

    /// One value of `np.random.rand()` / `random_sample()`: uniform in [0, 1).
    /// It neither uses nor clears the cached Gaussian, as in numpy.
    public mutating func nextDouble() -> Double {
        twister.nextDouble()
    }

    /// One value of `np.random.randn()`: a standard normal from numpy's legacy polar Box–Muller.
    ///
    /// Each accepted pair yields two normals: `f * x2` now and `f * x1` on the next call.
    public mutating func nextGaussian() -> Double {
        if hasGauss {
            hasGauss = false
            defer { gauss = 0 }
            return gauss
        }
        var x1, x2, radiusSquared: Double
        repeat {
            x1 = 2 * twister.nextDouble() - 1
            x2 = 2 * twister.nextDouble() - 1
            radiusSquared = x1 * x1 + x2 * x2
        } while radiusSquared >= 1 || radiusSquared == 0
        // numpy calls the C library's log and sqrt; Double.log is libm's, squareRoot is exact.
        let factor = (-2 * Double.log(radiusSquared) / radiusSquared).squareRoot()
        gauss = factor * x1
        hasGauss = true
        return factor * x2
    }

    /// One value of `np.random.randint(low, high)`: an integer in [low, high).
    /// With `high` nil it is `np.random.randint(low)`, an integer in [0, low).
    ///
    /// Throws numpy's messages "low >= high" and "high <= 0" for an empty range.
    public mutating func randint(_ low: Int, _ high: Int? = nil) throws(MatrixError) -> Int {
        let sampler = try BoundedIntegerSampler(low: low, high: high)
        return sampler.next(using: &twister)
    }

    /// `np.random.permutation(n)`: 0..<n shuffled as numpy's legacy `shuffle` does it (Fisher–Yates
    /// from the end, each swap partner drawn by `random_interval(i)`, which is `randint(0, i + 1)`).
    /// Shuffling the rows of an array takes the same draws, so this order serves both.
    public mutating func permutation(_ n: Int) -> [Int] {
        var order = Array(0..<max(n, 0))
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            let j = try! BoundedIntegerSampler(low: 0, high: i + 1).next(using: &twister)
            order.swapAt(i, j)
        }
        return order
    }

    /// Fill `count` values of `np.random.randint(low, high, size)`, checking the range once.
    mutating func randint(_ low: Int, _ high: Int?, count: Int) throws(MatrixError) -> [Int] {
        // numpy returns an empty array before looking at the bounds.
        guard count > 0 else { return [] }
        return draws(from: try BoundedIntegerSampler(low: low, high: high), count: count)
    }

    /// `count` values of `np.random.randint(low, highest + 1, size)`: the closed range, so that
    /// numpy's largest bound, high = 2**63, which no Int holds, is `highest: Int.max`.
    public mutating func randint(_ low: Int, through highest: Int, count: Int) throws(MatrixError) -> [Int] {
        guard count > 0 else { return [] }
        guard low <= highest else { throw .invalidArgument(operation: "randint", message: "low >= high") }
        return draws(from: BoundedIntegerSampler(lowest: low, highest: highest), count: count)
    }

    private mutating func draws(from sampler: BoundedIntegerSampler, count: Int) -> [Int] {
        (0..<count).map { _ in sampler.next(using: &twister) }
    }
}

/// numpy's legacy int64 `randint`: `random_bounded_uint64_fill` with `use_masked=True`.
///
/// It draws on the closed interval [low, low + range] by masking each draw down to the smallest
/// all-ones bit pattern covering `range` and rejecting values above it. A range that fits in 32
/// bits consumes one 32-bit word per try, a wider one a 64-bit draw (two words, high first).
private struct BoundedIntegerSampler {
    private let offset: UInt64
    private let range: UInt64
    private let mask: UInt64

    init(low: Int, high: Int?) throws(MatrixError) {
        let lowest: Int, highest: Int
        if let high {
            guard low < high else { throw .invalidArgument(operation: "randint", message: "low >= high") }
            (lowest, highest) = (low, high - 1)
        } else {
            guard low > 0 else { throw .invalidArgument(operation: "randint", message: "high <= 0") }
            (lowest, highest) = (0, low - 1)
        }
        self.init(lowest: lowest, highest: highest)
    }

    init(lowest: Int, highest: Int) {
        // Two's-complement wrapping, as numpy's casts to uint64 do: the difference always fits.
        offset = UInt64(bitPattern: Int64(lowest))
        range = UInt64(bitPattern: Int64(highest)) &- offset
        mask = Self.smallestMask(covering: range)
    }

    /// numpy's `gen_mask`: all bits up to the highest set bit of `value`.
    private static func smallestMask(covering value: UInt64) -> UInt64 {
        value == 0 ? 0 : UInt64.max >> value.leadingZeroBitCount
    }

    func next(using twister: inout MersenneTwister) -> Int {
        Int(Int64(bitPattern: offset &+ boundedDraw(using: &twister)))
    }

    private func boundedDraw(using twister: inout MersenneTwister) -> UInt64 {
        if range == 0 { return 0 }
        if range <= UInt64(UInt32.max) {
            // A full 32-bit range needs no rejection; otherwise mask and retry.
            if range == UInt64(UInt32.max) { return UInt64(twister.nextUInt32()) }
            let mask32 = UInt32(truncatingIfNeeded: mask), range32 = UInt32(truncatingIfNeeded: range)
            while true {
                let value = twister.nextUInt32() & mask32
                if value <= range32 { return UInt64(value) }
            }
        }
        if range == UInt64.max { return twister.nextUInt64() }
        while true {
            let value = twister.nextUInt64() & mask
            if value <= range { return value }
        }
    }
}
