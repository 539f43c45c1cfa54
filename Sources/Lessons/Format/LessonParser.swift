import BackpropLanguage
import MatrixEngine

/// Reads a lesson file: Markdown narration, `---` pauses, and fenced blocks for REPL input
/// (```repl), questions (```question) and checkpoints (```check). Every mistake is reported
/// with its line, so a teacher can fix a lesson without reading Swift.
public enum LessonParser {
    public static let blockKinds = ["repl", "question", "check"]
    public static let questionKeys = ["ask", "expect", "shape", "number", "define", "option", "correct", "hint", "solution", "explain"]
    /// Commands a lesson may not run: they would leave the lesson or start another one.
    public static let forbiddenCommands: Set<String> = ["quit", "exit", "lesson", "lessons", "drill"]

    /// `name` is the lesson's short name; `file` is how messages refer to the file.
    public static func parse(_ text: String, name: String, file: String) throws(LessonFormatError) -> Lesson {
        // "\r\n" is one Character in Swift, so a Windows-edited lesson needs it named as a separator.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { String($0.hasSuffix("\r") ? $0.dropLast() : $0[...]) }
        if lines.last == "" { lines.removeLast() }
        var title: String?
        var items: [LessonItem] = []
        var narration: [String] = []
        var narrationLine = 0
        var index = 0

        func flushNarration() {
            let text = trimmedBlankLines(narration)
            if !text.isEmpty { items.append(LessonItem(kind: .narration(text), line: narrationLine)) }
            narration = []
        }

        while index < lines.count {
            let line = lines[index]
            let lineNumber = index + 1
            let trimmed = line.trimmingBlanks
            if title == nil {
                if trimmed.isEmpty { index += 1; continue }
                guard trimmed.hasPrefix("# ") else {
                    throw LessonFormatError(file: file, line: lineNumber, "a lesson starts with its title, a line like '# Logistic regression'")
                }
                title = String(trimmed.dropFirst(2)).trimmingBlanks
                index += 1
                continue
            }
            if trimmed.hasPrefix("```") {
                flushNarration()
                let kind = String(trimmed.dropFirst(3)).trimmingBlanks
                guard blockKinds.contains(kind) else {
                    let suggestion = Spelling.closest(to: kind, among: blockKinds).map { " (did you mean '\($0)'?)" } ?? ""
                    throw LessonFormatError(file: file, line: lineNumber,
                                            kind.isEmpty ? "a block needs a kind: ```repl, ```question or ```check"
                                                         : "unknown block '\(kind)'\(suggestion); blocks are repl, question and check")
                }
                var body: [(Int, String)] = []
                var closed = false
                index += 1
                while index < lines.count {
                    if lines[index].trimmingBlanks == "```" { closed = true; break }
                    body.append((index + 1, lines[index]))
                    index += 1
                }
                guard closed else {
                    throw LessonFormatError(file: file, line: lineNumber, "the ```\(kind) block is never closed: end it with a line of ```")
                }
                index += 1
                switch kind {
                case "repl": items.append(LessonItem(kind: .commands(try commands(body, file: file, blockLine: lineNumber)), line: lineNumber))
                case "question": items.append(LessonItem(kind: .question(try question(body, file: file, blockLine: lineNumber)), line: lineNumber))
                default: items.append(LessonItem(kind: .checkpoint(try checkpoints(body, file: file, blockLine: lineNumber)), line: lineNumber))
                }
                continue
            }
            if trimmed == "---" {
                flushNarration()
                items.append(LessonItem(kind: .pause, line: lineNumber))
                index += 1
                continue
            }
            if narration.isEmpty { narrationLine = lineNumber }
            narration.append(line)
            index += 1
        }
        flushNarration()
        guard let title else { throw LessonFormatError(file: file, line: 1, "the lesson is empty: it needs at least a '# Title' line") }
        let summary = items.lazy.compactMap { item -> String? in
            if case let .narration(text) = item.kind { return text.split(separator: "\n\n", maxSplits: 1).first.map(String.init) }
            return nil
        }.first ?? ""
        return Lesson(name: name, title: title, summary: summary.split(separator: "\n").joined(separator: " "), items: items, file: file)
    }

    // MARK: Blocks

    private static func commands(_ body: [(Int, String)], file: String, blockLine: Int) throws(LessonFormatError) -> [ReplLine] {
        let session = Session()
        // Commands of the front end (drill, lesson) are not in a plain session: they must parse as
        // commands all the same, to be refused here rather than fail as unknown names when played.
        let isCommand = { (name: String) in session.commands.lookUp(name) != nil || forbiddenCommands.contains(name) }
        var result: [ReplLine] = []
        for (lineNumber, line) in body {
            var text = line.trimmingBlanks
            if text.isEmpty { continue }
            let expectsError = removeErrorMarker(&text)
            let statements: [Statement]
            do {
                statements = try Parser.parse(text, isCommand: isCommand)
            } catch {
                throw LessonFormatError(file: file, line: lineNumber, "this REPL line does not parse: \(error.message)")
            }
            for statement in statements {
                if case let .command(name, _, _) = statement.kind,
                   forbiddenCommands.contains(session.commands.lookUp(name)?.name ?? name) {
                    throw LessonFormatError(file: file, line: lineNumber, "a lesson cannot run '\(name)': it only drives the REPL")
                }
            }
            result.append(ReplLine(text, line: lineNumber, expectsError: expectsError))
        }
        guard !result.isEmpty else { throw LessonFormatError(file: file, line: blockLine, "the ```repl block is empty") }
        return result
    }

    /// Removes a trailing `# error` comment (outside quotes); true if there was one.
    static func removeErrorMarker(_ text: inout String) -> Bool {
        let marker = "# error"
        guard text.hasSuffix(marker) else { return false }
        let before = text.dropLast(marker.count)
        guard before.filter({ $0 == "'" }).count % 2 == 0, before.filter({ $0 == "\"" }).count % 2 == 0 else { return false }
        text = String(before).trimmingBlanks
        return !text.isEmpty
    }

    private static func question(_ body: [(Int, String)], file: String, blockLine: Int) throws(LessonFormatError) -> Question {
        var fields: [(key: String, value: String, line: Int)] = []
        for (lineNumber, line) in body {
            if line.trimmingBlanks.isEmpty { continue }
            if line.first == " " || line.first == "\t", !fields.isEmpty {
                fields[fields.count - 1].value += "\n" + line.trimmingBlanks  // a continuation line
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw LessonFormatError(file: file, line: lineNumber, "expected 'key: value' in a question (keys: \(questionKeys.joined(separator: ", ")))")
            }
            let key = String(line[..<colon]).trimmingBlanks
            guard questionKeys.contains(key) else {
                let suggestion = Spelling.closest(to: key, among: questionKeys).map { " (did you mean '\($0)'?)" } ?? ""
                throw LessonFormatError(file: file, line: lineNumber, "unknown question key '\(key)'\(suggestion)")
            }
            fields.append((key, String(line[line.index(after: colon)...]).trimmingBlanks, lineNumber))
        }
        func values(_ key: String) -> [(value: String, line: Int)] { fields.filter { $0.key == key }.map { ($0.value, $0.line) } }
        guard let prompt = values("ask").first?.value, !prompt.isEmpty else {
            throw LessonFormatError(file: file, line: blockLine, "a question needs 'ask: …', the question itself")
        }
        let kinds = ["expect", "shape", "number", "define"].filter { !values($0).isEmpty } + (values("option").isEmpty && values("correct").isEmpty ? [] : ["option"])
        guard kinds.count == 1 else {
            throw LessonFormatError(file: file, line: blockLine, kinds.isEmpty
                                    ? "a question needs its answer: 'expect:' (an expression), 'shape:', 'number:', 'define:' (a function), or 'option:'/'correct:' lines"
                                    : "a question has one kind of answer, but this one has \(kinds.joined(separator: " and "))")
        }
        let expected: Question.Expected
        switch kinds[0] {
        case "expect":
            let (value, line) = values("expect")[0]
            try checkParses(value, file: file, line: line)
            expected = .expression(value)
        case "shape":
            let (value, line) = values("shape")[0]
            guard let shape = ShapeText.parse(value) else {
                throw LessonFormatError(file: file, line: line, "'\(value)' is not a shape: write (4, 3), 4x3, 4,3 or (4,) for rank-1")
            }
            expected = .shape(shape)
        case "number":
            let (value, line) = values("number")[0]
            let (expression, tolerance) = try valueAndTolerance(value, file: file, line: line)
            try checkParses(expression, file: file, line: line)
            expected = .number(expression, tolerance: tolerance ?? ShapeText.halfUnitInLastPlace(of: expression) ?? 1e-9)
        case "define":
            let (name, line) = values("define")[0]
            guard CheckCommands.referenceDefinition(of: name) != nil else {
                throw LessonFormatError(file: file, line: line, "'\(name)' is not a function check knows: define: takes one of the course's graded functions")
            }
            expected = .definition(name)
        default:
            var options: [String] = []
            var correct: [Int] = []
            for field in fields where field.key == "option" || field.key == "correct" {
                if field.key == "correct" { correct.append(options.count) }
                options.append(field.value)
            }
            guard correct.count == 1, options.count >= 2 else {
                throw LessonFormatError(file: file, line: blockLine, "a choice needs two or more 'option:' lines, exactly one of them written 'correct:'")
            }
            expected = .choice(options: options, correct: correct[0])
        }
        return Question(prompt: prompt, expected: expected, hints: values("hint").map(\.value),
                        solution: values("solution").first?.value, explanation: values("explain").first?.value)
    }

    private static func checkpoints(_ body: [(Int, String)], file: String, blockLine: Int) throws(LessonFormatError) -> [Checkpoint] {
        var result: [Checkpoint] = []
        for (lineNumber, line) in body {
            let text = line.trimmingBlanks
            if text.isEmpty { continue }
            var parts: [String] = []
            var comparison = Checkpoint.Comparison.equal
            for separator in [" ≈ ", " ~= ", " == "] {
                if let range = text.topLevelRange(of: separator) {
                    parts = [String(text[..<range.lowerBound]), String(text[range.upperBound...])]
                    if separator != " == " { comparison = .approximately(tolerance: 0) }
                    break
                }
            }
            guard parts.count == 2 else {
                throw LessonFormatError(file: file, line: lineNumber, "a checkpoint reads 'EXPRESSION ≈ VALUE ± TOLERANCE' or 'EXPRESSION == VALUE'")
            }
            var expected = parts[1].trimmingBlanks
            if case .approximately = comparison {
                let (value, tolerance) = try valueAndTolerance(expected, file: file, line: lineNumber)
                expected = value
                comparison = .approximately(tolerance: tolerance ?? ShapeText.halfUnitInLastPlace(of: value) ?? 1e-9)
            }
            try checkParses(parts[0].trimmingBlanks, file: file, line: lineNumber)
            try checkParses(expected, file: file, line: lineNumber)
            result.append(Checkpoint(expression: parts[0].trimmingBlanks, expected: expected, comparison: comparison, line: lineNumber, text: text))
        }
        guard !result.isEmpty else { throw LessonFormatError(file: file, line: blockLine, "the ```check block is empty") }
        return result
    }

    /// `5.801545 ± 1e-6` (or `+-`): the value and, if given, the tolerance.
    private static func valueAndTolerance(_ text: String, file: String, line: Int) throws(LessonFormatError) -> (String, Double?) {
        for separator in ["±", "+-"] {
            if let range = text.range(of: separator) {
                let toleranceText = String(text[range.upperBound...]).trimmingBlanks
                guard let tolerance = Double(toleranceText), tolerance >= 0 else {
                    throw LessonFormatError(file: file, line: line, "the tolerance after \(separator) must be a number, not '\(toleranceText)'")
                }
                return (String(text[..<range.lowerBound]).trimmingBlanks, tolerance)
            }
        }
        return (text.trimmingBlanks, nil)
    }

    private static func checkParses(_ expression: String, file: String, line: Int) throws(LessonFormatError) {
        do {
            _ = try Parser.parse(expression)
        } catch {
            throw LessonFormatError(file: file, line: line, "'\(expression)' does not parse: \(error.message)")
        }
    }

    private static func trimmedBlankLines(_ lines: [String]) -> String {
        var lines = lines
        while lines.first?.trimmingBlanks.isEmpty == true { lines.removeFirst() }
        while lines.last?.trimmingBlanks.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The last occurrence of `other` outside brackets: the comparison of `np.all(W == V) == True`.
    func topLevelRange(of other: String) -> Range<String.Index>? {
        var depth = 0
        var found: Range<String.Index>?
        var index = startIndex
        while index < endIndex {
            let character = self[index]
            if "([{".contains(character) { depth += 1 }
            if ")]}".contains(character) { depth -= 1 }
            if depth == 0, self[index...].hasPrefix(other) { found = index..<self.index(index, offsetBy: other.count) }
            index = self.index(after: index)
        }
        return found
    }
}
