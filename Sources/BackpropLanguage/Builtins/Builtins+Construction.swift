import MatrixEngine

extension BuiltinLibrary {
    static let construction: [BuiltinFunction] = [
        BuiltinFunction("array", [.required("object")],
                        summary: "a matrix from nested lists (rows of numbers)",
                        example: "np.array([[1., 2.], [3., 4.]])") { context throws(Diagnostic) in
            guard let m = context.value("object").asMatrix else { throw context.typeError("object", expected: "a list of numbers") }
            return .matrix(m)
        },
        BuiltinFunction("zeros", [.variadic("shape")],
                        summary: "a matrix of zeros with the given shape",
                        example: "b1 = np.zeros((4, 1))") { context throws(Diagnostic) in
            let shape = try context.shape("shape")
            return .matrix(try context.engine { () throws(MatrixError) in try Matrix.zeros(shape.rows, shape.columns) })
        },
        BuiltinFunction("ones", [.variadic("shape")],
                        summary: "a matrix of ones with the given shape",
                        example: "np.ones((1, 3))") { context throws(Diagnostic) in
            let shape = try context.shape("shape")
            return .matrix(try context.engine { () throws(MatrixError) in try Matrix.ones(shape.rows, shape.columns) })
        },
        BuiltinFunction("full", [.required("shape"), .required("fill_value")],
                        summary: "a matrix of the given shape filled with one value",
                        example: "np.full((2, 3), 0.5)") { context throws(Diagnostic) in
            let shape = try context.shape("shape")
            let value = try context.double("fill_value")
            return .matrix(try context.engine { () throws(MatrixError) in try Matrix.full(shape.rows, shape.columns, value: value) })
        },
        BuiltinFunction("zeros_like", [.required("a")],
                        summary: "zeros with the shape of a",
                        example: "dW1 = np.zeros_like(W1)") { context throws(Diagnostic) in
            let a = try context.matrix("a")
            return .matrix(try! Matrix.zeros(a.rows, a.columns))
        },
        BuiltinFunction("ones_like", [.required("a")],
                        summary: "ones with the shape of a",
                        example: "np.ones_like(Z1)") { context throws(Diagnostic) in
            let a = try context.matrix("a")
            return .matrix(try! Matrix.ones(a.rows, a.columns))
        },
        BuiltinFunction("eye", [.required("N"), .optional("M", .none)],
                        summary: "the identity matrix (ones on the diagonal)",
                        example: "np.eye(3)") { context throws(Diagnostic) in
            let rows = try context.integer("N"), columns = try context.optionalInteger("M")
            return .matrix(try context.engine { () throws(MatrixError) in try Matrix.eye(rows, columns) })
        },
        BuiltinFunction("linspace", [.required("start"), .required("stop"), .optional("num", .integer(50))],
                        summary: "num evenly spaced numbers from start to stop, as a row",
                        example: "np.linspace(0, 3.12, 200)") { context throws(Diagnostic) in
            let start = try context.double("start"), stop = try context.double("stop"), count = try context.integer("num")
            return .matrix(try context.engine { () throws(MatrixError) in try Matrix.linspace(start, stop, count: count) })
        },
        BuiltinFunction("arange", [.required("start"), .optional("stop", .none), .optional("step", .integer(1))],
                        summary: "evenly spaced values in [start, stop), as a row",
                        example: "np.arange(0, 1, 0.25)") { context throws(Diagnostic) in
            var start = try context.double("start")
            var stop = 0.0
            if context.isGiven("stop") { stop = try context.double("stop") } else { (start, stop) = (0, start) }
            let step = try context.double("step")
            return .matrix(try context.engine { () throws(MatrixError) in try Matrix.arange(start, stop, step: step) })
        },
        BuiltinFunction("reshape", [.required("a"), .variadic("newshape")],
                        summary: "the same elements in a new shape (row-major, numpy's order); -1 infers one size",
                        example: "X.reshape(2, -1)") { context throws(Diagnostic) in
            let a = try context.matrix("a")
            var dims: [Int] = []
            for argument in context.variadic {
                switch argument.value {
                case let .integer(i): dims.append(i)
                case let .tuple(items): dims += items.compactMap { if case let .integer(i) = $0 { return i } else { return nil } }
                default: throw Diagnostic(message: "np.reshape: the new shape must be whole numbers", span: argument.span)
                }
            }
            if dims.count == 1 { dims = [1, dims[0]] }
            guard dims.count == 2 else {
                throw Diagnostic(message: "np.reshape needs a 2-D shape such as (4, 1)", span: context.callSpan, hint: "usage: \(context.function.signature)")
            }
            return .matrix(try context.engine { () throws(MatrixError) in try a.reshaped(dims[0], dims[1]) })
        },
        BuiltinFunction("hstack", [.required("tup")],
                        summary: "matrices side by side (same number of rows)",
                        example: "np.hstack((A, B))") { context throws(Diagnostic) in
            let parts = try matrices(in: context, "tup")
            return .matrix(try context.engine { () throws(MatrixError) in try Matrix.hstack(parts) })
        },
        BuiltinFunction("vstack", [.required("tup")],
                        summary: "matrices one above the other (same number of columns)",
                        example: "np.vstack((A, B))") { context throws(Diagnostic) in
            let parts = try matrices(in: context, "tup")
            return .matrix(try context.engine { () throws(MatrixError) in try Matrix.vstack(parts) })
        },
        BuiltinFunction("concatenate", [.required("arrays"), .optional("axis", .integer(0))],
                        summary: "joins matrices along an axis (0: stack rows, 1: side by side)",
                        example: "np.concatenate((A, B), axis=1)") { context throws(Diagnostic) in
            let parts = try matrices(in: context, "arrays")
            let axis = try context.axis()
            return .matrix(try context.engine { () throws(MatrixError) in
                axis == .columns ? try Matrix.hstack(parts) : try Matrix.vstack(parts)
            })
        },
        BuiltinFunction("copy", [.required("a")],
                        summary: "a copy of a (assignment already copies in Backprop: matrices are values)",
                        example: "W1_before = W1.copy()") { context throws(Diagnostic) in
            context.value("a")
        },
    ]

    /// A tuple (or list literal) of matrices, as np.hstack and friends take.
    static func matrices(in context: CallContext, _ name: String) throws(Diagnostic) -> [Matrix] {
        guard case let .tuple(items) = context.value(name) else {
            throw context.typeError(name, expected: "a tuple of matrices, like (A, B)")
        }
        var result: [Matrix] = []
        for item in items {
            guard let m = item.asMatrix else { throw context.typeError(name, expected: "a tuple of matrices, like (A, B)") }
            result.append(m)
        }
        return result
    }
}
