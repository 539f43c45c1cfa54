import MatrixEngine

/// A built-in function as a training loop calls it most — `np.tanh(Z1)`, `np.multiply(dA, s)`,
/// `np.dot(W1, X)` — on its positional arguments already made arrays (a number as the 0-d array
/// `CallContext.array` makes of it), without a call context. It computes the same result with
/// the same code as the function's body, or gives nil wherever the body would have more to say
/// (a warning, an error, an operand it treats apart): the call then goes to the body, with the
/// arguments it has already evaluated.
public enum QuickForm: Sendable {
    case single(@Sendable (NDArray) -> Value?)
    case pair(@Sendable (NDArray, NDArray) -> Value?)

    var argumentCount: Int {
        switch self {
        case .single: return 1
        case .pair: return 2
        }
    }
}
