import MatrixEngine

/// Small numpy helpers learners use from notebooks: squeeze, round, allclose, where... (Python's print, len, str, int and float are in PythonBuiltins.)
extension BuiltinLibrary {
    static let utilities: [BuiltinFunction] = [
        BuiltinFunction("set_printoptions", [.optional("precision", .none), .optional("threshold", .none), .optional("edgeitems", .none),
                                             .optional("linewidth", .none), .optional("suppress", .none)],
                        summary: "how matrices print: digits after the point, the size above which they are summarised with ..., and so on; "
                            + "a threshold of your own also stops the summaries that fit a screen",
                        example: "np.set_printoptions(threshold=np.inf)") { context throws(Diagnostic) in
            func count(_ name: String, minimum: Int) throws(Diagnostic) -> Int? {
                switch context.value(name) {
                case .none: return nil
                case let .float(x) where x == .infinity: return Int.max
                case let .integer(i) where i >= minimum: return i
                case let .float(x) where x.rounded() == x && x >= Double(minimum) && x < 1e18: return Int(x)
                default: throw context.typeError(name, expected: "a whole number from \(minimum)\(name == "threshold" ? " (or np.inf)" : "")")
                }
            }
            if let precision = try count("precision", minimum: 0) {
                guard precision <= 17 else { throw context.typeError("precision", expected: "a whole number from 0 to 17") }
                context.printOptions.precision = precision
            }
            if let threshold = try count("threshold", minimum: 0) {
                context.printOptions.threshold = threshold
                context.printOptions.summarisesToFit = false
            }
            if let edgeitems = try count("edgeitems", minimum: 0) { context.printOptions.edgeitems = min(edgeitems, 1000) }
            if let linewidth = try count("linewidth", minimum: 1) { context.printOptions.linewidth = min(linewidth, 100_000) }
            if case .none = context.value("suppress") {} else { context.printOptions.suppress = try context.boolean("suppress") }
            return .none
        },
        BuiltinFunction("shape", [.required("a")], summary: "the shape of an array: (rows, columns), (n,) or ()", example: "np.shape(W1)") { context throws(Diagnostic) in
            .tuple((context.value("a").asArray?.shape ?? []).map(Value.integer))
        },
        BuiltinFunction("size", [.required("a")], summary: "the number of elements", example: "np.size(X)") { context throws(Diagnostic) in
            .integer(context.value("a").asArray?.count ?? 1)
        },
        BuiltinFunction("squeeze", [.required("a")],
                        summary: "drops axes of size 1: a (1, 1) cost becomes 0-d (shape ()), as the course does",
                        example: "cost = np.squeeze(cost)") { context throws(Diagnostic) in
            let value = context.value("a")
            guard case let .array(a) = value else { return value.asArray.map(Value.array) ?? value }
            if a.isNumpyScalar { return value }  // np.squeeze(np.float64(x)) is that np.float64
            let shape = a.shape.filter { $0 != 1 }
            if shape.count == 1 && a.rank == 2 {
                context.noteRankOne("squeeze makes a rank-1 array of shape (\(shape[0]),)", hint: "keep \(a.shapeDescription) if you need the column or row")
            }
            return .array(try! a.reshaped(shape))
        },
        BuiltinFunction("item", [.required("a")], isNumpy: false, summary: "the single element of an array as a number", example: "cost.item()") { context throws(Diagnostic) in
            let a = try context.array("a")
            guard a.count == 1 else {
                throw Diagnostic(message: "item(): only an array with one element can become a number; this one is \(a.shapeDescription)", span: context.callSpan)
            }
            return Value.wrapping(try! a.reshaped([]))
        },
        BuiltinFunction("round", aliases: ["around"], [.required("a"), .optional("decimals", .integer(0))],
                        summary: "rounds to the given number of decimals (halves to even, as numpy)",
                        example: "np.round(A2, 3)") { context throws(Diagnostic) in
            let decimals = try context.integer("decimals")
            let scale = Matrix.pow(10, Double(decimals))
            let round: @Sendable (Double) -> Double = { x in
                decimals >= 0 ? (x * scale).rounded(.toNearestOrEven) / scale : (x / Matrix.pow(10, Double(-decimals))).rounded(.toNearestOrEven) * Matrix.pow(10, Double(-decimals))
            }
            switch context.value("a") {
            case .integer where decimals >= 0, .boolean where decimals >= 0: return context.value("a")
            case let .array(a) where a.dtype != .float64 && decimals >= 0: return .array(a)
            case let .array(a) where a.dtype != .float64: return Value.wrapping(a.map(dtype: .int64, round))
            case let .integer(i): return .integer(Int(round(Double(i))))
            default:
                let a = try context.array("a")
                return Value.wrapping(a.map(round))
            }
        },
        BuiltinFunction("clip", [.required("a"), .required("a_min"), .required("a_max")],
                        summary: "limits every element to [a_min, a_max]", example: "np.clip(A, 1e-8, 1 - 1e-8)") { context throws(Diagnostic) in
            let a = try context.array("a"), low = try context.array("a_min"), high = try context.array("a_max")
            let dtype = DType.promoted(a.dtype, DType.promoted(low.dtype, high.dtype))
            // numpy compares before it replaces, so an element already inside keeps its bits (-0.0 stays -0.0).
            let raised = try context.engine { () throws(MatrixError) in
                try NDArray.broadcasting(a, low, name: "clip", dtype: dtype) { x, lo in (x.isNaN || x >= lo) ? x : lo }
            }
            return Value.wrapping(try context.engine { () throws(MatrixError) in
                try NDArray.broadcasting(raised, high, name: "clip", dtype: dtype) { x, hi in (x.isNaN || x <= hi) ? x : hi }
            })
        },
        BuiltinFunction("where", [.required("condition"), .optional("x", .none), .optional("y", .none)],
                        summary: "x where condition is true, else y (element-wise); with only a condition, the indices where it is true",
                        example: "np.where(A2 > 0.5, 1, 0)") { context throws(Diagnostic) in
            let condition = try context.array("condition")
            guard context.isGiven("x") || context.isGiven("y") else { return nonzeroIndices(condition) }
            guard context.isGiven("x") && context.isGiven("y") else {
                throw Diagnostic(message: "np.where takes either a condition alone or a condition, x and y", span: context.callSpan,
                                 hint: "usage: \(context.function.signature)")
            }
            let x = try context.array("x"), y = try context.array("y")
            let dtype = DType.promoted(x.dtype, y.dtype)
            return Value.wrapping(try context.engine { () throws(MatrixError) in try NDArray.select(condition, x, y) })
        },
        BuiltinFunction("allclose", [.required("a"), .required("b"), .optional("rtol", .float(1e-05)), .optional("atol", .float(1e-08))],
                        summary: "True if every element of a is close to b: |a − b| ≤ atol + rtol·|b|",
                        example: "np.allclose(dW1, grad_approx)") { context throws(Diagnostic) in
            let a = try context.matrix("a"), b = try context.matrix("b")
            let rtol = try context.double("rtol"), atol = try context.double("atol")
            let close = try context.engine { () throws(MatrixError) in
                try Matrix.broadcasting(a, b, name: "allclose") { x, y in (x == y || Swift.abs(x - y) <= atol + rtol * Swift.abs(y)) ? 1 : 0 }
            }
            return .boolean(close.elements.allSatisfy { $0 == 1 })
        },
        BuiltinFunction("any", [.required("a")], summary: "True if any element is nonzero", example: "np.any(np.isnan(A))") { context throws(Diagnostic) in
            .boolean(try context.array("a").elements.contains { $0 != 0 })
        },
        BuiltinFunction("all", [.required("a")], summary: "True if every element is nonzero", example: "np.all(A >= 0)") { context throws(Diagnostic) in
            .boolean(try context.array("a").elements.allSatisfy { $0 != 0 })
        },
    ]

    /// `np.where(condition)`: one rank-1 int64 array of positions per axis where the condition holds.
    static func nonzeroIndices(_ condition: NDArray) -> Value {
        let columns = condition.rank == 0 ? 1 : condition.shape[condition.rank - 1]
        var rows: [Double] = [], positions: [Double] = []
        for (index, value) in condition.elements.enumerated() where value != 0 {
            rows.append(Double(index / max(columns, 1)))
            positions.append(Double(index % max(columns, 1)))
        }
        let lastAxis = Value.array(.vector(positions, dtype: .int64))
        return condition.rank == 2 ? .tuple([.array(.vector(rows, dtype: .int64)), lastAxis]) : .tuple([lastAxis])
    }

    /// numpy 2 converts only a 0-d array (or numpy scalar) to a Python number.
    static func requireZeroDimensional(_ a: NDArray, _ name: String, _ context: CallContext) throws(Diagnostic) {
        guard a.rank > 0 else { return }
        throw Diagnostic(message: "\(name)(): only 0-dimensional arrays can be converted to Python scalars (numpy's TypeError); this one is \(a.shapeDescription)",
                         span: context.callSpan,
                         hint: a.count == 1 ? "take its one element with .item(), or np.squeeze(...) first" : "pick one element first, such as x[0, 0]")
    }
}
