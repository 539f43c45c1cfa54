import MatrixEngine
import RealModule

extension Dataset {
    /// The course's flower (`planar_utils.load_planar_dataset`), drawn exactly as the notebook
    /// draws it so the learner sees the very numbers the course shows:
    ///
    ///     np.random.seed(1); m = 400; N = int(m/2); a = 4
    ///     for j in range(2):
    ///         t = np.linspace(j*3.12, (j+1)*3.12, N) + np.random.randn(N)*0.2
    ///         r = a*np.sin(4*t) + np.random.randn(N)*0.2
    ///         X[ix] = np.c_[r*np.sin(t), r*np.cos(t)]; Y[ix] = j
    ///
    /// The defaults are the course's; another size, noise or seed draws a different flower by the
    /// same recipe. An odd size gives the second petal class the extra point (the course's code
    /// would leave a stray zero row instead).
    public static func planar(size: Int = 400, noise: Double = 0.2, seed: Int = 1) throws(DatasetError) -> Dataset {
        let m = try DatasetArgument.size(size)
        let noise = try DatasetArgument.noise(noise)
        var generator = try DatasetArgument.seed(seed)
        let petalRadius = 4.0
        var first: [Double] = [], second: [Double] = [], labels: [Double] = []
        for (label, count) in [m / 2, m - m / 2].enumerated() {
            let start = Double(label) * 3.12, stop = Double(label + 1) * 3.12
            let angles = Matrix.linspaceValues(start, stop, count: count)
            let t = angles.map { $0 + generator.nextGaussian() * noise }
            let r = t.map { petalRadius * Double.sin(4 * $0) + generator.nextGaussian() * noise }
            for k in 0..<count {
                first.append(r[k] * Double.sin(t[k]))
                second.append(r[k] * Double.cos(t[k]))
                labels.append(Double(label))
            }
        }
        let X = Matrix.fitting(rows: 2, columns: m, elements: first + second)
        let Y = Matrix.fitting(rows: 1, columns: m, elements: labels)
        let whose = (m, noise, seed) == (400, 0.2, 1) ? "the course's flower" : "a flower like the course's"
        return Dataset(name: "planar", X: X, Y: Y, origin: "\(whose) (planar_utils.load_planar_dataset): \(m) points, noise \(noise), seed \(seed)")
    }
}
