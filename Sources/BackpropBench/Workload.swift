/// One figure the benchmark prints: a name, a unit, and how to measure it.
///
/// Every workload is measured the same way (see `Measurement`): several runs, and the median
/// is reported. To add a workload, add an entry to one of the lists that `main.swift` runs;
/// give it a stable `id`, since scripts/compare-with-numpy.py matches numpy's figures by id.
struct Workload {
    enum Unit: String {
        case gflops = "GFLOPS"
        case seconds = "s"
        case milliseconds = "ms"
        case megabytes = "MB"

        /// Whether a larger figure is better (throughput) or worse (time, memory).
        var higherIsBetter: Bool { self == .gflops }
    }

    /// Stable identifier, shared with the numpy side of the comparison.
    let id: String
    /// What a person reads in the table.
    let title: String
    let unit: Unit
    /// Runs to take the median of.
    var runs: Int = 7
    /// Returns the figure of one run; called several times, and the median is kept.
    let measure: () throws -> Double
}

/// A measured workload.
struct Result {
    let workload: Workload
    let median: Double
    let samples: [Double]
}
