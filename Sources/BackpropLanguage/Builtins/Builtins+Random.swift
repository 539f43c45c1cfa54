import BigInt
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
            if case let .array(a) = seed { seed = Value.wrapping(try! a.value.reshaped([])) }
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
            // Bounds are int64s and high is exclusive, so high may be 2**63; numpy checks low against
            // int64's least value and high against its greatest, naming the bound as it does.
            func bound(_ name: String) throws(Diagnostic) -> Int128 {
                switch context.value(name) {
                case let .float(x) where x.isFinite: return x.magnitude < 1e38 ? Int128(x.rounded(.towardZero)) : x < 0 ? .min : .max
                case let .bigInteger(big): return Int128(clamping: big)
                default: return Int128(try context.integer(name))
                }
            }
            func outOfBounds(_ name: String, _ label: String) -> Diagnostic {
                Diagnostic(message: "np.random.randint: \(label) is out of bounds for int64", span: context.span(name),
                           hint: "int64 bounds run from -2**63 to 2**63 (high is exclusive)")
            }
            let oneBound = context.value("high") == .none
            let low = oneBound ? 0 : try bound("low"), high = try bound(oneBound ? "low" : "high")
            guard low >= Int128(Int.min) else { throw outOfBounds("low", "low") }
            guard high <= Int128(Int.max) + 1 else { throw outOfBounds(oneBound ? "low" : "high", "high") }
            let size = context.value("size")
            let shape = size == .none ? [] : try context.shape("size"), storage = NDArray.storageShape(for: shape)
            guard low < high || (size != .none && shape.reduce(1, *) == 0) else {
                throw Diagnostic(message: "np.random.randint: " + (oneBound ? "high <= 0" : "low >= high (\(low) >= \(high))"), span: context.callSpan,
                                 hint: "the range is [low, high): high must be larger than low")
            }
            let (lowest, highest) = (Int(clamping: low), Int(clamping: high - 1))
            if size == .none {  // a Python int, exact at any size
                return .integer(try context.engine { () throws(MatrixError) in try context.random.randint(lowest, through: highest, count: 1)[0] })
            }
            if lowest.magnitude >= 1 << 53 || highest.magnitude >= 1 << 53 {
                // Draws a Double cannot hold: kept as int64s, exactly.
                let draws = try context.engine { () throws(MatrixError) in
                    try Matrix.checkRoom(for: Shape(storage.rows, storage.columns), operation: "np.random.randint")
                    return try context.random.randint(lowest, through: highest, count: storage.count)
                }
                return .array(NDArray.integers(draws.map { Int64($0) }, shape: ArrayShape(shape)))
            }
            let draws = try context.engine { () throws(MatrixError) in
                try Matrix.randint(low: lowest, through: highest, rows: storage.rows, columns: storage.columns, using: &context.random)
            }
            return .array(NDArray(storage: draws, shape: ArrayShape(shape), dtype: .int64))
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
        BuiltinFunction("random.choice", aliases: ["choice"], [.required("a"), .optional("size", .none), .optional("replace", .boolean(true)), .optional("p", .none)],
                        summary: "random picks from range(a) or from the rank-1 array a, with or without replacement, optionally weighted by p",
                        example: "np.random.choice(m, 32, replace=False)") { context throws(Diagnostic) in
            try choice(&context)
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

    /// numpy's legacy `choice`: with replacement, `randint(0, n)` draws (or, weighted, the
    /// normalised cumulative p searched with `random_sample` draws); without, the first picks of
    /// `permutation(n)`. The picks index `a` when it is an array.
    private static func choice(_ context: inout CallContext) throws(Diagnostic) -> Value {
        let given = context.value("a")
        let population: NDArray?
        let size: Int
        if let n = given.wholeNumber, (given.asArray?.rank ?? 0) == 0 {
            guard n > 0 else { throw Diagnostic(message: "np.random.choice: a must be greater than 0 unless no samples are taken", span: context.span("a")) }
            (population, size) = (nil, n)
        } else {
            let a = try context.array("a")
            guard a.rank == 1 else { throw Diagnostic(message: "np.random.choice: a must be 1-dimensional or an integer", span: context.span("a")) }
            guard a.count > 0 else { throw Diagnostic(message: "np.random.choice: a cannot be empty unless no samples are taken", span: context.span("a")) }
            (population, size) = (a, a.count)
        }
        let shape: [Int]? = context.value("size") == .none ? nil : try context.shape("size")
        let count = shape?.reduce(1, *) ?? 1
        var weights: [Double]?
        if context.value("p") != .none {
            let p = try context.array("p")
            guard p.rank == 1, p.count == size else { throw Diagnostic(message: "np.random.choice: 'a' and 'p' must have same size", span: context.span("p")) }
            guard p.elements.allSatisfy({ $0 >= 0 }) else { throw Diagnostic(message: "np.random.choice: probabilities are not non-negative", span: context.span("p")) }
            guard Swift.abs(p.elements.reduce(0, +) - 1) <= Double.ulpOfOne.squareRoot() else {
                throw Diagnostic(message: "np.random.choice: probabilities do not sum to 1", span: context.span("p"))
            }
            weights = p.elements
        }
        let picks: [Int]
        if try context.boolean("replace") {
            if let weights {
                var total = 0.0
                let cumulative = weights.map { total += $0; return total }
                let cdf = cumulative.map { $0 / total }
                picks = (0..<count).map { _ in
                    let x = context.random.nextDouble()
                    return cdf.firstIndex { $0 > x } ?? size - 1  // searchsorted(x, side='right')
                }
            } else {
                let bound = size
                picks = try context.engine { () throws(MatrixError) in
                    try Matrix.randint(low: 0, high: bound, rows: 1, columns: count, using: &context.random).elements.map { Int($0) }
                }
            }
        } else {
            guard count <= size else {
                throw Diagnostic(message: "np.random.choice: Cannot take a larger sample than population when 'replace=False'", span: context.callSpan)
            }
            guard weights == nil else {
                throw Diagnostic(message: "np.random.choice: Backprop does not draw weighted samples without replacement", span: context.span("p"),
                                 hint: "leave p= out, or draw with replace=True")
            }
            picks = Array(context.random.permutation(size).prefix(count))
        }
        let dtype = population?.dtype ?? .int64
        let values = picks.map { population?.elements[$0] ?? Double($0) }
        guard let shape else {
            return population == nil ? .integer(picks[0]) : Value.wrapping(.scalar(values[0], dtype: dtype))
        }
        let storage = NDArray.storageShape(for: shape)
        return .array(NDArray(storage: try! Matrix(rows: storage.rows, columns: storage.columns, elements: values), shape: ArrayShape(shape), dtype: dtype))
    }

    /// A float64 array of the shape in `parameter`, drawn element by element in numpy's order.
    private static func draws(_ parameter: String, _ context: inout CallContext,
                              _ draw: (Int, Int, inout NumpyRandom) throws(MatrixError) -> Matrix) throws(Diagnostic) -> Value {
        let shape = try context.shape(parameter), storage = NDArray.storageShape(for: shape)
        var random = context.random
        let values = try context.engine { () throws(MatrixError) in try draw(storage.rows, storage.columns, &random) }
        context.random = random
        return .array(NDArray(storage: values, shape: ArrayShape(shape), dtype: .float64))
    }
}

extension Value {
    /// A float array of draws mapped element by element (uniform's and normal's affine maps).
    fileprivate func scaled(_ transform: (Double) -> Double) -> Value {
        guard case let .array(a) = self else { return self }
        return .array(a.value.map(transform))
    }
}
