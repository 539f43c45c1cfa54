import MatrixEngine
import RealModule

extension Dataset {
    /// Two interleaving half circles, sklearn's `make_moons` recipe: label 0 on the upper moon
    /// `(cos s, sin s)`, label 1 on the lower `(1 - cos s, 0.5 - sin s)` for s in [0, π]; then the
    /// examples are shuffled and Gaussian noise added, each drawn from numpy's legacy generator
    /// after `np.random.seed(seed)` in sklearn's order. Not linearly separable: a small network's first win.
    /// Defaults as the course's `load_extra_datasets` (200 points, noise 0.2).
    public static func moons(size: Int = 200, noise: Double = 0.2, seed: Int = 1) throws(DatasetError) -> Dataset {
        let m = try DatasetArgument.size(size)
        let noise = try DatasetArgument.noise(noise)
        var generator = try DatasetArgument.seed(seed)
        let outerCount = m / 2, innerCount = m - outerCount
        var rows = ExampleRows()
        for s in Matrix.linspaceValues(0, .pi, count: outerCount) {
            rows.append(Double.cos(s), Double.sin(s), label: 0)
        }
        for s in Matrix.linspaceValues(0, .pi, count: innerCount) {
            rows.append(1 - Double.cos(s), 1 - Double.sin(s) - 0.5, label: 1)
        }
        rows.shuffle(using: &generator)
        rows.addNoise(noise, using: &generator)
        return rows.dataset(name: "moons", origin: "two moons (sklearn's make_moons): \(m) points, noise \(noise), seed \(seed)")
    }
}
