import MatrixEngine
import NeuralNetwork

/// "What is the shape of dW[2]?" for a random architecture drawn as in the notes.
public struct ShapeQuestion: Sendable {
    public let architecture: DrillNetwork
    public let target: ShapeTarget

    /// The topics a shape question can be about, in the order the notes introduce them.
    public static let topics = ["W", "b", "Z", "A", "dZ", "dW", "db", "dA", "X", "Y"]

    public static func generate(topic: String, using random: inout DrillRandom) -> ShapeQuestion {
        let a = DrillNetwork.random(using: &random)
        let target: ShapeTarget
        switch topic {
        case "X": target = .input
        case "Y": target = .labels
        case "dA": target = .quantity(Quantity(.dA, random.int(in: 0...(a.depth - 1))))  // dA[l-1], as backward computes it
        default: target = .quantity(Quantity(Quantity.Kind(rawValue: topic)!, random.int(in: 1...a.depth)))
        }
        return ShapeQuestion(architecture: a, target: target)
    }

    public var name: String { target.name(in: architecture) }
    public var answer: Shape { target.shape(in: architecture) }

    /// The rule that decides the shape, written out with this network's numbers:
    /// `dW[2] has the shape of W[2]: (n[2], n[1]) = (1, 4)`.
    public var rule: String {
        let a = architecture, shape = answer
        let rule = target.rule(in: a)
        func name(_ q: Quantity) -> String { DrillNetwork.name(q, singleExample: a.isSingleExample) }
        switch target {
        case .input:
            return a.isSingleExample
                ? "x is one example, its n[0] features in a column: (n[0], 1) = \(shape)"
                : "X stacks the m examples as columns, one row per feature: (n[0], m) = \(shape)"
        case .labels:
            return "\(self.name) has one row per output unit and one column per example: \(rule) = \(shape)"
        case let .quantity(q):
            let l = q.layer
            switch q.kind {
            case .W:
                return "W[\(l)] is (n[\(l)], n[\(l - 1)]) = \(shape): one row per unit of layer \(l), one column per unit of layer \(l - 1) (its inputs)"
            case .b:
                return "b[\(l)] is (n[\(l)], 1) = \(shape): one bias per unit of layer \(l), broadcast across the examples"
            case .Z:
                let input = l == 1 ? (a.isSingleExample ? "x" : "X") : name(Quantity(.A, l - 1))
                let m = a.isSingleExample ? "1" : "m"
                return "\(self.name) = W[\(l)] \(input) + b[\(l)]: (n[\(l)], n[\(l - 1)]) @ (n[\(l - 1)], \(m)) → \(rule) = \(shape)"
            case .A:
                return "\(self.name) = g(\(name(Quantity(.Z, l)))) works element by element, so it keeps \(name(Quantity(.Z, l)))'s shape: \(rule) = \(shape)"
            case .dZ, .dW, .db, .dA:
                let original = q.sameShapeAs!
                let originalName = q.kind == .dA && l == 0 ? "A[0] = \(a.isSingleExample ? "x" : "X")" : name(original)
                return "\(self.name) has the shape of \(originalName): \(rule) = \(shape)"
            }
        }
    }

    /// Why a gradient has that shape: said once after the rule for dW, db, dZ, dA.
    var principle: String? {
        guard case let .quantity(q) = target, q.sameShapeAs != nil else { return nil }
        return "every gradient has the shape of what it differentiates: dW like W, db like b, dZ like Z, dA like A"
    }

    /// The hint: the rule in symbols, without the numbers.
    public var hint: String {
        switch target {
        case .input: return "X has one row per feature and one column per example"
        case .labels: return "Y has one row per output unit and one column per example"
        case let .quantity(q):
            if let original = q.sameShapeAs { return "\(q.kind.rawValue) has the shape of \(original.kind.rawValue)" }
            switch q.kind {
            case .W: return "W[l] has one row per unit of layer l and one column per unit of layer l-1"
            case .b: return "b[l] has one entry per unit of layer l"
            default: return "Z[l] = W[l] A[l-1] + b[l]: work out the product's shape"
            }
        }
    }

    /// What the rows and the columns stand for.
    var layout: String {
        switch target {
        case .input: return "the rows are the features, the columns the examples"
        case .labels: return "the rows are the output units, the columns the examples"
        case let .quantity(q):
            switch q.kind {
            case .W, .dW: return "the rows are layer \(q.layer)'s units, the columns layer \(q.layer - 1)'s"
            case .b, .db: return "one row per unit of layer \(q.layer), a single column"
            case .Z, .A, .dZ, .dA: return "the rows are layer \(q.layer)'s units, the columns the examples"
            }
        }
    }

    /// What the learner's wrong shape is: the transpose, numpy's rank-1 shape, another quantity's.
    public func diagnosis(of answer: ShapeAnswer) -> String? {
        let right = self.answer
        switch answer {
        case let .rank1(n):
            return "(\(n),) is a rank-1 array, what np.sum without keepdims=True makes; the notes keep every quantity 2-D, so columns are (n, 1)"
        case let .shape(shape):
            if shape.transposed == right && shape != right {
                return "\(shape) is \(right) transposed: \(layout)"
            }
            let others = architecture.allTargets.filter { $0 != target && $0.shape(in: architecture) == shape }.map { $0.name(in: architecture) }
            if !others.isEmpty {
                let listed = others.prefix(4).joined(separator: ", ") + (others.count > 4 ? ", …" : "")
                return "\(shape) is the shape of \(listed) in this network"
            }
            return nil
        }
    }
}
