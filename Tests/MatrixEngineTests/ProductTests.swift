import Testing
@testable import MatrixEngine

@Suite("Products: matmul and transpose")
struct ProductTests {
    @Test func matmulHandDerived() throws {
        let a = try Matrix([[1, 2, 3], [4, 5, 6]])
        let b = try Matrix([[7, 8], [9, 10], [11, 12]])
        let c = try a.matmul(b)
        #expect(c.shape == Shape(2, 2))
        #expect(c.rowArrays == [[58, 64], [139, 154]])
        let d = try b.matmul(a)
        #expect(d.shape == Shape(3, 3))
        #expect(d.rowArrays == [[39, 54, 69], [49, 68, 87], [59, 82, 105]])
    }

    @Test func rowTimesColumnAndColumnTimesRow() throws {
        let row = try Matrix([[1, 2, 3]])
        let column = try Matrix([[4], [5], [6]])
        #expect(try row.matmul(column).rowArrays == [[32]])          // (1,3)·(3,1) → (1,1)
        let outer = try column.matmul(row)                          // (3,1)·(1,3) → (3,3)
        #expect(outer.rowArrays == [[4, 8, 12], [5, 10, 15], [6, 12, 18]])
    }

    @Test func identityIsNeutral() throws {
        var rng = SplitMix64Generator(seed: 4)
        let a = rng.uniformMatrix(4, 6)
        #expect(try Matrix.eye(4).matmul(a) == a)
        #expect(try a.matmul(Matrix.eye(6)) == a)
    }

    @Test(arguments: [(0, 3, 4), (3, 0, 4), (3, 4, 0), (0, 0, 0), (1, 0, 1), (0, 1, 0), (2, 0, 3)])
    func zeroSizedProducts(m: Int, k: Int, n: Int) throws {
        var rng = SplitMix64Generator(seed: 6)
        let c = try rng.uniformMatrix(m, k).matmul(rng.uniformMatrix(k, n))
        #expect(c.shape == Shape(m, n))
        // An empty inner dimension sums nothing: numpy gives zeros.
        #expect(c.elements.allSatisfy { $0 == 0 })
    }

    @Test func matmulAgreesWithTheNaiveTripleLoopOnRandomShapes() throws {
        var rng = SplitMix64Generator(seed: 2024)
        for trial in 0..<300 {
            let m = rng.dimension(), k = rng.dimension(), n = rng.dimension()
            // Integer entries make every product exact; real entries check the summation order.
            let integers = trial % 2 == 0
            let a = integers ? rng.integerMatrix(m, k) : rng.uniformMatrix(m, k)
            let b = integers ? rng.integerMatrix(k, n) : rng.uniformMatrix(k, n)
            let c = try a.matmul(b)
            #expect(c.shape == Shape(m, n))
            #expect(DoubleCheck.identical(c, NaiveReference.matmul(a, b)), "(\(m),\(k))·(\(k),\(n))")
        }
    }

    @Test func matmulOnALargerProductStaysClose() throws {
        var rng = SplitMix64Generator(seed: 77)
        let a = rng.uniformMatrix(37, 53, -1, 1), b = rng.uniformMatrix(53, 29, -1, 1)
        #expect(DoubleCheck.close(try a.matmul(b), NaiveReference.matmul(a, b), relative: 1e-12, absolute: 1e-12))
    }

    @Test func matmulPropagatesNanAndInfinity() throws {
        let a = try Matrix([[1, .nan], [1, 1], [.infinity, 0]])
        let b = try Matrix([[1, 0], [1, 1]])
        let c = try a.matmul(b)
        #expect(c.elements[0].isNaN && c.elements[1].isNaN)       // nan spreads through its row
        #expect(c.elements[2] == 2 && c.elements[3] == 1)
        #expect(c.elements[4] == .infinity)
        #expect(c.elements[5].isNaN)                              // inf * 0 = nan
    }

    @Test func matmulIsAssociativeAndDistributesOnIntegers() throws {
        var rng = SplitMix64Generator(seed: 13)
        let a = rng.integerMatrix(3, 4), b = rng.integerMatrix(4, 5), c = rng.integerMatrix(5, 2)
        #expect(try a.matmul(b).matmul(c) == a.matmul(b.matmul(c)))
        let d = rng.integerMatrix(4, 5)
        #expect(try a.matmul(b + d) == (a.matmul(b) + a.matmul(d)))
    }

    // MARK: - Transpose

    @Test func transposeHandDerived() throws {
        let a = try Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(a.transposed.shape == Shape(3, 2))
        #expect(a.transposed.rowArrays == [[1, 4], [2, 5], [3, 6]])
        #expect(try Matrix([[1, 2, 3]]).transposed.rowArrays == [[1], [2], [3]])
        #expect(Matrix(scalar: 7).transposed == Matrix(scalar: 7))
    }

    @Test func transposeAgreesWithTheReferenceOnRandomShapes() throws {
        var rng = SplitMix64Generator(seed: 31)
        for _ in 0..<100 {
            let a = rng.uniformMatrix(rng.dimension(), rng.dimension())
            #expect(a.transposed == NaiveReference.transpose(a))
            #expect(a.transposed.shape == a.shape.transposed)
            #expect(a.transposed.transposed == a)
        }
    }

    @Test func transposeOfAProductIsTheReversedProductOfTransposes() throws {
        var rng = SplitMix64Generator(seed: 17)
        for _ in 0..<30 {
            let m = rng.dimension(), k = rng.dimension(), n = rng.dimension()
            let a = rng.integerMatrix(m, k), b = rng.integerMatrix(k, n)
            #expect(try a.matmul(b).transposed == b.transposed.matmul(a.transposed))
        }
    }
}
