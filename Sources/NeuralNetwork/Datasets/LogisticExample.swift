import MatrixEngine

extension Dataset {
    /// The notes' worked logistic-regression example: three examples of two features, small enough
    /// to follow every number of one gradient step by hand.
    public static var logisticExample: Dataset {
        Dataset(
            name: "logistic",
            X: .fitting(rows: 2, columns: 3, elements: [1, 2, -1, 3, 4, -3.2]),
            Y: .fitting(rows: 1, columns: 3, elements: [1, 0, 1]),
            origin: "the notes' logistic regression example: 3 examples, 2 features")
    }
}
