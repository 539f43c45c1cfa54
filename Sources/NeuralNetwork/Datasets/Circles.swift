import MatrixEngine
import RealModule

extension Dataset {
    /// A circle inside a circle, sklearn's `make_circles` recipe: label 0 on the unit circle,
    /// label 1 on a circle of radius `factor`, angles evenly spaced in [0, 2π) (numpy's
    /// `linspace(..., endpoint=False)`); then shuffled and noised like `moons`. No straight line
    /// separates them, but one hidden layer can. Defaults as the course's `load_extra_datasets`
    /// (200 points, factor 0.5, noise 0.3).
    public static func circles(size: Int = 200, noise: Double = 0.3, factor: Double = 0.5, seed: Int = 1) throws(DatasetError) -> Dataset {
        let m = try DatasetArgument.size(size)
        let noise = try DatasetArgument.noise(noise)
        let factor = try DatasetArgument.factor(factor)
        var generator = try DatasetArgument.seed(seed)
        let outerCount = m / 2, innerCount = m - outerCount
        var rows = ExampleRows()
        for angle in anglesAroundCircle(count: outerCount) {
            rows.append(Double.cos(angle), Double.sin(angle), label: 0)
        }
        for angle in anglesAroundCircle(count: innerCount) {
            rows.append(Double.cos(angle) * factor, Double.sin(angle) * factor, label: 1)
        }
        rows.shuffle(using: &generator)
        rows.addNoise(noise, using: &generator)
        return rows.dataset(
            name: "circles",
            origin: "two circles (sklearn's make_circles): \(m) points, noise \(noise), factor \(factor), seed \(seed)")
    }

    /// `np.linspace(0, 2*np.pi, count, endpoint=False)`: `k * (2π / count)`.
    private static func anglesAroundCircle(count: Int) -> [Double] {
        let step = 2 * Double.pi / Double(count)
        return (0..<count).map { Double($0) * step }
    }
}
