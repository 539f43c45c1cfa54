/// One built-in data set as help text lists it: its name, what it is, and its options' defaults.
public struct BuiltinDataset: Sendable {
    public let name: String
    /// One line for help text.
    public let summary: String
    /// The options it takes with their defaults, in help text's order: `[("size", "400"), ...]`.
    public let defaults: [(option: String, value: String)]
    let make: @Sendable (DatasetOptions) throws(DatasetError) -> Dataset

    /// The names of the options it takes.
    public var acceptedOptions: [String] { defaults.map(\.option) }
}

/// The data sets a learner can load by name. An option a data set does not take is an error
/// rather than silently ignored, so `load planar factor=0.3` does not pretend to do something.
/// `planar` with no options is always the course's flower; other sizes, noises and seeds are allowed
/// and named as such in the data set's `origin`.
public enum BuiltinDatasets {
    public static let all: [BuiltinDataset] = [
        BuiltinDataset(
            name: "logistic",
            summary: "the notes' 3-example logistic regression example, X (2, 3)",
            defaults: [],
            make: { _ throws(DatasetError) in .logisticExample }),
        BuiltinDataset(
            name: "planar",
            summary: "the course's flower: two petal classes in 2-D, 400 points (planar_utils)",
            defaults: [("size", "400"), ("noise", "0.2"), ("seed", "1")],
            make: { options throws(DatasetError) in
                try .planar(size: options.size ?? 400, noise: options.noise ?? 0.2, seed: options.seed ?? 1)
            }),
        BuiltinDataset(
            name: "moons",
            summary: "two interleaving half circles (sklearn's make_moons)",
            defaults: [("size", "200"), ("noise", "0.2"), ("seed", "1")],
            make: { options throws(DatasetError) in
                try .moons(size: options.size ?? 200, noise: options.noise ?? 0.2, seed: options.seed ?? 1)
            }),
        BuiltinDataset(
            name: "circles",
            summary: "a circle inside a circle (sklearn's make_circles)",
            defaults: [("size", "200"), ("noise", "0.3"), ("factor", "0.5"), ("seed", "1")],
            make: { options throws(DatasetError) in
                try .circles(
                    size: options.size ?? 200, noise: options.noise ?? 0.3, factor: options.factor ?? 0.5, seed: options.seed ?? 1)
            }),
        BuiltinDataset(
            name: "xor",
            summary: "four clusters at (±1, ±1), label 1 where the signs differ",
            defaults: [("size", "200"), ("noise", "0.35"), ("seed", "1")],
            make: { options throws(DatasetError) in
                try .xor(size: options.size ?? 200, noise: options.noise ?? 0.35, seed: options.seed ?? 1)
            }),
        BuiltinDataset(
            name: "blobs",
            summary: "Gaussian clusters labelled alternately 0 and 1 (sklearn's make_blobs)",
            defaults: [("size", "200"), ("noise", "1.0"), ("centers", "2"), ("seed", "1")],
            make: { options throws(DatasetError) in
                try .blobs(size: options.size ?? 200, noise: options.noise ?? 1.0, centers: options.centers ?? 2, seed: options.seed ?? 1)
            }),
    ]

    /// The names, in help text's order.
    public static var names: [String] { all.map(\.name) }

    /// The entry called `name`, if there is one.
    public static func entry(named name: String) -> BuiltinDataset? {
        all.first { $0.name == name }
    }

    /// The data set `name` drawn with `options` (nil options take the defaults).
    public static func make(_ name: String, options: DatasetOptions = DatasetOptions()) throws(DatasetError) -> Dataset {
        guard let entry = entry(named: name) else {
            throw .unknownDataset(name: name, known: names)
        }
        if let unexpected = options.givenNames.first(where: { !entry.acceptedOptions.contains($0) }) {
            throw .optionNotAccepted(option: unexpected, dataset: name, accepted: entry.acceptedOptions)
        }
        return try entry.make(options)
    }
}
