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
    /// Sets the workload up (its operands, say) and returns how to measure one run: called
    /// once, just before the runs, so that only one workload's data is alive at a time.
    let prepare: () throws -> () throws -> Double
}

/// A measured workload.
struct Result {
    let workload: Workload
    let median: Double
    let samples: [Double]
}
