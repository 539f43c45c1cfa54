/// How matrices are printed: the subset of `np.set_printoptions` that Backprop supports,
/// with numpy's defaults.
public struct PrintOptions: Sendable, Equatable {
    /// Maximum digits after the decimal point (fewer when fewer identify the value).
    public var precision: Int
    /// Matrices with more elements than this are summarised with `...`.
    public var threshold: Int
    /// Rows and columns shown at each end of a summarised axis.
    public var edgeitems: Int
    /// Characters per line before a row wraps onto the next line.
    public var linewidth: Int
    /// Never use scientific notation for small values; print them as `0.` instead.
    public var suppress: Bool
    /// Backprop's own rule on top of numpy's: where a screen is short (`show`, lessons, a value at
    /// the prompt) a matrix is summarised to fit it. False once the learner chooses a threshold
    /// (`np.set_printoptions(threshold=...)`): theirs then decides alone, as in numpy.
    public var summarisesToFit = true

    public init(
        precision: Int = 8, threshold: Int = 1000, edgeitems: Int = 3,
        linewidth: Int = 75, suppress: Bool = false
    ) {
        self.precision = precision
        self.threshold = threshold
        self.edgeitems = edgeitems
        self.linewidth = linewidth
        self.suppress = suppress
    }
}
