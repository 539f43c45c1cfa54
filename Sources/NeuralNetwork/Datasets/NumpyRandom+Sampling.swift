import MatrixEngine

/// The numpy legacy draw the sklearn-style generators need beyond `randn` and `permutation`
/// (MatrixEngine's, what sklearn's `shuffle` does): `uniform`. Same order of draws as numpy, so a script that
/// seeds `np.random.RandomState` and repeats a recipe gets the same numbers.
extension NumpyRandom {
    /// `np.random.uniform(low, high)`: `low + (high - low) * random_sample()`.
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * nextDouble()
    }
}

/// Examples stored one per row while a generator builds them, as numpy and sklearn do, so that
/// noise and shuffles are drawn in their order; `dataset` turns them into the notes' layout.
struct ExampleRows {
    var points: [(x: Double, y: Double)] = []
    var labels: [Double] = []

    mutating func append(_ x: Double, _ y: Double, label: Double) {
        points.append((x, y))
        labels.append(label)
    }

    /// sklearn's `shuffle(X, y)`: row k becomes old row `permutation[k]`.
    mutating func shuffle(using generator: inout NumpyRandom) {
        let order = generator.permutation(points.count)
        points = order.map { points[$0] }
        labels = order.map { labels[$0] }
    }

    /// `X += noise * randn(m, 2)`, drawn row by row (x then y), as `normal(scale=noise, size=X.shape)`.
    mutating func addNoise(_ noise: Double, using generator: inout NumpyRandom) {
        for index in points.indices {
            points[index].x += noise * generator.nextGaussian()
            points[index].y += noise * generator.nextGaussian()
        }
    }

    /// X (2, m) with features as rows and Y (1, m).
    func dataset(name: String, origin: String) -> Dataset {
        let xs = points.map(\.x), ys = points.map(\.y)
        return Dataset(
            name: name,
            X: .fitting(rows: 2, columns: xs.count, elements: xs + ys),
            Y: .fitting(rows: 1, columns: labels.count, elements: labels),
            origin: origin)
    }
}
