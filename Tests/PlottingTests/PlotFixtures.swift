import MatrixEngine
@testable import Plotting

/// Deterministic inputs for the plot tests, computed without transcendental functions so the
/// goldens do not depend on the C library's last bits.
enum PlotFixtures {
    /// A typical falling learning curve, recorded every 100 iterations as the course does.
    static let costCurve: [CostPoint] = stride(from: 0, to: 10_000, by: 100).map { iteration in
        CostPoint(iteration: iteration, cost: 0.2 + 0.5 / (1 + Double(iteration) / 500))
    }

    /// 80 points around the origin; label 1 inside radius √1.2, with four labels flipped so some
    /// points sit on the wrong side of the boundary.
    static let ring: (X: Matrix, Y: Matrix) = {
        var generator = try! NumpyRandom(seed: 3)
        var xs: [Double] = [], ys: [Double] = [], labels: [Double] = []
        for index in 0..<80 {
            let x = 1.3 * generator.nextGaussian(), y = 1.3 * generator.nextGaussian()
            var label: Double = x * x + y * y < 1.2 ? 1 : 0
            if [5, 17, 33, 61].contains(index) { label = 1 - label }
            xs.append(x)
            ys.append(y)
            labels.append(label)
        }
        return (try! Matrix(rows: 2, columns: 80, elements: xs + ys), try! Matrix(rows: 1, columns: 80, elements: labels))
    }()

    /// Probability 0.8 inside radius √1.3, 0.2 outside: a round decision boundary.
    static func ringClassifier(_ grid: Matrix) -> Matrix {
        let k = grid.columns
        let values = (0..<k).map { column -> Double in
            let x = grid[0, column], y = grid[1, column]
            return x * x + y * y < 1.3 ? 0.8 : 0.2
        }
        return try! Matrix(rows: 1, columns: k, elements: values)
    }

    /// A small weight matrix with both signs, like W1 after a few steps.
    static let weights = try! Matrix([
        [0.5, -1.2, 0.03],
        [-0.25, 0.8, 1.1],
        [0.0, -0.6, 0.35],
        [0.9, 0.1, -0.9],
    ])

    /// Three rows of 12288 columns, the length of the course's 64×64×3 image vectors.
    static let wide: Matrix = {
        let columns = 12288
        var values: [Double] = []
        for row in 0..<3 {
            for column in 0..<columns { values.append(Double((column / 64 + column % 64 + row * 40) % 256) / 255) }
        }
        return try! Matrix(rows: 3, columns: columns, elements: values)
    }()

    static let withNonFinite = try! Matrix([
        [1, 2, .nan, 4, 5],
        [2, 3, 4, .infinity, 6],
        [3, 4, 5, 6, 7],
    ])

    static let asciiStyle = PlotStyle(unicode: false, color: false, width: 60, height: 14)
    static let unicodeStyle = PlotStyle(unicode: true, color: false, width: 60, height: 14)
    static let colorStyle = PlotStyle(unicode: true, color: true, width: 60, height: 14)
    static let styles: [(name: String, style: PlotStyle)] = [("ascii", asciiStyle), ("unicode", unicodeStyle), ("color", colorStyle)]
}
