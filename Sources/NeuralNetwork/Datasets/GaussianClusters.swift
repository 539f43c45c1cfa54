import MatrixEngine

/// Examples drawn around fixed centres, as sklearn's `make_blobs` draws each cluster:
/// `normal(loc=centre, scale=deviation, size=(count, 2))`, clusters in order, the first
/// `size % centres` clusters one example larger. Shared by `blobs` and `xor`.
struct GaussianClusters {
    var centers: [(x: Double, y: Double, label: Double)]
    var deviation: Double

    func draw(size: Int, using generator: inout NumpyRandom) -> ExampleRows {
        var rows = ExampleRows()
        let base = size / centers.count, larger = size % centers.count
        for (index, center) in centers.enumerated() {
            for _ in 0..<(base + (index < larger ? 1 : 0)) {
                let x = center.x + deviation * generator.nextGaussian()
                let y = center.y + deviation * generator.nextGaussian()
                rows.append(x, y, label: center.label)
            }
        }
        return rows
    }
}
