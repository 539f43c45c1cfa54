/// The realistic bugs of the course's formulas and functions: the mistakes the notes warn about
/// and the ones people make typing them into numpy. A drill's "fix the formula" question plants
/// one in a line (`formulaBugs`); `check` names the one a learner's function makes.
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
    /// `np.dot(dZ, A.T)` for `np.dot(dZ, A_prev.T)`: the layer's own output in place of its input.
    case outputForInput
    /// `W + learning_rate * dW` for `W - learning_rate * dW`: a step up the cost.
    case ascentForDescent
    /// `range(1, L - 1)` for `range(1, L)`, `str(l)` for `str(l + 1)`: one layer too many or too few.
    case offByOneLayer
    /// `(W, A, b)` for `(A, W, b)`, `(activation_cache, linear_cache)` for the reverse.
    case cacheOrder
    /// No `np.random.seed(3)`, or another seed: the right shapes with numbers the course never drew.
    case unseededParameters
    /// ReLU where the layer is sigmoid, or the reverse; sigmoid where week 3's hidden layer is tanh.
    case swappedActivation
    /// `np.exp(z)` for `np.exp(-z)` in σ, a cost without its leading minus.
    case flippedSign
    /// `X.shape[1]` for `X.shape[0]`, `np.zeros((1, dim))` for `(dim, 1)`: the features and the examples (or a
    /// layer's two sizes) the wrong way round.
    case swappedDimensions

    /// The bugs a single line of the notes' code can carry, in the order drills have always drawn them.
    public static let formulaBugs: [BugKind] = [
        .missingTranspose, .extraTranspose, .wrongOrder, .wrongSumAxis, .missingKeepdims, .missingOneOverM,
        .dAForDZ, .elementwiseForProduct, .wrongActivationDerivative,
    ]
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
        case .outputForInput: return "A where A_prev belongs"
        case .ascentForDescent: return "+ where the update subtracts"
        case .offByOneLayer: return "a layer index off by one"
        case .cacheOrder: return "a cache in the wrong order"
        case .unseededParameters: return "not seeded as the course seeds"
        case .swappedActivation: return "the other activation"
        case .flippedSign: return "a sign the wrong way"
        case .swappedDimensions: return "the dimensions the wrong way round"
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
        case .outputForInput:
            return "dW[l] = (1/m) dZ[l]·A[l-1]ᵀ: the layer's input A[l-1], the A_prev in its cache, not its output"
        case .ascentForDescent:
            return "gradient descent steps against the gradient: W := W − α dW"
        case .offByOneLayer:
            return "count the layers: W1 … WL, so range(1, L) for the hidden ones, and the keys use l + 1 when l starts at 0"
        case .cacheOrder:
            return "the course's caches are (A_prev, W, b) and (linear_cache, activation_cache): the backward pass unpacks them in that order"
        case .unseededParameters:
            return "the course calls np.random.seed before drawing, so your numbers match the notebook's"
        case .swappedActivation:
            return "look at which activation each layer applies: the hidden layers' (tanh in week 3, ReLU in week 4), and sigmoid at the output"
        case .flippedSign:
            return "look at the minus signs: σ(z) = 1/(1 + e^(−z)), and the cost J = −(1/m) Σ … is positive"
        case .swappedDimensions:
            return "look at the shapes: rows are the features or a layer's units (shape[0]), columns the m examples (shape[1]); W[l] is (n[l], n[l−1])"
        }
    }
}
