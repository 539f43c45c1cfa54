import MatrixEngine

/// The drills' only source of chance: numpy's Mersenne Twister seeded from the session's seed,
/// so `--seed 7` replays the same questions on every machine (never the system generator).
public struct DrillRandom: Sendable {
    private var generator: NumpyRandom

    /// Any integer works as a seed; it is folded into numpy's 0...2**32-1.
    public init(seed: Int) {
        let folded = Int(UInt32(truncatingIfNeeded: seed))
        generator = try! NumpyRandom(seed: folded)
    }

    /// A whole number in `range`, every value equally likely.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        try! generator.randint(range.lowerBound, range.upperBound + 1)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        generator.nextDouble() < p
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(in: 0...(items.count - 1))]
    }

    /// An item drawn in proportion to its weight (weights need not sum to 1).
    public mutating func pick<T>(_ items: [T], weights: [Double]) -> T {
        let total = weights.reduce(0, +)
        guard total > 0 else { return pick(items) }
        var target = generator.nextDouble() * total
        for (item, weight) in zip(items, weights) {
            target -= weight
            if target < 0 { return item }
        }
        return items[items.count - 1]
    }

    /// A seed for a sub-stream (one question, one random trial), so each question can be
    /// rebuilt on its own from its seed.
    public mutating func nextSeed() -> Int {
        int(in: 0...Int(UInt32.max))
    }
}
