/// The realistic bugs a "fix the formula" question plants, one per line: the mistakes the
/// notes warn about and the ones people make typing the notes' formulas into numpy.
public enum BugKind: String, CaseIterable, Sendable, Codable {
    /// `dZ2 @ A1` for `dZ2 @ A1.T`.
    case missingTranspose
    /// `W1.T @ X` for `W1 @ X`.
    case extraTranspose
    /// `X @ W1` for `W1 @ X`.
    case wrongOrder
    /// `np.sum(dZ, axis=0, …)` for `axis=1`.
    case wrongSumAxis
    /// `np.sum(dZ, axis=1)` for `np.sum(dZ, axis=1, keepdims=True)`.
    case missingKeepdims
    /// `dZ2 @ A1.T` for `1/m * dZ2 @ A1.T`.
    case missingOneOverM
    /// `dA2` where `dZ2` belongs.
    case dAForDZ
    /// `W1 * X` for `W1 @ X`.
    case elementwiseForProduct
    /// tanh's derivative in a ReLU layer, A where Z belongs, a missing square.
    case wrongActivationDerivative

    /// How summaries name it: `missing keepdims`.
    public var title: String {
        switch self {
        case .missingTranspose: return "missing transpose"
        case .extraTranspose: return "extra transpose"
        case .wrongOrder: return "wrong multiplication order"
        case .wrongSumAxis: return "sum over the wrong axis"
        case .missingKeepdims: return "missing keepdims"
        case .missingOneOverM: return "missing 1/m"
        case .dAForDZ: return "dA where dZ belongs"
        case .elementwiseForProduct: return "element-wise * where a product belongs"
        case .wrongActivationDerivative: return "wrong activation derivative"
        }
    }

    /// What `hint` says: where to look, without giving the answer away.
    public var hint: String {
        switch self {
        case .missingTranspose, .extraTranspose:
            return "look at the transposes: write each operand's shape under it and check the inner sizes meet"
        case .wrongOrder:
            return "look at the order of the product: the result's rows come from the left operand, its columns from the right"
        case .wrongSumAxis, .missingKeepdims:
            return "look at np.sum: which axis runs over the m examples, and what shape must the result keep?"
        case .missingOneOverM:
            return "J averages the loss over the m examples; does every gradient of J here carry that average?"
        case .dAForDZ:
            return "look at which gradient is used: dA[l] comes before the activation's derivative, dZ[l] after"
        case .elementwiseForProduct:
            return "look at the multiplications: which one must sum over a shared dimension?"
        case .wrongActivationDerivative:
            return "look at g'(Z): which activation does this layer use, and what is its derivative?"
        }
    }
}
