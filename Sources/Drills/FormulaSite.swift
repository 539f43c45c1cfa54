import MatrixEngine
import NeuralNetwork

/// One line of the notes' forward or backward code for one layer, with the bugs it can carry.
///
/// Each variant says why the reference is right, in the notes' symbols with this network's
/// numbers; what the buggy line actually does (fails, or runs with which shape) is found by
/// running it, not written here.
struct FormulaSite: Sendable {
    /// The variable the line assigns: `dW2`.
    var target: String
    /// The quantity it computes, when it is one of the notes' (for the shape rule).
    var quantity: Quantity
    /// The reference right-hand side.
    var reference: String
    var variants: [BugKind: [BugVariant]]
    /// Forward, backward or update: part of the question's heading.
    var stage: String
}

struct BugVariant: Sendable {
    var rhs: String
    var why: String
}

/// Builds the lines for one architecture and layer.
struct FormulaSites {
    let a: DrillNetwork
    let l: Int
    /// `np.dot(W1, X)` rather than `W1 @ X`, as the course's notebooks write it.
    let usesDot: Bool

    var L: Int { a.depth }
    /// A[l-1] as the code names it: X for layer 1.
    var previous: String { l == 1 ? "X" : "A\(l - 1)" }
    var previousSymbol: String { l == 1 ? "X" : "A[\(l - 1)]" }

    func shape(_ name: String) -> Shape {
        if name == "X" { return Shape(a.units[0], a.examples) }
        if name == "Y" { return Shape(a.units[L], a.examples) }
        return a.shape(of: Quantity(name: name)!)
    }

    func s(_ name: String) -> String { shape(name).description }

    func product(_ lhs: String, _ rhs: String) -> String {
        usesDot ? "np.dot(\(lhs), \(rhs))" : "\(lhs) @ \(rhs)"
    }

    var all: [FormulaSite] {
        var sites = [forwardZ, dW, db, update]
        sites.append(l == L ? outputDZ : hiddenDZ)
        if l < L { sites.append(combinedDZ) }
        if l >= 2 { sites.append(dAPrevious) }
        return sites
    }

    // MARK: Forward

    var forwardZ: FormulaSite {
        let W = "W\(l)", b = "b\(l)", P = previous
        let rule = "Z[\(l)] = W[\(l)] \(previousSymbol) + b[\(l)]: W\(l) \(s(W)) @ \(P) \(s(P)) → (n[\(l)], m) = \(s("Z\(l)"))"
        return FormulaSite(
            target: "Z\(l)", quantity: Quantity(.Z, l), reference: product(W, P) + " + \(b)",
            variants: [
                .extraTranspose: [BugVariant(rhs: product(W + ".T", P) + " + \(b)",
                                             why: "W\(l) is already (n[\(l)], n[\(l - 1)]) = \(s(W)), one row per unit, so it multiplies \(P) as it is. \(rule)")],
                .wrongOrder: [BugVariant(rhs: product(P, W) + " + \(b)",
                                         why: "The weights come first: each unit's row of W\(l) meets each example's column of \(P). \(rule)")],
                .elementwiseForProduct: [BugVariant(rhs: (usesDot ? "np.multiply(\(W), \(P))" : "\(W) * \(P)") + " + \(b)",
                                                    why: "'*' multiplies element by element; each unit must sum over all n[\(l - 1)] inputs, which is the matrix product @ (np.dot). \(rule)")],
            ],
            stage: "forward")
    }

    // MARK: Backward

    var outputDZ: FormulaSite {
        let A = "A\(L)"
        let rule = "A\(L) and Y are both (n[\(L)], m) = \(s(A)), and dZ[\(L)] = A[\(L)] - Y has that shape too: subtract them as they are."
        return FormulaSite(
            target: "dZ\(L)", quantity: Quantity(.dZ, L), reference: "\(A) - Y",
            variants: [.extraTranspose: [BugVariant(rhs: "\(A) - Y.T", why: rule), BugVariant(rhs: "\(A).T - Y", why: rule)]],
            stage: "backward")
    }

    /// g'(Z[l]) in code, and the wrong derivatives people write for this layer's activation.
    var derivative: (right: String, wrong: [(code: String, what: String)]) {
        let A = "A\(l)", Z = "Z\(l)"
        switch a.activations[l - 1] {
        case .relu:
            return ("(\(Z) > 0)", [("(1 - np.power(\(A), 2))", "tanh's derivative"), ("\(A) * (1 - \(A))", "sigmoid's derivative")])
        case .tanh:
            return ("(1 - np.power(\(A), 2))", [("(1 - \(A))", "1 - A without the square"), ("\(A) * (1 - \(A))", "sigmoid's derivative"),
                                                ("(1 - np.power(\(Z), 2))", "the formula applied to Z instead of A = tanh(Z)")])
        case .sigmoid:
            return ("\(A) * (1 - \(A))", [("(1 - np.power(\(A), 2))", "tanh's derivative"), ("\(Z) * (1 - \(Z))", "the formula applied to Z instead of A = σ(Z)")])
        case .leakyRelu:
            return ("np.where(\(Z) > 0, 1, 0.01)", [("(\(Z) > 0)", "plain ReLU's derivative, which drops the 0.01 slope"),
                                                   ("np.where(\(Z) > 0, 0.01, 1)", "the two slopes swapped")])
        case .linear:
            return ("1", [])
        }
    }

    var derivativeRule: String {
        let g = a.activations[l - 1]
        return "Layer \(l) uses \(g.name), so g'(Z[\(l)]) is \(g.derivativeFormula(layer: l))"
    }

    var hiddenDZ: FormulaSite {
        let d = derivative
        return FormulaSite(
            target: "dZ\(l)", quantity: Quantity(.dZ, l), reference: "dA\(l) * \(d.right)",
            variants: [.wrongActivationDerivative: d.wrong.map { BugVariant(rhs: "dA\(l) * \($0.code)", why: "\(derivativeRule); \($0.code) is \($0.what).") }],
            stage: "backward")
    }

    /// The notes' one-line form: dZ[l] = W[l+1].T dZ[l+1] * g'(Z[l]).
    var combinedDZ: FormulaSite {
        let d = derivative, W = "W\(l + 1)", dZ = "dZ\(l + 1)"
        let rule = "dZ[\(l)] = W[\(l + 1)].T dZ[\(l + 1)] * g'(Z[\(l)]): \(W).T is (n[\(l)], n[\(l + 1)]) = \(shape(W).transposed), dZ\(l + 1) is (n[\(l + 1)], m) = \(s(dZ)), giving (n[\(l)], m) = \(s("Z\(l)"))."
        return FormulaSite(
            target: "dZ\(l)", quantity: Quantity(.dZ, l), reference: product(W + ".T", dZ) + " * \(d.right)",
            variants: [
                .missingTranspose: [BugVariant(rhs: product(W, dZ) + " * \(d.right)", why: "The gradient flows back through W's transpose. \(rule)")],
                .wrongOrder: [BugVariant(rhs: product(dZ, W + ".T") + " * \(d.right)", why: "\(W).T comes first. \(rule)")],
                .elementwiseForProduct: [BugVariant(rhs: (usesDot ? "np.multiply(\(W).T, \(dZ))" : "\(W).T * \(dZ)") + " * \(d.right)",
                                                    why: "Each unit of layer \(l) collects the gradient of every unit of layer \(l + 1): a matrix product. \(rule)")],
                .dAForDZ: [BugVariant(rhs: product(W + ".T", "dA\(l + 1)") + " * \(d.right)",
                                      why: "What flows back through \(W) is dZ\(l + 1), the gradient after layer \(l + 1)'s activation; dA\(l + 1) has the same shape, so nothing fails, but it skips g'(Z[\(l + 1)]). \(rule)")],
                .wrongActivationDerivative: d.wrong.map { BugVariant(rhs: product(W + ".T", dZ) + " * \($0.code)", why: "\(derivativeRule); \($0.code) is \($0.what).") },
            ],
            stage: "backward")
    }

    var dW: FormulaSite {
        let dZ = "dZ\(l)", P = previous
        let rule = "dW[\(l)] has the shape of W[\(l)]: (n[\(l)], n[\(l - 1)]) = \(s("W\(l)")), and dZ\(l) \(s(dZ)) @ \(P).T \(shape(P).transposed) gives it."
        let reference = usesDot ? "np.dot(\(dZ), \(P).T) / m" : "1/m * \(dZ) @ \(P).T"
        func variant(_ rhs: String, _ why: String) -> [BugVariant] { [BugVariant(rhs: rhs, why: why)] }
        return FormulaSite(
            target: "dW\(l)", quantity: Quantity(.dW, l), reference: reference,
            variants: [
                .missingTranspose: variant(usesDot ? "np.dot(\(dZ), \(P)) / m" : "1/m * \(dZ) @ \(P)",
                                           "dZ\(l) and \(P) both have the m examples as columns, so one must be transposed for the product to sum over them. \(rule)"),
                .wrongOrder: variant(usesDot ? "np.dot(\(P).T, \(dZ)) / m" : "1/m * \(P).T @ \(dZ)",
                                     "The rows of dW\(l) are layer \(l)'s units, so dZ\(l) comes first. \(rule)"),
                .missingOneOverM: variant(product(dZ, P + ".T"),
                                          "J averages the loss over the m = \(a.examples) examples, so every gradient of J carries 1/m; without it dW\(l) is \(a.examples) times too large. \(rule)"),
                .dAForDZ: variant(usesDot ? "np.dot(dA\(l), \(P).T) / m" : "1/m * dA\(l) @ \(P).T",
                                  "dW[\(l)] = (1/m) dZ[\(l)] \(previousSymbol).T uses dZ\(l), the gradient after the activation's derivative; dA\(l) has the same shape, so nothing fails, but the values are wrong. \(rule)"),
                .elementwiseForProduct: variant(usesDot ? "np.multiply(\(dZ), \(P).T) / m" : "1/m * \(dZ) * \(P).T",
                                                "dW\(l) sums over the m examples: the matrix product @ (np.dot) does that, '*' multiplies element by element. \(rule)"),
            ],
            stage: "backward")
    }

    var db: FormulaSite {
        let dZ = "dZ\(l)", n = a.units[l]
        let rule = "db[\(l)] has the shape of b[\(l)]: (n[\(l)], 1) = \(Shape(n, 1)), one value per unit, summed over the m examples."
        func sum(_ of: String, axis: Int = 1, keepdims: Bool = true, average: Bool = true) -> String {
            let call = "np.sum(\(of), axis=\(axis)\(keepdims ? ", keepdims=True" : ""))"
            guard average else { return call }
            return usesDot ? call + " / m" : "1/m * " + call
        }
        return FormulaSite(
            target: "db\(l)", quantity: Quantity(.db, l), reference: sum(dZ),
            variants: [
                .wrongSumAxis: [BugVariant(rhs: sum(dZ, axis: 0),
                                           why: "The examples are the columns of dZ\(l), so the sum runs along each row: axis=1 gives one value per unit, (n[\(l)], 1); axis=0 sums over the units and gives one value per example, (1, m). \(rule)")],
                .missingKeepdims: [BugVariant(rhs: sum(dZ, keepdims: false),
                                              why: "Without keepdims=True numpy returns a rank-1 array of shape (n[\(l)],) = (\(n),) (Backprop shows it as the row (1, \(n))), and b\(l) - learning_rate * db\(l) would then broadcast (\(n), 1) against it into a (\(n), \(n)) matrix. keepdims=True keeps the column. \(rule)")],
                .missingOneOverM: [BugVariant(rhs: sum(dZ, average: false),
                                              why: "J averages the loss over the m = \(a.examples) examples, so db\(l) is the mean of dZ\(l) over them, not the sum. \(rule)")],
                .dAForDZ: [BugVariant(rhs: sum("dA\(l)"),
                                      why: "db[\(l)] sums dZ\(l), the gradient after the activation's derivative; dA\(l) has the same shape, so nothing fails, but the values are wrong. \(rule)")],
            ],
            stage: "backward")
    }

    var dAPrevious: FormulaSite {
        let W = "W\(l)", dZ = "dZ\(l)"
        let rule = "dA[\(l - 1)] has the shape of A[\(l - 1)]: (n[\(l - 1)], m) = \(s("A\(l - 1)")); \(W).T \(shape(W).transposed) @ dZ\(l) \(s(dZ)) gives it."
        return FormulaSite(
            target: "dA\(l - 1)", quantity: Quantity(.dA, l - 1), reference: product(W + ".T", dZ),
            variants: [
                .missingTranspose: [BugVariant(rhs: product(W, dZ), why: "The gradient flows back through the transpose of the weights that carried it forward. \(rule)")],
                .wrongOrder: [BugVariant(rhs: product(dZ, W + ".T"), why: "\(W).T comes first: its rows are layer \(l - 1)'s units. \(rule)")],
                .extraTranspose: [BugVariant(rhs: product(W + ".T", dZ + ".T"), why: "Only the weights are transposed; dZ\(l) keeps the examples as columns. \(rule)")],
                .elementwiseForProduct: [BugVariant(rhs: usesDot ? "np.multiply(\(W).T, \(dZ))" : "\(W).T * \(dZ)",
                                                    why: "Each unit of layer \(l - 1) collects the gradient of every unit of layer \(l): a matrix product, not '*'. \(rule)")],
                .dAForDZ: [BugVariant(rhs: product(W + ".T", "dA\(l)"),
                                      why: "What flows back through \(W) is dZ\(l), the gradient after layer \(l)'s activation; dA\(l) has the same shape, so nothing fails, but the values are wrong. \(rule)")],
            ],
            stage: "backward")
    }

    // MARK: Update

    var update: FormulaSite {
        let W = "W\(l)"
        return FormulaSite(
            target: W, quantity: Quantity(.W, l), reference: "\(W) - learning_rate * dW\(l)",
            variants: [.extraTranspose: [BugVariant(rhs: "\(W) - learning_rate * dW\(l).T",
                                                    why: "dW\(l) already has W\(l)'s shape, (n[\(l)], n[\(l - 1)]) = \(s(W)): every gradient has the shape of what it differentiates, so it is subtracted as it is.")]],
            stage: "update")
    }
}
