import NeuralNetwork

/// The network stepper's commands: defining the network and its data, stepping one layer at a
/// time, inspecting, training and plotting. Each runs on a copy of the session, like every
/// statement, so a refused step changes nothing.
public enum StepperCommands {
    public static let all: [Command] = definition + stepping + inspection + training + plotting

    /// A command that works on the network: the learner's edits to X, Y, W and b are taken in
    /// first (when `adoptsEdits`), and the network's quantities are variables again afterwards.
    /// A command that `looksOnly` writes back only what changed in the network, so it never undoes
    /// a learner's `clear W1` or an edit not yet taken in; the others write every quantity they
    /// define (`data planar` again brings X back, even with the same values).
    static func networkCommand(
        _ name: String, aliases: [String] = [], usage: String, summary: String, example: String, argumentWords: [String] = [],
        adoptsEdits: Bool = true, looksOnly: Bool = false,
        body: @escaping @Sendable (inout CommandContext, inout Network) throws(Diagnostic) -> Void
    ) -> Command {
        Command(name, aliases: aliases, usage: usage, summary: summary, example: example, argumentWords: argumentWords) { context throws(Diagnostic) in
            if adoptsEdits {
                var environment = context.environment
                try guarded(context) { () throws(StepError) in try environment.adoptNetworkEdits() }
                context.environment = environment
            }
            var network = context.environment.network
            try body(&context, &network)
            context.environment.network = network
            context.environment.publishNetwork(onlyChanges: looksOnly)
        }
    }

    /// Runs a network operation, turning a guard rail into a diagnostic at the command.
    static func guarded<T>(_ context: CommandContext, _ operation: () throws(StepError) -> T) throws(Diagnostic) -> T {
        do {
            return try operation()
        } catch {
            throw Diagnostic(message: error.message, span: context.span, hint: error.hint)
        }
    }
}

extension CommandContext {
    /// The argument words after `keyword` as a number (`lr 1.2`, `seed 2`), or nil if absent.
    func option(_ keyword: String, in words: [String]) throws(Diagnostic) -> Double? {
        guard let index = words.firstIndex(of: keyword) else { return nil }
        guard index + 1 < words.count, let value = Double(words[index + 1]) else {
            throw Diagnostic(message: "'\(keyword)' needs a number after it", span: argumentSpan(index), hint: "for example: \(keyword) 2")
        }
        return value
    }

    /// Fails at the first word from `from` on that is neither one of `keywords` nor the value
    /// right after one (`train 10 every 2 lr 1.2` is fine, `train 10 fast` and `lr 2 ** 10` are not).
    func rejectStrayWords(keywords: Set<String>, from start: Int = 0, usage: String) throws(Diagnostic) {
        let words = self.words
        var index = start
        while index < words.count {
            guard keywords.contains(words[index]) else {
                throw Diagnostic(message: "unexpected '\(words[index])'", span: argumentSpan(index), hint: usage)
            }
            index += 2
        }
    }

    /// The source span of argument word `index` (or of the command when it is missing).
    func argumentSpan(_ index: Int) -> SourceSpan {
        let tokens = wordTokens
        return index < tokens.count ? tokens[index].span : span
    }

    /// An argument that must be a whole number, such as a layer number or an iteration count.
    func wholeNumber(_ word: String, at index: Int, what: String, minimum: Int = 1) throws(Diagnostic) -> Int {
        guard let value = Int(word), value >= minimum else {
            throw Diagnostic(message: "\(what) must be a whole number\(minimum == 1 ? " from 1" : minimum == 0 ? " from 0" : ""), not '\(word)'",
                             span: argumentSpan(index))
        }
        return value
    }

    mutating func write(_ report: StepReport) {
        write(StepReportFormatter.format(report, width: console.width))
    }
}
