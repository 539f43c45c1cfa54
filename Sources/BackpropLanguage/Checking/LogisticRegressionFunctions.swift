import NeuralNetwork

/// Week 2's graded functions ("Logistic Regression with a Neural Network mindset"), with the
/// course's test cases (the inputs of its test cells) and the mistakes learners make in each.
enum LogisticRegressionFunctions {
    static let all: [CheckedFunction] = [sigmoid, initializeWithZeros, propagate, optimize, predict]

    static let sigmoid = CheckedFunction(
        name: "sigmoid", week: .logisticRegression, parameters: ["z"], outputs: ["s"],
        reference: """
        def sigmoid(z):
            s = 1 / (1 + np.exp(-z))
            return s
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case: sigmoid(np.array([0, 2]))", setup: "z = np.array([0, 2])\n"),
                CheckCase(title: "a number: sigmoid(-1.5)", setup: "z = -1.5\n"),
                CheckCase(title: "one example (m = 1): z of shape (1, 1)", setup: "z = np.array([[0.75]])\n"),
                CheckCase(title: "saturated: z = -40, 0, 40 (σ is 4.2e-18, 0.5 and 1.0)", setup: "z = np.array([[-40., 0., 40.]])\n"),
            ]
            let n = random.int(1...4), m = random.int(2...6)
            cases.append(CheckCase(title: "random z (\(n), \(m))", setup: "np.random.seed(\(random.seed()))\nz = np.random.randn(\(n), \(m)) * 4\n"))
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .flippedSign, changing: [
                .line("s = 1 / (1 + np.exp(-z))", to: "s = 1 / (1 + np.exp(z))"),
            ], why: "σ(z) = 1/(1 + e^(−z)): with e^(+z) it is σ(−z) = 1 − σ(z), small where it should be near 1"),
        ])

    static let initializeWithZeros = CheckedFunction(
        name: "initialize_with_zeros", week: .logisticRegression, parameters: ["dim"], outputs: ["w", "b"],
        reference: """
        def initialize_with_zeros(dim):
            w = np.zeros((dim, 1))
            b = 0.0
            return w, b
        """,
        cases: { random in
            let dim = random.int(3...12)
            return [
                CheckCase(title: "the course's test case: initialize_with_zeros(2)", setup: "dim = 2\n"),
                CheckCase(title: "one feature: initialize_with_zeros(1)", setup: "dim = 1\n"),
                CheckCase(title: "random size: initialize_with_zeros(\(dim))", setup: "dim = \(dim)\n"),
            ]
        },
        mistakes: [
            PlantedMistake(kind: .swappedDimensions, changing: [
                .line("w = np.zeros((dim, 1))", to: "w = np.zeros((1, dim))"),
            ], why: "w holds one weight per feature in a column, shape (dim, 1), so that w.T @ X is (1, m); (1, dim) is a row"),
        ])

    static let propagate = CheckedFunction(
        name: "propagate", week: .logisticRegression, parameters: ["w", "b", "X", "Y"], outputs: ["grads", "cost"],
        reference: """
        def propagate(w, b, X, Y):
            m = X.shape[1]
            A = sigmoid(np.dot(w.T, X) + b)
            cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
            dw = 1 / m * np.dot(X, (A - Y).T)
            db = 1 / m * np.sum(A - Y)
            cost = np.squeeze(np.array(cost))
            grads = {"dw": dw, "db": db}
            return grads, cost
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (w = [[1.], [2.]], b = 2., m = 3)", setup: courseInputs),
                CheckCase(title: "the newer notebook's test case (w = [[1.], [2]], b = 1.5)", setup: newerCourseInputs),
                CheckCase(title: "one example (m = 1)",
                          setup: "w = np.array([[0.5], [-1.], [2.]])\nb = -0.5\nX = np.array([[1.], [0.5], [-2.]])\nY = np.array([[0]])\n"),
                CheckCase(title: "one feature (n_x = 1), m = 4",
                          setup: "w = np.array([[1.5]])\nb = 0.25\nX = np.array([[-1., 0.5, 2., -0.25]])\nY = np.array([[0, 1, 1, 0]])\n"),
            ]
            for _ in 0..<2 {
                let n = random.int(2...6), m = random.int(2...8)
                cases.append(CheckCase(title: "random: n_x = \(n), m = \(m)", setup: randomInputs(&random, n: n, m: m)))
            }
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .missingOneOverM, changing: [
                .line("dw = 1 / m * np.dot(X, (A - Y).T)", to: "dw = np.dot(X, (A - Y).T)"),
                .line("db = 1 / m * np.sum(A - Y)", to: "db = np.sum(A - Y)"),
            ], why: "the cost is the mean of the m losses, so its gradients are means too: dw = (1/m) X (A − Y)ᵀ, db = (1/m) Σ (A − Y)"),
            PlantedMistake(kind: .swappedDimensions, changing: [
                .line("m = X.shape[1]", to: "m = X.shape[0]"),
            ], why: "m is the number of examples, X.shape[1] (X is (n_x, m)); X.shape[0] is the number of features"),
            PlantedMistake(kind: .flippedSign, changing: [
                .line("cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))", to: "cost = 1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))"),
            ], why: "J = −(1/m) Σ (y log a + (1 − y) log(1 − a)): the logs of probabilities are negative, and the minus makes the cost positive"),
            PlantedMistake(kind: .elementwiseForProduct, changing: [
                .line("dw = 1 / m * np.dot(X, (A - Y).T)", to: "dw = 1 / m * X * (A - Y)"),
            ], why: "dw sums over the m examples: np.dot(X, (A − Y).T) is (n_x, 1); X * (A − Y) keeps one column per example"),
        ])

    static let optimize = CheckedFunction(
        name: "optimize", week: .logisticRegression,
        parameters: ["w", "b", "X", "Y", "num_iterations", "learning_rate", "print_cost"], outputs: ["params", "grads", "costs"],
        reference: """
        def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
            w = copy.deepcopy(w)
            b = copy.deepcopy(b)
            costs = []
            for i in range(num_iterations):
                grads, cost = propagate(w, b, X, Y)
                dw = grads["dw"]
                db = grads["db"]
                w = w - learning_rate * dw
                b = b - learning_rate * db
                if i % 100 == 0:
                    costs.append(cost)
                    if print_cost:
                        print("Cost after iteration %i: %f" % (i, cost))
            params = {"w": w, "b": b}
            grads = {"dw": dw, "db": db}
            return params, grads, costs
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case: 100 iterations, learning_rate = 0.009",
                          setup: courseInputs + "num_iterations = 100\nlearning_rate = 0.009\nprint_cost = False\n"),
                CheckCase(title: "the newer notebook's test case: 100 iterations, learning_rate = 0.009",
                          setup: newerCourseInputs + "num_iterations = 100\nlearning_rate = 0.009\nprint_cost = False\n"),
                CheckCase(title: "one example (m = 1), 10 iterations",
                          setup: "w = np.array([[0.], [0.]])\nb = 0.\nX = np.array([[1.], [-2.]])\nY = np.array([[1]])\nnum_iterations = 10\nlearning_rate = 0.5\nprint_cost = False\n"),
                CheckCase(title: "one iteration", setup: courseInputs + "num_iterations = 1\nlearning_rate = 0.1\nprint_cost = False\n"),
            ]
            let n = random.int(2...5), m = random.int(3...8), iterations = random.int(201...260)
            cases.append(CheckCase(title: "random: n_x = \(n), m = \(m), \(iterations) iterations (costs at 0, 100, 200)",
                                   setup: randomInputs(&random, n: n, m: m) + "num_iterations = \(iterations)\nlearning_rate = 0.05\nprint_cost = False\n"))
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .ascentForDescent, changing: [
                .line("w = w - learning_rate * dw", to: "w = w + learning_rate * dw"),
                .line("b = b - learning_rate * db", to: "b = b + learning_rate * db"),
            ], why: "w := w − α dw: the gradient points up the cost, so each step subtracts it"),
        ],
        partName: { path in
            guard path.count == 2, path[0] == .index(2), case let .index(i) = path[1] else { return nil }
            return "the cost after iteration \(i * 100)"
        })

    static let predict = CheckedFunction(
        name: "predict", week: .logisticRegression, parameters: ["w", "b", "X"], outputs: ["Y_prediction"],
        reference: """
        def predict(w, b, X):
            m = X.shape[1]
            Y_prediction = np.zeros((1, m))
            w = w.reshape(X.shape[0], 1)
            A = sigmoid(np.dot(w.T, X) + b)
            for i in range(A.shape[1]):
                if A[0, i] > 0.5:
                    Y_prediction[0, i] = 1
                else:
                    Y_prediction[0, i] = 0
            return Y_prediction
        """,
        cases: { random in
            var cases = [
                CheckCase(title: "the course's test case (w = [[0.1124579], [0.23106775]], b = -0.3)",
                          setup: "w = np.array([[0.1124579], [0.23106775]])\nb = -0.3\nX = np.array([[1., -1.1, -3.2], [1.2, 2., 0.1]])\n"),
                CheckCase(title: "one example (m = 1)", setup: "w = np.array([[2.], [-1.]])\nb = 0.5\nX = np.array([[0.25], [1.]])\n"),
                CheckCase(title: "exactly 0.5 (w = 0, b = 0): not above 0.5, so 0", setup: "w = np.zeros((3, 1))\nb = 0.\nX = np.array([[1., -2.], [0.5, 3.], [-1., 1.]])\n"),
                CheckCase(title: "a flat w of shape (2,): predict reshapes it",
                          setup: "w = np.array([0.3, -0.8])\nb = -0.1\nX = np.array([[1., -1.5, 2., 0.2], [0.5, 0.25, -0.75, 1.]])\n"),
            ]
            let n = random.int(2...5), m = random.int(4...9)
            cases.append(CheckCase(title: "random: n_x = \(n), m = \(m)", setup: "np.random.seed(\(random.seed()))\nw = np.random.randn(\(n), 1)\nb = 0.1\nX = np.random.randn(\(n), \(m))\n"))
            return cases
        },
        mistakes: [
            PlantedMistake(kind: .swappedActivation, changing: [
                .line("A = sigmoid(np.dot(w.T, X) + b)", to: "A = np.dot(w.T, X) + b"),
            ], why: "A = σ(wᵀX + b) is the probability that 0.5 splits; wᵀX + b without the sigmoid would split at 0"),
        ])

    // MARK: Cases

    /// The course's propagate and optimize test case (the notebook's older version; the newer one draws other numbers).
    static let courseInputs = "w = np.array([[1.], [2.]])\nb = 2.\nX = np.array([[1., 2., -1.], [3., 4., -3.2]])\nY = np.array([[1, 0, 1]])\n"

    /// The newer notebook's (public_tests) propagate and optimize test case.
    static let newerCourseInputs = "w = np.array([[1.], [2]])\nb = 1.5\nX = np.array([[1., -2., -1.], [3., 0.5, -3.2]])\nY = np.array([[1, 1, 0]])\n"

    /// A random model and data set: w (n, 1), a bias of one decimal, X (n, m), 0/1 labels.
    static func randomInputs(_ random: inout CaseRandom, n: Int, m: Int) -> String {
        let b = Double(random.int(-10...10)) / 10
        return "np.random.seed(\(random.seed()))\nw = np.random.randn(\(n), 1) * 0.5\nb = \(b)\nX = np.random.randn(\(n), \(m))\nY = (np.random.rand(1, \(m)) > 0.5).astype(int)\n"
    }
}
