import MatrixEngine

/// numpy's legacy global generator: the same seed gives the notebook's very numbers.
extension BuiltinLibrary {
    static let random: [BuiltinFunction] = [
        BuiltinFunction("random.seed", aliases: ["seed"], [.required("seed")],
                        summary: "seeds the generator: the same seed gives numpy's very numbers",
                        example: "np.random.seed(1)") { context throws(Diagnostic) in
            // numpy seeds by array from a list (even of one), and squeezes a one-element array to
            // its number first: np.random.seed([5]) and np.random.seed(np.array([5])) differ.
            var words: [Double]?
            switch context.value("seed") {
            case let .tuple(items):
                guard let list = Value.tuple(items).listAsArray, list.dtype != .float64 else {
                    throw Diagnostic(message: "np.random.seed: a seed list must hold integers", span: context.span("seed"))
                }
                words = list.elements
            case let .array(a) where a.count != 1:
                guard a.rank == 1 else {
                    throw Diagnostic(message: "np.random.seed: Seed array must be 1-d, got \(a.shapeDescription)", span: context.span("seed"))
                }
                guard a.dtype != .float64 else {
                    throw Diagnostic(message: "np.random.seed: the seed array must hold integers, not floats", span: context.span("seed"))
                }
                words = a.elements
            default:
                words = nil
            }
            if let words {
                let seeds = words.map { Int($0) }
                try context.engine { () throws(MatrixError) in try context.random.seed(array: seeds) }
                return .none
            }
            var seed = context.value("seed")
            if case let .array(a) = seed { seed = Value.wrapping(try! a.reshaped([])) }
            guard let whole = seed.wholeNumber else {
                if let x = seed.number {
                    throw Diagnostic(message: "np.random.seed: the seed must be an integer, got \(Matrix.formatScalar(x))", span: context.span("seed"),
                                     hint: "numpy rejects non-integer seeds; use a whole number, such as np.random.seed(1)")
                }
                throw context.typeError("seed", expected: "an integer between 0 and 2**32 - 1, or a list of them")
            }
            try context.engine { () throws(MatrixError) in try context.random.seed(whole) }
            return .none
        },
        BuiltinFunction("random.randn", aliases: ["randn"], [.variadic("dims")],
                        summary: "samples from the standard normal distribution (mean 0, variance 1)",
                        example: "W1 = np.random.randn(4, 2) * 0.01") { context throws(Diagnostic) in
            if context.variadic.isEmpty { return .float(context.random.nextGaussian()) }
            return try draws("dims", &context, Matrix.randn)
        },
        BuiltinFunction("random.standard_normal", aliases: ["standard_normal"], [.optional("size", .none)],
                        summary: "standard normal samples with the given size (a tuple); a single number without size",
                        example: "np.random.standard_normal((2, 3))") { context throws(Diagnostic) in
            if case .none = context.value("size") { return .float(context.random.nextGaussian()) }
            return try draws("size", &context, Matrix.randn)
        },
        BuiltinFunction("random.rand", aliases: ["rand"], [.variadic("dims")],
                        summary: "samples uniformly from [0, 1)",
                        example: "np.random.rand(3, 2)") { context throws(Diagnostic) in
            if context.variadic.isEmpty { return .float(context.random.nextDouble()) }
            return try draws("dims", &context, Matrix.rand)
        },
        BuiltinFunction("random.random", aliases: ["random.random_sample", "random_sample"], [.optional("size", .none)],
                        summary: "uniform samples in [0, 1) with the given size; a single number without size",
                        example: "np.random.random((2, 3))") { context throws(Diagnostic) in
            if case .none = context.value("size") { return .float(context.random.nextDouble()) }
            return try draws("size", &context, Matrix.rand)
        },
        BuiltinFunction("random.randint", aliases: ["randint"], [.required("low"), .optional("high", .none), .optional("size", .none)],
                        summary: "random integers from low (inclusive) to high (exclusive)",
                        example: "np.random.randint(0, 10, (2, 3))") { context throws(Diagnostic) in
            // numpy's legacy randint reads float bounds as integers (truncated): randint(0, 2.5) draws from [0, 2).
            func bound(_ name: String) throws(Diagnostic) -> Int {
                if case let .float(x) = context.value(name), x.isFinite, x.magnitude < 9.2e18 { return Int(x) }
                return try context.integer(name)
            }
            var low = try bound("low")
            var high = 0
            if case .none = context.value("high") { (low, high) = (0, low) } else { high = try bound("high") }
            guard low < high else {
                throw Diagnostic(message: "np.random.randint: low >= high (\(low) >= \(high))", span: context.callSpan,
                                 hint: "the range is [low, high): high must be larger than low")
            }
            let bounds = (low, high)
            if case .none = context.value("size") {
                let m = try context.engine { () throws(MatrixError) in try Matrix.randint(low: bounds.0, high: bounds.1, rows: 1, columns: 1, using: &context.random) }
                return .integer(Int(m.elements[0]))
            }
            let shape = try context.shape("size"), storage = NDArray.storageShape(for: shape)
            let draws = try context.engine { () throws(MatrixError) in
                try Matrix.randint(low: bounds.0, high: bounds.1, rows: storage.rows, columns: storage.columns, using: &context.random)
            }
            return .array(NDArray(storage: draws, shape: shape, dtype: .int64))
        },
        BuiltinFunction("random.uniform", aliases: ["uniform"], [.optional("low", .float(0)), .optional("high", .float(1)), .optional("size", .none)],
                        summary: "uniform samples in [low, high): low + (high - low) · rand, as numpy draws them",
                        example: "np.random.uniform(-1, 1, (2, 3))") { context throws(Diagnostic) in
            let low = try context.double("low"), range = try context.double("high") - low
            if case .none = context.value("size") { return .float(low + range * context.random.nextDouble()) }
            return try draws("size", &context, Matrix.rand).scaled { low + range * $0 }
        },
        BuiltinFunction("random.normal", aliases: ["normal"], [.optional("loc", .float(0)), .optional("scale", .float(1)), .optional("size", .none)],
                        summary: "Gaussian samples with mean loc and standard deviation scale: loc + scale · randn",
                        example: "np.random.normal(0, 0.01, (4, 2))") { context throws(Diagnostic) in
            let loc = try context.double("loc"), scale = try context.double("scale")
            guard scale >= 0 else { throw Diagnostic(message: "np.random.normal: scale < 0", span: context.span("scale")) }
            if case .none = context.value("size") { return .float(loc + scale * context.random.nextGaussian()) }
            return try draws("size", &context, Matrix.randn).scaled { loc + scale * $0 }
        },
        BuiltinFunction("random.permutation", aliases: ["permutation"], [.required("x")],
                        summary: "0 … x-1 in a random order (an int), or a shuffled copy of an array (its rows, for 2-D)",
                        example: "permutation = list(np.random.permutation(m))") { context throws(Diagnostic) in
            let x = context.value("x")
            if let n = x.wholeNumber, x.asArray?.rank ?? 0 == 0 {
                guard n >= 0 else { throw Diagnostic(message: "np.random.permutation: negative dimensions are not allowed (got \(n))", span: context.span("x")) }
                return .array(.vector(context.random.permutation(n).map(Double.init), dtype: .int64))
            }
            let a = try context.array("x")
            guard a.rank > 0 else { throw context.typeError("x", expected: "an int or an array with at least one axis") }
            let rows = a.rank == 1 ? a.count : a.shape[0], columns = a.rank == 1 ? 1 : a.shape[1]
            let order = context.random.permutation(rows), elements = a.storage.elements
            var shuffled: [Double] = []
            shuffled.reserveCapacity(elements.count)
            for row in order { shuffled += elements[(row * columns)..<((row + 1) * columns)] }
            return .array(NDArray(storage: try! Matrix(rows: a.storage.rows, columns: a.storage.columns, elements: shuffled), shape: a.shape, dtype: a.dtype))
        },
    ]

    /// A float64 array of the shape in `parameter`, drawn element by element in numpy's order.
    private static func draws(_ parameter: String, _ context: inout CallContext,
                              _ draw: (Int, Int, inout NumpyRandom) throws(MatrixError) -> Matrix) throws(Diagnostic) -> Value {
        let shape = try context.shape(parameter), storage = NDArray.storageShape(for: shape)
        var random = context.random
        let values = try context.engine { () throws(MatrixError) in try draw(storage.rows, storage.columns, &random) }
        context.random = random
        return .array(NDArray(storage: values, shape: shape, dtype: .float64))
    }
}

extension Value {
    /// A float array of draws mapped element by element (uniform's and normal's affine maps).
    fileprivate func scaled(_ transform: (Double) -> Double) -> Value {
        guard case let .array(a) = self else { return self }
        return .array(a.map(transform))
    }
}
