/// The course's own helper module for week 4 (`dnn_utils`), as Python: the forward helpers
/// return `(A, cache)` with the cache being Z, and the backward ones take that cache. The
/// reference solutions call them, as the learner's functions do in the notebook, and
/// `from dnn_utils import sigmoid, relu` defines them so (Backprop's built-in sigmoid and relu
/// return A alone).
enum CourseHelpers {
    /// The modules whose helpers are these.
    static let dnnUtilsModules: Set<String> = ["dnn_utils", "dnn_utils_v2"]
    static let dnnUtilsNames = ["sigmoid", "relu", "relu_backward", "sigmoid_backward"]

    static let dnnUtils = """
    def sigmoid(Z):
        A = 1 / (1 + np.exp(-Z))
        cache = Z
        return A, cache

    def relu(Z):
        A = np.maximum(0, Z)
        cache = Z
        return A, cache

    def relu_backward(dA, cache):
        Z = cache
        dZ = np.array(dA, copy=True)
        dZ[Z <= 0] = 0
        return dZ

    def sigmoid_backward(dA, cache):
        Z = cache
        s = 1 / (1 + np.exp(-Z))
        dZ = dA * s * (1 - s)
        return dZ

    """

    /// Python that draws `arrays` with numpy's legacy generator after `np.random.seed(seed)`, as
    /// the course's test-case generators do: `A = np.random.randn(3, 2)`.
    static func draws(seed: Int, _ arrays: [(String, [Int])]) -> String {
        var lines = ["np.random.seed(\(seed))"]
        for (name, shape) in arrays {
            lines.append("\(name) = np.random.randn(\(shape.map(String.init).joined(separator: ", ")))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
