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
        /// `[...]`: Octave rows (`[1 2; 3 4]`) or Python nested lists (`[[1, 2], [3, 4]]`).
        case matrixLiteral(rows: [[Expression]], isNestedList: Bool)
    }

    public var kind: Kind
    public var span: SourceSpan

    public init(_ kind: Kind, _ span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

public enum UnaryOperator: String, Equatable, Sendable {
    case negate = "-", plus = "+", not = "not"
}

public enum BinaryOperator: String, Equatable, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//", modulo = "%"
    case power = "**", matmul = "@"
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="
    case and = "and", or = "or"
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

/// One statement of a line. Statements are separated by `;`; a trailing `;` silences output.
public struct Statement: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case expression(Expression)
        /// `W1 = ...`, or `W1 -= ...` with `compoundOperator` set.
        case assignment(target: AssignmentTarget, compoundOperator: BinaryOperator?, value: Expression)
        /// A REPL command such as `whos`, `clear W1` or `help sum`: a word and the raw words after it.
        case command(name: String, arguments: [Token], argumentText: String)
    }

    public var kind: Kind
    public var span: SourceSpan
    /// True when a `;` follows, which (as in Octave) suppresses printing the value.
    public var isSilenced: Bool
}

public struct AssignmentTarget: Equatable, Sendable {
    public var name: String
    public var nameSpan: SourceSpan
    /// `A[0, :] = ...`: the components when assigning into part of a matrix.
    public var index: [IndexComponent]?
    /// The target as written: the name, through the closing bracket of its index.
    public var span: SourceSpan

    public init(name: String, nameSpan: SourceSpan, index: [IndexComponent]?, span: SourceSpan? = nil) {
        self.name = name
        self.nameSpan = nameSpan
        self.index = index
        self.span = span ?? nameSpan
    }
}
