import BigInt
import MatrixEngine

/// Runs statements and evaluates expressions against an environment: the interpreter.
///
/// The evaluator works on its own copy of the environment; the caller adopts the copy when the
/// statement succeeds (or, for a compound statement, also when it fails, as Python keeps what
/// ran). Warnings (such as the rank-1 note) are collected, not printed.
public struct Evaluator {
    /// The source being run: a cell, or the source of the function being called.
    public internal(set) var source: SourceText
    public var line: String { source.text }
    /// Operands are named by their source text, read from the source's characters.
    private var lineCharacters: [Character] { source.characters }
    public var environment: Environment
    /// The variables of the function call being run; nil at the top level.
    var locals: LocalVariables?
    /// The function calls under way, outermost first (for tracebacks and the recursion limit).
    var calls: [String] = []
    /// Whether the innermost call under way is a built-in used as a value (see BuiltinFunctionValue).
    var runsBuiltinValue = false
    /// The value of the last top-level expression statement run (the REPL shows it).
    var lastValue: Value?
    /// Polled between loop iterations: Ctrl-C stops a loop.
    var interruptRequested: @Sendable () -> Bool = { false }
    /// Where `print` writes as it runs (a long loop's output appears as it goes); nil collects
    /// complete lines in `printed` for the caller.
    var printSink: (@Sendable (String) -> Void)?
    /// The stack address below which calls stop (found at the first call).
    var stackLimit: UInt?
    /// Text printed without a line end yet (`print(x, end="")`).
    var pendingPrint = ""
    public private(set) var warnings: [Diagnostic] = []
    /// Whether `warnings` holds the rank-1 broadcast note, after which every assignment says
    /// when it changes a variable's shape (asked at every assignment, so kept, not searched).
    private(set) var hasRankOneBroadcastWarning = false
    /// Lines printed by `print(...)` during evaluation, in order.
    public internal(set) var printed: [String] = []
    let functions: FunctionRegistry
    /// Command words, so a mistyped command (`wohs`) gets a "did you mean" too.
    let commandNames: [String]
    /// While an operand of `+ - * /` is evaluated, the shape of the other operand when it is a
    /// plain name (`b` in `w @ x + b`): what a failing product there should produce.
    var wantedShape: Shape?
    /// How many `evaluateBinary` calls are under way: a short chain (`1 / m * np.sum(dZ)`)
    /// recurses, a long one is walked in a loop (see `evaluateBinary`).
    private var binaryNesting = 0

    public init(source: SourceText, environment: Environment, functions: FunctionRegistry = .standard, commandNames: [String] = []) {
        self.source = source
        self.environment = environment
        self.functions = functions
        self.commandNames = commandNames
    }

    public init(line: String, environment: Environment, functions: FunctionRegistry = .standard, commandNames: [String] = []) {
        self.source = SourceText(line)
        self.environment = environment
        self.functions = functions
        self.commandNames = commandNames
    }

    mutating func warn(_ diagnostic: Diagnostic) {
        var warning = diagnostic
        warning.severity = .warning
        if warning.source == nil, let function = calls.last {
            // Raised inside a function: its span is in the function's own source.
            warning.source = source
            warning.function = function
        }
        if let topic = warning.topic, warnings.contains(where: { $0.topic == topic }) { return }
        if !warnings.contains(warning) {
            warnings.append(warning)
            if warning.topic == "rank-1 broadcast" { hasRankOneBroadcastWarning = true }
        }
    }

    /// Refuses an int64 result that lost its exact values (an operation that works on the doubles
    /// only, such as np.cumsum, made integers of 2**53 or more) rather than print wrong digits.
    func checkExactIntegers(_ value: Value, at span: SourceSpan) throws(Diagnostic) -> Value {
        // The dtype first: most results are float64, and the element scan is for int64 only.
        guard case let .array(a) = value, a.dtype == .int64, let big = a.inexactInteger else { return value }
        let shown = Matrix.formatScalar(big)
        throw Diagnostic.at(span, "this int64 result holds integers of 2**53 or more (\(shown)), which this operation does not keep exactly in Backprop (arithmetic, comparisons, sums, products, indexing and stacking do); numpy would keep them to 2**63 and wrap around past it",
                            hint: "work in floats for numbers this large: .astype(float), or a float literal such as 1e20")
    }

    /// Says, once per statement, that numpy made a rank-1 array here, and how to get the column.
    mutating func noteRankOne(_ span: SourceSpan, _ message: String, hint: String) {
        var note = Diagnostic.at(span, message, hint: hint)
        note.topic = "rank-1"
        warn(note)
    }

    // The cases below live out of `evaluate`, which recurses once per nesting level (a chain of
    // 999 additions nests 999 deep): its frame must stay small, or a debug build's thread stack
    // runs out before the parser's limits do.

    /// `a op b`. A long chain that grows to the left (`1 + 1 + 1 …`, how the parser builds
    /// `+ - * /`) is walked down its left spine in a loop, so its length costs no stack.
    @inline(never)
    private mutating func evaluateBinary(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression, whole: Expression) throws(Diagnostic) -> Value {
        if op == .and || op == .or { return try applyLogical(op, lhs, rhs) }
        if op == .matmul { return try evaluateOperands(op, lhs, rhs, whole: whole) }
        if case .binary = lhs.kind, binaryNesting >= Self.recursiveChainLimit {} else {
            // No chain to walk, or a short one, whose links recurse: the operands and the operator.
            binaryNesting += 1
            defer { binaryNesting -= 1 }
            let outerWanted = wantedShape
            defer { wantedShape = outerWanted }
            wantedShape = wantedShape(for: lhs, op, besides: rhs)
            let left = try evaluate(lhs)
            wantedShape = wantedShape(for: rhs, op, besides: lhs)
            let right = try evaluate(rhs)
            wantedShape = outerWanted
            return try applyBinary(op, left, right, lhs: lhs, rhs: rhs, whole: whole)
        }
        var spine = [BinaryLink(op: op, lhs: lhs, rhs: rhs, whole: whole)]
        while case let .binary(innerOp, innerLhs, innerRhs) = spine[spine.count - 1].lhs.kind,
              innerOp != .and, innerOp != .or, innerOp != .matmul {
            spine.append(BinaryLink(op: innerOp, lhs: innerLhs, rhs: innerRhs, whole: spine[spine.count - 1].lhs))
        }
        let innermost = spine[spine.count - 1]
        let outerWanted = wantedShape
        defer { wantedShape = outerWanted }
        wantedShape = wantedShape(for: innermost.lhs, innermost.op, besides: innermost.rhs)
        var value = try evaluate(innermost.lhs)
        for node in spine.reversed() {
            wantedShape = wantedShape(for: node.rhs, node.op, besides: node.lhs)
            let right = try evaluate(node.rhs)
            wantedShape = outerWanted
            value = try applyBinary(node.op, value, right, lhs: node.lhs, rhs: node.rhs, whole: node.whole)
        }
        return value
    }

    /// The binary operators that recurse before a chain is walked in a loop: few enough for a
    /// debug build's stack, enough for any formula written by hand (the loop copies every link).
    private static let recursiveChainLimit = 32

    /// One operator of a left-growing chain, with its operands and the expression it makes.
    private struct BinaryLink {
        var op: BinaryOperator
        var lhs: Expression
        var rhs: Expression
        var whole: Expression
    }

    /// Both operands, then the operator (the product reads a written `.T` in place).
    private mutating func evaluateOperands(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression, whole: Expression) throws(Diagnostic) -> Value {
        if op == .matmul, let product = try transposedOperandProduct(lhs, rhs, whole: whole) { return product }
        let outerWanted = wantedShape
        defer { wantedShape = outerWanted }
        wantedShape = nil
        let left = try evaluate(lhs)
        let right = try evaluate(rhs)
        wantedShape = outerWanted
        return try applyBinary(op, left, right, lhs: lhs, rhs: rhs, whole: whole)
    }

    /// The shape a product operand of `+ - * /` should have made: the other operand's, when that
    /// is a named matrix. Looked up only for an operand that holds a product (`W @ A`, `-(W @ A)`,
    /// `np.tanh(W @ A)`), the one place it is read.
    /// (Mutating only so that a call passes the evaluator by reference: a non-mutating method
    /// called from a mutating one gets a copy of all of it, once per operator.)
    private mutating func wantedShape(for operand: Expression, _ op: BinaryOperator, besides other: Expression) -> Shape? {
        guard op == .add || op == .subtract || op == .multiply || op == .divide, Self.holdsProduct(operand) else { return nil }
        return shapeOfName(other)
    }

    private static func holdsProduct(_ operand: Expression) -> Bool {
        switch operand.kind {
        case .binary(.matmul, _, _): return true
        case let .unary(_, inner): return holdsProduct(inner)
        case let .call(_, arguments): return arguments.contains { holdsProduct($0.value) }
        default: return false
        }
    }

    @inline(never)
    private mutating func evaluateTuple(_ elements: [Expression]) throws(Diagnostic) -> Value {
        var values: [Value] = []
        for element in elements { values.append(try evaluate(element)) }
        return .tuple(values)
    }

    @inline(never)
    private mutating func evaluateLiteral(_ rows: [[Expression]], isNestedList: Bool, whole: Expression) throws(Diagnostic) -> Value {
        try checkExactIntegers(try buildMatrix(rows: rows, isNestedList: isNestedList, whole: whole), at: whole.span)
    }

    /// The source text of an expression, for naming operands in messages.
    func text(of expression: Expression) -> String {
        expression.span.text(in: lineCharacters)
    }

    public mutating func evaluate(_ expression: Expression) throws(Diagnostic) -> Value {
        switch expression.kind {
        case let .integer(value):
            return .integer(value)
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
            if let value = slotValue(expression) { return value }
            return try lookUp(name, span: expression.span)
        case let .bigInteger(digits):
            return .integer(BigInt(digits) ?? 0)
        case let .function(path, hadPrefix):
            if let constant = NumericConstants.value(named: path) { return constant }
            if ["ndarray", "float64", "int64", "bool_", "floating", "integer"].contains(path), let type = PythonType.named(path) { return .type(type) }
            if let function = functions.lookUp(path) { return BuiltinFunctionValue.numpy(function, path: path, hadPrefix: hadPrefix) }
            throw functions.unsupported(path: path, hadPrefix: true, span: expression.span)
        case let .unary(op, operand):
            return try applyUnary(op, try evaluate(operand), operand: operand, whole: expression)
        case let .binary(op, lhs, rhs):
            return try evaluateBinary(op, lhs, rhs, whole: expression)
        case let .call(callee, arguments):
            return try call(callee, arguments, whole: expression)
        case let .attribute(receiver, name):
            if case let .name(module) = receiver.kind, receiver.localSlot == nil, PythonModules.names.contains(module), boundValue(module) == nil {
                return try moduleAttribute(module, name, whole: expression)
            }
            return try attribute(name, of: try evaluate(receiver), receiver: receiver, whole: expression)
        case let .index(base, components):
            if let layered = try layerQuantity(base, components) { return layered }
            if case let .function(path, _) = base.kind, Evaluator.concatenationIndexNames.contains(path) {
                return try concatenationIndex(path, components, whole: expression)
            }
            return try index(try evaluate(base), components, base: base, whole: expression)
        case let .tuple(elements):
            return try evaluateTuple(elements)
        case let .matrixLiteral(rows, isNestedList):
            return try evaluateLiteral(rows, isNestedList: isNestedList, whole: expression)
        case let .list(elements):
            return try evaluateList(elements)
        case let .dictionary(entries):
            return try evaluateDictionary(entries)
        case let .comprehension(comprehension):
            return try evaluateComprehension(comprehension, whole: expression)
        case let .conditional(value, condition, otherwise):
            return try evaluateConditional(value, condition, otherwise)
        case let .formattedString(parts):
            return .string(try formatted(parts))
        case let .starred(inner):
            throw Diagnostic.at(expression.span, "can't use starred expression here: *\(text(of: inner)) unpacks only into a call, a list or a tuple")
        case let .lambda(parameters, body):
            return makeLambda(parameters, body, whole: expression)
        }
    }

    /// The shape of `expression` when it is a variable holding a matrix (looking it up changes nothing).
    mutating func shapeOfName(_ expression: Expression) -> Shape? {
        guard let m = boundValue(of: expression)?.asTwoDimensional else { return nil }
        return m.shape
    }

    mutating func lookUp(_ name: String, span: SourceSpan) throws(Diagnostic) -> Value {
        if let value = try localValue(name, span: span) { return value }
        if let value = environment[name] { return value }
        // Everything the learner runs is Python's main module (`if __name__ == "__main__":`).
        if name == "__name__" { return .string("__main__") }
        if let type = PythonBuiltins.typeNamed(name) { return .type(type) }
        if let constant = NumericConstants.value(named: name) { return constant }
        // A built-in as a value (`key=len`, `f = sigmoid`), as Python has it.
        if PythonBuiltins.names.contains(name) { return BuiltinFunctionValue.python(name) }
        if let function = functions.lookUp(name) { return BuiltinFunctionValue.numpy(function, path: name, hadPrefix: false) }
        let candidates = environment.variableNames + functions.allNames + commandNames
        let suggestion = Spelling.closest(to: name, among: candidates, recent: environment.recentNames)
        var notes: [String] = []
        if environment.variableNames.isEmpty { notes.append("no variables are defined yet") }
        throw Diagnostic.at(span, "name '\(name)' is not defined", notes: notes,
                            hint: suggestion.map { "did you mean '\($0)'?" })
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
        case "True_": return Value.wrapping(.scalar(1, dtype: .bool))
        case "False_": return Value.wrapping(.scalar(0, dtype: .bool))
        default: return nil
        }
    }
}
