import NeuralNetwork

/// Week 4's graded functions ("Building your Deep Neural Network: Step by Step"), with the
/// course's test cases (the seeds and shapes of its testCases module) and the mistakes
/// learners make in each.
enum DeepNetworkFunctions {
    static let all: [CheckedFunction] = [
        initializeParameters, initializeParametersDeep, linearForward, linearActivationForward, modelForward, computeCost,
        linearBackward, linearActivationBackward, modelBackward, updateParameters,
    ]

    // MARK: Initialization

    /// The two-layer network's, as week 3's but seeded 1 inside: the same signature, told apart by running both.
    static let initializeParameters = CheckedFunction(
        name: "initialize_parameters", week: .deepNetwork, parameters: ["n_x", "n_h", "n_y"], outputs: ["parameters"],
        reference: """
        def initialize_parameters(n_x, n_h, n_y):
            np.random.seed(1)
            W1 = np.random.randn(n_h, n_x) * 0.01
            b1 = np.zeros((n_h, 1))
            W2 = np.random.randn(n_y, n_h) * 0.01
            b2 = np.zeros((n_y, 1))
            parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            return parameters
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case: initialize_parameters(3, 2, 1)", setup: "n_x, n_h, n_y = 3, 2, 1\n"),
                CheckCase(title: "the course's second test case: initialize_parameters(4, 3, 2)", setup: "n_x, n_h, n_y = 4, 3, 2\n"),
                CheckCase(title: "a single hidden unit: initialize_parameters(5, 1, 1)", setup: "n_x, n_h, n_y = 5, 1, 1\n"),
            ]
            let sizes = (random.int(2...6), random.int(2...6), random.int(1...3))
            cases.append(CheckCase(title: "random sizes: initialize_parameters\(sizes)", setup: "n_x, n_h, n_y = \(sizes.0), \(sizes.1), \(sizes.2)\n"))
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .swappedDimensions, changing: [
                .line("W1 = np.random.randn(n_h, n_x) * 0.01", to: "W1 = np.random.randn(n_x, n_h) * 0.01"),
                .line("W2 = np.random.randn(n_y, n_h) * 0.01", to: "W2 = np.random.randn(n_h, n_y) * 0.01"),
            ], why: "W[l] maps layer l − 1's units to layer l's, so its shape is (n[l], n[l−1]): W1 is (n_h, n_x), W2 (n_y, n_h)"),
        ],
        partName: parameterName,
        seed: .inside(1))

    static let initializeParametersDeep = CheckedFunction(
        name: "initialize_parameters_deep", week: .deepNetwork, parameters: ["layer_dims"], outputs: ["parameters"],
        reference: """
        def initialize_parameters_deep(layer_dims):
            np.random.seed(3)
            parameters = {}
            L = len(layer_dims)
            for l in range(1, L):
                parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
                parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
            return parameters
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case: initialize_parameters_deep([5, 4, 3])", setup: "layer_dims = [5, 4, 3]\n"),
                CheckCase(title: "one layer (L = 1): [3, 1]", setup: "layer_dims = [3, 1]\n"),
                CheckCase(title: "a single hidden unit: [4, 1, 1]", setup: "layer_dims = [4, 1, 1]\n"),
            ]
            for _ in 0..<2 {
                let dims = (0..<random.int(3...5)).map { _ in random.int(1...6) }
                cases.append(CheckCase(title: "random layers \(dims)", setup: "layer_dims = \(dims)\n"))
            }
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .offByOneLayer, changing: [
                .line("for l in range(1, L):", to: "for l in range(1, L - 1):"),
            ], why: "len(layer_dims) is L + 1 (it counts the input layer), so range(1, len(layer_dims)) makes W1 … WL; one less leaves out the last layer"),
            PlantedMistake(kind: .swappedDimensions, changing: [
                .line("parameters[\"W\" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01", to: "parameters[\"W\" + str(l)] = np.random.randn(layer_dims[l - 1], layer_dims[l]) * 0.01"),
            ], why: "W[l] is (n[l], n[l-1]): one row per unit of layer l, so np.random.randn(layer_dims[l], layer_dims[l - 1])"),
        ],
        partName: parameterName,
        seed: .inside(3))

    // MARK: Forward

    static let linearForward = CheckedFunction(
        name: "linear_forward", week: .deepNetwork, parameters: ["A", "W", "b"], outputs: ["Z", "cache"],
        reference: """
        def linear_forward(A, W, b):
            Z = np.dot(W, A) + b
            cache = (A, W, b)
            return Z, cache
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (linear_forward_test_case)",
                          setup: CourseHelpers.draws(seed: 1, [("A", [3, 2]), ("W", [1, 3]), ("b", [1, 1])])),
                CheckCase(title: "one example (m = 1)", setup: CourseHelpers.draws(seed: 2, [("A", [4, 1]), ("W", [3, 4]), ("b", [3, 1])])),
            ]
            for _ in 0..<3 {
                let n = random.int(1...5), nPrevious = random.int(1...6), m = random.int(1...7)
                cases.append(CheckCase(title: "random: W (\(n), \(nPrevious)), A (\(nPrevious), \(m))",
                                       setup: CourseHelpers.draws(seed: random.seed(), [("A", [nPrevious, m]), ("W", [n, nPrevious]), ("b", [n, 1])])))
            }
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .cacheOrder, changing: [
                .line("cache = (A, W, b)", to: "cache = (W, A, b)"),
            ], why: "the linear cache is (A, W, b): linear_backward unpacks it as A_prev, W, b = cache"),
        ],
        partName: linearCacheName(under: 1))

    static let linearActivationForward = CheckedFunction(
        name: "linear_activation_forward", week: .deepNetwork, parameters: ["A_prev", "W", "b", "activation"], outputs: ["A", "cache"],
        reference: """
        def linear_activation_forward(A_prev, W, b, activation):
            if activation == "sigmoid":
                Z, linear_cache = linear_forward(A_prev, W, b)
                A, activation_cache = sigmoid(Z)
            elif activation == "relu":
                Z, linear_cache = linear_forward(A_prev, W, b)
                A, activation_cache = relu(Z)
            cache = (linear_cache, activation_cache)
            return A, cache
        """,
        cases: { random in
            let course = CourseHelpers.draws(seed: 2, [("A_prev", [3, 2]), ("W", [1, 3]), ("b", [1, 1])])
            var cases = [
                CheckCase(title: "the course's test case, sigmoid (linear_activation_forward_test_case)", setup: course + "activation = \"sigmoid\"\n"),
                CheckCase(title: "the course's test case, relu", setup: course + "activation = \"relu\"\n"),
                CheckCase(title: "ReLU at exactly 0 (Z has zeros)",
                          setup: "A_prev = np.array([[1., -1., 0.], [2., 0., 1.]])\nW = np.array([[1., 1.], [0., 0.], [-2., 1.]])\nb = np.array([[0.], [0.], [0.]])\nactivation = \"relu\"\n"),
                CheckCase(title: "sigmoid saturated (Z = ±40)",
                          setup: "A_prev = np.array([[1., -1.]])\nW = np.array([[40.]])\nb = np.array([[0.]])\nactivation = \"sigmoid\"\n"),
            ]
            for activation in ["relu", "sigmoid"] {
                let n = random.int(1...5), nPrevious = random.int(1...6), m = random.int(1...7)
                cases.append(CheckCase(title: "random \(activation): W (\(n), \(nPrevious)), A_prev (\(nPrevious), \(m))",
                                       setup: CourseHelpers.draws(seed: random.seed(), [("A_prev", [nPrevious, m]), ("W", [n, nPrevious]), ("b", [n, 1])])
                                           + "activation = \"\(activation)\"\n"))
            }
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .swappedActivation, changing: [
                .line("A, activation_cache = sigmoid(Z)", to: "A, activation_cache = relu(Z)"),
                .line("A, activation_cache = relu(Z)", to: "A, activation_cache = sigmoid(Z)"),
            ], why: "the \"sigmoid\" branch must call sigmoid(Z) and the \"relu\" branch relu(Z)"),
            PlantedMistake(kind: .cacheOrder, changing: [
                .line("cache = (linear_cache, activation_cache)", to: "cache = (activation_cache, linear_cache)"),
            ], why: "the cache is (linear_cache, activation_cache): linear_activation_backward unpacks it in that order"),
        ],
        partName: activationCacheName(under: 1))

    static let modelForward = CheckedFunction(
        name: "L_model_forward", week: .deepNetwork, parameters: ["X", "parameters"], outputs: ["AL", "caches"],
        reference: """
        def L_model_forward(X, parameters):
            caches = []
            A = X
            L = len(parameters) // 2
            for l in range(1, L):
                A_prev = A
                A, cache = linear_activation_forward(A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu")
                caches.append(cache)
            AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid")
            caches.append(cache)
            return AL, caches
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (L_model_forward_test_case_2hidden)",
                          setup: parametersSetup(seed: 6, inputs: ("X", [5, 4]), units: [5, 4, 3, 1])),
                CheckCase(title: "one layer (L = 1)", setup: parametersSetup(seed: 1, inputs: ("X", [3, 2]), units: [3, 1])),
            ]
            for _ in 0..<2 {
                let units = [random.int(1...5)] + (0..<random.int(1...3)).map { _ in random.int(1...5) } + [1]
                let m = random.int(1...6)
                cases.append(CheckCase(title: "random layers \(units), m = \(m)",
                                       setup: parametersSetup(seed: random.seed(), inputs: ("X", [units[0], m]), units: units)))
            }
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .swappedActivation, changing: [
                .line("A, cache = linear_activation_forward(A_prev, parameters[\"W\" + str(l)], parameters[\"b\" + str(l)], \"relu\")", to: "A, cache = linear_activation_forward(A_prev, parameters[\"W\" + str(l)], parameters[\"b\" + str(l)], \"sigmoid\")"),
            ], why: "the L − 1 hidden layers are [LINEAR -> RELU]; only the output layer is [LINEAR -> SIGMOID]"),
        ],
        partName: { path in
            guard path.first == .index(1), path.count >= 2, case let .index(layer) = path[1] else { return nil }
            return "the cache of layer \(layer + 1)" + (activationCacheName(under: 1)([.index(1)] + path.dropFirst(2)).map { ", " + $0 } ?? "")
        })

    static let computeCost = CheckedFunction(
        name: "compute_cost", week: .deepNetwork, parameters: ["AL", "Y"], outputs: ["cost"],
        reference: """
        def compute_cost(AL, Y):
            m = Y.shape[1]
            cost = -1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
            cost = np.squeeze(cost)
            return cost
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (compute_cost_test_case)", setup: "Y = np.asarray([[1, 1, 0]])\nAL = np.array([[.8, .9, 0.4]])\n"),
                CheckCase(title: "one example (m = 1)", setup: "Y = np.array([[0]])\nAL = np.array([[0.25]])\n"),
            ]
            for _ in 0..<2 {
                let m = random.int(2...9)
                cases.append(CheckCase(title: "random: m = \(m)",
                                       setup: "np.random.seed(\(random.seed()))\nAL = np.random.rand(1, \(m)) * 0.98 + 0.01\nY = (np.random.rand(1, \(m)) > 0.5).astype(int)\n"))
            }
            return cases
        },
        mistakes: [])

    // MARK: Backward

    static let linearBackward = CheckedFunction(
        name: "linear_backward", week: .deepNetwork, parameters: ["dZ", "cache"], outputs: ["dA_prev", "dW", "db"],
        reference: """
        def linear_backward(dZ, cache):
            A_prev, W, b = cache
            m = A_prev.shape[1]
            dW = 1 / m * np.dot(dZ, A_prev.T)
            db = 1 / m * np.sum(dZ, axis=1, keepdims=True)
            dA_prev = np.dot(W.T, dZ)
            return dA_prev, dW, db
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (linear_backward_test_case)",
                          setup: CourseHelpers.draws(seed: 1, [("dZ", [3, 4]), ("A", [5, 4]), ("W", [3, 5]), ("b", [3, 1])]) + "cache = (A, W, b)\n"),
                CheckCase(title: "one example (m = 1)",
                          setup: CourseHelpers.draws(seed: 2, [("dZ", [2, 1]), ("A", [3, 1]), ("W", [2, 3]), ("b", [2, 1])]) + "cache = (A, W, b)\n"),
                CheckCase(title: "a square layer: W (3, 3)",
                          setup: CourseHelpers.draws(seed: 4, [("dZ", [3, 5]), ("A", [3, 5]), ("W", [3, 3]), ("b", [3, 1])]) + "cache = (A, W, b)\n"),
            ]
            for _ in 0..<2 {
                let n = random.int(1...5), nPrevious = random.int(1...6), m = random.int(2...7)
                cases.append(CheckCase(title: "random: W (\(n), \(nPrevious)), m = \(m)",
                                       setup: CourseHelpers.draws(seed: random.seed(), [("dZ", [n, m]), ("A", [nPrevious, m]), ("W", [n, nPrevious]), ("b", [n, 1])])
                                           + "cache = (A, W, b)\n"))
            }
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .missingKeepdims, changing: [
                .line("db = 1 / m * np.sum(dZ, axis=1, keepdims=True)", to: "db = 1 / m * np.sum(dZ, axis=1)"),
            ], why: "np.sum(dZ, axis=1) drops the summed axis and makes db a rank-1 array (n,); keepdims=True keeps it (n, 1), the shape of b"),
            PlantedMistake(kind: .wrongSumAxis, changing: [
                .line("db = 1 / m * np.sum(dZ, axis=1, keepdims=True)", to: "db = 1 / m * np.sum(dZ, axis=0, keepdims=True)"),
            ], why: "the m examples are dZ's columns, so db sums along axis=1 (across each row); axis=0 adds up the units instead"),
            PlantedMistake(kind: .missingTranspose, changing: [
                .line("dA_prev = np.dot(W.T, dZ)", to: "dA_prev = np.dot(W, dZ)"),
            ], why: "dA[l-1] = W[l]ᵀ·dZ[l]: W is (n[l], n[l-1]), and only its transpose maps dZ back to the previous layer's n[l-1] units"),
        ],
        partName: { _ in nil })

    static let linearActivationBackward = CheckedFunction(
        name: "linear_activation_backward", week: .deepNetwork, parameters: ["dA", "cache", "activation"], outputs: ["dA_prev", "dW", "db"],
        reference: """
        def linear_activation_backward(dA, cache, activation):
            linear_cache, activation_cache = cache
            if activation == "relu":
                dZ = relu_backward(dA, activation_cache)
                dA_prev, dW, db = linear_backward(dZ, linear_cache)
            elif activation == "sigmoid":
                dZ = sigmoid_backward(dA, activation_cache)
                dA_prev, dW, db = linear_backward(dZ, linear_cache)
            return dA_prev, dW, db
        """,
        cases: { random in
            let course = CourseHelpers.draws(seed: 2, [("dA", [1, 2]), ("A", [3, 2]), ("W", [1, 3]), ("b", [1, 1]), ("Z", [1, 2])])
                + "cache = ((A, W, b), Z)\n"
            var cases = [
                CheckCase(title: "the course's test case, sigmoid (linear_activation_backward_test_case)", setup: course + "activation = \"sigmoid\"\n"),
                CheckCase(title: "the course's test case, relu", setup: course + "activation = \"relu\"\n"),
                CheckCase(title: "ReLU at exactly 0 (Z has zeros)",
                          setup: CourseHelpers.draws(seed: 5, [("dA", [2, 3]), ("A", [2, 3]), ("W", [2, 2]), ("b", [2, 1])])
                              + "Z = np.array([[0., 1.5, -2.], [3., 0., 0.]])\ncache = ((A, W, b), Z)\nactivation = \"relu\"\n"),
            ]
            for activation in ["relu", "sigmoid"] {
                let n = random.int(1...5), nPrevious = random.int(1...6), m = random.int(2...7)
                cases.append(CheckCase(title: "random \(activation): W (\(n), \(nPrevious)), m = \(m)",
                                       setup: CourseHelpers.draws(seed: random.seed(), [("dA", [n, m]), ("A", [nPrevious, m]), ("W", [n, nPrevious]),
                                                                                        ("b", [n, 1]), ("Z", [n, m])])
                                           + "cache = ((A, W, b), Z)\nactivation = \"\(activation)\"\n"))
            }
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .dAForDZ, changing: [
                .line("dA_prev, dW, db = linear_backward(dZ, linear_cache)", to: "dA_prev, dW, db = linear_backward(dA, linear_cache)"),
                .line("dA_prev, dW, db = linear_backward(dZ, linear_cache)", to: "dA_prev, dW, db = linear_backward(dA, linear_cache)"),
            ], why: "linear_backward takes dZ = dA * g'(Z), the gradient after the activation's derivative, not dA itself"),
            PlantedMistake(kind: .wrongActivationDerivative, changing: [
                .line("dZ = relu_backward(dA, activation_cache)", to: "dZ = sigmoid_backward(dA, activation_cache)"),
                .line("dZ = sigmoid_backward(dA, activation_cache)", to: "dZ = relu_backward(dA, activation_cache)"),
            ], why: "the \"relu\" branch needs relu_backward (g'(z) = 1 where z > 0, else 0) and the \"sigmoid\" branch sigmoid_backward (σ(z)(1 − σ(z)))"),
            PlantedMistake(kind: .cacheOrder, changing: [
                .line("linear_cache, activation_cache = cache", to: "activation_cache, linear_cache = cache"),
            ], why: "the cache is (linear_cache, activation_cache), as linear_activation_forward builds it: unpack it in that order"),
        ],
        partName: { _ in nil })

    static let modelBackward = CheckedFunction(
        name: "L_model_backward", week: .deepNetwork, parameters: ["AL", "Y", "caches"], outputs: ["grads"],
        reference: """
        def L_model_backward(AL, Y, caches):
            grads = {}
            L = len(caches)
            m = AL.shape[1]
            Y = Y.reshape(AL.shape)
            dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
            current_cache = caches[L - 1]
            dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, current_cache, "sigmoid")
            grads["dA" + str(L - 1)] = dA_prev_temp
            grads["dW" + str(L)] = dW_temp
            grads["db" + str(L)] = db_temp
            for l in reversed(range(L - 1)):
                current_cache = caches[l]
                dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 1)], current_cache, "relu")
                grads["dA" + str(l)] = dA_prev_temp
                grads["dW" + str(l + 1)] = dW_temp
                grads["db" + str(l + 1)] = db_temp
            return grads
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (L_model_backward_test_case)", setup: """
                np.random.seed(3)
                AL = np.random.randn(1, 2)
                Y = np.array([[1, 0]])
                A1 = np.random.randn(4, 2)
                W1 = np.random.randn(3, 4)
                b1 = np.random.randn(3, 1)
                Z1 = np.random.randn(3, 2)
                A2 = np.random.randn(3, 2)
                W2 = np.random.randn(1, 3)
                b2 = np.random.randn(1, 1)
                Z2 = np.random.randn(1, 2)
                caches = (((A1, W1, b1), Z1), ((A2, W2, b2), Z2))

                """),
            ]
            for (title, units) in [("one layer (L = 1)", [3, 1]), ("three layers", [4, 3, 2, 1]), ("random layers", [random.int(1...4), random.int(1...4), random.int(1...4), random.int(1...3), 1])] {
                let m = random.int(2...5)
                cases.append(CheckCase(title: "\(title) \(units), m = \(m), caches from the reference L_model_forward",
                                       setup: parametersSetup(seed: random.seed(), inputs: ("X", [units[0], m]), units: units)
                                           + "AL, caches = L_model_forward(X, parameters)\nY = (np.random.rand(1, \(m)) > 0.5).astype(int)\n"))
            }
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .dAForDZ, changing: [
                .line("dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))", to: "dAL = AL - Y"),
            ], why: "AL − Y is dZ[L], not dA[L]: linear_activation_backward(…, \"sigmoid\") applies σ' itself, so it needs dAL = −(Y/AL − (1 − Y)/(1 − AL))"),
            PlantedMistake(kind: .wrongActivationDerivative, changing: [
                .line("dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads[\"dA\" + str(l + 1)], current_cache, \"relu\")", to: "dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads[\"dA\" + str(l + 1)], current_cache, \"sigmoid\")"),
            ], why: "the hidden layers are ReLU layers: their backward step is linear_activation_backward(…, \"relu\")"),
            PlantedMistake(kind: .offByOneLayer, changing: [
                .line("grads[\"dW\" + str(l + 1)] = dW_temp", to: "grads[\"dW\" + str(l)] = dW_temp"),
                .line("grads[\"db\" + str(l + 1)] = db_temp", to: "grads[\"db\" + str(l)] = db_temp"),
            ], why: "caches[l] is layer l + 1's (the list starts at 0), so its gradients are dW{l + 1} and db{l + 1}; dA{l} is the one that goes to layer l"),
        ],
        partName: parameterName)

    // MARK: Update

    static let updateParameters = CheckedFunction(
        name: "update_parameters", week: .deepNetwork, parameters: ["params", "grads", "learning_rate"], outputs: ["parameters"],
        reference: """
        def update_parameters(params, grads, learning_rate):
            parameters = params.copy()
            L = len(parameters) // 2
            for l in range(L):
                parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
                parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
            return parameters
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (update_parameters_test_case)", setup: """
                np.random.seed(2)
                W1 = np.random.randn(3, 4)
                b1 = np.random.randn(3, 1)
                W2 = np.random.randn(1, 3)
                b2 = np.random.randn(1, 1)
                params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
                np.random.seed(3)
                dW1 = np.random.randn(3, 4)
                db1 = np.random.randn(3, 1)
                dW2 = np.random.randn(1, 3)
                db2 = np.random.randn(1, 1)
                grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
                learning_rate = 0.1

                """),
            ]
            for units in [[2, 1], [random.int(1...5), random.int(1...5), random.int(1...4), 1]] {
                let seed = random.seed()
                var lines = ["np.random.seed(\(seed))", "params = {}", "grads = {}"]
                for l in 1..<units.count {
                    lines += ["params[\"W\(l)\"] = np.random.randn(\(units[l]), \(units[l - 1]))", "params[\"b\(l)\"] = np.random.randn(\(units[l]), 1)",
                              "grads[\"dW\(l)\"] = np.random.randn(\(units[l]), \(units[l - 1]))", "grads[\"db\(l)\"] = np.random.randn(\(units[l]), 1)"]
                }
                lines.append("learning_rate = 0.0075")
                cases.append(CheckCase(title: "layers \(units), learning_rate 0.0075", setup: lines.joined(separator: "\n") + "\n"))
            }
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .ascentForDescent, changing: [
                .line("parameters[\"W\" + str(l + 1)] = parameters[\"W\" + str(l + 1)] - learning_rate * grads[\"dW\" + str(l + 1)]", to: "parameters[\"W\" + str(l + 1)] = parameters[\"W\" + str(l + 1)] + learning_rate * grads[\"dW\" + str(l + 1)]"),
                .line("parameters[\"b\" + str(l + 1)] = parameters[\"b\" + str(l + 1)] - learning_rate * grads[\"db\" + str(l + 1)]", to: "parameters[\"b\" + str(l + 1)] = parameters[\"b\" + str(l + 1)] + learning_rate * grads[\"db\" + str(l + 1)]"),
            ], why: "W := W − α dW: the gradient points up the cost, so the step subtracts it"),
            PlantedMistake(kind: .offByOneLayer, changing: [
                .line("for l in range(L):", to: "for l in range(L - 1):"),
            ], why: "range(L) runs l = 0 … L − 1, which with l + 1 updates every layer 1 … L; range(L - 1) leaves the output layer as it was"),
        ],
        partName: parameterName,
        mayChangeArguments: true)

    // MARK: Cases and names

    /// The course's way of making a network's parameters for a test: the inputs, then W1, b1,
    /// W2, b2, … drawn in that order after one seed.
    static func parametersSetup(seed: Int, inputs: (String, [Int]), units: [Int]) -> String {
        var arrays = [inputs]
        for l in 1..<units.count { arrays += [("W\(l)", [units[l], units[l - 1]]), ("b\(l)", [units[l], 1])] }
        let entries = (1..<units.count).map { "\"W\($0)\": W\($0), \"b\($0)\": b\($0)" }.joined(separator: ", ")
        return CourseHelpers.draws(seed: seed, arrays) + "parameters = {\(entries)}\n"
    }

    /// `["dW2"]` is "dW of layer 2".
    @Sendable static func parameterName(_ path: [ValueDifference.PathStep]) -> String? {
        guard path.count == 1, case let .key(key) = path[0] else { return nil }
        let letters = key.prefix { !$0.isNumber }, digits = key.drop { !$0.isNumber }
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { return nil }
        return "\(letters) of layer \(digits)"
    }

    /// The parts of a linear cache (A_prev, W, b) at `position` of the outputs.
    static func linearCacheName(under position: Int) -> @Sendable ([ValueDifference.PathStep]) -> String? {
        { path in
            guard path.count == 2, path[0] == .index(position), case let .index(i) = path[1], i < 3 else { return nil }
            return ["A_prev", "W", "b"][i] + " in the linear cache"
        }
    }

    /// The parts of a layer's cache ((A_prev, W, b), Z) at `position` of the outputs.
    static func activationCacheName(under position: Int) -> @Sendable ([ValueDifference.PathStep]) -> String? {
        { path in
            guard path.count >= 2, path[0] == .index(position), case let .index(i) = path[1] else { return nil }
            if i == 1 && path.count == 2 { return "the activation cache (Z)" }
            if i == 0 && path.count == 2 { return "the linear cache (A_prev, W, b)" }
            if i == 0, path.count == 3, case let .index(j) = path[2], j < 3 { return ["A_prev", "W", "b"][j] + " in the linear cache" }
            return nil
        }
    }
}
