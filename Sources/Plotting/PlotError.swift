import MatrixEngine

/// Why a plot could not be drawn: data of the wrong shape, or a classifier that failed or
/// answered with the wrong shape. Edge cases in the values themselves (nothing to draw, nan, a
/// constant series) are drawn with a note instead.
public enum PlotError: Error, CustomStringConvertible {
    case pointsNeedTwoFeatures(got: Shape)
    case labelsShape(expected: Shape, got: Shape)
    case classifierOutputShape(expected: Shape, got: Shape)
    /// The classifier's own error, unchanged, so the caller can explain it in its own terms.
    case classifierFailed(any Error)

    public var description: String {
        switch self {
        case .pointsNeedTwoFeatures(let got):
            "a 2-D plot needs X with 2 rows (one per feature) and one column per example, got \(got)"
        case .labelsShape(let expected, let got):
            "the labels Y must be \(expected), one per example, got \(got)"
        case .classifierOutputShape(let expected, let got):
            "the classifier must map the (2, k) grid to \(expected) predictions, but it returned \(got)"
        case .classifierFailed(let error):
            "the classifier failed on the plot's grid: \(error)"
        }
    }
}
