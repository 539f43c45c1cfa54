import MatrixEngine
import NeuralNetwork

/// The notes' bracket names: `W[1]` is the variable `W1`, `dZ[2]` is `dZ2`, `n[0]` is n[0],
/// `cache[1]` is the tuple (A0, W1, b1, Z1). They apply only where the name is not itself a
/// variable, so a learner's own matrix `A` still indexes as a matrix.
extension Evaluator {
    static let layerNames: Set<String> = Set(Quantity.Kind.allCases.map(\.rawValue) + ["n", "cache"])

    mutating func layerQuantity(_ base: Expression, _ components: [IndexComponent]) throws(Diagnostic) -> Value? {
        guard case let .name(name) = base.kind, base.localSlot == nil, Evaluator.layerNames.contains(name), boundValue(name) == nil,
              components.count == 1, case let .single(indexExpression) = components[0] else { return nil }
        let l = try integer(indexExpression, what: "a layer number")
        let whole = SourceSpan.covering(base.span, indexExpression.span)
        let network = environment.network
        let L = network.depth
        switch name {
        case "n":
            guard let units = network.units(l), l >= 0 else {
                throw Diagnostic.at(whole, network.inputSize == nil && l == 0
                                    ? "n[0] comes from the data, and there is no data yet"
                                    : "n[\(l)]: \(L == 0 ? "the network has no layers yet" : "the network has layers 0 to \(L)")",
                                    hint: L == 0 ? "declare layers first: layer 4 tanh" : nil)
            }
            return .integer(units)
        case "cache":
            guard l >= 1, l <= L else {
                throw Diagnostic.at(whole, "cache[\(l)]: the network has \(L == 0 ? "no layers yet" : "layers 1 to \(L)")",
                                    hint: L == 0 ? "declare layers first: layer 4 tanh" : nil)
            }
            guard l <= network.caches.count else {
                throw Diagnostic.at(whole, "cache[\(l)] is empty: forward layer \(l) has not run in this iteration",
                                    hint: "next is \(network.position.description)")
            }
            let cache = network.caches[l - 1]
            return .tuple([.matrix(cache.APrevious), .matrix(cache.W), .matrix(cache.b), .matrix(cache.Z)])
        default:
            let variable = "\(name)\(l)"
            if let value = environment[variable] { return value }
            let quantity = Quantity(name: variable)
            let inRange = quantity != nil && l <= max(L, 0)
            throw Diagnostic.at(whole, inRange
                                ? "\(name)[\(l)] (the variable \(variable)) does not exist yet: it is computed by \(quantity!.computedIn(depth: L))"
                                : "\(name)[\(l)]: the network has \(L == 0 ? "no layers" : "layers \(name == "A" || name == "dA" ? 0 : 1) to \(L)")",
                                hint: L == 0 ? "declare layers first: layer 4 tanh" : "next is \(network.position.description)")
        }
    }

    /// The variable a bracket-name target stands for (`W[1] = ...` assigns W1), or nil when the
    /// target is an ordinary indexed assignment (the name is a variable, or not a layer name).
    mutating func layerVariableName(_ name: String, _ index: [IndexComponent]?) throws(Diagnostic) -> String? {
        guard let index, boundValue(name) == nil, Evaluator.layerNames.contains(name), name != "n", name != "cache",
              index.count == 1, case let .single(expression) = index[0] else { return nil }
        let l = try integer(expression, what: "a layer number")
        guard l >= 0 else { throw Diagnostic.at(expression.span, "\(name)[\(l)]: layer numbers start at 1 (0 only for A[0], which is X)") }
        return "\(name)\(l)"
    }
}
