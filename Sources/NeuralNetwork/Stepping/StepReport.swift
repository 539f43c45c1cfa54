import MatrixEngine

/// One line of a step's account: the formula with symbols, then with shapes, then the result.
/// `Z2 = W2 · A1 + b2   (1,4)·(4,400) + (1,1) → (1,400)   b2 is broadcast across the 400 columns`.
public struct Equation: Sendable, Equatable {
    public var formula: String
    public var shapes: String
    public var result: Shape?
    public var note: String?

    public init(_ formula: String, shapes: String = "", result: Shape? = nil, note: String? = nil) {
        self.formula = formula
        self.shapes = shapes
        self.result = result
        self.note = note
    }
}

/// What a step did, for the learner to read: a title and its equations, in order.
public struct StepReport: Sendable, Equatable {
    public var title: String
    public var equations: [Equation]
    /// Quantities that are now variables (`Z1`, `A1`, ...).
    public var produced: [String]
    public var notes: [String]

    public init(title: String, equations: [Equation] = [], produced: [String] = [], notes: [String] = []) {
        self.title = title
        self.equations = equations
        self.produced = produced
        self.notes = notes
    }
}
