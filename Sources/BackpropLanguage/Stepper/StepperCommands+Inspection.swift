import MatrixEngine
import NeuralNetwork

/// `shapes`, `explain`, `show`: every quantity with its shape, formula and values.
extension StepperCommands {
    static let inspection: [Command] = [shapes, explain, show]

    static let shapes = networkCommand(
        "shapes", usage: "shapes",
        summary: "the shape of W, b, Z, A, dZ, dW, db and dA for every layer of this network and m, with the notes' rules",
        example: "shapes", adoptsEdits: false, looksOnly: true
    ) { context, network throws(Diagnostic) in
        try noArguments(context)
        guard network.depth > 0 else {
            throw Diagnostic(message: "the network has no layers, so there are no shapes yet", span: context.span, hint: "layer 4 tanh, then layer 1 sigmoid")
        }
        let units = layerSizes(network)
        let m = network.data?.exampleCount
        func table(_ kinds: [Quantity.Kind]) -> String {
            var rows = [["layer"] + kinds.map(\.rawValue)]
            for l in 0...network.depth {
                rows.append(["\(l)"] + kinds.map { kind in
                    let quantity = Quantity(kind, l)
                    guard l > 0 || kind == .A || kind == .dA else { return "" }
                    guard let units, let m, let shape = quantity.shape(units: units, examples: m) else { return quantity.shapeRule }
                    return shape.compact
                })
            }
            return TextTable.render(rows)
        }
        var lines = TextWrap.fitLine("m = \(m.map(String.init) ?? "? (no data yet)"), layer_dims = \(network.architecture.dimensionsText(inputSize: network.inputSize))",
                                     width: context.console.width)
        let whole = table([.W, .b, .Z, .A, .dZ, .dW, .db, .dA])
        if whole.split(separator: "\n").allSatisfy({ $0.count <= context.console.width }) {
            lines.append(whole)
        } else {
            // Too wide for the terminal: the forward quantities, then their gradients.
            lines.append(table([.W, .b, .Z, .A]))
            lines.append(table([.dW, .db, .dZ, .dA]))
        }
        lines += TextWrap.wrap("W[l] is (n[l], n[l-1]); b[l] is (n[l], 1); Z[l] and A[l] are (n[l], m); A[0] is X. "
                               + "Every gradient has the shape of what it differentiates: dW like W, db like b, dZ like Z, dA like A.",
                               width: context.console.width)
        context.write(lines.joined(separator: "\n"))
    }

    /// n[0]...n[L], when the data gives n[0].
    static func layerSizes(_ network: Network) -> [Int]? {
        guard let n0 = network.inputSize else { return nil }
        return [n0] + network.architecture.layers.map(\.units)
    }

    static let explain = networkCommand(
        "explain", usage: "explain NAME",
        summary: "a quantity's formula, the shapes that make its shape, and where it is used next (W1, dZ[2], cache[1], J)",
        example: "explain dW2", argumentWords: ["J", "cache"], adoptsEdits: false, looksOnly: true
    ) { context, network throws(Diagnostic) in
        let name = context.argumentText.filter { !$0.isWhitespace }
        guard !name.isEmpty else {
            throw Diagnostic(message: "explain needs a name", span: context.span, hint: "for example: explain dW2, explain cache[1], explain J")
        }
        context.write(try explanation(of: name, network: network, context: context))
    }

    static func explanation(of name: String, network: Network, context: CommandContext) throws(Diagnostic) -> String {
        let L = network.depth
        if name == "J" || name == "cost" {
            let width = context.console.width
            return (TextWrap.besideOrBelow("J = -(1/m) Σ [Y log(A\(max(L, 1))) + (1 - Y) log(1 - A\(max(L, 1)))]", "the cross-entropy cost, a number", width: width) + [
                    "computed in: cost, after forward layer \(max(L, 1))",
                    "used next: its derivative starts backward: dA\(max(L, 1)) = -(Y / A\(max(L, 1)) - (1 - Y) / (1 - A\(max(L, 1))))"]).joined(separator: "\n")
        }
        if name == "X" || name == "Y" || name == "m" {
            let text = ["X": "X = A0, the input: one column per example, (n[0], m)",
                        "Y": "Y, the labels: (1, m), one 0 or 1 per example; used by the cost and dZ\(max(L, 1)) = A\(max(L, 1)) - Y",
                        "m": "m, the number of examples: X's columns; dW and db average over it (the 1/m)"][name]!
            return text + (network.data.map { "\nnow: X \($0.X.shape), Y \($0.Y.shape), m = \($0.exampleCount)" } ?? "")
        }
        if name.hasPrefix("cache[") || name.hasPrefix("cache") {
            let digits = name.filter(\.isNumber)
            guard let l = Int(digits), l >= 1 else {
                throw Diagnostic(message: "which cache? cache[l] for a layer l", span: context.argumentSpan(0), hint: "for example: explain cache[1]")
            }
            return (TextWrap.besideOrBelow("cache[\(l)] = (A\(l - 1), W\(l), b\(l), Z\(l))", "what forward layer \(l) keeps for backward layer \(l)",
                                           width: context.console.width) + [
                    "A\(l - 1) makes dW\(l) = (1/m) dZ\(l) · A\(l - 1).T; W\(l) makes dA\(l - 1) = W\(l).T · dZ\(l); Z\(l) makes g'(Z\(l)) in dZ\(l)"]).joined(separator: "\n")
        }
        guard let quantity = Quantity(name: name) else {
            let known = Quantity.Kind.allCases.map { "\($0.rawValue)1" } + ["cache[1]", "J", "X", "Y", "m"]
            throw Diagnostic(message: "'\(name)' is not a quantity of the notes", span: context.argumentSpan(0),
                             hint: "explain takes names such as " + known.joined(separator: ", "))
        }
        guard L > 0 else {
            throw Diagnostic(message: "the network has no layers yet", span: context.span, hint: "layer 4 tanh, then layer 1 sigmoid")
        }
        guard quantity.layer <= L, quantity.layer >= 0 else {
            throw Diagnostic(message: "\(quantity.bracketName): the network has layers 1 to \(L)", span: context.argumentSpan(0))
        }
        let activation = quantity.layer >= 1 ? network.architecture.activation(quantity.layer) : nil
        var lines = ["\(quantity.formula(depth: L, activation: activation))", "  \(quantity.meaning)"]
        let units = layerSizes(network)
        let m = network.data?.exampleCount
        var shapeLine = "shape: \(quantity.shapeRule)"
        if let units, let m, let shape = quantity.shape(units: units, examples: m) {
            shapeLine += " = \(shape)"
            let operands = quantity.operands(depth: L).compactMap { operand -> String? in
                guard let s = operand.shape(units: units, examples: m) else { return nil }
                return "\(operand.name) \(s.compact)"
            }
            if !operands.isEmpty { shapeLine += ", from " + operands.joined(separator: ", ") }
        }
        if let twin = quantity.sameShapeAs { shapeLine += "; the shape of \(twin.name)" }
        lines.append(shapeLine)
        lines.append("computed in: \(quantity.computedIn(depth: L))")
        lines.append("used next: \(quantity.usedIn(depth: L))")
        return lines.joined(separator: "\n")
    }

    static let show = networkCommand(
        "show", usage: "show cache L [full] | show layer L [full]",
        summary: "prints a cache (A_prev, W, b, Z), or a layer's quantities each beside its gradient; summarised to a screenful unless full",
        example: "show cache 1", argumentWords: ["cache", "layer", "full"], adoptsEdits: false, looksOnly: true
    ) { context, network throws(Diagnostic) in
        let words = context.words
        guard words.count == 2 || (words.count == 3 && words[2] == "full"), words[0] == "cache" || words[0] == "layer" else {
            throw Diagnostic(message: "show takes 'cache L' or 'layer L', and optionally 'full'", span: context.span,
                             hint: "for example: show cache 1, show layer 2, show cache 1 full")
        }
        let l = try context.wholeNumber(words[1], at: 1, what: "a layer number")
        guard l <= network.depth else {
            throw Diagnostic(message: "there is no layer \(l): the network has \(network.depth) layer\(network.depth == 1 ? "" : "s")", span: context.argumentSpan(1))
        }
        let full = words.count == 3
        var options = context.environment.printOptions
        if full {
            options.threshold = Int.max
            options.summarisesToFit = false
        }
        let width = context.console.width
        let rows = context.console.outputRows
        // Whether a block left numbers out that numpy's own print would show.
        func summarises(_ matrix: Matrix, lines: Int, width: Int) -> Bool {
            !full && ValueFormatter.fitted(matrix, options: options, lines: lines, width: width).contains("...")
                && !matrix.formatted(options).contains("...")
        }
        func block(_ name: String, _ matrix: Matrix, lines: Int, width: Int) -> [String] {
            let text = full ? matrix.formatted(options) : ValueFormatter.fitted(matrix, options: options, lines: lines, width: width)
            return ["\(name) \(matrix.shape)"] + text.split(separator: "\n").map(String.init)
        }
        if words[0] == "cache" {
            guard l <= network.caches.count else {
                throw Diagnostic(message: "cache[\(l)] is empty: forward layer \(l) has not run in this iteration",
                                 span: context.span, hint: "next is \(network.position.description)")
            }
            let cache = network.caches[l - 1]
            // Four matrices, each with its name: what is left of the screen, shared.
            let each = max((rows - 1 - 4) / 4, 3)
            var lines = ["cache[\(l)] = (A\(l - 1), W\(l), b\(l), Z\(l))"]
            let blocks = [("A\(l - 1)", cache.APrevious), ("W\(l)", cache.W), ("b\(l)", cache.b), ("Z\(l)", cache.Z)]
            for (name, matrix) in blocks {
                lines += block(name, matrix, lines: each, width: width)
            }
            if blocks.contains(where: { summarises($0.1, lines: each, width: width) }) { lines.append("(... summarised to fit the screen: show cache \(l) full prints every number)") }
            context.write(lines.joined(separator: "\n"))
            return
        }
        let units = network.architecture.layers[l - 1].units
        var lines = ["layer \(l): \(units) unit\(units == 1 ? "" : "s"), \(network.architecture.activation(l).name); each quantity beside its gradient"]
        let variables = context.environment
        // Each of the four pairs (W and dW, b and db, Z and dZ, A and dA) gets a share of the screen.
        let each = max((rows - 1 - 4) / 4, 3)
        let columnWidth = (width - 3) / 2
        func side(_ name: String, width: Int) -> [String] {
            if let matrix = variables[name]?.asTwoDimensional { return block(name, matrix, lines: each, width: width) }
            guard let quantity = Quantity(name: name) else { return [] }
            return ["\(name): not computed yet"] + TextWrap.wrap("(\(quantity.computedIn(depth: network.depth)))", width: width, indent: "  ")
        }
        for kind in ["W", "b", "Z", "A"] {
            let left = side("\(kind)\(l)", width: columnWidth), right = side("d\(kind)\(l)", width: columnWidth)
            let fitsBeside = !full && (left + right).allSatisfy { TextWrap.visibleWidth($0) <= columnWidth }
            if fitsBeside {
                for index in 0..<max(left.count, right.count) {
                    let leftText = index < left.count ? left[index] : ""
                    let rightText = index < right.count ? right[index] : ""
                    let padded = leftText + String(repeating: " ", count: columnWidth - TextWrap.visibleWidth(leftText))
                    lines.append((padded + "   " + rightText).trimmingTrailingSpaces)
                }
            } else {
                lines += side("\(kind)\(l)", width: width) + side("d\(kind)\(l)", width: width)
            }
        }
        let summarised = ["W", "b", "Z", "A"].flatMap { ["\($0)\(l)", "d\($0)\(l)"] }.contains { name in
            if let matrix = variables[name]?.asTwoDimensional { return summarises(matrix, lines: each, width: columnWidth) }
            return false
        }
        if summarised { lines.append("(... summarised to fit the screen: show layer \(l) full prints every number)") }
        context.write(lines.joined(separator: "\n"))
    }
}
