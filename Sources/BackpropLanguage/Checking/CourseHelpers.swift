/// The course's own helper modules, as Python: what each week's notebook imports besides numpy.
/// The reference solutions call them, as the learner's functions do in the notebook, and
/// `from dnn_utils import sigmoid, relu` defines dnn_utils' (Backprop's built-in sigmoid and
/// relu return A alone).
enum CourseHelpers {
    /// The modules whose helpers are dnn_utils'.
    static let dnnUtilsModules: Set<String> = ["dnn_utils", "dnn_utils_v2"]

    /// The helpers of `week`'s notebook, run before its reference solutions.
    static func module(for week: CourseWeek) -> String {
        switch week {
        case .logisticRegression: return ""  // the learner writes sigmoid (copy, for optimize, needs no import in Backprop)
        case .shallowNetwork: return planarUtils
        case .deepNetwork: return dnnUtils
        }
    }

    /// The names `module(for:)` defines: a week-4 learner's sigmoid is dnn_utils', not week 2's graded one.
    static func names(for week: CourseWeek) -> [String] {
        switch week {
        case .logisticRegression: return []
        case .shallowNetwork: return ["sigmoid"]
        case .deepNetwork: return ["sigmoid", "relu", "relu_backward", "sigmoid_backward"]
        }
    }

    /// Week 3's `planar_utils.sigmoid`: A alone, as Backprop's built-in sigmoid.
    static let planarUtils = """
    def sigmoid(x):
        s = 1 / (1 + np.exp(-x))
        return s

    """

    /// Week 4's `dnn_utils`: the forward helpers return `(A, cache)` with the cache being Z, and
    /// the backward ones take that cache.
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
