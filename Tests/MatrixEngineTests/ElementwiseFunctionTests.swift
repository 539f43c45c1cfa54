import Foundation
import Testing
@testable import MatrixEngine

@Suite("Element-wise functions: exp, log, activations, their derivatives, power")
struct ElementwiseFunctionTests {
    static var unaryFunctions: [(name: String, apply: (Matrix) -> Matrix)] { [
        ("exp", { $0.exp() }), ("log", { $0.log() }), ("sqrt", { $0.sqrt() }), ("abs", { $0.abs() }),
        ("tanh", { $0.tanh() }), ("square", { $0.square() }), ("sigmoid", { $0.sigmoid() }),
        ("relu", { $0.relu() }), ("leakyRelu", { $0.leakyRelu() }),
        ("sigmoidDerivative", { $0.sigmoidDerivative() }), ("tanhDerivative", { $0.tanhDerivative() }),
        ("reluDerivative", { $0.reluDerivative() }), ("leakyReluDerivative", { $0.leakyReluDerivative() }),
    ] }

    @Test(arguments: [(0, 0), (0, 4), (4, 0), (1, 1), (3, 5), (5, 3)])
    func everyFunctionKeepsTheShape(rows: Int, columns: Int) {
        var rng = SplitMix64Generator(seed: 1)
        let m = rng.uniformMatrix(rows, columns)
        for f in Self.unaryFunctions {
            #expect(f.apply(m).shape == Shape(rows, columns), "\(f.name)")
        }
    }

    // MARK: - Hand-derivable values

    @Test func expLogSqrtAbsSquareValues() throws {
        let m = try Matrix([[0, 1, 4], [-3, 0.25, 2]])
        #expect(m.exp().elements[0] == 1)
        #expect(DoubleCheck.close(m.exp().elements[1], M_E))
        #expect(m.log().elements[1] == 0)
        #expect(DoubleCheck.close(m.log().elements[2], 2 * M_LN2))
        #expect(m.sqrt().elements[2] == 2 && m.sqrt().elements[4] == 0.5)
        #expect(m.abs().rowArrays == [[0, 1, 4], [3, 0.25, 2]])
        #expect(m.square().rowArrays == [[0, 1, 16], [9, 0.0625, 4]])
        #expect(DoubleCheck.close(try Matrix([[2]]).exp().log().elements[0], 2))
    }

    @Test func logFollowsNumpysEdgeCases() throws {
        let r = try Matrix([[0, -0.0, -1, .infinity, -.infinity, .nan]]).log()
        #expect(r.elements[0] == -.infinity)   // log(0) = -inf
        #expect(r.elements[1] == -.infinity)   // log(-0.) = -inf
        #expect(r.elements[2].isNaN)           // log(-1) = nan
        #expect(r.elements[3] == .infinity)
        #expect(r.elements[4].isNaN)
        #expect(r.elements[5].isNaN)
    }

    @Test func expSqrtTanhAbsEdgeCases() throws {
        let specials = try Matrix([[.infinity, -.infinity, .nan, 1000, -1000]])
        #expect(DoubleCheck.identical(specials.exp(), try Matrix([[.infinity, 0, .nan, .infinity, 0]])))
        #expect(DoubleCheck.identical(specials.tanh(), try Matrix([[1, -1, .nan, 1, -1]])))
        #expect(DoubleCheck.identical(specials.abs(), try Matrix([[.infinity, .infinity, .nan, 1000, 1000]])))
        #expect(DoubleCheck.identical(try Matrix([[-1, -.infinity, .infinity, -0.0]]).sqrt(),
                                      try Matrix([[.nan, .nan, .infinity, -0.0]])))
    }

    @Test func sigmoidValues() throws {
        let r = try Matrix([[0, 1000, -1000, .infinity, -.infinity, .nan, 2]]).sigmoid()
        #expect(r.elements[0] == 0.5)
        #expect(r.elements[1] == 1)
        #expect(r.elements[2] == 0)              // 1 / (1 + inf): no nan, as numpy (with an overflow warning)
        #expect(r.elements[3] == 1)
        #expect(r.elements[4] == 0)
        #expect(r.elements[5].isNaN)
        #expect(r.elements[6] == 1 / (1 + Foundation.exp(-2.0)))
        // σ(-z) = 1 - σ(z)
        var rng = SplitMix64Generator(seed: 8)
        let z = rng.uniformMatrix(4, 6)
        #expect(DoubleCheck.close((-z).sigmoid(), try Matrix(scalar: 1) - z.sigmoid(), relative: 1e-12, absolute: 1e-15))
    }

    @Test func tanhValues() throws {
        let r = try Matrix([[0, 0.5, -0.5]]).tanh()
        #expect(r.elements[0] == 0)
        #expect(DoubleCheck.close(r.elements[1], 0.46211715726000974))   // np.tanh(0.5)
        #expect(r.elements[2] == -r.elements[1])
    }

    @Test func reluValues() throws {
        let r = try Matrix([[-2, -0.5, 0, 0.5, 3, .infinity, -.infinity, .nan]]).relu()
        #expect(DoubleCheck.identical(r, try Matrix([[0, 0, 0, 0.5, 3, .infinity, 0, .nan]])))
    }

    @Test func leakyReluValues() throws {
        let z = try Matrix([[-200, -1, 0, 2, .nan, -.infinity]])
        #expect(DoubleCheck.identical(z.leakyRelu(), try Matrix([[-2, -0.01, 0, 2, .nan, -.infinity]])))
        #expect(DoubleCheck.identical(z.leakyRelu(slope: 0.2), try Matrix([[-40, -0.2, 0, 2, .nan, -.infinity]])))
    }

    @Test func derivativeValuesAtHandDerivablePoints() throws {
        let zero = Matrix(scalar: 0)
        #expect(zero.sigmoidDerivative().elements == [0.25])
        #expect(zero.tanhDerivative().elements == [1])
        #expect(zero.reluDerivative().elements == [0], "the course takes ReLU'(0) = 0")
        #expect(zero.leakyReluDerivative().elements == [0.01])
        #expect(zero.leakyReluDerivative(slope: 0.3).elements == [0.3])
        let z = try Matrix([[-3, -0.5, 0.5, 3, .nan]])
        #expect(z.reluDerivative().elements == [0, 0, 1, 1, 0])
        #expect(z.leakyReluDerivative().elements == [0.01, 0.01, 1, 1, 0.01])
        let large = try Matrix([[1000, -1000, .infinity, -.infinity]])
        #expect(large.sigmoidDerivative().elements == [0, 0, 0, 0])
        #expect(large.tanhDerivative().elements == [0, 0, 0, 0])
    }

    @Test func derivativesAreTheFormulasOfTheNotes() throws {
        var rng = SplitMix64Generator(seed: 21)
        let z = rng.uniformMatrix(5, 7, -6, 6)
        let one = Matrix(scalar: 1)
        let s = z.sigmoid(), t = z.tanh()
        #expect(DoubleCheck.identical(z.sigmoidDerivative(), try s * (one - s)))
        #expect(DoubleCheck.identical(z.tanhDerivative(), try one - t * t))
        #expect(DoubleCheck.identical(z.tanhDerivative(), try one - t.power(Matrix(scalar: 2))))
    }

    // MARK: - Derivatives against centred finite differences

    static var derivativePairs: [(name: String, f: (Matrix) -> Matrix, derivative: (Matrix) -> Matrix)] { [
        ("sigmoid", { $0.sigmoid() }, { $0.sigmoidDerivative() }),
        ("tanh", { $0.tanh() }, { $0.tanhDerivative() }),
        ("relu", { $0.relu() }, { $0.reluDerivative() }),
        ("leakyRelu", { $0.leakyRelu() }, { $0.leakyReluDerivative() }),
        ("leakyRelu(0.2)", { $0.leakyRelu(slope: 0.2) }, { $0.leakyReluDerivative(slope: 0.2) }),
    ] }

    @Test func derivativesMatchCentredFiniteDifferences() throws {
        var rng = SplitMix64Generator(seed: 99)
        let h = 1e-6
        var z = rng.uniformMatrix(20, 25, -6, 6)
        // Keep away from the kink at 0, where a difference quotient straddles both branches.
        z = z.map { Swift.abs($0) < 1e-3 ? $0 + 0.01 : $0 }
        let step = Matrix(scalar: h)
        for pair in Self.derivativePairs {
            let above: Matrix = pair.f(try z + step), below: Matrix = pair.f(try z - step)
            let difference: Matrix = try above - below
            let numeric: Matrix = try difference / Matrix(scalar: 2 * h)
            let analytic = pair.derivative(z)
            #expect(DoubleCheck.close(analytic, numeric, relative: 1e-6, absolute: 1e-8), "\(pair.name)")
        }
    }

    // MARK: - Power

    /// (x, y, numpy's `np.power(x, y)` bit pattern), printed by numpy 2.x.
    static let powerCases: [(x: Double, y: Double, bits: UInt64)] = [
        (-2, 2, 0x4010_0000_0000_0000),                   // 4
        (-2, 3, 0xc020_0000_0000_0000),                   // -8
        (-2, -1, 0xbfe0_0000_0000_0000),                  // -0.5
        (-2, -2, 0x3fd0_0000_0000_0000),                  // 0.25
        (-1.5, 7, 0xc031_1600_0000_0000),                 // -17.0859375
        (1.5, -2, 0x3fdc_71c7_1c71_c71c),
        (2, 0.5, 0x3ff6_a09e_667f_3bcd),                  // sqrt(2)
        (0, 0, 0x3ff0_0000_0000_0000),                    // 0**0 = 1
        (.nan, 0, 0x3ff0_0000_0000_0000),                 // nan**0 = 1
        (.infinity, 0, 0x3ff0_0000_0000_0000),
        (1, .nan, 0x3ff0_0000_0000_0000),                 // 1**nan = 1
        (.nan, 1, 0x7ff8_0000_0000_0000),
        (-8, 1.0 / 3.0, 0xfff8_0000_0000_0000),           // (-8)**(1/3) = nan, not -2
        (-2, 0.5, 0xfff8_0000_0000_0000),
        (0, -1, 0x7ff0_0000_0000_0000),                   // 0**-1 = inf
        (0, 2, 0x0000_0000_0000_0000),
        (0, .nan, 0x7ff8_0000_0000_0000),                 // 0**nan = nan
        (-0.0, -1, 0xfff0_0000_0000_0000),                // (-0.)**-1 = -inf
        (-0.0, 3, 0x8000_0000_0000_0000),                 // (-0.)**3 = -0.
        (-0.0, -2, 0x7ff0_0000_0000_0000),
        (-0.0, 0.5, 0x0000_0000_0000_0000),
        (-0.0, -0.5, 0x7ff0_0000_0000_0000),
        (0, -.infinity, 0x7ff0_0000_0000_0000),
        (.infinity, -1, 0x0000_0000_0000_0000),
        (-.infinity, 3, 0xfff0_0000_0000_0000),
        (-.infinity, 2, 0x7ff0_0000_0000_0000),
        (-.infinity, -3, 0x8000_0000_0000_0000),
        (-.infinity, 0.5, 0x7ff0_0000_0000_0000),
        (-.infinity, -0.5, 0x0000_0000_0000_0000),
        (2, .infinity, 0x7ff0_0000_0000_0000),
        (0.5, .infinity, 0x0000_0000_0000_0000),
        (2, -.infinity, 0x0000_0000_0000_0000),
        (-2, .infinity, 0x7ff0_0000_0000_0000),
        (-0.5, .infinity, 0x0000_0000_0000_0000),
        (-1, .infinity, 0x3ff0_0000_0000_0000),
        (-1, -.infinity, 0x3ff0_0000_0000_0000),
        (-0.5, -.infinity, 0x7ff0_0000_0000_0000),
        (-2, -.infinity, 0x0000_0000_0000_0000),
        (-3, 1e300, 0x7ff0_0000_0000_0000),               // huge exponents are even integers
        (-3, -1e300, 0x0000_0000_0000_0000),
        (-1, 9_007_199_254_740_992, 0x3ff0_0000_0000_0000),
        (-1, 9_007_199_254_740_991, 0xbff0_0000_0000_0000),
        (-1, 9.223372036854776e18, 0x3ff0_0000_0000_0000),
        (-3, 9.5e15, 0x7ff0_0000_0000_0000),
    ]

    @Test func powerMatchesNumpyIncludingNegativeBasesAndSpecialValues() throws {
        // Element-wise against an exponent matrix (numpy's general pow loop).
        let x = try Matrix(rows: 1, columns: Self.powerCases.count, elements: Self.powerCases.map(\.x))
        let y = try Matrix(rows: 1, columns: Self.powerCases.count, elements: Self.powerCases.map(\.y))
        let r = try x.power(y)
        for (i, c) in Self.powerCases.enumerated() {
            #expect(DoubleCheck.identical(r.elements[i], Double(bitPattern: c.bits)), "(\(c.x)) ** (\(c.y))")
        }
    }

    /// numpy's power loop computes a single broadcast exponent of 2, 0.5, -1, 1 or 0 as x*x, sqrt(x),
    /// 1/x, x and 1, which is not always pow(x, y) to the last bit. Values found and printed with numpy 2.x:
    /// `(np.array([[x, 1.0]]) ** y)[0, 0]`.
    static let scalarExponentCases: [(x: UInt64, y: Double, bits: UInt64)] = [
        (0x4000_e9e5_4c51_2fc7, 2, 0x4011_e125_cbc7_361e),
        (0x4013_0f33_670c_6743, 2, 0x4036_b428_85c3_d007),
        (0x401e_d601_2542_dc68, 2, 0x404d_b6d9_552f_c606),
        (0x401b_b598_3be4_0839, -1, 0x3fc2_7a3e_6807_3b74),
        (0x4010_c848_2e95_6989, -1, 0x3fce_821b_ffb2_d0cb),
        (0x3fee_b3f3_ad0f_b16c, -1, 0x3ff0_ad09_b0a4_f53e),
        (0x4001_8af2_2092_04ef, 0.5, 0x3ff7_b176_3f23_35c5),
        (0x400e_3e25_b2f1_4bf7, 0.5, 0x3fff_1be5_df44_c551),
        (0x4020_7636_9f70_bebc, 0.5, 0x4006_f39d_1917_9332),
    ]

    @Test func scalarExponentFastPathsMatchNumpyBitForBit() throws {
        for c in Self.scalarExponentCases {
            let x = try Matrix([[Double(bitPattern: c.x), 1]])
            let r = try x.power(Matrix(scalar: c.y))
            #expect(r.elements[0].bitPattern == c.bits, "\(Double(bitPattern: c.x)) ** \(c.y)")
        }
        // np.array([[-inf, -0., 4., -4., 0., nan, inf]]) ** y
        let specials = try Matrix([[-.infinity, -0.0, 4, -4, 0, .nan, .infinity]])
        let expected: [(Double, [Double])] = [
            (0.5, [.nan, -0.0, 2, .nan, 0, .nan, .infinity]),
            (2, [.infinity, 0, 16, 16, 0, .nan, .infinity]),
            (-1, [-0.0, -.infinity, 0.25, -0.25, .infinity, .nan, 0]),
            (1, [-.infinity, -0.0, 4, -4, 0, .nan, .infinity]),
            (0, [1, 1, 1, 1, 1, 1, 1]),
            (3, [-.infinity, -0.0, 64, -64, 0, .nan, .infinity]),
        ]
        for (y, values) in expected {
            let r = try specials.power(Matrix(scalar: y))
            #expect(DoubleCheck.identical(r, try Matrix([values])), "** \(y)")
        }
    }

    /// `x ** 2` is x*x in every form, as numpy computes it on every host: its power loop squares
    /// a single broadcast exponent of 2 (numpy 2.x, AVX2 and AVX-512 alike), and on AVX-512 its
    /// SIMD loop gives the correctly rounded x² for an exponent array too. (On AVX2 hosts numpy
    /// calls the C library's pow for an exponent array, which is the only form Backprop does not
    /// follow; x*x there is the correctly rounded square, pow is not.)
    @Test func squaringIsXTimesX() throws {
        // x = 0x4000e9e54c512fc7: x*x is …361e, the correctly rounded x² (0.4985 ulp below it);
        // glibc's pow(x, 2) is …361d (0.5015 ulp above).
        let x = Double(bitPattern: 0x4000_e9e5_4c51_2fc7)
        let pow = Double(bitPattern: 0x4011_e125_cbc7_361d), square = Double(bitPattern: 0x4011_e125_cbc7_361e)
        #expect(x * x == square)
        // np.power([[x], [x]], [[2.]]): one exponent broadcast.
        #expect(try Matrix([[x], [x]]).power(Matrix([[2]])).elements == [square, square])
        // np.power([[x, x]], [[2., 2.]]) and np.power([[x], [x]], [[2.], [2.]]): an exponent per element.
        #expect(try Matrix([[x, x]]).power(Matrix([[2, 2]])).elements == [square, square])
        #expect(try Matrix([[x], [x]]).power(Matrix([[2], [2]])).elements == [square, square])
        #expect(try Matrix([[x, x]]).power(Matrix([[2, 3]])).elements == [square, Matrix.pow(x, 3)])
        // np.array([[x]]) ** 2: a Python scalar exponent.
        #expect(try Matrix([[x]]).power(Matrix(scalar: 2)).elements == [square])
        // Python's float ** float is the C library's pow, whatever the CPU: Matrix.pow is that.
        #expect(Matrix.pow(x, 2) == pow, "Matrix.pow itself is C's pow, as Python's float ** float")
    }

    @Test func powerBroadcasts() throws {
        let base = try Matrix([[1], [2], [3]])
        let exponents = try Matrix([[0, 1, 2, 3]])
        let r = try base.power(exponents)
        #expect(r.shape == Shape(3, 4))
        #expect(r.rowArrays == [[1, 1, 1, 1], [1, 2, 4, 8], [1, 3, 9, 27]])
        #expect(try Matrix(scalar: 2).power(exponents).elements == [1, 2, 4, 8])
    }
}
