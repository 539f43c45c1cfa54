import Testing
@testable import MatrixEngine

@Suite("Construction: initialisers, zeros/ones/full/eye, linspace, arange, reshape, stacking")
struct ConstructionTests {
    // MARK: - Initialisers

    @Test func rowMajorInitialiserStoresElementsInCOrder() throws {
        let m = try Matrix(rows: 2, columns: 3, elements: [1, 2, 3, 4, 5, 6])
        #expect(m.shape == Shape(2, 3))
        #expect(m.rows == 2 && m.columns == 3 && m.count == 6)
        #expect(m.rowArrays == [[1, 2, 3], [4, 5, 6]])
        #expect(m[0, 2] == 3)
        #expect(m[1, 0] == 4)
        #expect(!m.isScalarShaped)
    }

    @Test func nestedRowsInitialiserMatchesRowMajorInitialiser() throws {
        let nested = try Matrix([[1, 2, 3], [4, 5, 6]])
        let flat = try Matrix(rows: 2, columns: 3, elements: [1, 2, 3, 4, 5, 6])
        #expect(nested == flat)
        #expect(nested.rowArrays == [[1, 2, 3], [4, 5, 6]])
    }

    @Test func nestedRowsInitialiserHandlesEmptyShapes() throws {
        // np.array([]) is rank 1; Backprop's closest equivalent is (0, 0). np.array([[]]) is (1, 0).
        #expect(try Matrix([]).shape == Shape(0, 0))
        #expect(try Matrix([[]]).shape == Shape(1, 0))
        #expect(try Matrix([[], []]).shape == Shape(2, 0))
        #expect(try Matrix(rows: 0, columns: 4, elements: []).shape == Shape(0, 4))
        #expect(try Matrix(rows: 3, columns: 0, elements: []).rowArrays == [[], [], []])
    }

    @Test func scalarInitialiserIsOneByOne() {
        let s = Matrix(scalar: 2.5)
        #expect(s.shape == Shape(1, 1))
        #expect(s.elements == [2.5])
        #expect(s.isScalarShaped)
    }

    @Test func subscriptWritesOneElementWithValueSemantics() throws {
        let original = try Matrix([[1, 2], [3, 4]])
        var copy = original
        copy[1, 0] = 30
        #expect(copy.rowArrays == [[1, 2], [30, 4]])
        #expect(original.rowArrays == [[1, 2], [3, 4]], "writing to a copy must not change the original")
    }

    @Test func shapeDescriptions() {
        #expect(Shape(4, 3).description == "(4, 3)")
        #expect(Shape(4, 3).compact == "(4,3)")
        #expect(Shape(4, 3).transposed == Shape(3, 4))
        #expect(Shape(4, 3).count == 12)
        #expect(Shape(0, 3).count == 0)
    }

    // MARK: - zeros, ones, full, eye

    @Test(arguments: [(0, 0), (0, 3), (3, 0), (1, 1), (2, 3), (5, 1)])
    func zerosOnesFullHaveTheRequestedShapeAndValue(rows: Int, columns: Int) throws {
        let z = try Matrix.zeros(rows, columns)
        let o = try Matrix.ones(rows, columns)
        let f = try Matrix.full(rows, columns, value: -7.25)
        for m in [z, o, f] {
            #expect(m.shape == Shape(rows, columns))
            #expect(m.count == rows * columns)
        }
        #expect(z.elements.allSatisfy { $0 == 0 && $0.sign == .plus })
        #expect(o.elements.allSatisfy { $0 == 1 })
        #expect(f.elements.allSatisfy { $0 == -7.25 })
    }

    @Test func fullKeepsNanAndInfinity() throws {
        #expect(try Matrix.full(2, 2, value: .nan).elements.allSatisfy(\.isNaN))
        #expect(try Matrix.full(1, 3, value: -.infinity).elements == [-.infinity, -.infinity, -.infinity])
    }

    @Test func eyeIsTheIdentity() throws {
        #expect(try Matrix.eye(3).rowArrays == [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
        #expect(try Matrix.eye(1).rowArrays == [[1]])
        #expect(try Matrix.eye(0).shape == Shape(0, 0))
    }

    @Test func eyeRectangularHasOnesOnTheMainDiagonal() throws {
        #expect(try Matrix.eye(2, 3).rowArrays == [[1, 0, 0], [0, 1, 0]])
        #expect(try Matrix.eye(3, 2).rowArrays == [[1, 0], [0, 1], [0, 0]])
        #expect(try Matrix.eye(2, 0).shape == Shape(2, 0))
    }

    // MARK: - linspace

    @Test func linspaceHandDerivedValues() throws {
        let m = try Matrix.linspace(0, 1, count: 5)
        #expect(m.shape == Shape(1, 5))
        #expect(m.elements == [0, 0.25, 0.5, 0.75, 1])
        #expect(try Matrix.linspace(-1, 1, count: 3).elements == [-1, 0, 1])
        #expect(try Matrix.linspace(2.5, 2.5, count: 3).elements == [2.5, 2.5, 2.5])
        #expect(try Matrix.linspace(0, 10, count: 2).elements == [0, 10])
    }

    @Test func linspaceWithOneOrZeroSamples() throws {
        // np.linspace(0, 1, 1) == [0.]; np.linspace(0, 1, 0) is empty.
        #expect(try Matrix.linspace(3, 7, count: 1).elements == [3])
        let empty = try Matrix.linspace(3, 7, count: 0)
        #expect(empty.shape == Shape(1, 0))
    }

    /// Bit patterns printed by numpy 2.x: `np.linspace(0, 3.12, 200)` and `np.linspace(3.12, 6.24, 200)`.
    /// Indices 20, 38, 50, 99 are ones where `start + (k/div)*delta` would differ from numpy's
    /// `start + k*step`; index 199 is where `k*step` differs from the exact `stop`.
    static let numpyLinspace: [(index: Int, first: UInt64, second: UInt64)] = [
        (0, 0x0000_0000_0000_0000, 0x4008_f5c2_8f5c_28f6),
        (1, 0x3f90_0dff_12e2_83d6, 0x4009_15de_8d81_edfe),
        (20, 0x3fd4_117e_d79b_24cc, 0x400b_77f2_6a4f_8d90),
        (38, 0x3fe3_109e_e66c_fc8e, 0x400d_b9ea_48f7_681a),
        (50, 0x3fe9_15de_8d81_edfe, 0x400f_3b3a_32bc_a476),
        (99, 0x3ff8_d5a6_9136_63ef, 0x4012_b04a_ebfb_ad77),
        (137, 0x4001_2efb_0236_711b, 0x4015_125e_c8c9_4d08),
        (198, 0x4008_d5a6_9136_63ef, 0x4018_e5b4_9049_4672),
        (199, 0x4008_f5c2_8f5c_28f6, 0x4018_f5c2_8f5c_28f6),
    ]

    @Test func linspaceMatchesNumpyBitForBit() throws {
        let first = try Matrix.linspace(0, 3.12, count: 200)
        let second = try Matrix.linspace(3.12, 6.24, count: 200)
        #expect(first.shape == Shape(1, 200))
        #expect(second.shape == Shape(1, 200))
        for (index, a, b) in Self.numpyLinspace {
            #expect(first.elements[index].bitPattern == a, "linspace(0, 3.12, 200)[\(index)]")
            #expect(second.elements[index].bitPattern == b, "linspace(3.12, 6.24, 200)[\(index)]")
        }
    }

    @Test func linspaceLastPointIsExactlyStop() throws {
        var rng = SplitMix64Generator(seed: 11)
        for _ in 0..<50 {
            let start = rng.uniform(-100, 100), stop = rng.uniform(-100, 100)
            let count = Int.random(in: 2...300, using: &rng)
            let m = try Matrix.linspace(start, stop, count: count)
            #expect(m.elements.first == start)
            #expect(m.elements.last == stop)
            // Interior points follow numpy's formula exactly: start + k * ((stop - start) / (count - 1)).
            let step = (stop - start) / Double(count - 1)
            for k in 0..<(count - 1) {
                #expect(m.elements[k] == start + Double(k) * step)
            }
        }
    }

    @Test func linspaceDecreasing() throws {
        // np.linspace(1, 0, 7)
        let expected: [UInt64] = [
            0x3ff0_0000_0000_0000, 0x3fea_aaaa_aaaa_aaab, 0x3fe5_5555_5555_5556, 0x3fe0_0000_0000_0000,
            0x3fd5_5555_5555_5556, 0x3fc5_5555_5555_5558, 0x0000_0000_0000_0000,
        ]
        #expect(try Matrix.linspace(1, 0, count: 7).elements.map(\.bitPattern) == expected)
    }

    @Test func linspaceWhoseStepUnderflowsToZero() throws {
        // np.linspace(0, 5e-324, 3) == [0, 0, 5e-324]: numpy divides k by div before scaling.
        let m = try Matrix.linspace(0, 5e-324, count: 3)
        #expect(m.elements.map(\.bitPattern) == [0, 0, 1])
    }

    // MARK: - arange

    @Test func arangeHandDerivedValues() throws {
        #expect(try Matrix.arange(0, 10, step: 3).elements == [0, 3, 6, 9])
        #expect(try Matrix.arange(0, 4).elements == [0, 1, 2, 3])
        #expect(try Matrix.arange(5, 1, step: -1.5).elements == [5, 3.5, 2])
        #expect(try Matrix.arange(0, 10, step: 3).shape == Shape(1, 4))
    }

    @Test func arangeEmptyRanges() throws {
        #expect(try Matrix.arange(1, 1).shape == Shape(1, 0))
        #expect(try Matrix.arange(3, 1).shape == Shape(1, 0))
        #expect(try Matrix.arange(1, 3, step: -1).shape == Shape(1, 0))
    }

    /// numpy fills arange as start, start+step, then start + k*delta with delta = (start+step) - start,
    /// which is not always `step`. Bit patterns printed by numpy 2.x.
    @Test func arangeMatchesNumpyBitForBit() throws {
        let cases: [(start: Double, stop: Double, step: Double, bits: [UInt64])] = [
            (1, 2, 0.1, [
                0x3ff0_0000_0000_0000, 0x3ff1_9999_9999_999a, 0x3ff3_3333_3333_3334, 0x3ff4_cccc_cccc_ccce,
                0x3ff6_6666_6666_6668, 0x3ff8_0000_0000_0002, 0x3ff9_9999_9999_999c, 0x3ffb_3333_3333_3336,
                0x3ffc_cccc_cccc_ccd0, 0x3ffe_6666_6666_666a,
            ]),
            (-3, 3, 0.7, [
                0xc008_0000_0000_0000, 0xc002_6666_6666_6666, 0xbff9_9999_9999_9998, 0xbfec_cccc_cccc_ccc8,
                0xbfc9_9999_9999_9980, 0x3fe0_0000_0000_0008, 0x3ff3_3333_3333_3338, 0x3ffe_6666_6666_666c,
                0x4004_cccc_cccc_ccd0,
            ]),
            (0.5, -1, -0.3, [
                0x3fe0_0000_0000_0000, 0x3fc9_9999_9999_999a, 0xbfb9_9999_9999_9998, 0xbfd9_9999_9999_9998,
                0xbfe6_6666_6666_6666,
            ]),
        ]
        for c in cases {
            let m = try Matrix.arange(c.start, c.stop, step: c.step)
            #expect(m.shape == Shape(1, c.bits.count), "arange(\(c.start), \(c.stop), \(c.step))")
            #expect(m.elements.map(\.bitPattern) == c.bits, "arange(\(c.start), \(c.stop), \(c.step))")
        }
    }

    // MARK: - reshape

    @Test func reshapeKeepsRowMajorOrder() throws {
        let m = try Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(try m.reshaped(3, 2).rowArrays == [[1, 2], [3, 4], [5, 6]])
        #expect(try m.reshaped(1, 6).rowArrays == [[1, 2, 3, 4, 5, 6]])
        #expect(try m.reshaped(6, 1).elements == [1, 2, 3, 4, 5, 6])
        #expect(try m.reshaped(6, 1).shape == Shape(6, 1))
        #expect(try m.reshaped(2, 3) == m)
    }

    @Test func reshapeInfersMinusOne() throws {
        let m = try Matrix.arange(0, 12)
        #expect(try m.reshaped(-1, 4).shape == Shape(3, 4))
        #expect(try m.reshaped(3, -1).shape == Shape(3, 4))
        #expect(try m.reshaped(-1, 1).shape == Shape(12, 1))
        #expect(try m.reshaped(1, -1).shape == Shape(1, 12))
        #expect(try m.reshaped(-1, 12).shape == Shape(1, 12))
        #expect(try m.reshaped(-1, 4).elements == m.elements)
    }

    @Test func reshapeZeroSizedMatrices() throws {
        let empty = try Matrix.zeros(0, 3)
        #expect(try empty.reshaped(3, 0).shape == Shape(3, 0))
        #expect(try empty.reshaped(-1, 3).shape == Shape(0, 3))
        #expect(try empty.reshaped(5, -1).shape == Shape(5, 0))
        #expect(try empty.reshaped(0, 0).shape == Shape(0, 0))
    }

    // MARK: - hstack / vstack

    @Test func hstackPutsMatricesSideBySide() throws {
        let a = try Matrix([[1, 2], [3, 4]])
        let b = try Matrix([[5], [6]])
        let c = try Matrix([[7, 8, 9], [10, 11, 12]])
        let h = try Matrix.hstack([a, b, c])
        #expect(h.shape == Shape(2, 6))
        #expect(h.rowArrays == [[1, 2, 5, 7, 8, 9], [3, 4, 6, 10, 11, 12]])
        #expect(try Matrix.hstack([a]) == a)
    }

    @Test func vstackPutsMatricesOneAboveTheOther() throws {
        let a = try Matrix([[1, 2], [3, 4]])
        let b = try Matrix([[5, 6]])
        let v = try Matrix.vstack([a, b, a])
        #expect(v.shape == Shape(5, 2))
        #expect(v.rowArrays == [[1, 2], [3, 4], [5, 6], [1, 2], [3, 4]])
        #expect(try Matrix.vstack([b]) == b)
    }

    @Test func stackingWithZeroSizedParts() throws {
        let a = try Matrix([[1, 2], [3, 4]])
        #expect(try Matrix.hstack([a, Matrix.zeros(2, 0)]) == a)
        #expect(try Matrix.vstack([Matrix.zeros(0, 2), a]) == a)
        #expect(try Matrix.hstack([Matrix.zeros(0, 2), Matrix.zeros(0, 3)]).shape == Shape(0, 5))
        #expect(try Matrix.vstack([Matrix.zeros(2, 0), Matrix.zeros(3, 0)]).shape == Shape(5, 0))
    }

    @Test func stackingRandomPartsAgreesWithSlicingThemBackOut() throws {
        var rng = SplitMix64Generator(seed: 5)
        for _ in 0..<40 {
            let rows = rng.dimension(), widths = (0..<Int.random(in: 1...4, using: &rng)).map { _ in rng.dimension() }
            let parts = widths.map { rng.integerMatrix(rows, $0) }
            let h = try Matrix.hstack(parts)
            #expect(h.shape == Shape(rows, widths.reduce(0, +)))
            var offset = 0
            for part in parts {
                for r in 0..<rows {
                    for c in 0..<part.columns { #expect(h[r, offset + c] == part[r, c]) }
                }
                offset += part.columns
            }
            let v = try Matrix.vstack(parts.map(\.transposed))
            #expect(v == h.transposed)
        }
    }
}
