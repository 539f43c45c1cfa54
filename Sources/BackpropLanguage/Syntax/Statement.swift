/// One statement: a simple one (an expression, an assignment, a command, `return`, `pass` …) or a
/// compound one holding blocks (`def`, `if`, `for`, `while`).
public struct Statement: Equatable, Sendable {
    public indirect enum Kind: Equatable, Sendable {
        case expression(Expression)
        /// `W1 = ...`, or `W1 -= ...` with `compoundOperator` set.
        case assignment(target: AssignmentTarget, compoundOperator: BinaryOperator?, value: Expression)
        /// `grid[1][0] += 1`, `d["a"]["b"] *= 3`: an operator into a part of a part.
        case augmentedPart(target: Expression, compoundOperator: BinaryOperator, value: Expression)
        /// `A, cache = f(x)`, `(n_x, n_h) = sizes`, `a = b = 0`: each pattern gets the value in turn.
        case unpackingAssignment(targets: [AssignmentPattern], value: Expression)
        /// A REPL command such as `whos`, `clear W1` or `help sum`: a word and the raw words after it.
        case command(name: String, arguments: [Token], argumentText: String)
        case functionDefinition(FunctionDefinition)
        case returnValue(Expression?)
        /// `if`/`elif` branches in order, then the `else` block (empty when there is none).
        case conditional(branches: [ConditionalBranch], otherwise: [Statement])
        case forLoop(target: AssignmentPattern, iterable: Expression, body: [Statement], otherwise: [Statement])
        case whileLoop(condition: Expression, body: [Statement], otherwise: [Statement])
        case breakLoop, continueLoop, pass
        case assertion(condition: Expression, message: Expression?)
        /// `del x`, `del d["k"]`, `del xs[0]`.
        case delete([Expression])
        case global([String])
        case nonlocal([String])
    }

    public var kind: Kind
    public var span: SourceSpan
    /// True when a `;` follows, which (as in Octave) suppresses printing the value.
    public var isSilenced: Bool

    public init(kind: Kind, span: SourceSpan, isSilenced: Bool = false) {
        self.kind = kind
        self.span = span
        self.isSilenced = isSilenced
    }

    /// True for statements that hold blocks: Python keeps what such a statement did before it failed.
    public var isCompound: Bool {
        switch kind {
        case .functionDefinition, .conditional, .forLoop, .whileLoop: return true
        default: return false
        }
    }
}

public struct ConditionalBranch: Equatable, Sendable {
    public var condition: Expression
    public var body: [Statement]
}

/// `def name(parameters): body`.
public struct FunctionDefinition: Equatable, Sendable {
    public var name: String
    public var nameSpan: SourceSpan
    public var parameters: [FunctionParameter]
    public var body: [Statement]
    /// The header as written, `def linear_forward(A, W, b):`, for messages.
    public var header: SourceSpan
    /// The first statement's string, when it is one.
    public var docstring: String?
}

public struct FunctionParameter: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case positional, variadic, keywordVariadic }
    public var name: String
    public var span: SourceSpan
    public var defaultValue: Expression?
    public var kind: Kind = .positional
    /// After a bare `*` or `*args`: only by keyword.
    public var isKeywordOnly = false
}

public struct AssignmentTarget: Equatable, Sendable {
    public var name: String
    public var nameSpan: SourceSpan
    /// `A[0, :] = ...`, `d["W1"] = ...`: the components when assigning into part of a value.
    public var index: [IndexComponent]?
    /// The target as written: the name, through the closing bracket of its index.
    public var span: SourceSpan
    /// The variable's place in its function's frame, set by the Resolver for a plain name that
    /// the function binds (see `Expression.localSlot`).
    public var localSlot: Int?

    public init(name: String, nameSpan: SourceSpan, index: [IndexComponent]?, span: SourceSpan? = nil) {
        self.name = name
        self.nameSpan = nameSpan
        self.index = index
        self.span = span ?? nameSpan
    }
}

/// Where an unpacking assignment or a `for` puts values: a target, or a tuple of patterns.
public indirect enum AssignmentPattern: Equatable, Sendable {
    case target(AssignmentTarget)
    /// `a.b = …` or `f(x)[0] = …`: a part of any value the pattern's expression reaches.
    case part(base: Expression, index: [IndexComponent], span: SourceSpan)
    case tuple([AssignmentPattern], span: SourceSpan)
    /// `*rest` inside a tuple pattern.
    case starred(AssignmentPattern, span: SourceSpan)

    public var span: SourceSpan {
        switch self {
        case let .target(target): return target.span
        case let .part(_, _, span), let .tuple(_, span), let .starred(_, span): return span
        }
    }

    /// Every name the pattern binds, for the resolver.
    public var boundNames: [String] {
        switch self {
        case let .target(target): return target.index == nil ? [target.name] : []
        case .part: return []
        case let .tuple(items, _): return items.flatMap(\.boundNames)
        case let .starred(inner, _): return inner.boundNames
        }
    }
}
