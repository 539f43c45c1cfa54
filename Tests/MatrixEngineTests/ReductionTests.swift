import Testing
@testable import MatrixEngine

@Suite("Reductions: sum, mean, max, min, argmax, argmin over all elements or an axis")
struct ReductionTests {
    static let m = try! Matrix([[1, 5, 3], [4, 2, 6]])

    // MARK: - Hand-derived values and shapes

    @Test func overAllElementsGivesAOneByOne() throws {
        let m = Self.m
        let cases: [(Matrix.Reduction, Double)] = [
            (.sum, 21), (.mean, 3.5), (.max, 6), (.min, 1), (.argmax, 5), (.argmin, 0),
        ]
        for (reduction, value) in cases {
            let r = try m.reduced(reduction, axis: nil)
            #expect(r.shape == Shape(1, 1), "\(reduction)")
            #expect(r.elements == [value], "\(reduction)")
            #expect(try m.reduced(reduction, axis: nil, keepDimensions: true) == r, "keepdims over all elements is (1,1) too")
        }
    }

    @Test func axisZeroRunsDownEachColumn() throws {
        let m = Self.m
        let cases: [(Matrix.Reduction, [Double])] = [
            (.sum, [5, 7, 9]), (.mean, [2.5, 3.5, 4.5]), (.max, [4, 5, 6]), (.min, [1, 2, 3]),
            (.argmax, [1, 0, 1]), (.argmin, [0, 1, 0]),
        ]
        for (reduction, values) in cases {
            let r = try m.reduced(reduction, axis: .rows)
            #expect(r.shape == Shape(1, 3), "\(reduction)")
            #expect(r.elements == values, "\(reduction)")
            let kept = try m.reduced(reduction, axis: .rows, keepDimensions: true)
            #expect(kept.shape == Shape(1, 3), "keepdims axis=0 is (1, m)")
            #expect(kept.elements == values)
        }
    }

    @Test func axisOneRunsAlongEachRow() throws {
        let m = Self.m
        let cases: [(Matrix.Reduction, [Double])] = [
            (.sum, [9, 12]), (.mean, [3, 4]), (.max, [5, 6]), (.min, [1, 2]),
            (.argmax, [1, 2]), (.argmin, [0, 1]),
        ]
        for (reduction, values) in cases {
            // Without keepdims numpy gives a rank-1 (2,), which broadcasts like a row: Backprop returns (1, 2).
            let r = try m.reduced(reduction, axis: .columns)
            #expect(r.shape == Shape(1, 2), "\(reduction)")
            #expect(r.elements == values, "\(reduction)")
            let kept = try m.reduced(reduction, axis: .columns, keepDimensions: true)
            #expect(kept.shape == Shape(2, 1), "keepdims axis=1 is (n, 1)")
            #expect(kept.elements == values)
        }
    }

    @Test func axisNumbersAreNumpys() {
        #expect(Axis.rows.rawValue == 0)
        #expect(Axis.columns.rawValue == 1)
        #expect(Axis(rawValue: 1) == .columns)
        #expect(Axis(rawValue: 2) == nil)
    }

    // MARK: - Against naive loops

    @Test func randomShapesAgreeWithNaiveLoops() throws {
        var rng = SplitMix64Generator(seed: 555)
        let reductions: [(Matrix.Reduction, ([Double]) -> Double)] = [
            (.sum, NaiveReference.sum),
            (.mean, { NaiveReference.sum($0) / Double($0.count) }),
            (.max, NaiveReference.maximum), (.min, NaiveReference.minimum),
            (.argmax, NaiveReference.argmax), (.argmin, NaiveReference.argmin),
        ]
        for trial in 0..<150 {
            let rows = rng.dimension(9), columns = rng.dimension(9)
            // Small integers make ties (and exact sums) common; some trials sprinkle in nan and inf.
            let m = rng.matrix(rows, columns) { r in
                if trial % 3 == 0 {
                    switch Int.random(in: 0..<12, using: &r) {
                    case 0: return .nan
                    case 1: return .infinity
                    case 2: return -.infinity
                    default: break
                    }
                }
                return r.smallInteger(3)
            }
            for (reduction, naive) in reductions {
                let canReduceEmpty = reduction == .sum || reduction == .mean
                // All elements.
                if m.count > 0 || canReduceEmpty {
                    let r = try m.reduced(reduction, axis: nil)
                    #expect(DoubleCheck.identical(r, Matrix(scalar: naive(m.elements))), "\(reduction) of \(m.shape)")
                }
                // Axis 0: one value per column.
                if rows > 0 || canReduceEmpty {
                    let want = (0..<columns).map { naive(NaiveReference.column(m, $0)) }
                    let r = try m.reduced(reduction, axis: .rows)
                    #expect(DoubleCheck.identical(r, Matrix(uncheckedRows: 1, columns: columns, elements: want)),
                            "\(reduction) axis 0 of \(m.shape)")
                }
                // Axis 1: one value per row.
                if columns > 0 || canReduceEmpty {
                    let want = (0..<rows).map { naive(NaiveReference.row(m, $0)) }
                    let kept = try m.reduced(reduction, axis: .columns, keepDimensions: true)
                    #expect(DoubleCheck.identical(kept, Matrix(uncheckedRows: rows, columns: 1, elements: want)),
                            "\(reduction) axis 1 of \(m.shape)")
                }
            }
        }
    }

    @Test func realValuedSumsStayCloseToNaiveLoops() throws {
        var rng = SplitMix64Generator(seed: 9)
        for _ in 0..<20 {
            let m = rng.uniformMatrix(Int.random(in: 1...40, using: &rng), Int.random(in: 1...300, using: &rng))
            let total = try m.reduced(.sum, axis: nil).elements[0]
            #expect(DoubleCheck.close(total, NaiveReference.sum(m.elements), relative: 1e-10, absolute: 1e-9))
            let rowSums = try m.reduced(.sum, axis: .columns).elements
            for r in 0..<m.rows {
                #expect(DoubleCheck.close(rowSums[r], NaiveReference.sum(NaiveReference.row(m, r)), relative: 1e-10, absolute: 1e-10))
            }
        }
    }

    // MARK: - numpy's summation order, bit for bit

    /// values[k] = ((k * 7919) % 1000) / 997 - 0.3: exactly representable steps, identical in numpy and Swift.
    static func values(_ n: Int) -> [Double] { (0..<n).map { Double((($0 * 7919) % 1000)) / 997.0 - 0.3 } }

    /// Bit patterns printed by numpy 2.x: np.sum(v), np.mean(v) over n values.
    static let numpySums: [(n: Int, sum: UInt64, mean: UInt64)] = [
        (100, 0x4033_3295_70b8_dfe8, 0x3fc8_92aa_cdb9_7085),
        (1000, 0x4069_2018_a663_1d04, 0x3fc9_ba77_7315_9ebc),
        (10000, 0x409f_681e_cffb_e446, 0x3fc9_ba77_7315_9ebd),
    ]

    @Test func contiguousSumsUseNumpysPairwiseSummation() throws {
        for c in Self.numpySums {
            let v = Self.values(c.n)
            let row = try Matrix(rows: 1, columns: c.n, elements: v)
            let column = try Matrix(rows: c.n, columns: 1, elements: v)
            // np.sum(v), np.sum(v.reshape(1, -1), axis=1), np.sum(v.reshape(-1, 1), axis=0) all agree in numpy:
            // each reduces one contiguous run, pairwise.
            #expect(try row.reduced(.sum, axis: nil).elements[0].bitPattern == c.sum, "sum of \(c.n)")
            #expect(try column.reduced(.sum, axis: nil).elements[0].bitPattern == c.sum, "sum of (\(c.n),1)")
            #expect(try row.reduced(.sum, axis: .columns).elements[0].bitPattern == c.sum, "axis 1 of (1,\(c.n))")
            #expect(try column.reduced(.sum, axis: .rows).elements[0].bitPattern == c.sum, "axis 0 of (\(c.n),1)")
            #expect(try row.reduced(.mean, axis: nil).elements[0].bitPattern == c.mean, "mean of \(c.n)")
            #expect(try column.reduced(.mean, axis: .rows).elements[0].bitPattern == c.mean, "mean axis 0 of (\(c.n),1)")
        }
    }

    @Test func axisZeroOfAWideMatrixSumsRowAfterRow() throws {
        // np.sum(v.reshape(1000, 3), axis=0) and np.mean(…, axis=0): numpy adds whole rows one after
        // another, so each column is summed sequentially, not pairwise.
        let m = try Matrix(rows: 1000, columns: 3, elements: Self.values(3000))
        #expect(try m.reduced(.sum, axis: .rows).elements.map(\.bitPattern)
                == [0x4069_2018_a663_1d06, 0x4069_2018_a663_1d07, 0x4069_2018_a663_1d05])
        #expect(try m.reduced(.mean, axis: .rows).elements.map(\.bitPattern)
                == [0x3fc9_ba77_7315_9ebe, 0x3fc9_ba77_7315_9ebf, 0x3fc9_ba77_7315_9ebd])
        // np.sum(v.reshape(3, 1000), axis=1) and np.sum of the whole (3, 1000) matrix.
        let wide = try Matrix(rows: 3, columns: 1000, elements: Self.values(3000))
        #expect(try wide.reduced(.sum, axis: .columns).elements.map(\.bitPattern)
                == [0x4069_2018_a663_1d04, 0x4069_2018_a663_1d04, 0x4069_2018_a663_1d04])
        #expect(try wide.reduced(.sum, axis: nil).elements[0].bitPattern == 0x4082_d812_7cca_55c4)
    }

    @Test func pairwiseSumOfShortRunsIsExactOnIntegers() {
        for n in [0, 1, 7, 8, 9, 15, 16, 17, 127, 128, 129, 255, 256, 257, 1000] {
            let v = (0..<n).map { Double($0) }
            #expect(Matrix.pairwiseSum(v[...]) == Double(n * (n - 1) / 2), "n = \(n)")
            #expect(Matrix.pairwiseSum(v[(n / 2)...]) == Double(n * (n - 1) / 2 - (n / 2) * (n / 2 - 1) / 2), "slice of \(n)")
        }
    }

    @Test func sumOfNegativeZerosIsPositiveZeroAsInNumpy() throws {
        // np.sum(np.full(8, -0.0)) and np.sum(np.full(3, -0.0)) are 0.0: numpy starts from the identity +0.
        for n in [1, 3, 8, 200] {
            let m = try Matrix.full(1, n, value: -0.0)
            #expect(try m.reduced(.sum, axis: nil).elements[0].bitPattern == 0, "n = \(n)")
            #expect(try m.reduced(.sum, axis: .columns).elements[0].bitPattern == 0, "n = \(n)")
            #expect(try m.transposed.reduced(.sum, axis: .rows).elements[0].bitPattern == 0, "n = \(n)")
            #expect(try m.reduced(.mean, axis: nil).elements[0].bitPattern == 0, "n = \(n)")
        }
    }

    // MARK: - Ties, nan, inf, empty

    @Test func argmaxAndArgminTakeTheFirstOfTies() throws {
        // Checked with numpy: every row and every column below has a tie for its max or min.
        let m = try Matrix([[3, 1, 3, 1], [3, 2, 2, 1], [-1, 2, 3, -1]])
        #expect(try m.reduced(.argmax, axis: .columns).elements == [0, 0, 2])
        #expect(try m.reduced(.argmin, axis: .columns).elements == [1, 3, 0])
        #expect(try m.reduced(.argmax, axis: .rows).elements == [0, 1, 0, 0])
        #expect(try m.reduced(.argmin, axis: .rows).elements == [2, 0, 1, 2])
        #expect(try m.reduced(.argmax, axis: .columns, keepDimensions: true).shape == Shape(3, 1))
        #expect(try m.reduced(.argmax, axis: nil).elements == [0], "flattened index, as numpy")
        #expect(try m.reduced(.argmin, axis: nil).elements == [8])
        #expect(try Matrix([[-.infinity, -.infinity]]).reduced(.argmax, axis: nil).elements == [0])
        #expect(try Matrix([[.infinity, .infinity]]).reduced(.argmin, axis: nil).elements == [0])
    }

    @Test func nanPropagatesThroughMaxMinSumAndMean() throws {
        let m = try Matrix([[1, .nan, 3], [4, 5, 6]])
        for reduction in [Matrix.Reduction.sum, .mean, .max, .min] {
            #expect(try m.reduced(reduction, axis: nil).elements[0].isNaN, "\(reduction)")
            let down = try m.reduced(reduction, axis: .rows).elements
            #expect(!down[0].isNaN && down[1].isNaN && !down[2].isNaN, "\(reduction) axis 0")
            let along = try m.reduced(reduction, axis: .columns).elements
            #expect(along[0].isNaN && !along[1].isNaN, "\(reduction) axis 1")
        }
    }

    @Test func argmaxAndArgminReturnTheFirstNan() throws {
        // np.argmax([1, nan, 5, nan]) == 1; so does np.argmin.
        let m = try Matrix([[1, .nan, 5, .nan], [.nan, 9, 0, 1]])
        #expect(try m.reduced(.argmax, axis: .columns).elements == [1, 0])
        #expect(try m.reduced(.argmin, axis: .columns).elements == [1, 0])
        #expect(try m.reduced(.argmax, axis: .rows).elements == [1, 0, 0, 0])
        #expect(try m.reduced(.argmin, axis: .rows).elements == [1, 0, 1, 0])
        #expect(try m.reduced(.argmax, axis: nil).elements == [1])
        #expect(try Matrix([[5, 7, .nan]]).reduced(.argmin, axis: nil).elements == [2])
    }

    @Test func infinityInSums() throws {
        #expect(try Matrix([[1, .infinity, 2]]).reduced(.sum, axis: nil).elements == [.infinity])
        #expect(try Matrix([[1, -.infinity, 2]]).reduced(.mean, axis: nil).elements == [-.infinity])
        #expect(try Matrix([[.infinity, -.infinity]]).reduced(.sum, axis: nil).elements[0].isNaN)
        #expect(try Matrix([[.infinity], [-.infinity]]).reduced(.sum, axis: .rows).elements[0].isNaN)
        #expect(try Matrix([[1e308, 1e308]]).reduced(.sum, axis: nil).elements == [.infinity])
        #expect(try Matrix([[.infinity, 1], [-.infinity, 2]]).reduced(.max, axis: .columns).elements == [.infinity, 2])
        #expect(try Matrix([[.infinity, 1], [-.infinity, 2]]).reduced(.min, axis: .rows).elements == [-.infinity, 1])
    }

    @Test func emptySumsAndMeans() throws {
        // np.sum(np.zeros((0, 3))) == 0; np.mean of it is nan (with a warning).
        let tall = try Matrix.zeros(0, 3), wide = try Matrix.zeros(3, 0)
        #expect(try tall.reduced(.sum, axis: nil).elements == [0])
        #expect(try tall.reduced(.mean, axis: nil).elements[0].isNaN)
        // np.sum(np.zeros((0, 3)), axis=0) == [0, 0, 0]; axis=1 gives an empty result.
        #expect(try tall.reduced(.sum, axis: .rows).elements == [0, 0, 0])
        #expect(try tall.reduced(.mean, axis: .rows).elements.allSatisfy(\.isNaN))
        #expect(try tall.reduced(.sum, axis: .columns).shape == Shape(1, 0))
        #expect(try tall.reduced(.sum, axis: .columns, keepDimensions: true).shape == Shape(0, 1))
        #expect(try wide.reduced(.sum, axis: .columns, keepDimensions: true).rowArrays == [[0], [0], [0]])
        #expect(try wide.reduced(.mean, axis: .columns).elements.allSatisfy(\.isNaN))
        #expect(try wide.reduced(.mean, axis: .columns).shape == Shape(1, 3))
        // np.max(np.zeros((3, 0)), axis=0) is an empty array, not an error: there are no columns to reduce.
        #expect(try wide.reduced(.max, axis: .rows).shape == Shape(1, 0))
        #expect(try tall.reduced(.argmin, axis: .columns).shape == Shape(1, 0))
    }
}
