/// The syntax tree of one expression. Every node keeps its span so errors can point at it.
public struct Expression: Equatable, Sendable {
    public indirect enum Kind: Equatable, Sendable {
        case number(Double, isInteger: Bool)
        /// An integer literal within 64 bits, exact.
        case integer(Int)
        case string(String)
        case boolean(Bool)
        case none
        /// A variable or constant: `W1`, `m`, `pi`.
        case name(String)
        /// A function reached through numpy's namespace or bare: `np.sum`, `np.random.randn`, `sum`.
        /// `path` keeps what was typed after `np.` (e.g. `random.randn`); `hadPrefix` whether `np.` was there.
        case function(path: String, hadPrefix: Bool)
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        case call(callee: Expression, arguments: [Argument])
        case attribute(Expression, name: String)
        case index(Expression, [IndexComponent])
        case tuple([Expression])
        /// `[...]` with spaces or `;` between elements: Octave rows (`[1 2; 3 4]`, `[A B]`).
        case matrixLiteral(rows: [[Expression]], isNestedList: Bool)
        /// `[a, b, c]`: a Python list.
        case list([Expression])
        /// `{"W1": W1, "b1": b1}`.
        case dictionary([DictionaryEntry])
        /// `[expr for x in xs if cond]` and `{k: v for …}`.
        case comprehension(Comprehension)
        /// `x if condition else y`.
        case conditional(value: Expression, condition: Expression, otherwise: Expression)
        /// An integer literal past 64 bits, as written.
        case bigInteger(String)
        /// `f"cost = {cost:.6f}"`.
        case formattedString([FormattedPart])
        /// `*args` in a call or a list display.
        case starred(Expression)
        /// `lambda x: x + 1`.
        case lambda(parameters: [FunctionParameter], body: Expression)
    }

    public var kind: Kind
    public var span: SourceSpan
    /// For a `.name` inside a function body that names one of the function's own variables:
    /// the variable's place in the call's frame, set by the Resolver. Nil for everything else
    /// (globals, built-ins, an enclosing function's variables, top-level code).
    public var localSlot: Int?

    public init(_ kind: Kind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

public enum UnaryOperator: String, Equatable, Sendable {
    case negate = "-", plus = "+", not = "not", invert = "~"
}

public struct DictionaryEntry: Equatable, Sendable {
    public var key: Expression
    public var value: Expression
}

/// `element for target in iterable if condition …`, the parts of a comprehension.
public struct Comprehension: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case list, dictionary(key: Expression), set }
    public struct Clause: Equatable, Sendable {
        public var target: AssignmentPattern
        public var iterable: Expression
        public var conditions: [Expression]
    }
    public var kind: Kind
    public var element: Expression
    public var clauses: [Clause]
}

/// A piece of an f-string: text, or a `{expression!conversion:spec}` field.
public indirect enum FormattedPart: Equatable, Sendable {
    case literal(String)
    /// `debugText` is what `f"{x=}"` prints before the value (`x=`).
    case field(Expression, conversion: Character?, spec: [FormattedPart], debugText: String?)
}

public enum BinaryOperator: String, Equatable, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//", modulo = "%"
    case power = "**", matmul = "@"
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="
    case and = "and", or = "or"
    case isIn = "in", isNotIn = "not in", isIdentical = "is", isNotIdentical = "is not"
    case bitwiseAnd = "&", bitwiseOr = "|", bitwiseXor = "^", leftShift = "<<", rightShift = ">>"
}

/// One argument in a call: positional (`label == nil`) or keyword (`axis=1`).
public struct Argument: Equatable, Sendable {
    public var label: String?
    public var labelSpan: SourceSpan?
    public var value: Expression
}

/// One component between `[` and `]` of an index: a single position or a `start:stop:step` slice.
public enum IndexComponent: Equatable, Sendable {
    case single(Expression)
    case slice(start: Expression?, stop: Expression?, step: Expression?, span: SourceSpan)
}

