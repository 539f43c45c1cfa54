/// Which column of a CSV file holds the labels.
public enum LabelColumn: Sendable, Equatable {
    /// The last column, the usual layout (`x1, x2, ..., y`).
    case last
    /// The column at this position, counting from 1 as error messages do.
    case position(Int)
    /// The column with this header; the file must have a header line.
    case named(String)
}
