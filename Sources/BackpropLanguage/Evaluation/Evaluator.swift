import MatrixEngine

/// Evaluates expressions of one line against an environment.
///
/// The evaluator works on its own copy of the environment; the caller adopts the copy only if
/// the statement succeeds. Warnings (such as the rank-1 note) are collected, not printed.
public struct Evaluator {
    public let line: String
    /// The line as characters, split once: operands are named by their source text, and
    /// splitting the line for each would make a call with many arguments quadratic.
    private let lineCharacters: [Character]
    public var environment: Environment
    public private(set) var warnings: [Diagnostic] = []
    /// Lines printed by `print(...)` during evaluation, in order.
    public internal(set) var printed: [String] = []
    let functions: FunctionRegistry
    /// Command words, so a mistyped command (`wohs`) gets a "did you mean" too.
    let commandNames: [String]
    /// While an operand of `+ - * /` is evaluated, the shape of the other operand when it is a
    /// plain name (`b` in `w @ x + b`): what a failing product there should produce.
    var wantedShape: Shape?

    /// `characters` is `Array(line)` when the caller already has it.
    public init(line: String, characters: [Character]? = nil, environment: Environment, functions: FunctionRegistry = .standard,
                commandNames: [String] = []) {
        self.line = line
        self.lineCharacters = characters ?? Array(line)
        self.environment = environment
        self.functions = functions
        self.commandNames = commandNames
    }

    mutating func warn(_ diagnostic: Diagnostic) {
        var warning = diagnostic
        warning.severity = .warning
        if !warnings.contains(warning) { warnings.append(warning) }
    }

    /// The source text of an expression, for naming operands in messages.
    func text(of expression: Expression) -> String {
        expression.span.text(in: lineCharacters)
    }

    public mutating func evaluate(_ expression: Expression) throws(Diagnostic) -> Value {
        switch expression.kind {
        case let .number(value, isInteger):
            if isInteger, let exact = Int(exactly: value) { return .integer(exact) }
            return .float(value)
        case let .string(text):
            return .string(text)
        case let .boolean(b):
            return .boolean(b)
        case .none:
            return .none
        case let .name(name):
            return try lookUp(name, span: expression.span)
        case let .function(path, _):
            if let constant = NumericConstants.value(named: path) { return constant }
            throw try functionUsedAsValue(path: path, expression: expression)
        case let .unary(op, operand):
            return try applyUnary(op, try evaluate(operand), operand: operand, whole: expression)
        case let .binary(op, lhs, rhs):
            if op == .and || op == .or { return try applyLogical(op, lhs, rhs) }
            if op == .matmul, let product = try transposedOperandProduct(lhs, rhs, whole: expression) { return product }
            let outerWanted = wantedShape
            defer { wantedShape = outerWanted }
            let elementwise = [BinaryOperator.add, .subtract, .multiply, .divide].contains(op)
            wantedShape = elementwise ? shapeOfName(rhs) : nil
            let left = try evaluate(lhs)
            wantedShape = elementwise ? shapeOfName(lhs) : nil
            let right = try evaluate(rhs)
            wantedShape = outerWanted
            return try applyBinary(op, left, right, lhs: lhs, rhs: rhs, whole: expression)
        case let .call(callee, arguments):
            return try call(callee, arguments, whole: expression)
        case let .attribute(receiver, name):
            return try attribute(name, of: try evaluate(receiver), receiver: receiver, whole: expression)
        case let .index(base, components):
            if let layered = try layerQuantity(base, components) { return layered }
            return try index(try evaluate(base), components, base: base, whole: expression)
        case let .tuple(elements):
            var values: [Value] = []
            for element in elements { values.append(try evaluate(element)) }
            return .tuple(values)
        case let .matrixLiteral(rows, isNestedList):
            return try buildMatrix(rows: rows, isNestedList: isNestedList, whole: expression)
        }
    }

    /// The shape of `expression` when it is a variable holding a matrix (looking it up changes nothing).
    func shapeOfName(_ expression: Expression) -> Shape? {
        guard case let .name(name) = expression.kind, case let .matrix(m)? = environment[name] else { return nil }
        return m.shape
    }

    mutating func lookUp(_ name: String, span: SourceSpan) throws(Diagnostic) -> Value {
        if let value = environment[name] { return value }
        if let constant = NumericConstants.value(named: name) { return constant }
        if functions.lookUp(name) != nil {
            throw Diagnostic.at(span, "'\(name)' is a function: call it with parentheses, like \(name)(...)",
                                hint: functions.lookUp(name).map { "usage: \($0.signature)" })
        }
        let candidates = environment.variableNames + functions.allNames + commandNames
        let suggestion = Spelling.closest(to: name, among: candidates, recent: environment.recentNames)
        var notes: [String] = []
        if environment.variableNames.isEmpty { notes.append("no variables are defined yet") }
        throw Diagnostic.at(span, "name '\(name)' is not defined", notes: notes,
                            hint: suggestion.map { "did you mean '\($0)'?" })
    }

    private func functionUsedAsValue(path: String, expression: Expression) throws(Diagnostic) -> Diagnostic {
        if let function = functions.lookUp(path) {
            return Diagnostic.at(expression.span, "np.\(path) is a function: call it with parentheses",
                                 hint: "usage: \(function.signature)")
        }
        return functions.unsupported(path: path, hadPrefix: true, span: expression.span)
    }

    // MARK: Matrix literals

    private mutating func buildMatrix(rows: [[Expression]], isNestedList: Bool, whole: Expression) throws(Diagnostic) -> Value {
        if rows.count == 1 && rows[0].isEmpty {
            return .matrix(try! Matrix(rows: 0, columns: 0, elements: []))
        }
        var rowMatrices: [Matrix] = []
        if isNestedList {
            // [[1, 2], [3, 4]]: each inner list is a row (or a block of rows).
            for element in rows[0] { rowMatrices.append(try literalPart(element)) }
        } else {
            for row in rows {
                guard !row.isEmpty else { throw Diagnostic.at(whole.span, "a matrix literal has an empty row") }
                var parts: [Matrix] = []
                for element in row { parts.append(try literalPart(element)) }
                do {
                    rowMatrices.append(try Matrix.hstack(parts))
                } catch {
                    throw Diagnostic.at(
                        SourceSpan.covering(row[0].span, row[row.count - 1].span),
                        "the elements of this row have different numbers of rows",
                        notes: zip(row, parts).map { "\(text(of: $0)) is \($1.shape)" })
                }
            }
        }
        do {
            return .matrix(try Matrix.vstack(rowMatrices))
        } catch {
            let widths = rowMatrices.map { String($0.columns) }.joined(separator: ", ")
            throw Diagnostic.at(whole.span, "the rows of this matrix have different lengths (\(widths))",
                                hint: "every row needs the same number of columns")
        }
    }

    private mutating func literalPart(_ element: Expression) throws(Diagnostic) -> Matrix {
        let value = try evaluate(element)
        guard let matrix = value.asMatrix else {
            throw Diagnostic.at(element.span, "a matrix element must be a number or a matrix, not \(value.kindDescription)")
        }
        return matrix
    }
}

/// numpy's named constants, reachable as `np.pi` or bare `pi`.
enum NumericConstants {
    static func value(named name: String) -> Value? {
        switch name {
        case "pi": return .float(Double.pi)
        case "e": return .float(2.718281828459045)
        case "inf", "Inf", "infty": return .float(.infinity)
        case "nan", "NaN", "NAN": return .float(.nan)
        case "newaxis": return Value.none
        default: return nil
        }
    }
}
