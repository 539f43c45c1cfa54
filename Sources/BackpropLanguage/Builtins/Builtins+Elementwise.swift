import MatrixEngine
import RealModule

/// Element-wise functions: each applies to every element (a number stays a number).
extension BuiltinLibrary {
    /// What dtype a one-argument function gives, as numpy's ufunc loops decide.
    enum ResultType {
        /// exp, log, tanh...: float64 for every input.
        case float
        /// abs, floor, ceil: an integer array stays integer, a bool array bool.
        case sameAsInput
        /// square: integer stays integer; bool becomes an integer (numpy's int8, printed alike).
        case integerForBool
        /// sign: numpy has no bool loop and refuses a bool array.
        case numericOnly
        /// isnan: bool.
        case bool
    }

    /// A one-argument element-wise function: numbers in, numbers out; arrays keep their shape.
    /// `integers`, for a function with int64 results, is the same function on exact int64 values
    /// (numpy's, which wraps around at 2**63): used when the doubles cannot hold the values.
    static func unary(_ name: String, aliases: [String] = [], isNumpy: Bool = true, result: ResultType = .float,
                      summary: String, example: String, integers: (@Sendable (Int64) -> Int64)? = nil,
                      _ apply: @escaping @Sendable (Matrix) -> Matrix) -> BuiltinFunction {
        // A float64 array, and nothing numpy would warn of: what a training loop calls.
        let quick = QuickForm.single { x in
            guard x.dtype == .float64 else { return nil }
            let mapped = x.withStorage(apply(x.storage), dtype: result == .bool ? .bool : .float64)
            return RuntimeWarnings.unary(name, x, result: mapped).isEmpty ? Value.wrapping(mapped) : nil
        }
        return BuiltinFunction(name, aliases: aliases, [.required("x")], isNumpy: isNumpy, summary: summary, example: example,
                               quick: quick) { context throws(Diagnostic) in
            let argument = try context.array("x")
            let dtype: DType
            switch result {
            case .float: dtype = .float64
            case .sameAsInput: dtype = argument.dtype
            case .integerForBool: dtype = argument.dtype == .bool ? .int64 : argument.dtype
            case .numericOnly:
                guard argument.dtype != .bool else {
                    throw Diagnostic(message: "np.\(name) has no loop for a bool array (numpy's UFuncTypeError)", span: context.callSpan,
                                     hint: "convert it first: \(context.argument("x")?.text ?? "x").astype(int)")
                }
                dtype = argument.dtype
            case .bool: dtype = .bool
            }
            var result = argument.withStorage(apply(argument.storage), dtype: dtype)
            if dtype == .int64, argument.exactIntegers != nil || result.inexactInteger != nil, let integers {
                result = .integers(argument.integerElements.map(integers), shape: argument.shape)
            }
            let written = context.argument("x")
            if argument.dtype == .bool, isNumpy, result.dtype != .bool,
               let note = NarrowDTypes.functionNote(name, resultType: result.dtype, argument: argument, written: written?.text ?? "x", span: context.callSpan) {
                context.warnings.append(note)
            }
            context.warnAboutFloatingPoint(name, argument, result: result, argument: { written?.text ?? "x" })
            return Value.wrapping(result)
        }
    }

    /// A two-argument element-wise function with broadcasting: the operator's own rules when it
    /// is one (`np.add` is `+`), else numpy's promotion.
    static func binary(_ name: String, _ first: String = "x1", _ second: String = "x2", operator op: BinaryOperator? = nil,
                       summary: String, example: String, integers: (@Sendable (Int64, Int64) -> Int64)? = nil,
                       _ apply: @escaping @Sendable (Matrix, Matrix) throws(MatrixError) -> Matrix = { _, _ in preconditionFailure() }) -> BuiltinFunction {
        /// The result and numpy's warnings for it.
        @Sendable func compute(_ a: NDArray, _ b: NDArray) throws(ArrayArithmetic.Failure) -> (NDArray, [String]) {
            if let op {
                let result = try ArrayArithmetic.apply(op, a, b)
                return (result, RuntimeWarnings.binary(op, a, b, result: result))
            }
            do throws(MatrixError) {
                let dtype = DType.promoted(a.dtype, b.dtype)
                if dtype == .int64, a.exactIntegers != nil || b.exactIntegers != nil, let integers {
                    return (try NDArray.broadcastingIntegers(a, b, name: name, dtype: dtype, integers), [])
                }
                return (NDArray(adopting: try apply(a.storage, b.storage), a, b, dtype: dtype), [])
            } catch {
                guard case .broadcastMismatch = error else { throw ArrayArithmetic.Failure.engine(error) }
                throw ArrayArithmetic.Failure.broadcast
            }
        }
        let quick = QuickForm.pair { a, b in
            guard let (result, warnings) = try? compute(a, b), warnings.isEmpty else { return nil }
            return Value.wrapping(result)
        }
        return BuiltinFunction(name, [.required(first), .required(second)], summary: summary, example: example, quick: quick) { context throws(Diagnostic) in
            let a = try context.array(first), b = try context.array(second)
            do throws(ArrayArithmetic.Failure) {
                let (result, warnings) = try compute(a, b)
                for message in warnings {
                    var note = Diagnostic(.warning, message: "RuntimeWarning: " + message, span: context.callSpan)
                    note.topic = message
                    context.warnings.append(note)
                }
                return Value.wrapping(result)
            } catch {
                switch error {
                case let .refused(reason): throw Diagnostic(message: "np.\(name): \(reason)", span: context.callSpan)
                case let .engine(failure):
                    throw Diagnostic(message: "np.\(name): \(failure.isInsufficientMemory ? failure.detail : "\(failure)")", span: context.callSpan,
                                     hint: failure.isInsufficientMemory ? Diagnostic.memoryHint : nil)
                case .broadcast:
                    let left = context.argument(first), right = context.argument(second)
                    throw ShapeDiagnostics.broadcastFailure("np.\(name)", a, b, lhsText: left?.text ?? first, rhsText: right?.text ?? second,
                                                            span: context.callSpan)
                }
            }
        }
    }

    /// A two-argument truth function with broadcasting: every element read as nonzero or not, a bool result.
    static func logical(_ name: String, summary: String, example: String, _ combine: @escaping @Sendable (Bool, Bool) -> Bool) -> BuiltinFunction {
        BuiltinFunction(name, [.required("x1"), .required("x2")], summary: summary, example: example) { context throws(Diagnostic) in
            let a = try context.array("x1"), b = try context.array("x2")
            do throws(MatrixError) {
                return Value.wrapping(try NDArray.broadcasting(a, b, name: name, dtype: .bool) { x, y in combine(x != 0, y != 0) ? 1 : 0 })
            } catch {
                guard case .broadcastMismatch = error else { throw Diagnostic(message: "np.\(name): \(error.detail)", span: context.callSpan) }
                throw ShapeDiagnostics.broadcastFailure("np.\(name)", a, b, lhsText: context.argument("x1")?.text ?? "x1",
                                                        rhsText: context.argument("x2")?.text ?? "x2", span: context.callSpan)
            }
        }
    }

    static let elementwise: [BuiltinFunction] = [
        unary("exp", summary: "e to the power of each element", example: "np.exp(-Z)") { $0.exp() },
        unary("log", summary: "natural logarithm of each element (log(0) is -inf)", example: "np.log(A2)") { $0.log() },
        unary("sqrt", summary: "square root of each element", example: "np.sqrt(2)") { $0.sqrt() },
        unary("abs", aliases: ["absolute", "fabs"], result: .sameAsInput, summary: "absolute value of each element", example: "np.abs(dW1 - grad)",
              integers: { $0 == .min ? .min : Swift.abs($0) }) { $0.abs() },
        unary("tanh", summary: "hyperbolic tangent of each element", example: "A1 = np.tanh(Z1)") { $0.tanh() },
        unary("sin", summary: "sine of each element (radians)", example: "np.sin(t)") { $0.map { Double.sin($0) } },
        unary("cos", summary: "cosine of each element (radians)", example: "np.cos(t)") { $0.map { Double.cos($0) } },
        unary("square", result: .integerForBool, summary: "each element squared", example: "np.square(A1)", integers: { $0 &* $0 }) { $0.square() },
        unary("sign", result: .numericOnly, summary: "-1, 0 or 1 for each element", example: "np.sign(Z1)", integers: { $0.signum() }) { $0.map { $0 > 0 ? 1 : ($0 < 0 ? -1 : ($0 == 0 ? 0 : $0)) } },
        unary("isnan", result: .bool, summary: "True where an element is nan", example: "np.isnan(A)") { $0.map { $0.isNaN ? 1 : 0 } },
        unary("isinf", result: .bool, summary: "True where an element is inf or -inf", example: "np.isinf(A)") { $0.map { $0.isInfinite ? 1 : 0 } },
        unary("isfinite", result: .bool, summary: "True where an element is neither nan nor inf", example: "np.isfinite(cost)") { $0.map { $0.isFinite ? 1 : 0 } },
        unary("log10", summary: "base-10 logarithm of each element", example: "np.log10(learning_rates)") { $0.map { Double.log10($0) } },
        unary("log1p", summary: "log(1 + x) of each element, exact for tiny x", example: "np.log1p(x)") { $0.map { Double.log(onePlus: $0) } },
        unary("log2", summary: "base-2 logarithm of each element", example: "np.log2(n)") { $0.map { Double.log2($0) } },
        unary("logical_not", result: .bool, summary: "True where an element is zero or False (the same as ~ on a mask)", example: "np.logical_not(mask)") { $0.map { $0 == 0 ? 1 : 0 } },
        logical("logical_and", summary: "True where both are nonzero (the same as & on masks)", example: "np.logical_and(A > 0, A < 1)") { $0 && $1 },
        logical("logical_or", summary: "True where either is nonzero (the same as | on masks)", example: "np.logical_or(A < 0, A > 1)") { $0 || $1 },
        logical("logical_xor", summary: "True where exactly one is nonzero (the same as ^ on masks)", example: "np.logical_xor(P, Y)") { $0 != $1 },
        unary("floor", result: .sameAsInput, summary: "each element rounded down", example: "np.floor(A)", integers: { $0 }) { $0.map { $0.rounded(.down) } },
        unary("ceil", result: .sameAsInput, summary: "each element rounded up", example: "np.ceil(A)", integers: { $0 }) { $0.map { $0.rounded(.up) } },
        binary("maximum", summary: "element-wise maximum, with broadcasting", example: "np.maximum(0, Z)", integers: { Swift.max($0, $1) }) { a, b throws(MatrixError) in try Matrix.maximum(a, b) },
        binary("minimum", summary: "element-wise minimum, with broadcasting", example: "np.minimum(A, 1)", integers: { Swift.min($0, $1) }) { a, b throws(MatrixError) in try Matrix.minimum(a, b) },
        binary("multiply", operator: .multiply, summary: "element-wise product (the same as *)", example: "np.multiply(dA, g_prime)"),
        binary("add", operator: .add, summary: "element-wise sum (the same as +)", example: "np.add(Z, b)"),
        binary("subtract", operator: .subtract, summary: "element-wise difference (the same as -)", example: "np.subtract(A, Y)"),
        binary("divide", operator: .divide, summary: "element-wise quotient (the same as /)", example: "np.divide(Y, A)"),
        binary("power", operator: .power, summary: "element-wise power (the same as **)", example: "np.power(A1, 2)"),
    ]
}
