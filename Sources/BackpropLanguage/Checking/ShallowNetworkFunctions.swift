import NeuralNetwork

/// Week 3's graded functions ("Planar data classification with one hidden layer"), with the
/// course's test cases (the seeds and fixed arrays of its testCases_v2 module) and the mistakes
/// learners make in each. The hidden layer is tanh, the output sigmoid.
enum ShallowNetworkFunctions {
    static let all: [CheckedFunction] = [
        layerSizes, initializeParameters, forwardPropagation, computeCost, backwardPropagation, updateParameters, nnModel, predict,
    ]

    static let layerSizes = CheckedFunction(
        name: "layer_sizes", week: .shallowNetwork, parameters: ["X", "Y"], outputs: ["n_x", "n_h", "n_y"],
        reference: """
        def layer_sizes(X, Y):
            n_x = X.shape[0]
            n_h = 4
            n_y = Y.shape[0]
            return (n_x, n_h, n_y)
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (layer_sizes_test_case): X (5, 3), Y (2, 3)",
                          setup: CourseHelpers.draws(seed: 1, [("X", [5, 3]), ("Y", [2, 3])])),
                CheckCase(title: "one example (m = 1): X (3, 1), Y (1, 1)", setup: CourseHelpers.draws(seed: 2, [("X", [3, 1]), ("Y", [1, 1])])),
                CheckCase(title: "the planar flower's shapes: X (2, 400), Y (1, 400)", setup: "X = np.zeros((2, 400))\nY = np.zeros((1, 400))\n"),
            ]
            let n = random.int(2...7), m = random.int(8...20), out = random.int(1...3)
            cases.append(CheckCase(title: "random: X (\(n), \(m)), Y (\(out), \(m))", setup: CourseHelpers.draws(seed: random.seed(), [("X", [n, m]), ("Y", [out, m])])))
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .swappedDimensions, changing: [
                .line("n_x = X.shape[0]", to: "n_x = X.shape[1]"),
                .line("n_y = Y.shape[0]", to: "n_y = Y.shape[1]"),
            ], why: "X is (n_x, m): its rows are the input features, so n_x = X.shape[0]; X.shape[1] is the number of examples (and n_y = Y.shape[0])"),
        ])

    /// The newer notebook's: no seed of its own, so that nn_model's np.random.seed(3) decides its
    /// numbers; the notebook's cell seeds 2 before testing it.
    static let initializeParameters = CheckedFunction(
        name: "initialize_parameters", week: .shallowNetwork, parameters: ["n_x", "n_h", "n_y"], outputs: ["parameters"],
        reference: """
        def initialize_parameters(n_x, n_h, n_y):
            W1 = np.random.randn(n_h, n_x) * 0.01
            b1 = np.zeros((n_h, 1))
            W2 = np.random.randn(n_y, n_h) * 0.01
            b2 = np.zeros((n_y, 1))
            parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            return parameters
        """,
        // Every case seeds 2 first, as the notebook's cell does: a function seeding 2 itself (the older notebook's) is right too.
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case: np.random.seed(2), initialize_parameters(2, 4, 1)", setup: "np.random.seed(2)\nn_x, n_h, n_y = 2, 4, 1\n"),
                CheckCase(title: "a single hidden unit: initialize_parameters(3, 1, 1)", setup: "np.random.seed(2)\nn_x, n_h, n_y = 3, 1, 1\n"),
            ]
            let sizes = (random.int(2...6), random.int(2...6), random.int(1...3))
            cases.append(CheckCase(title: "random sizes: initialize_parameters\(sizes), after np.random.seed(2)",
                                   setup: "np.random.seed(2)\nn_x, n_h, n_y = \(sizes.0), \(sizes.1), \(sizes.2)\n"))
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .unseededParameters, definition: """
            def initialize_parameters(n_x, n_h, n_y):
                np.random.seed(3)
                W1 = np.random.randn(n_h, n_x) * 0.01
                b1 = np.zeros((n_h, 1))
                W2 = np.random.randn(n_y, n_h) * 0.01
                b2 = np.zeros((n_y, 1))
                parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
                return parameters
            """, why: "the notebook calls np.random.seed(2) before initialize_parameters, and nn_model seeds 3 before calling it: a seed of its own inside draws numbers neither expects"),
            PlantedMistake(kind: .swappedDimensions, changing: [
                .line("W1 = np.random.randn(n_h, n_x) * 0.01", to: "W1 = np.random.randn(n_x, n_h) * 0.01"),
                .line("W2 = np.random.randn(n_y, n_h) * 0.01", to: "W2 = np.random.randn(n_h, n_y) * 0.01"),
            ], why: "W1 maps the n_x inputs to the n_h hidden units, so it is (n_h, n_x), and W2 is (n_y, n_h): Z1 = W1 X needs W1's columns to meet X's rows"),
        ],
        partName: DeepNetworkFunctions.parameterName,
        seed: .byTheCaller(2))

    static let forwardPropagation = CheckedFunction(
        name: "forward_propagation", week: .shallowNetwork, parameters: ["X", "parameters"], outputs: ["A2", "cache"],
        reference: """
        def forward_propagation(X, parameters):
            W1 = parameters["W1"]
            b1 = parameters["b1"]
            W2 = parameters["W2"]
            b2 = parameters["b2"]
            Z1 = np.dot(W1, X) + b1
            A1 = np.tanh(Z1)
            Z2 = np.dot(W2, A1) + b2
            A2 = sigmoid(Z2)
            cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
            return A2, cache
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (forward_propagation_test_case)", setup: """
                np.random.seed(1)
                X = np.random.randn(2, 3)
                b1 = np.random.randn(4, 1)
                b2 = np.array([[-1.3]])
                parameters = {"W1": \(courseW1), "W2": \(courseW2), "b1": b1, "b2": b2}

                """),
                CheckCase(title: "one example (m = 1)", setup: twoLayerSetup(seed: 2, n_x: 3, n_h: 4, m: 1)),
                CheckCase(title: "a single hidden unit (n_h = 1)", setup: twoLayerSetup(seed: 3, n_x: 2, n_h: 1, m: 4)),
                CheckCase(title: "saturated: Z2 = ±30 (A2 within 1e-13 of 1 and 0)",
                          setup: "X = np.array([[3., -3.]])\nparameters = {\"W1\": np.array([[5.]]), \"b1\": np.array([[0.]]), \"W2\": np.array([[30.]]), \"b2\": np.array([[0.]])}\n"),
            ]
            let n = random.int(2...5), h = random.int(2...6), m = random.int(2...7)
            cases.append(CheckCase(title: "random: n_x = \(n), n_h = \(h), m = \(m)", setup: twoLayerSetup(seed: random.seed(), n_x: n, n_h: h, m: m)))
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .swappedActivation, changing: [
                .line("A1 = np.tanh(Z1)", to: "A1 = sigmoid(Z1)"),
            ], why: "week 3's hidden layer is tanh (A1 = np.tanh(Z1)); sigmoid is only the output's, A2 = σ(Z2)"),
            PlantedMistake(kind: .swappedActivation, changing: [
                .line("A1 = np.tanh(Z1)", to: "A1 = np.maximum(0, Z1)"),
            ], why: "week 3's hidden layer is tanh (A1 = np.tanh(Z1)); ReLU is week 4's"),
        ],
        partName: { path in
            guard path.count == 2, path[0] == .index(1), case let .key(key) = path[1] else { return nil }
            return ["Z1": "the hidden layer's Z", "A1": "the hidden layer's activation", "Z2": "the output's Z", "A2": "the output"][key]
        })

    static let computeCost = CheckedFunction(
        name: "compute_cost", week: .shallowNetwork, parameters: ["A2", "Y"], outputs: ["cost"],
        reference: """
        def compute_cost(A2, Y):
            m = Y.shape[1]
            logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
            cost = -1 / m * np.sum(logprobs)
            cost = float(np.squeeze(cost))
            return cost
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (compute_cost_test_case)",
                          setup: "np.random.seed(1)\nY = (np.random.randn(1, 3) > 0)\nA2 = np.array([[0.5002307, 0.49985831, 0.50023963]])\n"),
                CheckCase(title: "one example (m = 1)", setup: "A2 = np.array([[0.8]])\nY = np.array([[1]])\n"),
                CheckCase(title: "confident predictions (A2 near 0 and 1)", setup: "A2 = np.array([[0.999, 0.001, 0.98, 0.3]])\nY = np.array([[1, 0, 1, 1]])\n"),
            ]
            let m = random.int(4...12)
            cases.append(CheckCase(title: "random: m = \(m)",
                                   setup: "np.random.seed(\(random.seed()))\nA2 = np.random.rand(1, \(m)) * 0.98 + 0.01\nY = (np.random.rand(1, \(m)) > 0.5).astype(int)\n"))
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .flippedSign, changing: [
                .line("cost = -1 / m * np.sum(logprobs)", to: "cost = 1 / m * np.sum(logprobs)"),
            ], why: "J = −(1/m) Σ logprobs: the logs of probabilities are negative, and the minus makes the cost positive"),
            PlantedMistake(kind: .missingOneOverM, changing: [
                .line("cost = -1 / m * np.sum(logprobs)", to: "cost = - np.sum(logprobs)"),
            ], why: "the cost is the mean of the m losses: −(1/m) Σ; the sum alone (or m = Y.shape[0], which is 1) is m times too big"),
        ])

    static let backwardPropagation = CheckedFunction(
        name: "backward_propagation", week: .shallowNetwork, parameters: ["parameters", "cache", "X", "Y"], outputs: ["grads"],
        reference: """
        def backward_propagation(parameters, cache, X, Y):
            m = X.shape[1]
            W1 = parameters["W1"]
            W2 = parameters["W2"]
            A1 = cache["A1"]
            A2 = cache["A2"]
            dZ2 = A2 - Y
            dW2 = 1 / m * np.dot(dZ2, A1.T)
            db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
            dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
            dW1 = 1 / m * np.dot(dZ1, X.T)
            db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
            grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            return grads
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (backward_propagation_test_case)", setup: """
                np.random.seed(1)
                X = np.random.randn(2, 3)
                Y = (np.random.randn(1, 3) > 0)
                parameters = {"W1": \(courseW1), "W2": \(courseW2), "b1": np.array([[0.], [0.], [0.], [0.]]), "b2": np.array([[0.]])}
                cache = {"A1": \(courseA1), "A2": \(courseA2), "Z1": \(courseZ1), "Z2": \(courseZ2)}

                """),
            ]
            for (title, n, h, m) in [("one example (m = 1)", 2, 4, 1), ("a single hidden unit (n_h = 1)", 3, 1, 5),
                                     ("random", random.int(2...5), random.int(2...6), random.int(2...7))] {
                cases.append(CheckCase(title: "\(title): n_x = \(n), n_h = \(h), m = \(m), cache from the reference forward_propagation",
                                       setup: twoLayerSetup(seed: random.seed(), n_x: n, n_h: h, m: m)
                                           + "A2, cache = forward_propagation(X, parameters)\nY = (np.random.rand(1, \(m)) > 0.5).astype(int)\n"))
            }
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .wrongActivationDerivative, changing: [.line("dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))", to: "dZ1 = np.dot(W2.T, dZ2) * A1 * (1 - A1)")],
                           why: "A1 * (1 − A1) is the sigmoid's derivative; the hidden layer is tanh, whose derivative is 1 − A1²: (1 - np.power(A1, 2))"),
            PlantedMistake(kind: .wrongActivationDerivative, changing: [.line("dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))", to: "dZ1 = np.dot(W2.T, dZ2) * (1 - A1)")],
                           why: "tanh's derivative is 1 − tanh², so 1 − A1 needs its square: (1 - np.power(A1, 2))"),
            PlantedMistake(kind: .dAForDZ, changing: [.line("dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))", to: "dZ1 = np.dot(W2.T, dZ2)")],
                           why: "W2ᵀ dZ2 is dA1, the gradient before tanh; dZ1 multiplies it by tanh's derivative, (1 - np.power(A1, 2))"),
            PlantedMistake(kind: .missingOneOverM, changing: [.line("dW2 = 1 / m * np.dot(dZ2, A1.T)", to: "dW2 = np.dot(dZ2, A1.T)"), .line("dW1 = 1 / m * np.dot(dZ1, X.T)", to: "dW1 = np.dot(dZ1, X.T)")],
                           why: "the cost averages over the m examples, so every gradient carries 1/m: dW1 = (1/m) dZ1 Xᵀ, dW2 = (1/m) dZ2 A1ᵀ"),
            PlantedMistake(kind: .missingKeepdims, changing: [.line("db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)", to: "db1 = 1 / m * np.sum(dZ1, axis=1)")],
                           why: "np.sum(dZ1, axis=1) drops the summed axis and makes db1 a rank-1 array (n_h,); keepdims=True keeps it (n_h, 1), the shape of b1"),
            PlantedMistake(kind: .wrongSumAxis, changing: [.line("db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)", to: "db1 = 1 / m * np.sum(dZ1, axis=0, keepdims=True)")],
                           why: "the m examples are dZ1's columns, so db1 sums along axis=1 (across each row); axis=0 adds up the hidden units instead"),
            PlantedMistake(kind: .wrongOrder, changing: [.line("dW1 = 1 / m * np.dot(dZ1, X.T)", to: "dW1 = 1 / m * np.dot(X, dZ1.T)")],
                           why: "dW1 = (1/m) dZ1 · Xᵀ has W1's shape (n_h, n_x); X · dZ1ᵀ is its transpose (n_x, n_h)"),
            PlantedMistake(kind: .outputForInput, changing: [.line("dW2 = 1 / m * np.dot(dZ2, A1.T)", to: "dW2 = 1 / m * np.dot(dZ2, A2.T)")],
                           why: "layer 2's input is A1 (its A_prev), so dW2 = (1/m) dZ2 · A1ᵀ, the shape of W2 (n_y, n_h); A2 is the layer's own output"),
        ],
        partName: DeepNetworkFunctions.parameterName)

    static let updateParameters = CheckedFunction(
        name: "update_parameters", week: .shallowNetwork, parameters: ["parameters", "grads", "learning_rate"], outputs: ["parameters"],
        reference: """
        def update_parameters(parameters, grads, learning_rate=1.2):
            W1 = copy.deepcopy(parameters["W1"])
            b1 = parameters["b1"]
            W2 = copy.deepcopy(parameters["W2"])
            b2 = parameters["b2"]
            dW1 = grads["dW1"]
            db1 = grads["db1"]
            dW2 = grads["dW2"]
            db2 = grads["db2"]
            W1 = W1 - learning_rate * dW1
            b1 = b1 - learning_rate * db1
            W2 = W2 - learning_rate * dW2
            b2 = b2 - learning_rate * db2
            parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
            return parameters
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (update_parameters_test_case), learning_rate = 1.2", setup: """
                parameters = \(courseTrainedParameters)
                grads = {"dW1": np.array([[0.00023322, -0.00205423], [0.00082222, -0.00700776], [-0.00031831, 0.0028636], [-0.00092857, 0.00809933]]), "dW2": np.array([[-1.75740039e-05, 3.70231337e-03, -1.25683095e-03, -2.55715317e-03]]), "db1": np.array([[1.05570087e-07], [-3.81814487e-06], [-1.90155145e-07], [5.46467802e-07]]), "db2": np.array([[-1.08923140e-05]])}
                learning_rate = 1.2

                """),
            ]
            for (title, n, h, rate) in [("a single hidden unit", 2, 1, 0.5), ("random", random.int(2...5), random.int(2...6), 1.2)] {
                let seed = random.seed()
                cases.append(CheckCase(title: "\(title): n_x = \(n), n_h = \(h), learning_rate = \(rate)", setup: """
                np.random.seed(\(seed))
                parameters = {"W1": np.random.randn(\(h), \(n)), "b1": np.random.randn(\(h), 1), "W2": np.random.randn(1, \(h)), "b2": np.random.randn(1, 1)}
                grads = {"dW1": np.random.randn(\(h), \(n)), "db1": np.random.randn(\(h), 1), "dW2": np.random.randn(1, \(h)), "db2": np.random.randn(1, 1)}
                learning_rate = \(rate)

                """))
            }
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .ascentForDescent, definition: """
            def update_parameters(parameters, grads, learning_rate=1.2):
                W1 = copy.deepcopy(parameters["W1"])
                b1 = parameters["b1"]
                W2 = copy.deepcopy(parameters["W2"])
                b2 = parameters["b2"]
                W1 = W1 + learning_rate * grads["dW1"]
                b1 = b1 + learning_rate * grads["db1"]
                W2 = W2 + learning_rate * grads["dW2"]
                b2 = b2 + learning_rate * grads["db2"]
                parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
                return parameters
            """, why: "θ := θ − α dθ: the gradient points up the cost, so the step subtracts it"),
        ],
        partName: DeepNetworkFunctions.parameterName)

    static let nnModel = CheckedFunction(
        name: "nn_model", week: .shallowNetwork, parameters: ["X", "Y", "n_h", "num_iterations", "print_cost"], outputs: ["parameters"],
        reference: """
        def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
            np.random.seed(3)
            n_x = layer_sizes(X, Y)[0]
            n_y = layer_sizes(X, Y)[2]
            parameters = initialize_parameters(n_x, n_h, n_y)
            for i in range(0, num_iterations):
                A2, cache = forward_propagation(X, parameters)
                cost = compute_cost(A2, Y)
                grads = backward_propagation(parameters, cache, X, Y)
                parameters = update_parameters(parameters, grads)
                if print_cost and i % 1000 == 0:
                    print("Cost after iteration %i: %f" % (i, cost))
            return parameters
        """,
        // The course trains 10000 iterations; a few dozen show the same arithmetic in a fraction of the time.
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (nn_model_test_case), n_h = 4, 100 iterations",
                          setup: "np.random.seed(1)\nX = np.random.randn(2, 3)\nY = (np.random.randn(1, 3) > 0)\nn_h = 4\nnum_iterations = 100\nprint_cost = False\n"),
                CheckCase(title: "one example (m = 1), 20 iterations",
                          setup: "X = np.array([[0.5], [-1.]])\nY = np.array([[1]])\nn_h = 4\nnum_iterations = 20\nprint_cost = False\n"),
                CheckCase(title: "a single hidden unit (n_h = 1), 30 iterations",
                          setup: "np.random.seed(4)\nX = np.random.randn(2, 5)\nY = np.array([[1, 0, 0, 1, 1]])\nn_h = 1\nnum_iterations = 30\nprint_cost = False\n"),
            ]
            let n = random.int(2...4), m = random.int(3...8), h = random.int(2...6)
            cases.append(CheckCase(title: "random: n_x = \(n), m = \(m), n_h = \(h), 25 iterations",
                                   setup: "np.random.seed(\(random.seed()))\nX = np.random.randn(\(n), \(m))\nY = (np.random.rand(1, \(m)) > 0.5).astype(int)\nn_h = \(h)\nnum_iterations = 25\nprint_cost = False\n"))
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .unseededParameters, definition: """
            def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
                n_x = layer_sizes(X, Y)[0]
                n_y = layer_sizes(X, Y)[2]
                parameters = initialize_parameters(n_x, n_h, n_y)
                for i in range(0, num_iterations):
                    A2, cache = forward_propagation(X, parameters)
                    cost = compute_cost(A2, Y)
                    grads = backward_propagation(parameters, cache, X, Y)
                    parameters = update_parameters(parameters, grads)
                    if print_cost and i % 1000 == 0:
                        print("Cost after iteration %i: %f" % (i, cost))
                return parameters
            """, why: "nn_model calls np.random.seed(3) before initialize_parameters draws, so the starting weights, and all that follows, are the notebook's"),
            PlantedMistake(kind: .unseededParameters, changing: [
                .line("np.random.seed(3)", to: "np.random.seed(2)"),
            ], why: "the starting weights are the ones np.random.seed(2) draws: the course's nn_model seeds 3, and its initialize_parameters has no seed of its own (the notebook's cell seeds 2 before testing it)"),
        ],
        partName: DeepNetworkFunctions.parameterName,
        seed: .inside(3))

    static let predict = CheckedFunction(
        name: "predict", week: .shallowNetwork, parameters: ["parameters", "X"], outputs: ["predictions"],
        reference: """
        def predict(parameters, X):
            A2, cache = forward_propagation(X, parameters)
            predictions = (A2 > 0.5)
            return predictions
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (predict_test_case)",
                          setup: "np.random.seed(1)\nX = np.random.randn(2, 3)\nparameters = \(courseTrainedParameters)\n"),
                CheckCase(title: "one example (m = 1)", setup: twoLayerSetup(seed: 5, n_x: 2, n_h: 4, m: 1)),
                CheckCase(title: "a single hidden unit (n_h = 1)", setup: twoLayerSetup(seed: 6, n_x: 2, n_h: 1, m: 6)),
            ]
            let n = random.int(2...4), h = random.int(2...6), m = random.int(5...10)
            cases.append(CheckCase(title: "random: n_x = \(n), n_h = \(h), m = \(m)", setup: twoLayerSetup(seed: random.seed(), n_x: n, n_h: h, m: m)))
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .swappedActivation, changing: [
                .line("predictions = (A2 > 0.5)", to: "predictions = (cache[\"Z2\"] > 0.5)"),
            ], why: "A2 = σ(Z2) is the probability that 0.5 splits; Z2, before the sigmoid, would split at 0"),
        ])


    // MARK: Cases

    /// X (n_x, m) and a two-layer network's parameters, drawn after one seed.
    static func twoLayerSetup(seed: Int, n_x: Int, n_h: Int, m: Int) -> String {
        DeepNetworkFunctions.parametersSetup(seed: seed, inputs: ("X", [n_x, m]), units: [n_x, n_h, 1])
    }

    // testCases_v2's fixed arrays: the weights np.random.seed(2) draws, and a cache and trained parameters from them.
    static let courseW1 = "np.array([[-0.00416758, -0.00056267], [-0.02136196, 0.01640271], [-0.01793436, -0.00841747], [0.00502881, -0.01245288]])"
    static let courseW2 = "np.array([[-0.01057952, -0.00909008, 0.00551454, 0.02292208]])"
    static let courseA1 = "np.array([[-0.00616578, 0.0020626, 0.00349619], [-0.05225116, 0.02725659, -0.02646251], [-0.02009721, 0.0036869, 0.02883756], [0.02152675, -0.01385234, 0.02599885]])"
    static let courseA2 = "np.array([[0.5002307, 0.49985831, 0.50023963]])"
    static let courseZ1 = "np.array([[-0.00616586, 0.0020626, 0.0034962], [-0.05229879, 0.02726335, -0.02646869], [-0.02009991, 0.00368692, 0.02884556], [0.02153007, -0.01385322, 0.02600471]])"
    static let courseZ2 = "np.array([[0.00092281, -0.00056678, 0.00095853]])"
    static let courseTrainedParameters = """
    {"W1": np.array([[-0.00615039, 0.0169021], [-0.02311792, 0.03137121], [-0.0169217, -0.01752545], [0.00935436, -0.05018221]]), \
    "W2": np.array([[-0.0104319, -0.04019007, 0.01607211, 0.04440255]]), \
    "b1": np.array([[-8.97523455e-07], [8.15562092e-06], [6.04810633e-07], [-2.54560700e-06]]), \
    "b2": np.array([[9.14954378e-05]])}
    """
}
