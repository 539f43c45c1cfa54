import MatrixEngine
import NeuralNetwork

/// A network as the notes describe it: `layer_dims` n[0]...n[L], an activation per layer and m
/// examples. With one example (m = 1) the notes write lowercase x, z[l], a[l]; the drills do too.
public struct DrillNetwork: Equatable, Sendable {
    /// n[0] ... n[L].
    public var units: [Int]
    /// g[1] ... g[L].
    public var activations: [Activation]
    /// m, the number of examples (columns of X).
    public var examples: Int

    public init(units: [Int], activations: [Activation], examples: Int) {
        precondition(units.count >= 2 && activations.count == units.count - 1 && examples >= 1)
        self.units = units
        self.activations = activations
        self.examples = examples
    }

    /// L, the number of layers with weights.
    public var depth: Int { units.count - 1 }
    /// One example at a time, as in the notes' first formulas: x is (n[0], 1).
    public var isSingleExample: Bool { examples == 1 }

    /// `[3, 4, 1]`, the notes' `layer_dims`.
    public var layerDims: String { "[" + units.map(String.init).joined(separator: ", ") + "]" }

    /// The values of the notes' symbols, so `(n[2], m)` can be an answer: `n2`, `m`, `L`.
    public var symbols: [String: Int] {
        var table = ["m": examples, "L": depth]
        for (l, n) in units.enumerated() { table["n\(l)"] = n }
        return table
    }

    public func shape(of quantity: Quantity) -> Shape {
        quantity.shape(units: units, examples: examples)!
    }

    /// A random architecture as the issue asks: 2–5 layers, 1–10 units, m from 1 to 1000 (one
    /// example a quarter of the time). `smallExamples` makes m small (2–12) half the time, so
    /// sizes coincide now and then and a wrong line can run: what "predict" needs.
    public static func random(using random: inout DrillRandom, depth: ClosedRange<Int> = 2...5, smallExamples: Bool = false) -> DrillNetwork {
        let L = random.int(in: depth)
        var units = [random.int(in: 1...10)]
        for _ in 1..<L { units.append(random.int(in: 1...10)) }
        // Binary classification (one sigmoid unit) is the notes' usual output; sometimes more.
        units.append(random.chance(0.6) ? 1 : random.int(in: 1...10))
        let hidden: [Activation] = [.relu, .relu, .tanh, .tanh, .sigmoid, .leakyRelu]
        let activations = (1..<L).map { _ in random.pick(hidden) } + [.sigmoid]
        let m: Int
        if random.chance(0.25) {
            m = 1
        } else if smallExamples && random.chance(0.5) {
            m = random.int(in: 2...12)
        } else {
            m = random.pick([random.int(in: 2...1000), random.pick([10, 32, 64, 100, 200, 209, 400, 500, 1000])])
        }
        return DrillNetwork(units: units, activations: activations, examples: m)
    }
}

/// What a shape question can ask about: a per-layer quantity, X or Y.
public enum ShapeTarget: Equatable, Hashable, Sendable {
    case quantity(Quantity)
    case input
    case labels

    /// The topic misses are counted under: `W`, `dZ`, `X`...
    public var topic: String {
        switch self {
        case let .quantity(q): return q.kind.rawValue
        case .input: return "X"
        case .labels: return "Y"
        }
    }

    /// `dW[2]`, `X`; with one example the notes' lowercase `z[2]`, `x`.
    public func name(in architecture: DrillNetwork) -> String {
        switch self {
        case let .quantity(q): return DrillNetwork.name(q, singleExample: architecture.isSingleExample)
        case .input: return architecture.isSingleExample ? "x" : "X"
        case .labels: return architecture.isSingleExample ? "y" : "Y"
        }
    }

    public func shape(in architecture: DrillNetwork) -> Shape {
        switch self {
        case let .quantity(q): return architecture.shape(of: q)
        case .input: return Shape(architecture.units[0], architecture.examples)
        case .labels: return Shape(architecture.units[architecture.depth], architecture.examples)
        }
    }

    /// The rule in the notes' symbols: `(n[2], n[1])`, `(n[0], m)`; `1` for m with one example.
    public func rule(in architecture: DrillNetwork) -> String {
        let m = architecture.isSingleExample ? "1" : "m"
        switch self {
        case let .quantity(q): return q.shapeRule.replacing(", m)", with: ", \(m))")
        case .input: return "(n[0], \(m))"
        case .labels: return "(n[\(architecture.depth)], \(m))"
        }
    }
}

extension DrillNetwork {
    /// W, b, dW, db keep their capitals; Z, A and their gradients go lowercase for one example.
    static func name(_ q: Quantity, singleExample: Bool) -> String {
        guard singleExample else { return q.bracketName }
        switch q.kind {
        case .Z, .A, .dZ, .dA: return q.bracketName.replacing("Z", with: "z").replacing("A", with: "a")
        default: return q.bracketName
        }
    }

    /// Every name in this network with its shape, for "that is the shape of ..." feedback.
    var allTargets: [ShapeTarget] {
        var targets: [ShapeTarget] = [.input, .labels]
        for l in 1...depth {
            for kind in [Quantity.Kind.W, .b, .Z, .A, .dZ, .dW, .db, .dA] { targets.append(.quantity(Quantity(kind, l))) }
        }
        return targets
    }
}
