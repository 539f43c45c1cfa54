import MatrixEngine

/// The knobs of the built-in data sets, as the learner types them (`load moons size=300 noise=0.1`).
/// Nil means "the data set's default"; each data set says which options it takes.
public struct DatasetOptions: Sendable, Equatable {
    /// m, the number of examples.
    public var size: Int?
    /// The standard deviation of the Gaussian noise (for blobs, of each cluster).
    public var noise: Double?
    /// The `np.random.seed` the data is drawn after.
    public var seed: Int?
    /// circles: the inner circle's radius relative to the outer one's, in [0, 1).
    public var factor: Double?
    /// blobs: how many clusters; cluster i is labelled i % 2, as the course's `Y = Y % 2`.
    public var centers: Int?

    public init(size: Int? = nil, noise: Double? = nil, seed: Int? = nil, factor: Double? = nil, centers: Int? = nil) {
        self.size = size
        self.noise = noise
        self.seed = seed
        self.factor = factor
        self.centers = centers
    }

    /// Every option's name, in the order help text lists them.
    public static let allNames = ["size", "noise", "seed", "factor", "centers"]

    /// The names of the options that are set.
    public var givenNames: [String] {
        var names: [String] = []
        if size != nil { names.append("size") }
        if noise != nil { names.append("noise") }
        if seed != nil { names.append("seed") }
        if factor != nil { names.append("factor") }
        if centers != nil { names.append("centers") }
        return names
    }
}

/// The checks every generator applies to its arguments, with messages that state the rule.
enum DatasetArgument {
    static let maximumSize = 100_000

    static func size(_ size: Int) throws(DatasetError) -> Int {
        guard (1...maximumSize).contains(size) else {
            throw .invalidOption(option: "size", value: String(size), requirement: "the number of examples must be from 1 to \(maximumSize)")
        }
        return size
    }

    static func noise(_ noise: Double) throws(DatasetError) -> Double {
        guard noise.isFinite, noise >= 0 else {
            throw .invalidOption(option: "noise", value: String(noise), requirement: "a standard deviation must be a finite number ≥ 0")
        }
        return noise
    }

    static func seed(_ seed: Int) throws(DatasetError) -> NumpyRandom {
        guard seed >= 0, seed <= NumpyRandom.maximumSeed, let generator = try? NumpyRandom(seed: seed) else {
            throw .invalidOption(option: "seed", value: String(seed), requirement: "a seed must be between 0 and 2**32 - 1, as in numpy")
        }
        return generator
    }

    static func factor(_ factor: Double) throws(DatasetError) -> Double {
        guard factor >= 0, factor < 1 else {
            throw .invalidOption(option: "factor", value: String(factor), requirement: "the inner circle's relative radius must be in [0, 1)")
        }
        return factor
    }

    static func centers(_ centers: Int) throws(DatasetError) -> Int {
        guard (2...20).contains(centers) else {
            throw .invalidOption(option: "centers", value: String(centers), requirement: "the number of clusters must be from 2 to 20")
        }
        return centers
    }
}
