/// A minimal arbitrary-precision unsigned integer: just the operations Dragon4 needs.
///
/// Printing a double exactly means working with its exact value, which can need
/// more than 1,000 bits (5e-324 has 751 significant decimal digits), so 64-bit
/// arithmetic is not enough.
struct BigUInt: Comparable {
    /// Base-2³² digits, least significant first, with no zero block at the top
    /// (zero is the empty array), so comparing lengths compares magnitudes.
    private var blocks: [UInt32]

    private init(blocks: [UInt32]) {
        self.blocks = blocks
        normalize()
    }

    init(_ value: UInt64) {
        self.init(blocks: [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)])
    }

    /// 2^exponent.
    static func powerOfTwo(_ exponent: Int) -> BigUInt {
        precondition(exponent >= 0)
        var blocks = [UInt32](repeating: 0, count: exponent / 32 + 1)
        blocks[exponent / 32] = 1 << UInt32(exponent % 32)
        return BigUInt(blocks: blocks)
    }

    /// 10^exponent.
    static func powerOfTen(_ exponent: Int) -> BigUInt {
        precondition(exponent >= 0)
        var result = BigUInt(1)
        var remaining = exponent
        // 10⁹ is the largest power of ten that fits in one block.
        while remaining >= 9 {
            result.multiply(by: 1_000_000_000)
            remaining -= 9
        }
        var tail: UInt32 = 1
        for _ in 0..<remaining { tail *= 10 }
        result.multiply(by: tail)
        return result
    }

    var isZero: Bool { blocks.isEmpty }
    var isEven: Bool { blocks.first.map { $0 & 1 == 0 } ?? true }

    private mutating func normalize() {
        while blocks.last == 0 { blocks.removeLast() }
    }

    static func < (lhs: BigUInt, rhs: BigUInt) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// -1, 0 or 1 as lhs is less than, equal to or greater than rhs.
    static func compare(_ lhs: BigUInt, _ rhs: BigUInt) -> Int {
        if lhs.blocks.count != rhs.blocks.count {
            return lhs.blocks.count < rhs.blocks.count ? -1 : 1
        }
        for index in lhs.blocks.indices.reversed() where lhs.blocks[index] != rhs.blocks[index] {
            return lhs.blocks[index] < rhs.blocks[index] ? -1 : 1
        }
        return 0
    }

    static func + (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        let (long, short) = lhs.blocks.count >= rhs.blocks.count ? (lhs, rhs) : (rhs, lhs)
        var sum = long.blocks
        var carry: UInt64 = 0
        for index in sum.indices {
            let addend = index < short.blocks.count ? UInt64(short.blocks[index]) : 0
            if addend == 0 && carry == 0 && index >= short.blocks.count { break }
            let total = UInt64(sum[index]) + addend + carry
            sum[index] = UInt32(truncatingIfNeeded: total)
            carry = total >> 32
        }
        if carry != 0 { sum.append(UInt32(carry)) }
        return BigUInt(blocks: sum)
    }

    static func * (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        if lhs.isZero || rhs.isZero { return BigUInt(0) }
        var product = [UInt32](repeating: 0, count: lhs.blocks.count + rhs.blocks.count)
        for (i, left) in lhs.blocks.enumerated() where left != 0 {
            var carry: UInt64 = 0
            for (j, right) in rhs.blocks.enumerated() {
                let total = UInt64(product[i + j]) + UInt64(left) * UInt64(right) + carry
                product[i + j] = UInt32(truncatingIfNeeded: total)
                carry = total >> 32
            }
            product[i + rhs.blocks.count] = UInt32(carry)
        }
        return BigUInt(blocks: product)
    }

    mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for index in blocks.indices {
            let total = UInt64(blocks[index]) * UInt64(factor) + carry
            blocks[index] = UInt32(truncatingIfNeeded: total)
            carry = total >> 32
        }
        if carry != 0 { blocks.append(UInt32(carry)) }
        normalize()
    }

    func shiftedLeft(by bits: Int) -> BigUInt {
        precondition(bits >= 0)
        guard !isZero else { return self }
        let blockShift = bits / 32
        let bitShift = UInt32(bits % 32)
        var shifted = [UInt32](repeating: 0, count: blockShift) + blocks + [0]
        if bitShift != 0 {
            for index in shifted.indices.reversed() where index > blockShift {
                shifted[index] = (shifted[index] << bitShift) | (shifted[index - 1] >> (32 - bitShift))
            }
            shifted[blockShift] <<= bitShift
        }
        return BigUInt(blocks: shifted)
    }

    /// Subtracts `other`, which must not exceed `self`.
    mutating func subtract(_ other: BigUInt) {
        var borrow: Int64 = 0
        for index in blocks.indices {
            let subtrahend = index < other.blocks.count ? Int64(other.blocks[index]) : 0
            if subtrahend == 0 && borrow == 0 && index >= other.blocks.count { break }
            var difference = Int64(blocks[index]) - subtrahend - borrow
            borrow = difference < 0 ? 1 : 0
            if difference < 0 { difference += 1 << 32 }
            blocks[index] = UInt32(difference)
        }
        precondition(borrow == 0, "BigUInt subtraction underflow")
        normalize()
    }

    /// Replaces `self` by `self mod divisor` and returns `self / divisor`, which the
    /// caller guarantees is a single decimal digit (Dragon4 keeps value < 10 · scale).
    mutating func divideOutDigit(by divisor: BigUInt) -> Int {
        var quotient = 0
        while self >= divisor {
            subtract(divisor)
            quotient += 1
        }
        return quotient
    }
}
