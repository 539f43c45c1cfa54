/// The 32-bit Mersenne Twister (MT19937) exactly as numpy's legacy `RandomState` runs it.
///
/// numpy seeds it with Matsumoto and Nishimura's `init_genrand` recurrence on a 32-bit seed and
/// draws words with the reference `genrand_int32` (regenerate all 624 words, then temper one).
/// Everything numpy's legacy distributions consume comes from `nextUInt32()`.
struct MersenneTwister: Sendable {
    /// Words of state (numpy's `RK_STATE_LEN`).
    static let stateLength = 624
    private static let shift = 397
    private static let matrixA: UInt32 = 0x9908_B0DF
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7FFF_FFFF

    /// The 624 words of state (numpy's `key`, as `get_state()[1]` shows it).
    private(set) var key: [UInt32]
    /// Index of the next word to temper; `stateLength` means "regenerate first" (numpy's `pos`).
    private(set) var position: Int

    init(seed: UInt32) {
        key = [UInt32](repeating: 0, count: Self.stateLength)
        position = Self.stateLength
        reseed(seed)
    }

    /// numpy's `mt19937_seed`: Knuth's multiplier 1812433253 spreads the seed over the state.
    mutating func reseed(_ seed: UInt32) {
        var word = seed
        for index in 0..<Self.stateLength {
            key[index] = word
            word = 1_812_433_253 &* (word ^ (word >> 30)) &+ UInt32(index + 1)
        }
        // Force a full regeneration before the first draw, as numpy does.
        position = Self.stateLength
    }

    /// numpy's `mt19937_init_by_array`, what `np.random.seed([1, 2, 3])` runs: the reference
    /// `init_by_array` recurrences mix every word of the key into the state.
    mutating func reseed(byArray initKey: [UInt32]) {
        reseed(19_650_218)
        let n = Self.stateLength
        var i = 1, j = 0
        for _ in 0..<max(n, initKey.count) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1_664_525)) &+ initKey[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n { key[0] = key[n - 1]; i = 1 }
            if j >= initKey.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n { key[0] = key[n - 1]; i = 1 }
        }
        key[0] = 0x8000_0000  // the top bit set: the state is never all zero
        position = n
    }

    /// The next tempered 32-bit word (`genrand_int32` / numpy's `mt19937_next32`).
    mutating func nextUInt32() -> UInt32 {
        if position == Self.stateLength { regenerate() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// numpy's `mt19937_next64`: the first word drawn is the high half.
    mutating func nextUInt64() -> UInt64 {
        let high = UInt64(nextUInt32())
        let low = UInt64(nextUInt32())
        return high << 32 | low
    }

    /// numpy's `mt19937_next_double` (`random_sample`): a uniform double in [0, 1) with 53 random
    /// bits, 27 from the first word and 26 from the second.
    mutating func nextDouble() -> Double {
        let high = Double(nextUInt32() >> 5)
        let low = Double(nextUInt32() >> 6)
        return (high * 67_108_864.0 + low) / 9_007_199_254_740_992.0
    }

    /// The reference twist: recompute all 624 words from the previous ones.
    private mutating func regenerate() {
        let n = Self.stateLength, m = Self.shift
        func twisted(_ current: UInt32, _ next: UInt32, _ distant: UInt32) -> UInt32 {
            let y = (current & Self.upperMask) | (next & Self.lowerMask)
            return distant ^ (y >> 1) ^ (y & 1 == 0 ? 0 : Self.matrixA)
        }
        for i in 0..<(n - m) {
            key[i] = twisted(key[i], key[i + 1], key[i + m])
        }
        for i in (n - m)..<(n - 1) {
            key[i] = twisted(key[i], key[i + 1], key[i + m - n])
        }
        key[n - 1] = twisted(key[n - 1], key[0], key[m - 1])
        position = 0
    }
}
