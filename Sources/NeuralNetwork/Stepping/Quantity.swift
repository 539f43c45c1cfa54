import MatrixEngine

/// A named quantity of the notes, per layer: W[l], b[l], Z[l], A[l], dA[l], dZ[l], dW[l], db[l].
/// Knows its formula, the rule that gives its shape, where it is computed and where it is used
/// next: what `explain` and `shapes` print, and what shape drills ask about.
public struct Quantity: Sendable, Equatable, Hashable {
    public enum Kind: String, CaseIterable, Sendable {
        case W, b, Z, A, dA, dZ, dW, db
    }

    public var kind: Kind
    public var layer: Int

    public init(_ kind: Kind, _ layer: Int) {
        self.kind = kind
        self.layer = layer
    }

    /// Parses `dW2`, `W[2]`, `A0`, `dA1`; nil for anything else.
    public init?(name: String) {
        var text = Substring(name)
        if text.hasSuffix("]"), let open = text.firstIndex(of: "[") {
            text = text[..<open] + text[text.index(after: open)..<text.index(before: text.endIndex)]
        }
        let letters = text.prefix { !$0.isNumber }
        guard let kind = Kind(rawValue: String(letters)), let layer = Int(text.dropFirst(letters.count)), layer >= 0 else { return nil }
        guard layer > 0 || kind == .A || kind == .dA else { return nil }
        self.init(kind, layer)
    }

    /// `dW2`: the variable the stepper publishes.
    public var name: String { "\(kind.rawValue)\(layer)" }
    /// `dW[2]`: the notes' way of writing it.
    public var bracketName: String { "\(kind.rawValue)[\(layer)]" }

    /// The shape rule in the notes' symbols: `(n[2], n[1])`, `(n[1], m)`.
    public var shapeRule: String {
        switch kind {
        case .W, .dW: return "(n[\(layer)], n[\(layer - 1)])"
        case .b, .db: return "(n[\(layer)], 1)"
        case .Z, .A, .dA, .dZ: return "(n[\(layer)], m)"
        }
    }

    /// The concrete shape for layer sizes `n` (n[0]...n[L]) and m examples.
    public func shape(units n: [Int], examples m: Int) -> Shape? {
        guard layer < n.count else { return nil }
        switch kind {
        case .W, .dW: return layer >= 1 ? Shape(n[layer], n[layer - 1]) : nil
        case .b, .db: return Shape(n[layer], 1)
        case .Z, .A, .dA, .dZ: return Shape(n[layer], m)
        }
    }

    /// Which quantity a gradient has the shape of (`dW2` → `W2`), for the notes' rule.
    public var sameShapeAs: Quantity? {
        switch kind {
        case .dW: return Quantity(.W, layer)
        case .db: return Quantity(.b, layer)
        case .dZ: return Quantity(.Z, layer)
        case .dA: return Quantity(.A, layer)
        default: return nil
        }
    }

    /// The formula computing it, in the REPL's own notation (`X` for A0).
    public func formula(depth L: Int, activation g: Activation?) -> String {
        let l = layer
        let previous = l == 1 ? "X" : "A\(l - 1)"
        switch kind {
        case .W: return "W\(l) = W\(l) - α dW\(l)   (first drawn by init)"
        case .b: return "b\(l) = b\(l) - α db\(l)   (starts at zeros)"
        case .Z: return "Z\(l) = W\(l) · \(previous) + b\(l)"
        case .A:
            if l == 0 { return "A0 = X, the input" }
            return (g ?? .linear).formula(output: "A\(l)", input: "Z\(l)")
        case .dA:
            if l == L { return "dA\(l) = -(Y / A\(l) - (1 - Y) / (1 - A\(l)))" }
            return "dA\(l) = W\(l + 1).T · dZ\(l + 1)"
        case .dZ:
            if l == L { return "dZ\(l) = A\(l) - Y   (sigmoid output with cross-entropy)" }
            return "dZ\(l) = dA\(l) * g\(l)'(Z\(l)) = dA\(l) * \((g ?? .linear).derivativeFormula(layer: l))"
        case .dW: return "dW\(l) = (1/m) dZ\(l) · \(previous).T"
        case .db: return "db\(l) = (1/m) sum(dZ\(l), axis=1, keepdims=True)"
        }
    }

    /// The operands of the formula whose shapes make this one's, as quantities (`dZ2`, `A1`).
    public func operands(depth L: Int) -> [Quantity] {
        let l = layer
        switch kind {
        case .W, .b: return []
        case .Z: return [Quantity(.W, l), Quantity(.A, l - 1), Quantity(.b, l)]
        case .A: return l == 0 ? [] : [Quantity(.Z, l)]
        case .dA: return l == L ? [Quantity(.A, l)] : [Quantity(.W, l + 1), Quantity(.dZ, l + 1)]
        case .dZ: return l == L ? [Quantity(.A, l)] : [Quantity(.dA, l), Quantity(.Z, l)]
        case .dW: return [Quantity(.dZ, l), Quantity(.A, l - 1)]
        case .db: return [Quantity(.dZ, l)]
        }
    }

    /// The step that computes it.
    public func computedIn(depth L: Int) -> String {
        switch kind {
        case .W, .b: return "init, then every update"
        case .Z, .A: return layer == 0 ? "the data (data …)" : "forward layer \(layer)"
        case .dA: return layer == L ? "backward layer \(L)" : "backward layer \(layer + 1)"
        case .dZ, .dW, .db: return "backward layer \(layer)"
        }
    }

    /// Where the value goes next.
    public func usedIn(depth L: Int) -> String {
        let l = layer
        switch kind {
        case .W: return "forward layer \(l) (Z\(l)) and backward layer \(l) (dA\(l - 1) = W\(l).T · dZ\(l))"
        case .b: return "forward layer \(l) (Z\(l))"
        case .Z: return "A\(l) = g(Z\(l)); kept in cache[\(l)] for g'(Z\(l)) in backward layer \(l)"
        case .A:
            if l == L { return "the cost J and dZ\(L) = A\(L) - Y" }
            return "forward layer \(l + 1) (Z\(l + 1)); kept in cache[\(l + 1)] as A_prev for dW\(l + 1)"
        case .dA: return l == 0 ? "nothing: X is data, not learned" : "dZ\(l) in backward layer \(l)"
        case .dZ: return "dW\(l), db\(l) and dA\(l - 1) in the same backward step"
        case .dW: return "update: W\(l) = W\(l) - α dW\(l)"
        case .db: return "update: b\(l) = b\(l) - α db\(l)"
        }
    }

    /// What it means, in a phrase.
    public var meaning: String {
        switch kind {
        case .W: return "the weights of layer \(layer): one row per unit, one column per input"
        case .b: return "the biases of layer \(layer): one per unit, broadcast across the m examples"
        case .Z: return "the linear part of layer \(layer), one column per example"
        case .A: return layer == 0 ? "the input X, one column per example" : "the activations of layer \(layer), one column per example"
        case .dA: return "∂L/∂A\(layer), the gradient flowing back into layer \(layer)'s output"
        case .dZ: return "∂L/∂Z\(layer), per example"
        case .dW: return "∂J/∂W\(layer), averaged over the m examples"
        case .db: return "∂J/∂b\(layer), averaged over the m examples"
        }
    }
}
