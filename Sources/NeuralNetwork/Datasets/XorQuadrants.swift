import MatrixEngine

extension Dataset {
    /// The exclusive-or pattern: four Gaussian clusters centred on (±1, ±1), labelled 1 where
    /// sign(x1) ≠ sign(x2) — the quadrants (-1, 1) and (1, -1) — and 0 on the diagonal. A label
    /// belongs to the cluster, so with large noise some points stray into a neighbour's quadrant.
    /// The classic problem no single neuron can solve. Drawn like `blobs` with fixed centres.
    public static func xor(size: Int = 200, noise: Double = 0.35, seed: Int = 1) throws(DatasetError) -> Dataset {
        let m = try DatasetArgument.size(size)
        let noise = try DatasetArgument.noise(noise)
        var generator = try DatasetArgument.seed(seed)
        let quadrants = [(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)].map { x, y in
            (x: x, y: y, label: (x < 0) != (y < 0) ? 1.0 : 0.0)
        }
        var rows = GaussianClusters(centers: quadrants, deviation: noise).draw(size: m, using: &generator)
        rows.shuffle(using: &generator)
        return rows.dataset(name: "xor", origin: "exclusive or: four clusters at (±1, ±1), \(m) points, noise \(noise), seed \(seed)")
    }
}
