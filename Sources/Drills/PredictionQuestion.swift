import BackpropLanguage
import MatrixEngine
import NeuralNetwork

/// What a "will it run?" question is about, for the summary and for weighting.
public enum PredictTopic: String, CaseIterable, Sendable {
    case product, broadcast, elementwise, sum

    public var title: String {
        switch self {
        case .product: return "matrix products"
        case .broadcast: return "broadcasting"
        case .elementwise: return "element-wise operations"
        case .sum: return "sums over an axis"
        }
    }
}

/// "Will this line run, and if it runs, what shape comes out?" The truth comes from running
/// it on random matrices of the shapes given, so the answer is numpy's (broadcasting surprises
/// such as (4, 1) + (1, 4) → (4, 4) included).
public struct PredictionQuestion: Sendable {
    public struct Operand: Equatable, Sendable {
        public var name: String
        public var shape: Shape
    }

    public let architecture: DrillNetwork
    public let expression: String
    public let operands: [Operand]
    public let topic: PredictTopic
    let seed: Int

    /// A line built from the notes' quantities for a random network with m often small, so that
    /// sizes coincide and a line that usually fails sometimes runs.
    public static func generate(topic: PredictTopic, using random: inout DrillRandom) -> PredictionQuestion {
        while true {
            let a = DrillNetwork.random(using: &random, smallExamples: true)
            let l = random.int(in: 1...a.depth)
            let candidates = templates(a, l).filter { $0.topic == topic }
            let seed = random.nextSeed()
            guard !candidates.isEmpty else { continue }
            let template = random.pick(candidates)
            var operands: [Operand] = []
            for name in FormulaQuestion.identifiers(in: template.expression) where !operands.contains(where: { $0.name == name }) {
                if let shape = shape(of: name, in: a) { operands.append(Operand(name: name, shape: shape)) }
            }
            let question = PredictionQuestion(architecture: a, expression: template.expression, operands: operands, topic: topic, seed: seed)
            if question.isWellPosed { return question }
        }
    }

    /// The shape of one of the notes' names (X, Y, W1, dZ2...); nil for anything else (`axis`, `np`).
    static func shape(of name: String, in a: DrillNetwork) -> Shape? {
        if name == "X" { return Shape(a.units[0], a.examples) }
        if name == "Y" { return Shape(a.units[a.depth], a.examples) }
        guard let quantity = Quantity(name: name), quantity.layer <= a.depth else { return nil }
        return quantity.shape(units: a.units, examples: a.examples)
    }

    struct Template {
        var topic: PredictTopic
        var expression: String
    }

    static func templates(_ a: DrillNetwork, _ l: Int) -> [Template] {
        let L = a.depth, P = l == 1 ? "X" : "A\(l - 1)"
        var list: [Template] = [
            Template(topic: .product, expression: "W\(l) @ \(P)"),
            Template(topic: .product, expression: "\(P) @ W\(l)"),
            Template(topic: .product, expression: "np.dot(W\(l).T, dZ\(l))"),
            Template(topic: .product, expression: "dZ\(l) @ \(P)"),
            Template(topic: .product, expression: "dZ\(l) @ \(P).T"),
            Template(topic: .product, expression: "X.T @ W1.T"),
            Template(topic: .product, expression: "np.dot(Y, np.log(A\(L)).T)"),
            Template(topic: .broadcast, expression: "W\(l) @ \(P) + b\(l)"),
            Template(topic: .broadcast, expression: "W\(l) @ \(P) + b\(l).T"),
            Template(topic: .broadcast, expression: "b\(l) - learning_rate * np.sum(dZ\(l), axis=1)"),
            Template(topic: .broadcast, expression: "A\(L) - Y.T"),
            Template(topic: .broadcast, expression: "b\(l) + db\(l).T"),
            Template(topic: .broadcast, expression: "Z\(l) - b\(l).T"),
            Template(topic: .elementwise, expression: "W\(l) * \(P)"),
            Template(topic: .elementwise, expression: "dA\(l) * (Z\(l) > 0)"),
            Template(topic: .elementwise, expression: "dZ\(l) * W\(l)"),
            Template(topic: .elementwise, expression: "A\(l) * (1 - A\(l))"),
            Template(topic: .elementwise, expression: "Y * np.log(A\(L)) + (1 - Y) * np.log(1 - A\(L))"),
            Template(topic: .sum, expression: "np.sum(dZ\(l), axis=0, keepdims=True)"),
            Template(topic: .sum, expression: "np.sum(dZ\(l), axis=1, keepdims=True)"),
            Template(topic: .sum, expression: "1/m * np.sum(dZ\(l), axis=1, keepdims=True) - b\(l)"),
            Template(topic: .sum, expression: "np.sum(A\(L) - Y, axis=0, keepdims=True)"),
            Template(topic: .sum, expression: "np.sum(dZ\(l), axis=1)"),
            Template(topic: .sum, expression: "np.sum(dZ\(l), axis=0)"),
        ]
        if l < L {
            list.append(Template(topic: .product, expression: "W\(l + 1).T @ dZ\(l + 1) * (1 - np.power(A\(l), 2))"))
            list.append(Template(topic: .elementwise, expression: "W\(l + 1).T * dZ\(l + 1)"))
        }
        return list
    }

    // MARK: The truth

    public func environment() -> Environment {
        TrialEnvironment.make(shapes: operands.map { ($0.name, $0.shape) },
                              scalars: ["m": .integer(architecture.examples), "learning_rate": .float(TrialEnvironment.learningRate)],
                              seed: seed)
    }

    /// What the line does: an error or a matrix.
    public var outcome: Judge.Outcome {
        Judge.run(expression, target: nil, in: environment())
    }

    /// The shape it gives (numpy's: a sum without keepdims is rank-1), or nil when it fails.
    public var resultShape: ShapeAnswer? {
        guard case let .value(.array(a)) = outcome else { return nil }
        switch a.rank {
        case 2: return .shape(Shape(a.shape[0], a.shape[1]))
        case 1: return .rank1(a.shape[0])
        default: return nil
        }
    }

    /// Well-posed: the line either fails or gives an array of rank 1 or 2 (never a bare number,
    /// whose numpy shape () would be a different question).
    public var isWellPosed: Bool {
        switch outcome {
        case .failed: return true
        case .value: return resultShape != nil
        case .noValue: return false
        }
    }

    /// The answer in the form the learner types it.
    public var sampleAnswer: String {
        resultShape?.description ?? "error"
    }

    public var shapesText: String {
        operands.map { "\($0.name) is \($0.shape)" }.joined(separator: ", ")
    }
}
