import Foundation
import MatrixEngine

/// What one case of a check found.
struct CaseOutcome {
    var checkCase: CheckCase
    var result: Result = .passed
    /// The parameters whose values the learner's function changed in place.
    var changedArguments: [String] = []
    /// The planted mistake that raises the same error, when the function raised.
    var errorDiagnosis: MistakeDiagnosis?
    /// What the learner's function printed on this case.
    var printedLines: [String] = []

    enum Result {
        case passed
        case wrong(ValueDifference, MistakeDiagnosis?)
        case raised(Diagnostic, timedOut: Bool)
        /// The case itself could not be made or the reference failed on it: a bug of Backprop's, said as such.
        case caseFailed(Diagnostic)
    }

    var passed: Bool { if case .passed = result { true } else { false } }
}

/// A check's outcomes, written as the command's output: one line per case that passes, and
/// for the first failure the wrong output by name, both shapes, the first differing element
/// and the likely mistake.
struct CheckReport {
    let entry: CheckedFunction
    var timeLimit: Duration = .seconds(5)
    var outcomes: [CaseOutcome] = []
    var stoppedByInterrupt = false
    /// The cases left out after one ran past the time limit.
    var notRunAfterTimeout = 0
    /// Which week's function it was checked as, when the signature left more than one (see `CheckCommands.bestReport`).
    var choice: String?

    var passedCount: Int { outcomes.filter(\.passed).count }
    var allPassed: Bool { !outcomes.isEmpty && passedCount == outcomes.count && !stoppedByInterrupt && notRunAfterTimeout == 0 }

    /// `5 s`, `100 ms`.
    var timeLimitText: String {
        let (seconds, attoseconds) = timeLimit.components
        return attoseconds == 0 ? "\(seconds) s" : "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
    }

    func outputs() -> [Output] {
        var outputs: [Output] = [.text("check \(entry.name) (\(entry.week.title)):")]
        if let choice { outputs.append(.text("  (\(choice))")) }
        // The first wrong answer and the first error are each explained in full; later ones get a line.
        var explainedWrongValue = false, explainedError = false
        for outcome in outcomes {
            let title = outcome.checkCase.title
            switch outcome.result {
            case .passed:
                outputs.append(.text("  pass  \(title)"))
            case let .wrong(difference, diagnosis):
                outputs.append(.text("  FAIL  \(title): " + summary(of: difference)))
                if !explainedWrongValue {
                    explainedWrongValue = true
                    outputs.append(.text((details(of: difference, diagnosis: diagnosis) + printedNote(outcome)).map { "        " + $0 }.joined(separator: "\n")))
                }
            case let .raised(error, timedOut):
                if timedOut {
                    outputs.append(.text("  FAIL  \(title): still running after \(timeLimitText), stopped (an endless loop?)"))
                } else if error.message.hasPrefix("KeyboardInterrupt") {
                    outputs.append(.text("  stop  \(title): Ctrl-C"))
                } else {
                    outputs.append(.text("  FAIL  \(title): your \(entry.name) raised an error"))
                    if !explainedError {
                        explainedError = true
                        outputs.append(.diagnostic(error))
                        if !outcome.printedLines.isEmpty { outputs.append(.text(printedNote(outcome).map { "        " + $0 }.joined(separator: "\n"))) }
                        if let diagnosis = outcome.errorDiagnosis {
                            outputs.append(.text(diagnosisLines(diagnosis).map { "        " + $0 }.joined(separator: "\n")))
                        } else if let hint = builtinHelperHint(error) {
                            outputs.append(.text("        " + hint))
                        }
                    }
                }
            case let .caseFailed(error):
                outputs.append(.text("  ?     \(title): Backprop could not run this case (\(error.message)); this is Backprop's bug, not yours"))
            }
        }
        for name in Set(outcomes.flatMap(\.changedArguments)).sorted() {
            outputs.append(.text(entry.mayChangeArguments
                ? "  note  your \(entry.name) changes the \(name) it is given, in place: the course's earlier version did too; its newer one copies first (copy.deepcopy(\(name)))"
                : "  note  your \(entry.name) changes its argument \(name) in place: the caller's \(name) changes too (copy it first if that is not meant)"))
        }
        if notRunAfterTimeout > 0 {
            outputs.append(.text("  the other \(notRunAfterTimeout) case\(notRunAfterTimeout == 1 ? " was" : "s were") not run: each would wait out the time limit too"))
        }
        if stoppedByInterrupt {
            outputs.append(.text("\(entry.name): stopped by Ctrl-C after \(outcomes.count - 1) cases (\(passedCount) passed)"))
        } else if allPassed {
            outputs.append(.text("\(entry.name) is right on all \(outcomes.count) cases."))
        } else {
            outputs.append(.text("\(entry.name): \(passedCount) of \(outcomes.count + notRunAfterTimeout) cases pass."))
        }
        return outputs
    }

    func summary(of difference: ValueDifference) -> String {
        let name = entry.outputName(difference.path)
        switch difference.kind {
        case .type: return "\(name) has the wrong type"
        case .count: return "\(name) has the wrong number of items"
        case let .missingKey(key): return "\(name) has no \"\(key)\""
        case let .extraKey(key): return "\(name) has a \"\(key)\" the course does not make"
        case .shape: return "\(name) has the wrong shape"
        case .element, .value: return "\(name) has wrong values"
        }
    }

    func details(of difference: ValueDifference, diagnosis: MistakeDiagnosis?) -> [String] {
        var lines: [String] = []
        switch difference.kind {
        case .type:
            lines.append("expected \(describe(difference.expected)), yours is \(describe(difference.actual))")
            if difference.path.isEmpty, entry.outputs.count > 1 {
                lines.append("the course's \(entry.name) returns \(entry.outputs.joined(separator: ", ")): return them as a tuple")
            } else if difference.path.isEmpty, entry.outputs.count == 1, case .tuple = difference.actual {
                // Week 4's dnn_utils sigmoid returns (A, cache); week 2's graded one returns s.
                lines.append("the course's \(entry.name) in \(entry.week.name) returns \(entry.outputs[0]) alone, not a tuple")
            }
        case let .count(expected, actual):
            lines.append("expected \(expected) items, yours has \(actual)")
            if difference.path.isEmpty, entry.outputs.count == expected {
                lines.append("the course's \(entry.name) returns \(entry.outputs.joined(separator: ", "))")
            }
        case let .missingKey(key):
            lines.append("expected the keys \(keys(difference.expected)); yours has \(keys(difference.actual)): \"\(key)\" is missing")
        case let .extraKey(key):
            lines.append("expected the keys \(keys(difference.expected)); yours has \(keys(difference.actual)): \"\(key)\" is extra")
        case .shape:
            lines.append("expected shape \(shape(difference.expected)), yours is \(shape(difference.actual))")
        case let .element(index):
            if let expected = ValueDifference.numericArray(difference.expected), let actual = ValueDifference.numericArray(difference.actual) {
                let position = expected.rank == 2 ? "[\(index / expected.shape[1]), \(index % expected.shape[1])]" : "[\(index)]"
                lines.append("the shape \(expected.shapeDescription) is right; the first wrong element is \(entry.writtenName(difference.path))\(position): expected \(number(expected.elements[index])), yours \(number(actual.elements[index]))")
            }
        case .value:
            lines.append("expected \(describe(difference.expected)), yours is \(describe(difference.actual))")
        }
        if let diagnosis { lines += diagnosisLines(diagnosis) }
        return lines
    }

    /// The learner's own prints on the case explained, which would otherwise vanish with the scratch session.
    private func printedNote(_ outcome: CaseOutcome) -> [String] {
        let lines = outcome.printedLines
        guard !lines.isEmpty else { return [] }
        let shown = lines.prefix(3).map { "  " + String($0.prefix(120)) }
        return ["your \(entry.name) printed \(lines.count) line\(lines.count == 1 ? "" : "s") on this case\(lines.count > 3 ? ", the first 3:" : ":")"] + shown
    }

    private func diagnosisLines(_ diagnosis: MistakeDiagnosis) -> [String] {
        ["most likely: " + (diagnosis.kind.map { "\($0.title): " } ?? "") + diagnosis.explanation] + (diagnosis.kind.map { ["hint: " + $0.hint] } ?? [])
    }

    private func describe(_ value: Value) -> String {
        switch value {
        case let .array(a): return a.rank == 0 ? "the number \(number(a.elements[0]))" : "an array of shape \(a.shapeDescription)"
        case let .tuple(items): return "a tuple of \(items.count)"
        case let .list(list): return "a list of \(list.items.count)"
        case let .dictionary(d): return "a dict of \(d.count)"
        case .integer, .float: return "the number \(number(value.scalar ?? .nan))"
        case .none: return "None (did the function return?)"
        default: return "a \(value.typeName)"
        }
    }

    private func shape(_ value: Value) -> String {
        ValueDifference.numericArray(value)?.shapeDescription ?? value.typeName
    }

    private func keys(_ value: Value) -> String {
        guard case let .dictionary(d) = value else { return "none" }
        return d.keys.map { if case let .string(s) = $0 { "\"\(s)\"" } else { "?" } }.joined(separator: ", ")
    }

    /// Eight significant digits, as numpy prints by default, so the two numbers line up.
    private func number(_ x: Double) -> String {
        x.isFinite && x != x.rounded() ? String(format: "%.8g", x) : Matrix.formatScalar(x)
    }

    /// The course's helpers return (A, cache) where Backprop's built-in sigmoid and relu return A.
    private func builtinHelperHint(_ error: Diagnostic) -> String? {
        guard error.message.contains("unpack") || error.message.contains("not enough values") else { return nil }
        return "hint: Backprop's built-in sigmoid(Z) and relu(Z) return A alone; the course's dnn_utils ones return (A, cache). "
            + "Define them as the course does (def sigmoid(Z): return 1 / (1 + np.exp(-Z)), Z) before checking."
    }
}
