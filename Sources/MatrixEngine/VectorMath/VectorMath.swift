/// exp, tanh and log eight lanes at a time, for the activations that training spends most of its
/// time in (the C library's scalar tanh was half of a planar iteration) and the cost's logarithms.
/// Eight lanes are two independent 256-bit chains on AVX2, which hides the latency of the long
/// polynomials; sixteen spill registers and were slower (AVX-512 maps two groups at once, see
/// `Matrix.mapLanes`).
///
/// All stay within 2 ulp of the C library's results (the bound): the tests count the
/// ulps against `Double.exp`/`Double.tanh`/`Double.log` over millions of arguments. Inputs the
/// fast formulas do not cover (nan, exp's overflow and underflow ranges, and log's zeros,
/// negatives, subnormals and infinities) go lane by lane to the C library, so every edge case is
/// the C library's. The polynomials are minimax fits (mpmath's chebyfit,
/// 50 digits), evaluated with fused multiply-adds.
enum VectorMath {
    typealias Lanes = SIMD8<Double>
    typealias LaneBits = SIMD8<UInt64>

    // MARK: exp

    /// Where the fast exp applies: e^x and its 2^k scale factor are normal doubles.
    static let expDomain: ClosedRange<Double> = -708...709

    private static let log2e = 0x1.71547652b82fep+0
    /// ln 2 split in two, the high part with trailing zeros so that k · ln2High is exact.
    private static let ln2High = 0x1.62e42fefa3800p-1
    private static let ln2Low = 0x1.ef35793c76730p-45
    /// Adding it rounds to an integer kept in the low mantissa bits (|k| < 2^51).
    private static let roundingShifter = 0x1.8p52

    /// (e^r − 1 − r) / r² on |r| ≤ ln2/2, highest degree first.
    private static let expCorrection: [Double] = [
        0x1.1f730349868cep-29, 0x1.af4de97ca4194p-26, 0x1.27e4db646b17ep-22, 0x1.71de0231960ebp-19,
        0x1.a01a01a6d889cp-16, 0x1.a01a01abe7fe1p-13, 0x1.6c16c16c162d4p-10, 0x1.11111111100dcp-7,
        0x1.5555555555556p-5, 0x1.5555555555557p-3, 0x1.0000000000000p-1,
    ]

    /// e^x for x in `expDomain`: x = k·ln2 + r with |r| ≤ ln2/2, e^x = 2^k · (1 + r + r²·P(r)).
    @inline(__always)
    static func exp(_ x: Lanes) -> Lanes {
        let shifted = (x * log2e) + Lanes(repeating: roundingShifter)
        let k = shifted - Lanes(repeating: roundingShifter)
        var r = x.addingProduct(-k, Lanes(repeating: ln2High))
        r = r.addingProduct(-k, Lanes(repeating: ln2Low))
        let p = polynomial(expCorrection, r)
        let expR = 1 + r.addingProduct(r * r, p)
        // 2^k from the integer in `shifted`'s low bits, moved into the exponent field.
        let kBits = unsafeBitCast(shifted, to: LaneBits.self) &<< 52
        let scale = unsafeBitCast(kBits &+ LaneBits(repeating: (1.0).bitPattern), to: Lanes.self)
        return expR * scale
    }

    // MARK: tanh

    /// (tanh(x) − x) / x³ as a polynomial in u = x² on 0 ≤ u ≤ 1, highest degree first.
    private static let tanhCorrection: [Double] = [
        -0x1.255e7760dc76dp-27, 0x1.922fdbe58a872p-24, -0x1.1306c68e489eap-21, 0x1.01ed0537aafe1p-19,
        -0x1.83b86bf37b691p-18, 0x1.02a4681561bf1p-16, -0x1.4716206d34c37p-15, 0x1.95f8917d9e05ap-14,
        -0x1.f567a08729e42p-13, 0x1.3556d1497c973p-11, -0x1.7da3468275600p-10, 0x1.d6d3cf0c9f4f0p-9,
        -0x1.226e3554e44b7p-7, 0x1.664f488284a62p-6, -0x1.ba1ba1ba1ad79p-5, 0x1.1111111111109p-3,
        -0x1.5555555555555p-2,
    ]

    /// tanh(x) for finite x: x + x³·P(x²) below |x| = 1, where the cancellation in the exp form
    /// would cost accuracy; 1 − 2/(e^{2|x|} + 1) from there (2/(e^{2|x|} + 1) ≤ 0.24, so its
    /// rounding moves the result by at most a quarter ulp); the sign put back last, so tanh(−0) = −0.
    @inline(__always)
    static func tanh(_ x: Lanes) -> Lanes {
        let signBits = unsafeBitCast(x, to: LaneBits.self) & LaneBits(repeating: 1 << 63)
        let a = unsafeBitCast(unsafeBitCast(x, to: LaneBits.self) ^ signBits, to: Lanes.self)
        // Each formula is evaluated only when some lane needs it: the lanes' values are the
        // same either way, and a group of small (or of large) arguments costs one of the two.
        let isNear = a .< 1
        let magnitude: Lanes
        if all(isNear) {
            magnitude = tanhNear(a)
        } else if !any(isNear) {
            magnitude = tanhFar(a)
        } else {
            magnitude = tanhFar(a).replacing(with: tanhNear(a), where: isNear)
        }
        return unsafeBitCast(unsafeBitCast(magnitude, to: LaneBits.self) | signBits, to: Lanes.self)
    }

    /// tanh(a) for 0 ≤ a < 1: a + a³·P(a²).
    @inline(__always)
    private static func tanhNear(_ a: Lanes) -> Lanes {
        let u = a * a
        return a.addingProduct(a * u, polynomial(tanhCorrection, u))
    }

    /// tanh(a) for a ≥ 1: 1 − 2/(e^{2a} + 1).
    @inline(__always)
    private static func tanhFar(_ a: Lanes) -> Lanes {
        // tanh(20) is 1 to the last bit; the clamp keeps e^{2|x|} finite.
        let e = exp(2 * a.replacing(with: 20, where: a .> 20))
        return 1 - 2 / (e + 1)
    }

    // MARK: log

    /// Where the fast log applies: positive normal numbers (zero, negatives, subnormals,
    /// infinities and nan go to the C library).
    static let logDomain: ClosedRange<Double> = Double.leastNormalMagnitude...Double.greatestFiniteMagnitude

    /// (2·atanh(√z)/√z − 2) / z on 0 ≤ z ≤ ((√2 − 1)/(√2 + 1))², highest degree first.
    private static let logCorrection: [Double] = [
        0x1.2b5900de53b32p-3, 0x1.39fe51a7c18f9p-3, 0x1.7462b51cb66b1p-3, 0x1.c71c62e3f11e6p-3,
        0x1.2492492df281ap-2, 0x1.99999999952d7p-2, 0x1.5555555555558p-1,
    ]

    /// log(x) for x in `logDomain`: x = 2^k · m with √2/2 ≤ m < √2 and f = m − 1, so that
    /// log(x) = k·ln2 + log(1 + f); with s = f/(2 + f), log(1 + f) = 2·atanh(s) = f − f²/2 +
    /// s·(f²/2 + R(s²)), summed small terms first so that the rounding stays below an ulp.
    @inline(__always)
    static func log(_ x: Lanes) -> Lanes {
        let bits = unsafeBitCast(x, to: LaneBits.self)
        let fractionBits = bits & LaneBits(repeating: (1 << 52) - 1)
        // The significand as a number in [1, 2), halved when it is above √2.
        var m = unsafeBitCast(fractionBits | LaneBits(repeating: (1.0).bitPattern), to: Lanes.self)
        let isHigh = m .> Lanes(repeating: 2.0.squareRoot())
        m.replace(with: m * 0.5, where: isHigh)
        let exponent = SIMD8<Int64>(truncatingIfNeeded: bits &>> 52) &- 1023
        var k = Lanes(exponent)
        k.replace(with: k + 1, where: isHigh)
        let f = m - 1
        let s = f / (2 + f)
        let z = s * s
        let r = z * polynomial(logCorrection, z)
        let halfSquare = 0.5 * f * f
        return k * ln2High - ((halfSquare - (s * (halfSquare + r) + k * ln2Low)) - f)
    }

    // MARK: Evaluation

    /// Horner's rule with fused multiply-adds.
    @inline(__always)
    private static func polynomial(_ coefficients: [Double], _ x: Lanes) -> Lanes {
        var sum = Lanes(repeating: coefficients[0])
        for index in 1..<coefficients.count {
            sum = Lanes(repeating: coefficients[index]).addingProduct(sum, x)
        }
        return sum
    }
}
