import MatrixEngine
import NeuralNetwork

/// `layer`, `network`, `init`: declaring the architecture and drawing the parameters.
extension StepperCommands {
    static let definition: [Command] = [data, layer, network, initialize]

    static let layer = networkCommand(
        "layer", usage: "layer UNITS ACTIVATION | layer L = UNITS ACTIVATION | layer remove L",
        summary: "adds a layer (or changes or removes layer L); activations: \(Activation.spellings)",
        example: "layer 4 tanh", argumentWords: Activation.allCases.map(\.name) + ["remove"], adoptsEdits: false
    ) { context, network throws(Diagnostic) in
        let words = context.words
        var layers = network.architecture.layers
        var notes: [String] = []
        guard let first = words.first else {
            throw Diagnostic(message: "layer needs a size and an activation", span: context.span,
                             hint: "for example: layer 4 tanh (or network to see the layers)")
        }
        if first == "remove" {
            guard words.count == 2 else {
                throw Diagnostic(message: "layer remove takes one layer number", span: context.span, hint: "for example: layer remove 2")
            }
            let l = try context.wholeNumber(words[1], at: 1, what: "a layer number")
            guard l <= layers.count else {
                throw Diagnostic(message: "there is no layer \(l): the network has \(layers.count) layer\(layers.count == 1 ? "" : "s")", span: context.argumentSpan(1))
            }
            layers.remove(at: l - 1)
        } else if words.count >= 2 && words[1] == "=" {
            let l = try context.wholeNumber(first, at: 0, what: "a layer number")
            guard l <= layers.count + 1 else {
                throw Diagnostic(message: "there is no layer \(l): the network has \(layers.count) layer\(layers.count == 1 ? "" : "s")",
                                 span: context.argumentSpan(0), hint: "layer UNITS ACTIVATION adds a layer at the end")
            }
            let newLayer = try parseLayer(Array(words.dropFirst(2)), offset: 2, context: context)
            if l == layers.count + 1 { layers.append(newLayer) } else { layers[l - 1] = newLayer }
        } else {
            let newLayer = try parseLayer(words, offset: 0, context: context)
            if let output = layers.last, output.activation == .sigmoid {
                // The network already ended in an output layer: adding after it is usually a
                // walk-through typed twice, or a new network begun on top of the old one.
                let l = layers.count
                notes.append("note: layer \(l) (\(output.units) sigmoid unit\(output.units == 1 ? "" : "s")) was the output layer; "
                             + "this layer comes after it, as layer \(l + 1)")
                notes.append("  to start a new network: network clear, then its layers; to undo: layer remove \(l + 1)")
            }
            layers.append(newLayer)
        }
        let hadParameters = network.isInitialized
        network.setArchitecture(Architecture(layers))
        for note in notes { context.write(note) }
        context.write(describe(network))
        if hadParameters { context.write("the parameters were for the old layers and are gone: init again") }
    }

    private static func parseLayer(_ words: [String], offset: Int, context: CommandContext) throws(Diagnostic) -> Layer {
        guard let unitsWord = words.first else {
            throw Diagnostic(message: "a layer needs a number of units and an activation", span: context.span, hint: "for example: layer 4 tanh")
        }
        let units = try context.wholeNumber(unitsWord, at: offset, what: "the number of units")
        guard units <= 100_000 else {
            throw Diagnostic(message: "\(units) units is more than Backprop allows in one layer (100000)", span: context.argumentSpan(offset))
        }
        let activationText = words.dropFirst().joined(separator: " ")
        guard !activationText.isEmpty else {
            throw Diagnostic(message: "layer \(units) needs an activation", span: context.span, hint: "one of \(Activation.spellings)")
        }
        guard let activation = Activation(name: activationText) else {
            let spellings = Activation.allCases.map(\.name) + ["identity"]
            throw Diagnostic(message: "unknown activation '\(activationText)'", span: context.argumentSpan(offset + 1),
                             hint: Spelling.closest(to: activationText, among: spellings).map { "did you mean '\($0)'? " } ?? "one of \(Activation.spellings)")
        }
        return Layer(units: units, activation: activation)
    }

    static let network = networkCommand(
        "network", aliases: ["layers"], usage: "network [clear]",
        summary: "shows the layers, their parameter shapes and where the iteration stands; network clear removes every layer",
        example: "network", argumentWords: ["clear"], adoptsEdits: false, looksOnly: true
    ) { context, network throws(Diagnostic) in
        switch context.words.first {
        case nil:
            context.write(describe(network, drawn: true, width: context.console.width))
        case "clear"?:
            network.setArchitecture(Architecture())
            context.write("the network has no layers now")
        case let word?:
            throw Diagnostic(message: "network takes no argument but 'clear', not '\(word)'", span: context.argumentSpan(0))
        }
    }

    /// The architecture in the notes' terms, with each layer's parameter shapes; `drawn` adds the
    /// notes' picture of it, with the cursor's layer marked.
    static func describe(_ network: Network, drawn: Bool = false, width: Int = Console.defaultWidth) -> String {
        guard network.depth > 0 else {
            return "no layers yet: layer 4 tanh adds a hidden layer of 4 tanh units"
        }
        let n0 = network.inputSize
        var lines = ["layer_dims \(network.architecture.dimensionsText(inputSize: n0))" + (n0 == nil ? "   (n[0] comes from the data: data planar)" : "   (n[0] = \(n0!) from X)")]
        if drawn { lines += drawing(network, width: width) }
        var rows: [[String]] = []
        for l in 1...network.depth {
            let layer = network.architecture.layers[l - 1]
            let previous = n0 == nil && l == 1 ? "n0" : String(network.units(l - 1) ?? 0)
            rows.append(["  layer \(l)", "\(layer.units) unit\(layer.units == 1 ? "" : "s")", layer.activation.name,
                         "W\(l) (\(layer.units), \(previous))", "b\(l) (\(layer.units), 1)"])
        }
        lines.append(TextTable.render(rows))
        if let scheme = network.initialization {
            lines.append("parameters: \(scheme.description)\(network.seed.map { ", seed \($0)" } ?? ""); \(network.iteration) update\(network.iteration == 1 ? "" : "s") since; next: \(network.position.description)")
        } else {
            lines.append("parameters: not initialised (init random)")
        }
        return lines.joined(separator: "\n")
    }

    /// The network as the notes draw it, the layer the cursor is at marked (once initialised).
    static func drawing(_ network: Network, width: Int) -> [String] {
        let layers = network.architecture.layers
        var mark: NetworkDrawing.Mark?
        if network.isInitialized {
            switch network.position {
            case let .forward(l): mark = .init(layer: l, text: "next: forward layer \(l)")
            case .cost: mark = .init(layer: network.depth, text: "next: cost")
            case let .backward(l): mark = .init(layer: l, text: "next: backward layer \(l)")
            case .update: mark = .init(layer: network.depth, text: "next: update (every layer)")
            }
        }
        return NetworkDrawing.draw(units: [network.inputSize] + layers.map(\.units), activations: layers.map(\.activation), mark: mark, width: width)
    }

    static let initialize = networkCommand(
        "init", usage: "init zeros | random [SCALE] | he | xavier  [seed N]",
        summary: "draws W1, b1, W2, b2, ... in the course's order (b starts at zeros); seed N first calls np.random.seed(N)",
        example: "init random 0.01 seed 2", argumentWords: ["zeros", "random", "he", "xavier", "seed"], adoptsEdits: false
    ) { context, network throws(Diagnostic) in
        let words = context.words
        let seed = try context.option("seed", in: words)
        let schemeWords = words.prefix { $0 != "seed" }
        // What follows the scheme (and random's scale) must be `seed N`.
        let schemeLength = schemeWords.first == "random" || schemeWords.first == "randn" ? min(2, schemeWords.count) : min(1, schemeWords.count)
        try context.rejectStrayWords(keywords: ["seed"], from: schemeLength, usage: "init zeros | random [SCALE] | he | xavier  [seed N]")
        let scheme: Initialization
        switch schemeWords.first ?? "random" {
        case "zeros", "zero":
            scheme = .zeros
        case "random", "randn":
            var scale = 0.01
            if schemeWords.count > 1 {
                guard let value = Double(schemeWords[1]) else {
                    throw Diagnostic(message: "the scale of init random must be a number, not '\(schemeWords[1])'", span: context.argumentSpan(1),
                                     hint: "for example: init random 0.01 (the course's randn × 0.01)")
                }
                scale = value
            }
            scheme = .random(scale: scale)
        case "he": scheme = .he
        case "xavier", "glorot": scheme = .xavier
        case let word:
            throw Diagnostic(message: "unknown initialisation '\(word)'", span: context.argumentSpan(0),
                             hint: Spelling.closest(to: word, among: ["zeros", "random", "he", "xavier"]).map { "did you mean '\($0)'?" }
                                ?? "one of zeros, random [SCALE], he, xavier")
        }
        var seedValue: Int?
        if let seed {
            guard seed.rounded() == seed, seed >= 0, seed < 4_294_967_296 else {
                throw Diagnostic(message: "a seed must be a whole number from 0 to 2**32 - 1", span: context.argumentSpan((words.firstIndex(of: "seed") ?? 0) + 1))
            }
            seedValue = Int(seed)
            try? context.environment.random.seed(Int(seed))
        }
        var random = context.environment.random
        try guarded(context) { () throws(StepError) in try network.initialize(scheme, seed: seedValue, random: &random) }
        context.environment.random = random
        var lines = ["initialised \(scheme.description)\(seedValue.map { " after np.random.seed(\($0))" } ?? ""):"]
        for l in 1...network.depth {
            let p = network.parameters[l - 1]
            lines.append("  W\(l) \(p.W.shape)  b\(l) \(p.b.shape)")
        }
        lines.append("next: forward layer 1")
        context.write(lines.joined(separator: "\n"))
    }
}
