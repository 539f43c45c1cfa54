import Testing
@testable import MatrixEngine

@Suite("Errors: every failure path returns a MatrixError that names the shapes")
struct ErrorTests {
    // MARK: - Construction

    @Test func initialisersRejectBadInput() throws {
        #expect(matrixError { try Matrix(rows: -1, columns: 2, elements: []) }
                == .invalidArgument(operation: "matrix", message: "dimensions must not be negative, got (-1, 2)"))
        #expect(matrixError { try Matrix(rows: 2, columns: 3, elements: [1, 2, 3, 4, 5]) }
                == .reshapeMismatch(from: Shape(1, 5), to: Shape(2, 3)))
        #expect(matrixError { try Matrix([[1, 2], [3]]) }
                == .invalidArgument(operation: "matrix", message: "row 2 has 1 elements but row 1 has 2; every row needs the same length"))
        #expect(matrixError { try Matrix([[], [1]]) } != nil)
    }

    @Test func constructorsRejectNegativeAndHugeDimensions() {
        for (name, make) in [
            ("zeros", { (r: Int, c: Int) throws(MatrixError) in try Matrix.zeros(r, c) }),
            ("ones", { (r: Int, c: Int) throws(MatrixError) in try Matrix.ones(r, c) }),
            ("full", { (r: Int, c: Int) throws(MatrixError) in try Matrix.full(r, c, value: 1) }),
            ("eye", { (r: Int, c: Int) throws(MatrixError) in try Matrix.eye(r, c) }),
        ] {
            #expect(matrixError { try make(-1, 3) }
                    == .invalidArgument(operation: name, message: "dimensions must not be negative, got (-1, 3)"))
            #expect(matrixError { try make(3, -2) }
                    == .invalidArgument(operation: name, message: "dimensions must not be negative, got (3, -2)"))
            #expect(matrixError { try make(100_000, 100_000) }
                    == .invalidArgument(operation: name, message: "(100000, 100000) is too large (more than 400 million elements)"))
            #expect(matrixError { try make(1, Int.max) } != nil)
            #expect(matrixError { try make(Int.max, Int.max) } != nil)
        }
        #expect(matrixError { try Matrix.eye(-3) } != nil)
    }

    @Test func linspaceRejectsNegativeAndHugeCounts() {
        #expect(matrixError { try Matrix.linspace(0, 1, count: -1) }
                == .invalidArgument(operation: "linspace", message: "number of samples must be non-negative, got -1"))
        #expect(matrixError { try Matrix.linspace(0, 1, count: 1_000_000_000_000) } != nil)
        #expect(matrixError { try Matrix.linspace(0, 1, count: .max) } != nil)
    }

    @Test func arangeRejectsBadSteps() {
        let message = "step must be a finite non-zero number"
        #expect(matrixError { try Matrix.arange(0, 1, step: 0) } == .invalidArgument(operation: "arange", message: message))
        #expect(matrixError { try Matrix.arange(0, 1, step: .infinity) } == .invalidArgument(operation: "arange", message: message))
        #expect(matrixError { try Matrix.arange(0, 1, step: .nan) } == .invalidArgument(operation: "arange", message: message))
        #expect(matrixError { try Matrix.arange(.nan, 1) } == .invalidArgument(operation: "arange", message: message))
        #expect(matrixError { try Matrix.arange(0, .infinity) } == .invalidArgument(operation: "arange", message: message))
    }

    @Test func arangeRejectsHugeRangesWithoutTrapping() {
        #expect(matrixError { try Matrix.arange(0, 1e9) } != nil)
        #expect(matrixError { try Matrix.arange(0, 1e300) } != nil)
        #expect(matrixError { try Matrix.arange(-1e308, 1e308) } != nil)
        #expect(matrixError { try Matrix.arange(1e308, -1e308) } != nil, "numpy: Maximum allowed size exceeded")
        #expect(matrixError { try Matrix.arange(0, 1, step: 1e-300) } != nil)
    }

    @Test func reshapeErrorsNameBothShapes() throws {
        let m = try Matrix.arange(0, 6).reshaped(2, 3)
        let mismatch = try #require(matrixError { try m.reshaped(4, 2) })
        #expect(mismatch == .reshapeMismatch(from: Shape(2, 3), to: Shape(4, 2)))
        #expect(mismatch.description == "cannot reshape a matrix of 6 elements (2, 3) into (4, 2) (8 elements)")
        #expect(matrixError { try m.reshaped(-1, -1) }
                == .invalidArgument(operation: "reshape", message: "can only specify one unknown dimension (-1)"))
        #expect(matrixError { try m.reshaped(-1, 4) } == .reshapeMismatch(from: Shape(2, 3), to: Shape(-1, 4)))
        #expect(matrixError { try m.reshaped(5, -1) } == .reshapeMismatch(from: Shape(2, 3), to: Shape(5, -1)))
        #expect(matrixError { try m.reshaped(0, -1) } == .reshapeMismatch(from: Shape(2, 3), to: Shape(0, -1)))
        #expect(matrixError { try Matrix.zeros(0, 3).reshaped(-1, 0) } != nil, "numpy cannot infer -1 next to a 0")
        #expect(matrixError { try m.reshaped(-2, -3) }
                == .invalidArgument(operation: "reshape", message: "dimensions must not be negative, got (-2, -3)"))
        #expect(matrixError { try m.reshaped(-3, 2) } != nil)
    }

    @Test func reshapeWithAnUnknownDimensionDescribesItWithoutANegativeCount() throws {
        let error = try #require(matrixError { try Matrix.zeros(2, 3).reshaped(-1, 4) })
        #expect(error.description.contains("(2, 3)"))
        #expect(error.description.contains("(-1, 4)"))
        #expect(!error.description.contains("-4 elements"), "\(error.description)")
    }

    @Test func hugeDimensionsAreErrorsNotOverflows() throws {
        // rows * columns beyond Int must be reported, not trap.
        let big = try #require(matrixError { try Matrix(rows: .max, columns: 2, elements: [1, 2]) })
        #expect(big == .reshapeMismatch(from: Shape(1, 2), to: Shape(.max, 2)))
        #expect(big.description == "cannot reshape a matrix of 2 elements (1, 2) into (\(Int.max), 2)")
        let m = try Matrix.zeros(2, 3)
        #expect(matrixError { try m.reshaped(.max, 2) } == .reshapeMismatch(from: Shape(2, 3), to: Shape(.max, 2)))
        #expect(matrixError { try m.reshaped(1 << 62, 4) } == .reshapeMismatch(from: Shape(2, 3), to: Shape(1 << 62, 4)))
        #expect(matrixError { try m.reshaped(.max, -1) } != nil)
    }

    @Test func stackingErrorsListEveryShape() throws {
        let a = try Matrix.zeros(2, 3), b = try Matrix.zeros(3, 3), c = try Matrix.zeros(2, 2)
        let h = try #require(matrixError { try Matrix.hstack([a, b, c]) })
        #expect(h == .stackMismatch(operation: "hstack (all must have the same number of rows)", shapes: [Shape(2, 3), Shape(3, 3), Shape(2, 2)]))
        #expect(h.description == "hstack (all must have the same number of rows): the matrices do not line up: shapes (2, 3), (3, 3), (2, 2)")
        let v = try #require(matrixError { try Matrix.vstack([a, c]) })
        #expect(v == .stackMismatch(operation: "vstack (all must have the same number of columns)", shapes: [Shape(2, 3), Shape(2, 2)]))
        #expect(v.description.contains("(2, 3), (2, 2)"))
        #expect(matrixError { try Matrix.hstack([]) } == .invalidArgument(operation: "hstack", message: "needs at least one matrix"))
        #expect(matrixError { try Matrix.vstack([]) } == .invalidArgument(operation: "vstack", message: "needs at least one matrix"))
        #expect(matrixError { try Matrix.vstack([a, b, c]) } != nil)
        #expect(matrixError { try Matrix.hstack([a, Matrix.zeros(0, 3)]) } != nil, "(0, 3) has 0 rows, not 2")
    }

    // MARK: - Slicing and indexing

    @Test func zeroSliceStepIsAnError() throws {
        let error = matrixError { try SliceBounds(step: 0).indices(length: 3, operation: "slice") }
        #expect(error == .invalidArgument(operation: "slice", message: "slice step cannot be zero"))
        let m = try Matrix.zeros(2, 2)
        #expect(matrixError { try m.sliced(rows: SliceBounds(step: 0), columns: .all) } == error)
        #expect(matrixError { try m.sliced(rows: .all, columns: SliceBounds(start: 1, step: 0)) } == error)
    }

    @Test func outOfRangeIndicesAreErrorsNamingTheAxisAndSize() {
        #expect(matrixError { try Matrix.resolveIndex(3, length: 3, axis: "axis 0") }
                == .invalidArgument(operation: "index", message: "index 3 is out of bounds for axis 0 with size 3"))
        #expect(matrixError { try Matrix.resolveIndex(-4, length: 3, axis: "axis 1") }
                == .invalidArgument(operation: "index", message: "index -4 is out of bounds for axis 1 with size 3"))
        #expect(matrixError { try Matrix.resolveIndex(0, length: 0, axis: "axis 0") } != nil)
        #expect(matrixError { try Matrix.resolveIndex(.min, length: 3, axis: "axis 0") } != nil)
        #expect(matrixError { try Matrix.resolveIndex(.max, length: 3, axis: "axis 0") } != nil)
    }

    // MARK: - Shape mismatches name both shapes

    @Test func everyBroadcastingOperationReportsBothShapes() throws {
        let a = try Matrix.zeros(4, 3), b = try Matrix.zeros(2, 5)
        for op in BroadcastingTests.operations {
            let error = try #require(matrixError { try op.apply(a, b) }, "\(op.name)")
            #expect(error == .broadcastMismatch(operation: op.name, lhs: Shape(4, 3), rhs: Shape(2, 5)))
            #expect(error.description == "operands could not be broadcast together for '\(op.name)': shapes (4, 3) and (2, 5)")
            // Swapped operands swap the shapes in the message.
            #expect(matrixError { try op.apply(b, a) } == .broadcastMismatch(operation: op.name, lhs: Shape(2, 5), rhs: Shape(4, 3)))
        }
    }

    @Test func broadcastMismatchesOfEveryKind() throws {
        let pairs: [(Shape, Shape)] = [
            (Shape(4, 3), Shape(3, 4)), (Shape(4, 3), Shape(4, 2)), (Shape(4, 3), Shape(2, 3)),
            (Shape(0, 3), Shape(2, 3)), (Shape(3, 0), Shape(3, 2)), (Shape(1, 3), Shape(1, 4)), (Shape(5, 1), Shape(4, 1)),
        ]
        for (l, r) in pairs {
            let lhs = try Matrix.zeros(l.rows, l.columns), rhs = try Matrix.zeros(r.rows, r.columns)
            #expect(matrixError { try lhs + rhs } == .broadcastMismatch(operation: "+", lhs: l, rhs: r))
            #expect(matrixError { try Matrix.broadcasting(lhs, rhs, name: "custom") { $0 + $1 } }
                    == .broadcastMismatch(operation: "custom", lhs: l, rhs: r))
        }
    }

    @Test func matmulMismatchNamesBothShapes() throws {
        let a = try Matrix.zeros(2, 3)
        let error = try #require(matrixError { try a.matmul(a) })
        #expect(error == .productMismatch(lhs: Shape(2, 3), rhs: Shape(2, 3)))
        #expect(error.description == "matrix product needs the left operand's columns to equal the right operand's rows: (2, 3) has 3 columns, (2, 3) has 2 rows")
        #expect(matrixError { try Matrix.zeros(4, 1).matmul(Matrix.zeros(4, 1)) } == .productMismatch(lhs: Shape(4, 1), rhs: Shape(4, 1)))
        #expect(matrixError { try Matrix.zeros(1, 0).matmul(Matrix.zeros(1, 0)) } == .productMismatch(lhs: Shape(1, 0), rhs: Shape(1, 0)))
        #expect(matrixError { try Matrix.zeros(3, 2).matmul(Matrix(scalar: 1)) } != nil, "no scalar broadcasting in a product")
    }

    // MARK: - Reductions of nothing

    @Test func maxMinArgmaxArgminOfNothingAreErrors() throws {
        let empty = try Matrix.zeros(0, 3)
        for reduction in [Matrix.Reduction.max, .min, .argmax, .argmin] {
            #expect(matrixError { try empty.reduced(reduction, axis: nil) }
                    == .invalidArgument(operation: "np.\(reduction.rawValue)", message: "zero-size array has no \(reduction.rawValue)"))
            #expect(matrixError { try empty.reduced(reduction, axis: .rows) }
                    == .invalidArgument(operation: "np.\(reduction.rawValue)", message: "zero-size axis 0 has no \(reduction.rawValue)"))
            #expect(matrixError { try empty.transposed.reduced(reduction, axis: .columns, keepDimensions: true) }
                    == .invalidArgument(operation: "np.\(reduction.rawValue)", message: "zero-size axis 1 has no \(reduction.rawValue)"))
        }
        #expect(matrixError { try empty.reduced(.sum, axis: nil) } == nil)
        #expect(matrixError { try empty.reduced(.mean, axis: .rows) } == nil)
    }

    // MARK: - Descriptions

    @Test func everyDescriptionNamesTheOperationAndShapes() {
        let errors: [(MatrixError, [String])] = [
            (.broadcastMismatch(operation: "*", lhs: Shape(4, 1), rhs: Shape(3, 2)), ["'*'", "(4, 1)", "(3, 2)"]),
            (.productMismatch(lhs: Shape(1, 4), rhs: Shape(400, 4)), ["(1, 4)", "(400, 4)", "4 columns", "400 rows"]),
            (.stackMismatch(operation: "vstack", shapes: [Shape(1, 2), Shape(1, 3)]), ["vstack", "(1, 2), (1, 3)"]),
            (.reshapeMismatch(from: Shape(4, 100), to: Shape(3, 100)), ["400 elements", "(4, 100)", "(3, 100)", "300 elements"]),
            (.invalidArgument(operation: "np.max", message: "zero-size array has no max"), ["np.max: zero-size array has no max"]),
        ]
        for (error, fragments) in errors {
            for fragment in fragments {
                #expect(error.description.contains(fragment), "\(error.description) should mention \(fragment)")
            }
        }
    }
}
