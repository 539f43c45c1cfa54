import MatrixEngine

/// A labelled data set in the notes' layout: examples are columns.
/// `X` is (n[0], m), one feature per row; `Y` is (1, m) with labels 0 or 1. A learner may bind
/// an X and Y that disagree; the stepper's guard rails say so rather than this type trapping.
public struct Dataset: Sendable, Equatable {
    /// How the learner refers to it: `planar`, `moons`, `iris.csv`.
    public var name: String
    public var X: Matrix
    public var Y: Matrix
    /// One line on where the data came from (`the course's flower: 400 points, seed 1`).
    public var origin: String

    public init(name: String, X: Matrix, Y: Matrix, origin: String) {
        self.name = name
        self.X = X
        self.Y = Y
        self.origin = origin
    }

    /// m, the number of examples.
    public var exampleCount: Int { X.columns }
    /// n[0], the number of features.
    public var featureCount: Int { X.rows }
}
