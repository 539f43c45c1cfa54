import RealModule
import Testing
@testable import MatrixEngine

/// The vectorised exp, tanh and log must stay within 2 ulp of the C library's (the bound) and
/// give the C library's answer wherever they hand over to it: nan, infinities, overflow,
/// underflow, signed zeros.
@Suite("Vectorised exp, tanh and log: within 2 ulp of the C library")
struct VectorMathTests {
    /// How many representable doubles lie between a and b (0 when equal, both nan, or ±0).
    static func ulpDistance(_ a: Double, _ b: Double) -> UInt64 {
        if a == b || (a.isNaN && b.isNaN) { return 0 }
        if a.isNaN || b.isNaN { return .max }
        // Map the bit patterns onto a line where adjacent doubles differ by one.
        func ordinal(_ x: Double) -> Int64 {
            let bits = Int64(bitPattern: x.bitPattern)
            return bits < 0 ? Int64.min &- bits : bits
        }
        let difference = ordinal(a).subtractingReportingOverflow(ordinal(b))
        return difference.overflow ? .max : difference.partialValue.magnitude
    }

    /// The largest ulp distance between `vectorised` on `values` and `reference` on each value.
    static func largestDistance(_ values: [Double], _ vectorised: (Matrix) -> Matrix, _ reference: (Double) -> Double)
        -> (distance: UInt64, at: Double) {
        let results = vectorised(Matrix(uncheckedRows: 1, columns: values.count, elements: values)).elements
        var worst: (distance: UInt64, at: Double) = (0, 0)
        for (x, y) in zip(values, results) {
            let distance = ulpDistance(y, reference(x))
            if distance > worst.distance { worst = (distance, x) }
        }
        return worst
    }

    static func randomValues(_ count: Int, in range: ClosedRange<Double>, seed: UInt64) -> [Double] {
        var rng = SplitMix64Generator(seed: seed)
        return (0..<count).map { _ in Double.random(in: range, using: &rng) }
    }

    /// Values spread over many binades: ±2^e · (1 + f) for e in `exponents`.
    static func logarithmicValues(_ count: Int, exponents: ClosedRange<Int>, seed: UInt64) -> [Double] {
        var rng = SplitMix64Generator(seed: seed)
        return (0..<count).map { _ in
            let magnitude = Double(sign: .plus, exponent: Int.random(in: exponents, using: &rng),
                                   significand: Double.random(in: 1..<2, using: &rng))
            return Bool.random(using: &rng) ? magnitude : -magnitude
        }
    }

    @Test func expIsWithinTwoUlpOfTheCLibrary() {
        let ranges: [ClosedRange<Double>] = [-1...1, -20...20, -708...709, -745.2 ... -700, 700...710]
        for (index, range) in ranges.enumerated() {
            let worst = Self.largestDistance(Self.randomValues(400_000, in: range, seed: UInt64(index)), { $0.exp() }, { Double.exp($0) })
            #expect(worst.distance <= 2, "exp on \(range): \(worst.distance) ulp at \(worst.at)")
        }
        let tiny = Self.largestDistance(Self.logarithmicValues(200_000, exponents: -1074...9, seed: 9), { $0.exp() }, { Double.exp($0) })
        #expect(tiny.distance <= 2, "exp: \(tiny.distance) ulp at \(tiny.at)")
    }

    @Test func tanhIsWithinTwoUlpOfTheCLibrary() {
        let ranges: [ClosedRange<Double>] = [-1...1, -0.01...0.01, -3...3, -25...25, 0.99...1.01, -1.01 ... -0.99]
        for (index, range) in ranges.enumerated() {
            let worst = Self.largestDistance(Self.randomValues(400_000, in: range, seed: 100 + UInt64(index)), { $0.tanh() }, { Double.tanh($0) })
            #expect(worst.distance <= 2, "tanh on \(range): \(worst.distance) ulp at \(worst.at)")
        }
        let spread = Self.largestDistance(Self.logarithmicValues(300_000, exponents: -1074...12, seed: 7), { $0.tanh() }, { Double.tanh($0) })
        #expect(spread.distance <= 2, "tanh: \(spread.distance) ulp at \(spread.at)")
    }

    @Test func logIsWithinOneUlpOfTheCLibrary() {
        let ranges: [ClosedRange<Double>] = [0.5...2, 0.999...1.001, 1e-6...1, 1...1e6, 0.70...0.72, 1.41...1.42]
        for (index, range) in ranges.enumerated() {
            let worst = Self.largestDistance(Self.randomValues(400_000, in: range, seed: 200 + UInt64(index)), { $0.log() }, { Double.log($0) })
            #expect(worst.distance <= 1, "log on \(range): \(worst.distance) ulp at \(worst.at)")
        }
        // Every binade, subnormals (the C library's) included; the negatives are nan on both sides.
        let spread = Self.largestDistance(Self.logarithmicValues(400_000, exponents: -1074...1023, seed: 8), { $0.log() },
                                          { Matrix.naturalLog($0) })
        #expect(spread.distance <= 1, "log: \(spread.distance) ulp at \(spread.at)")
        let exact = Matrix(uncheckedRows: 1, columns: 9, elements: [1, 1, 1, 1, 1, 1, 1, 1, 2]).log().elements
        #expect(exact.prefix(8).allSatisfy { $0 == 0 && $0.sign == .plus } && exact[8] == Double.log(2))
    }

    /// σ(z) = 1 / (1 + e^(−z)) is not a C library function: a 1-ulp difference in e^(−z) can move
    /// the rounding of 1 + e^(−z) by two of its ulps once e^(−z) > 2^53, so the bound is 4 ulp.
    @Test func sigmoidIsWithinFourUlpOfTheScalarFormula() {
        let values = Self.randomValues(400_000, in: -40...40, seed: 31) + [-745, -709.5, 709.5, 800, -800]
        let worst = Self.largestDistance(values, { $0.sigmoid() }, { 1 / (1 + Double.exp(-$0)) })
        #expect(worst.distance <= 4, "sigmoid: \(worst.distance) ulp at \(worst.at)")
        let moderate = Self.largestDistance(Self.randomValues(400_000, in: -30...30, seed: 32), { $0.sigmoid() }, { 1 / (1 + Double.exp(-$0)) })
        #expect(moderate.distance <= 2, "sigmoid on -30...30: \(moderate.distance) ulp at \(moderate.at)")
    }

    /// Every special value among ordinary values, at every lane position of a group, of either
    /// group of a pair (wide-vector hosts map two groups at once) and in partial last groups, so
    /// that the hand-over to the C library is exercised everywhere.
    @Test func specialValuesGiveTheCLibrarysResult() {
        let specials: [Double] = [.nan, .infinity, -.infinity, 0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                                  .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                                  709.78, 709.79, -745.13, -745.14, 708, -708, 709, 20, -20, 19.06, 1, -1]
        for special in specials {
            for position in 0..<20 {
                var values = [0.5, -1.5, 2.5, 0.25, 3.0, -0.75, 1.25, -2.0, 4.0, 0.125, 1.5, 0.75, 2.0, 0.5, 3.5, 1.0, 0.25, 2.5, 1.75, 0.875]
                values[position] = special
                for count in 1...20 {
                    let input = Array(values.prefix(count))
                    let m = Matrix(uncheckedRows: 1, columns: count, elements: input)
                    for (name, vectorised, reference) in [("exp", m.exp(), { Double.exp($0) }), ("tanh", m.tanh(), { Double.tanh($0) }),
                                                          ("sigmoid", m.sigmoid(), { 1 / (1 + Double.exp(-$0)) }),
                                                          ("log", m.log(), Matrix.naturalLog)] as [(String, Matrix, (Double) -> Double)] {
                        for (x, y) in zip(input, vectorised.elements) {
                            let expected = reference(x)
                            // What goes to the C library (nan, infinities, beyond exp's domain, log's zeros,
                            // negatives and subnormals) is its very result.
                            let handedOver = !x.isFinite || (name == "log" ? !VectorMath.logDomain.contains(x) : Swift.abs(x) > 709)
                            #expect(handedOver ? y.bitPattern == expected.bitPattern || (y.isNaN && expected.isNaN)
                                               : Self.ulpDistance(y, expected) <= 2 && (y.sign == expected.sign || y.isNaN),
                                    "\(name)(\(x)) = \(y), C library \(expected)")
                        }
                    }
                }
            }
        }
    }

    @Test func handDerivableValues() {
        let e = Matrix(uncheckedRows: 1, columns: 3, elements: [0, 1, -1]).exp().elements
        #expect(e[0] == 1 && Self.ulpDistance(e[1], 2.718281828459045) <= 1 && Self.ulpDistance(e[2], 0.36787944117144233) <= 1)
        let t = Matrix(uncheckedRows: 1, columns: 3, elements: [0, -0.0, 30]).tanh().elements
        #expect(t[0] == 0 && t[0].sign == .plus && t[1] == 0 && t[1].sign == .minus && t[2] == 1)
        #expect(Matrix(uncheckedRows: 1, columns: 1, elements: [0]).sigmoid().elements == [0.5])
    }
}
