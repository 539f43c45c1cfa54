import Testing
@testable import MatrixEngine

@Suite("Broadcasting: element-wise binary operations with numpy's shape rule")
struct BroadcastingTests {
    /// Every binary operation the engine broadcasts, with the scalar function it must apply.
    static var operations: [(name: String, apply: (Matrix, Matrix) throws(MatrixError) -> Matrix, scalar: (Double, Double) -> Double)] { [
        ("+", { a, b throws(MatrixError) in try a + b }, { $0 + $1 }),
        ("-", { a, b throws(MatrixError) in try a - b }, { $0 - $1 }),
        ("*", { a, b throws(MatrixError) in try a * b }, { $0 * $1 }),
        ("/", { a, b throws(MatrixError) in try a / b }, { $0 / $1 }),
        ("**", { a, b throws(MatrixError) in try a.power(b) }, { Matrix.pow($0, $1) }),
        ("maximum", { a, b throws(MatrixError) in try Matrix.maximum(a, b) }, { ($0.isNaN || $1.isNaN) ? .nan : ($0 > $1 ? $0 : $1) }),
        ("minimum", { a, b throws(MatrixError) in try Matrix.minimum(a, b) }, { ($0.isNaN || $1.isNaN) ? .nan : ($0 < $1 ? $0 : $1) }),
        ("<", { a, b throws(MatrixError) in try a.compared(.less, to: b) }, { $0 < $1 ? 1 : 0 }),
        ("<=", { a, b throws(MatrixError) in try a.compared(.lessOrEqual, to: b) }, { $0 <= $1 ? 1 : 0 }),
        (">", { a, b throws(MatrixError) in try a.compared(.greater, to: b) }, { $0 > $1 ? 1 : 0 }),
        (">=", { a, b throws(MatrixError) in try a.compared(.greaterOrEqual, to: b) }, { $0 >= $1 ? 1 : 0 }),
        ("==", { a, b throws(MatrixError) in try a.compared(.equal, to: b) }, { $0 == $1 ? 1 : 0 }),
        ("!=", { a, b throws(MatrixError) in try a.compared(.notEqual, to: b) }, { $0 != $1 ? 1 : 0 }),
    ] }

    // MARK: - The shape rule

    @Test func broadcastShapeHandDerived() {
        #expect(Matrix.broadcastShape(Shape(4, 1), Shape(1, 5)) == Shape(4, 5))
        #expect(Matrix.broadcastShape(Shape(4, 3), Shape(1, 3)) == Shape(4, 3))
        #expect(Matrix.broadcastShape(Shape(4, 3), Shape(4, 1)) == Shape(4, 3))
        #expect(Matrix.broadcastShape(Shape(1, 1), Shape(4, 3)) == Shape(4, 3))
        #expect(Matrix.broadcastShape(Shape(4, 3), Shape(4, 3)) == Shape(4, 3))
        #expect(Matrix.broadcastShape(Shape(0, 1), Shape(1, 4)) == Shape(0, 4))
        #expect(Matrix.broadcastShape(Shape(1, 0), Shape(3, 1)) == Shape(3, 0))
        #expect(Matrix.broadcastShape(Shape(4, 3), Shape(2, 5)) == nil)
        #expect(Matrix.broadcastShape(Shape(4, 3), Shape(3, 4)) == nil)
        #expect(Matrix.broadcastShape(Shape(4, 3), Shape(4, 2)) == nil)
        #expect(Matrix.broadcastShape(Shape(0, 3), Shape(2, 3)) == nil)
    }

    @Test func broadcastShapeAgreesWithTheRuleForAllSmallShapes() {
        func axis(_ a: Int, _ b: Int) -> Int? { a == b || b == 1 ? a : (a == 1 ? b : nil) }
        for r1 in 0...3 { for c1 in 0...3 { for r2 in 0...3 { for c2 in 0...3 {
            let expected: Shape? = axis(r1, r2).flatMap { r in axis(c1, c2).map { Shape(r, $0) } }
            #expect(Matrix.broadcastShape(Shape(r1, c1), Shape(r2, c2)) == expected)
            #expect(Matrix.broadcastShape(Shape(r2, c2), Shape(r1, c1)) == expected, "the rule is symmetric")
        } } } }
    }

    // MARK: - Values against tile-then-elementwise

    /// Values with the special cases sprinkled in, so nan/inf handling is compared too.
    static func value(_ rng: inout SplitMix64Generator) -> Double {
        switch Int.random(in: 0..<20, using: &rng) {
        case 0: return 0
        case 1: return -2
        case 2: return .nan
        case 3: return .infinity
        case 4: return -.infinity
        case 5: return rng.smallInteger(3)
        default: return rng.uniform(-4, 4)
        }
    }

    @Test(arguments: [(3, 4), (4, 3), (2, 2), (5, 1), (1, 5), (0, 3), (3, 0), (0, 0)])
    func everyOneOrFullShapeCombinationMatchesTileThenElementwise(n: Int, m: Int) throws {
        var rng = SplitMix64Generator(seed: UInt64(n * 31 + m))
        let candidates = [Shape(1, 1), Shape(1, m), Shape(n, 1), Shape(n, m)]
        for lhsShape in candidates {
            for rhsShape in candidates {
                let lhs = rng.matrix(lhsShape.rows, lhsShape.columns, Self.value)
                let rhs = rng.matrix(rhsShape.rows, rhsShape.columns, Self.value)
                let shape = try #require(Matrix.broadcastShape(lhsShape, rhsShape))
                let a = NaiveReference.tile(lhs, to: shape), b = NaiveReference.tile(rhs, to: shape)
                for op in Self.operations {
                    let got = try op.apply(lhs, rhs)
                    var want = NaiveReference.zip(a, b, op.scalar)
                    if op.name == "**", rhs.isScalarShaped, let fast = NaiveReference.powerFastPath(exponent: rhs.elements[0]) {
                        want = a.map(fast)
                    }
                    #expect(DoubleCheck.identical(got, want), "\(lhsShape) \(op.name) \(rhsShape)")
                }
            }
        }
    }

    @Test func oneByOneBroadcastsAgainstEverything() throws {
        let m = try Matrix([[1, 2, 3], [4, 5, 6]])
        let two = Matrix(scalar: 2)
        #expect(try (m * two).rowArrays == [[2, 4, 6], [8, 10, 12]])
        #expect(try (two - m).rowArrays == [[1, 0, -1], [-2, -3, -4]])
        #expect(try (Matrix.zeros(0, 3) + two).shape == Shape(0, 3))
        #expect(try (two + Matrix.zeros(3, 0)).shape == Shape(3, 0))
        #expect(try (two / two).elements == [1])
    }

    @Test func columnPlusRowGivesTheOuterSum() throws {
        let column = try Matrix([[1], [2], [3], [4]])
        let row = try Matrix([[10, 20, 30, 40, 50]])
        let sum = try column + row
        #expect(sum.shape == Shape(4, 5))
        #expect(sum.rowArrays[0] == [11, 21, 31, 41, 51])
        #expect(sum[3, 4] == 54)
        #expect(try (row + column) == sum)
    }

    @Test func theNotesBiasBugSilentlyBroadcastsToSquare() throws {
        // b is (4,1); db = np.sum(dZ, axis=1) is a rank-1 (4,) in numpy, a (1,4) row here. b - db is (4,4).
        let b = try Matrix([[1], [2], [3], [4]])
        let dZ = try Matrix.arange(0, 12).reshaped(4, 3)
        let db = try dZ.reduced(.sum, axis: .columns)
        #expect(db.shape == Shape(1, 4))
        let wrong = try b - db
        #expect(wrong.shape == Shape(4, 4))
        #expect(wrong.rowArrays[0] == [-2, -11, -20, -29])   // 1 minus each row sum 3, 12, 21, 30
        let right = try b - dZ.reduced(.sum, axis: .columns, keepDimensions: true)
        #expect(right.shape == Shape(4, 1))
        #expect(right.elements == [-2, -10, -18, -26])
    }

    // MARK: - IEEE special values, as numpy

    @Test func divisionByZeroGivesInfinityOrNan() throws {
        let numerators = try Matrix([[1, -1, 0, .infinity, .nan]])
        let result = try numerators / Matrix(scalar: 0)
        #expect(result.elements[0] == .infinity)       // 1/0 = inf
        #expect(result.elements[1] == -.infinity)      // -1/0 = -inf
        #expect(result.elements[2].isNaN)              // 0/0 = nan
        #expect(result.elements[3] == .infinity)       // inf/0 = inf
        #expect(result.elements[4].isNaN)
        #expect(try (Matrix(scalar: 1) / Matrix(scalar: -0.0)).elements == [-.infinity])
        #expect(try (Matrix(scalar: 1) / Matrix(scalar: .infinity)).elements == [0])
    }

    @Test func infinityArithmetic() throws {
        let inf = Matrix(scalar: .infinity)
        #expect(try (inf - inf).elements[0].isNaN)
        #expect(try (inf + inf).elements == [.infinity])
        #expect(try (inf * Matrix(scalar: 0)).elements[0].isNaN)
        #expect(try (inf * Matrix(scalar: -2)).elements == [-.infinity])
        #expect(try (inf / inf).elements[0].isNaN)
        #expect(try (Matrix(scalar: .nan) + Matrix(scalar: 1)).elements[0].isNaN)
    }

    @Test func maximumAndMinimumPropagateNanFromEitherSide() throws {
        let a = try Matrix([[1, .nan, 3, .nan, -.infinity]])
        let b = try Matrix([[.nan, 2, 1, .nan, 5]])
        let maxed = try Matrix.maximum(a, b)
        #expect(DoubleCheck.identical(maxed, try Matrix([[.nan, .nan, 3, .nan, 5]])))
        let mined = try Matrix.minimum(a, b)
        #expect(DoubleCheck.identical(mined, try Matrix([[.nan, .nan, 1, .nan, -.infinity]])))
        // np.maximum(0, z), the notes' ReLU, keeps nan.
        let relu = try Matrix.maximum(Matrix(scalar: 0), a)
        #expect(DoubleCheck.identical(relu, try Matrix([[1, .nan, 3, .nan, 0]])))
    }

    @Test func comparisonsGiveOneOrZeroAndNanComparesUnequal() throws {
        let a = try Matrix([[1, 2, 3, .nan]])
        let b = Matrix(scalar: 2)
        #expect(try a.compared(.less, to: b).elements == [1, 0, 0, 0])
        #expect(try a.compared(.lessOrEqual, to: b).elements == [1, 1, 0, 0])
        #expect(try a.compared(.greater, to: b).elements == [0, 0, 1, 0])
        #expect(try a.compared(.greaterOrEqual, to: b).elements == [0, 1, 1, 0])
        #expect(try a.compared(.equal, to: b).elements == [0, 1, 0, 0])
        #expect(try a.compared(.notEqual, to: b).elements == [1, 0, 1, 1])
        #expect(try a.compared(.equal, to: a).elements == [1, 1, 1, 0], "nan == nan is False in numpy")
        #expect(Comparison.allCases.map(\.rawValue) == ["<", "<=", ">", ">=", "==", "!="])
    }

    // MARK: - Unary

    @Test func negationAndMapKeepTheShape() throws {
        let m = try Matrix([[1, -2], [0, .infinity]])
        #expect((-m).rowArrays == [[-1, 2], [-0.0, -.infinity]])
        #expect((-m).elements[2].sign == .minus, "-0.0 as numpy's negative(0.)")
        #expect(m.map { $0 * 10 }.rowArrays == [[10, -20], [0, .infinity]])
        #expect((-Matrix(uncheckedRows: 0, columns: 5, elements: [])).shape == Shape(0, 5))
    }
}
