import MatrixEngine

/// Element-wise functions: each applies to every element (a number stays a number).
extension BuiltinLibrary {
    /// A one-argument element-wise function: numbers in, numbers out; matrices keep their shape.
    static func unary(_ name: String, aliases: [String] = [], isNumpy: Bool = true, summary: String, example: String,
                      _ apply: @escaping @Sendable (Matrix) -> Matrix) -> BuiltinFunction {
        BuiltinFunction(name, aliases: aliases, [.required("x")], isNumpy: isNumpy, summary: summary, example: example) { context throws(Diagnostic) in
            let argument = context.value("x")
            let result = apply(try context.matrix("x"))
            if case .matrix = argument { return .matrix(result) }
            return .float(result.elements[0])
        }
    }

    /// A two-argument element-wise function with broadcasting.
    static func binary(_ name: String, _ first: String = "x1", _ second: String = "x2", summary: String, example: String,
                       _ apply: @escaping @Sendable (Matrix, Matrix) throws(MatrixError) -> Matrix) -> BuiltinFunction {
        BuiltinFunction(name, [.required(first), .required(second)], summary: summary, example: example) { context throws(Diagnostic) in
            let a = try context.matrix(first), b = try context.matrix(second)
            let bothScalars = context.value(first).scalar != nil && context.value(second).scalar != nil
            do throws(MatrixError) {
                let result = try apply(a, b)
                return bothScalars ? .float(result.elements[0]) : .matrix(result)
            } catch {
                guard case .broadcastMismatch = error else { throw Diagnostic(message: "np.\(name): \(error)", span: context.callSpan) }
                let left = context.argument(first), right = context.argument(second)
                throw ShapeDiagnostics.broadcastFailure(
                    "np.\(name)", a.shape, b.shape, lhsText: left?.text ?? first, rhsText: right?.text ?? second, span: context.callSpan)
            }
        }
    }

    static let elementwise: [BuiltinFunction] = [
        unary("exp", summary: "e to the power of each element", example: "np.exp(-Z)") { $0.exp() },
        unary("log", summary: "natural logarithm of each element (log(0) is -inf)", example: "np.log(A2)") { $0.log() },
        unary("sqrt", summary: "square root of each element", example: "np.sqrt(2)") { $0.sqrt() },
        unary("abs", aliases: ["absolute", "fabs"], summary: "absolute value of each element", example: "np.abs(dW1 - grad)") { $0.abs() },
        unary("tanh", summary: "hyperbolic tangent of each element", example: "A1 = np.tanh(Z1)") { $0.tanh() },
        unary("square", summary: "each element squared", example: "np.square(A1)") { $0.square() },
        unary("sign", summary: "-1, 0 or 1 for each element", example: "np.sign(Z1)") { $0.map { $0 > 0 ? 1 : ($0 < 0 ? -1 : $0) } },
        unary("isnan", summary: "1 where an element is nan, else 0", example: "np.isnan(A)") { $0.map { $0.isNaN ? 1 : 0 } },
        unary("floor", summary: "each element rounded down", example: "np.floor(A)") { $0.map { $0.rounded(.down) } },
        unary("ceil", summary: "each element rounded up", example: "np.ceil(A)") { $0.map { $0.rounded(.up) } },
        binary("maximum", summary: "element-wise maximum, with broadcasting", example: "np.maximum(0, Z)") { a, b throws(MatrixError) in try Matrix.maximum(a, b) },
        binary("minimum", summary: "element-wise minimum, with broadcasting", example: "np.minimum(A, 1)") { a, b throws(MatrixError) in try Matrix.minimum(a, b) },
        binary("multiply", summary: "element-wise product (the same as *)", example: "np.multiply(dA, g_prime)") { a, b throws(MatrixError) in try a * b },
        binary("add", summary: "element-wise sum (the same as +)", example: "np.add(Z, b)") { a, b throws(MatrixError) in try a + b },
        binary("subtract", summary: "element-wise difference (the same as -)", example: "np.subtract(A, Y)") { a, b throws(MatrixError) in try a - b },
        binary("divide", summary: "element-wise quotient (the same as /)", example: "np.divide(Y, A)") { a, b throws(MatrixError) in try a / b },
        binary("power", summary: "element-wise power (the same as **)", example: "np.power(A1, 2)") { a, b throws(MatrixError) in try a.power(b) },
    ]
}
