#if canImport(Glibc)
import Glibc
#endif
import MatrixEngine

/// backprop-bench: the figures of the performance issue, each the median of several runs.
///
///     swift build -c release --static-swift-stdlib && .build/release/backprop-bench          # a table
///     .build/release/backprop-bench --json    # the same as JSON (for scripts/compare-with-numpy.py)
///
/// (`--static-swift-stdlib`, as the README's quick start and scripts/install.sh build: the
/// REPL's start-up is timed on the binary a learner runs, and a release build without it would
/// rebuild everything in the same folder.)
///
/// Options: `--only SUBSTRING` measures only the workloads whose id contains it; `--binary
/// PATH` names the `backprop` executable to start (default: the one built beside this one);
/// `--cpu-clock` times with the process's CPU clock (for comparing one-thread figures on a busy host).

var json = false
var only: String? = nil
var binary: String? = nil
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--json": json = true
    case "--only": only = arguments.popFirst()
    case "--binary": binary = arguments.popFirst()
    case "--cpu-clock": Measurement.usesProcessCPUClock = true
    default:
        FileHandleOutput.standardError("usage: backprop-bench [--json] [--only SUBSTRING] [--binary PATH] [--cpu-clock]\n")
        exit(2)
    }
}

#if DEBUG
FileHandleOutput.standardError("warning: a debug build; the figures mean little. Use swift build -c release --static-swift-stdlib\n")
#endif

/// The `backprop` executable beside this one (`swift build -c release --static-swift-stdlib` builds both).
func siblingBinary() -> String {
    var path = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &path, path.count - 1)
    let executable = length > 0 ? String(decoding: path[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                                : CommandLine.arguments[0]
    let directory = executable.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    return (directory.isEmpty ? "." : directory) + "/backprop"
}

let replBinary = binary ?? siblingBinary()
var workloads: [Workload] = [ProductWorkloads.kernelPeak] + ProductWorkloads.all + TrainingWorkloads.all
if access(replBinary, X_OK) == 0 {
    workloads += StartupWorkloads.all(binary: replBinary) + InterpreterWorkloads.all(binary: replBinary)
} else {
    FileHandleOutput.standardError("note: \(replBinary) not found; build it with swift build -c release --static-swift-stdlib to time the REPL's start\n")
}
if let only { workloads = workloads.filter { $0.id.contains(only) } }

let configuration = ProductConfiguration.automatic
if !json {
    var load = [0.0, 0.0, 0.0]
    _ = getloadavg(&load, 3)
    print("Backprop benchmark: \(configuration.threads) threads, \(configuration.family) kernels; median of several runs")
    print("load average \(format(load[0])) before the runs: on a busy machine the figures drop")
    print(pad("workload", 48) + pad("figure", 12, right: true) + "  unit")
}
var results: [Result] = []
for workload in workloads {
    do {
        let measure = try workload.prepare()
        _ = try measure()  // warm-up: first-touch page faults, lazily built state
        let samples = try (0..<workload.runs).map { _ in try measure() }
        let result = Result(workload: workload, median: Measurement.median(samples), samples: samples)
        results.append(result)
        if !json { print(line(workload.title, result.median, workload.unit)) }
    } catch {
        FileHandleOutput.standardError("\(workload.id): \(error)\n")
    }
}
// The largest resident size of this process: the workload with the most data alive at once.
let memory = Result(workload: Workload(id: "peak-memory-bench", title: "peak memory, benchmark process", unit: .megabytes) { { 0 } },
                    median: Measurement.peakMemoryMegabytes(), samples: [])
results.append(memory)
if json {
    print(JSON.encode(results, configuration: configuration))
} else {
    print(line(memory.workload.title, memory.median, memory.workload.unit))
    if let peak = results.first(where: { $0.workload.id == "kernel-peak" })?.median {
        print("\nper-core efficiency (1-thread product ÷ kernel-only peak):")
        for result in results where result.workload.id.hasSuffix("-1thread") {
            print(pad(result.workload.title, 48) + pad(format(100 * result.median / peak), 12, right: true) + "  %")
        }
    }
}

/// A row of the table; times under a second are shown in milliseconds, so that a training
/// iteration of a few microseconds does not print as 0.0 s.
func line(_ title: String, _ value: Double, _ unit: Workload.Unit) -> String {
    let (shown, unitName) = unit == .seconds && value < 1 ? (value * 1000, Workload.Unit.milliseconds.rawValue) : (value, unit.rawValue)
    return pad(title, 48) + pad(format(shown), 12, right: true) + "  " + unitName
}

/// Four significant digits at least, two decimals at least.
func format(_ value: Double) -> String {
    if value != 0, value.magnitude < 1 {
        let decimals = min(12, 3 - Int(log10(value.magnitude).rounded(.down)))
        let scale = pow(10, Double(decimals))
        return "\((value * scale).rounded() / scale)"
    }
    let rounded = value >= 100 ? (value * 10).rounded() / 10 : (value * 100).rounded() / 100
    return "\(rounded)"
}

func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return right ? padding + text : text + padding
}

enum FileHandleOutput {
    static func standardError(_ text: String) {
        var text = text
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
}

/// A small hand-written encoder: the benchmark needs no Foundation.
enum JSON {
    static func encode(_ results: [Result], configuration: ProductConfiguration) -> String {
        let entries = results.map { result in
            let samples = result.samples.map { number($0) }.joined(separator: ", ")
            return "    {\"id\": \(string(result.workload.id)), \"title\": \(string(result.workload.title)), "
                + "\"unit\": \(string(result.workload.unit.rawValue)), "
                + "\"higher_is_better\": \(result.workload.unit.higherIsBetter), "
                + "\"median\": \(number(result.median)), \"samples\": [\(samples)]}"
        }
        return "{\n  \"threads\": \(configuration.threads),\n  \"kernels\": \(string("\(configuration.family)")),\n"
            + "  \"workloads\": [\n" + entries.joined(separator: ",\n") + "\n  ]\n}"
    }

    static func number(_ value: Double) -> String { value.isFinite ? "\(value)" : "null" }

    static func string(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
