#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Loops the learner writes, as `backprop run` runs the Python files, whole process from spawn
/// to exit: the notebook's planar `nn_model` (10,000 iterations of forward, cost, backward and
/// update, written with dicts and functions) and the course's L-layer model on the cat
/// classifier's shapes. scripts/compare-with-numpy.py times `python3` on the same files beside them.
enum InterpreterWorkloads {
    /// scripts/workloads/NAME, found from this source file (the benchmark is run from the repository).
    static func program(_ name: String) -> String {
        let here = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        return here.dropLast(3).joined(separator: "/") + "/scripts/workloads/" + name
    }

    static let programs = [
        ("interpreted-planar-nn-model", "planar nn_model.py, backprop run (whole process)", program("planar_nn_model.py")),
        ("interpreted-deep-L-layer-model", "L-layer model [12288, 20, 7, 5, 1], 40 iterations, backprop run (whole process)",
         program("deep_L_layer_model.py")),
    ]

    static func all(binary: String) -> [Workload] {
        programs.filter { access($0.2, R_OK) == 0 }.map { id, title, path in
            Workload(id: id, title: title, unit: .seconds, runs: 3) {
                { try run(binary, path) }
            }
        }
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
