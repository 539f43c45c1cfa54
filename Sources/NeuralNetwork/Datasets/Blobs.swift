import MatrixEngine

extension Dataset {
    /// Gaussian clusters, sklearn's `make_blobs` recipe: `centers` centres drawn uniformly in the
    /// box [-10, 10]², `size` points spread around them with standard deviation `noise`, then
    /// shuffled. Labels must be 0 or 1, so cluster i is labelled i % 2 — the course's
    /// `Y = Y % 2` on its six blobs. Two clusters (the default) are usually linearly separable.
    public static func blobs(size: Int = 200, noise: Double = 1.0, centers: Int = 2, seed: Int = 1) throws(DatasetError) -> Dataset {
        let m = try DatasetArgument.size(size)
        let noise = try DatasetArgument.noise(noise)
        let centerCount = try DatasetArgument.centers(centers)
        var generator = try DatasetArgument.seed(seed)
        // uniform(-10, 10, size=(centers, 2)): row-major, x then y of each centre.
        let centerPoints = (0..<centerCount).map { index in
            (x: generator.uniform(-10, 10), y: generator.uniform(-10, 10), label: Double(index % 2))
        }
        var rows = GaussianClusters(centers: centerPoints, deviation: noise).draw(size: m, using: &generator)
        rows.shuffle(using: &generator)
        return rows.dataset(
            name: "blobs",
            origin: "Gaussian blobs (sklearn's make_blobs): \(m) points, \(centerCount) clusters labelled alternately 0 and 1, noise \(noise), seed \(seed)")
    }
}
