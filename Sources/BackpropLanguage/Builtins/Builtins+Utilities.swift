import MatrixEngine

/// Small helpers learners use from notebooks: print, squeeze, float, round, allclose, where...
extension BuiltinLibrary {
    static let utilities: [BuiltinFunction] = [
        BuiltinFunction("print", [.variadic("values")], isNumpy: false,
                        summary: "prints values as Python's print does", example: "print(\"cost:\", cost)") { context throws(Diagnostic) in
            let texts = context.variadic.map { ValueFormatter.printed($0.value, options: context.printOptions) }
            context.printed.append(texts.joined(separator: " "))
            return .none
        },
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
        BuiltinFunction("shape", [.required("a")], summary: "the shape (rows, columns) of a matrix", example: "np.shape(W1)") { context throws(Diagnostic) in
            if case let .matrix(m) = context.value("a") { return .tuple([.integer(m.rows), .integer(m.columns)]) }
            return .tuple([])
        },
        BuiltinFunction("size", [.required("a")], summary: "the number of elements", example: "np.size(X)") { context throws(Diagnostic) in
            if case let .matrix(m) = context.value("a") { return .integer(m.count) }
            return .integer(1)
        },
        BuiltinFunction("len", [.required("obj")], isNumpy: false, summary: "the number of rows of a matrix, or of items in a tuple", example: "len(X)") { context throws(Diagnostic) in
            switch context.value("obj") {
            case let .matrix(m): return .integer(m.rows)
            case let .tuple(items): return .integer(items.count)
            case let .string(s): return .integer(s.count)
            default: throw context.typeError("obj", expected: "a matrix or a tuple")
            }
        },
        BuiltinFunction("squeeze", [.required("a")],
                        summary: "drops axes of size 1: a (1, 1) matrix becomes a number, as the course does with the cost",
                        example: "cost = np.squeeze(cost)") { context throws(Diagnostic) in
            let value = context.value("a")
            guard case let .matrix(m) = value else { return value }
            if m.count == 1 { return .float(m.elements[0]) }
            return .matrix(m.columns == 1 ? m.transposed : m)
        },
        BuiltinFunction("item", [.required("a")], isNumpy: false, summary: "the single element of a (1, 1) matrix as a number", example: "cost.item()") { context throws(Diagnostic) in
            let a = try context.matrix("a")
            guard a.count == 1 else {
                throw Diagnostic(message: "item(): only a matrix with one element can become a number; this one is \(a.shape)", span: context.callSpan)
            }
            return .float(a.elements[0])
        },
        BuiltinFunction("float", [.required("x")], isNumpy: false, summary: "a number as a float", example: "float(m)") { context throws(Diagnostic) in
            if case let .matrix(m) = context.value("x"), m.count == 1 { return .float(m.elements[0]) }
            return .float(try context.double("x"))
        },
        BuiltinFunction("int", [.required("x")], isNumpy: false, summary: "a number truncated to an integer", example: "int(0.7 * m)") { context throws(Diagnostic) in
            let x = try context.double("x")
            guard x.isFinite, x.magnitude < 9.2e18 else {
                throw Diagnostic(message: "int(): cannot convert \(x) to an integer", span: context.callSpan)
            }
            return .integer(Int(x))
        },
        BuiltinFunction("round", aliases: ["around"], [.required("a"), .optional("decimals", .integer(0))],
                        summary: "rounds to the given number of decimals (halves to even, as numpy)",
                        example: "np.round(A2, 3)") { context throws(Diagnostic) in
            let decimals = try context.integer("decimals")
            let scale = Matrix.pow(10, Double(decimals))
            let round: @Sendable (Double) -> Double = { x in
                decimals >= 0 ? (x * scale).rounded(.toNearestOrEven) / scale : (x / Matrix.pow(10, Double(-decimals))).rounded(.toNearestOrEven) * Matrix.pow(10, Double(-decimals))
            }
            if case let .matrix(m) = context.value("a") { return .matrix(m.map(round)) }
            return .float(round(try context.double("a")))
        },
        BuiltinFunction("clip", [.required("a"), .required("a_min"), .required("a_max")],
                        summary: "limits every element to [a_min, a_max]", example: "np.clip(A, 1e-8, 1 - 1e-8)") { context throws(Diagnostic) in
            let a = try context.matrix("a"), low = try context.matrix("a_min"), high = try context.matrix("a_max")
            let result = try context.engine { () throws(MatrixError) in try Matrix.minimum(try Matrix.maximum(a, low), high) }
            if case .matrix = context.value("a") { return .matrix(result) }
            return .float(result.elements[0])
        },
        BuiltinFunction("where", [.required("condition"), .required("x"), .required("y")],
                        summary: "x where condition is nonzero, else y (element-wise)", example: "np.where(A2 > 0.5, 1, 0)") { context throws(Diagnostic) in
            let condition = try context.matrix("condition"), x = try context.matrix("x"), y = try context.matrix("y")
            return .matrix(try context.engine { () throws(MatrixError) in
                // Broadcast all three to one shape, then pick element by element.
                guard let pair = Matrix.broadcastShape(condition.shape, x.shape) else {
                    throw MatrixError.broadcastMismatch(operation: "where", lhs: condition.shape, rhs: x.shape)
                }
                guard let shape = Matrix.broadcastShape(pair, y.shape) else {
                    throw MatrixError.broadcastMismatch(operation: "where", lhs: pair, rhs: y.shape)
                }
                let zero = try Matrix.zeros(shape.rows, shape.columns)
                let c = try zero + condition, xs = try zero + x, ys = try zero + y
                var result = zero
                for i in 0..<result.count { result.elements[i] = c.elements[i] != 0 ? xs.elements[i] : ys.elements[i] }
                return result
            })
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
            .boolean(try context.matrix("a").elements.contains { $0 != 0 })
        },
        BuiltinFunction("all", [.required("a")], summary: "True if every element is nonzero", example: "np.all(A >= 0)") { context throws(Diagnostic) in
            .boolean(try context.matrix("a").elements.allSatisfy { $0 != 0 })
        },
    ]
}
