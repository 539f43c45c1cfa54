#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// A loop the learner writes: the notebook's planar `nn_model` (10,000 iterations of forward,
/// cost, backward and update, written with dicts and functions) as `backprop run` runs the
/// Python file, whole process from spawn to exit. scripts/compare-with-numpy.py times
/// `python3` on the same file beside it.
enum InterpreterWorkloads {
    /// scripts/workloads/planar_nn_model.py, found from this source file (the benchmark is run from the repository).
    static let planarProgram: String = {
        let here = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        return here.dropLast(3).joined(separator: "/") + "/scripts/workloads/planar_nn_model.py"
    }()

    static func all(binary: String) -> [Workload] {
        guard access(planarProgram, R_OK) == 0 else { return [] }
        return [
            Workload(id: "interpreted-planar-nn-model", title: "planar nn_model.py, backprop run (whole process)", unit: .seconds, runs: 3) {
                { try run(binary, planarProgram) }
            },
        ]
    }

    static func run(_ binary: String, _ program: String) throws -> Double {
        let null = open("/dev/null", O_RDWR)
        defer { close(null) }
        let start = Measurement.now()
        let pid = try StartupWorkloads.spawn(binary, arguments: ["run", program], stdin: null, stdout: null, stderr: null,
                                             closing: [], newSession: false)
        try StartupWorkloads.wait(pid)
        return Measurement.now() - start
    }
}
