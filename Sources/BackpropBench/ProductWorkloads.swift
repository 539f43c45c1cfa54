import MatrixEngine

/// Matrix product throughput, and the micro-kernel's per-core peak to compare it with.
///
/// The shapes: squares of 64, 256 and 1024, and the first layer of a network on 12288-feature
/// images with 20 hidden units and 209 examples: forward W1·X, (20×12288)·(12288×209), the
/// shape (20×209)·(209×12288), and the two products of that layer's backward pass with a
/// transposed operand, dZ1·Xᵀ and W1ᵀ·dZ1. Each is timed with all threads (two here) and
/// with one.
enum ProductWorkloads {
    struct Shape {
        let id: String
        let title: String
        let m, k, n: Int
        var transposeLeft = false
        var transposeRight = false
    }

    static let shapes: [Shape] = [
        Shape(id: "matmul-64", title: "matmul 64×64 · 64×64", m: 64, k: 64, n: 64),
        Shape(id: "matmul-256", title: "matmul 256×256 · 256×256", m: 256, k: 256, n: 256),
        Shape(id: "matmul-1024", title: "matmul 1024×1024 · 1024×1024", m: 1024, k: 1024, n: 1024),
        Shape(id: "matmul-20x12288x209", title: "matmul (20×12288)·(12288×209)", m: 20, k: 12288, n: 209),
        Shape(id: "matmul-20x209x12288", title: "matmul (20×209)·(209×12288)", m: 20, k: 209, n: 12288),
        Shape(id: "matmul-ABt-20x209x12288", title: "matmul (20×209)·(12288×209).T", m: 20, k: 209, n: 12288,
              transposeRight: true),
        Shape(id: "matmul-AtB-12288x20x209", title: "matmul (20×12288).T·(20×209)", m: 12288, k: 20, n: 209,
              transposeLeft: true),
    ]

    /// The micro-kernel on L1-resident data, one thread.
    static var kernelPeak: Workload {
        let family = ProductConfiguration.automatic.family
        return Workload(id: "kernel-peak", title: "kernel-only peak per core (\(KernelPeak.tile(family: family)) tile)",
                        unit: .gflops) { {
            var flops = 0.0
            let seconds = Measurement.secondsPerCall(minimum: 0.1) {
                flops = KernelPeak.run(family: family, depth: 256, repetitions: 2000)
            }
            return flops / seconds / 1e9
        } }
    }

    static var all: [Workload] {
        var workloads: [Workload] = []
        for shape in shapes {
            workloads.append(workload(shape, configuration: .automatic, suffix: "", note: ""))
            workloads.append(workload(shape, configuration: .singleThreaded, suffix: "-1thread", note: ", 1 thread"))
        }
        return workloads
    }

    static func workload(_ shape: Shape, configuration: ProductConfiguration, suffix: String, note: String) -> Workload {
        Workload(id: shape.id + suffix, title: shape.title + note, unit: .gflops) {
            var generator = SplitMix64(seed: 42)
            let a = generator.matrix(shape.transposeLeft ? shape.k : shape.m, shape.transposeLeft ? shape.m : shape.k)
            let b = generator.matrix(shape.transposeRight ? shape.n : shape.k, shape.transposeRight ? shape.k : shape.n)
            let flops = 2 * Double(shape.m) * Double(shape.n) * Double(shape.k)
            return { try measure(a, b, shape, configuration: configuration, flops: flops) }
        }
    }

    static func measure(_ a: Matrix, _ b: Matrix, _ shape: Shape, configuration: ProductConfiguration,
                        flops: Double) throws -> Double {
        var sink = 0.0
        let seconds = try Measurement.secondsPerCall {
            let c = try a.matmul(b, transposeLeft: shape.transposeLeft, transposeRight: shape.transposeRight,
                                 configuration: configuration)
            sink += c.elements[0]
        }
        precondition(sink.isFinite)
        return flops / seconds / 1e9
    }
}

/// A small seeded generator for the benchmark's operands (values in [-1, 1)).
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func matrix(_ rows: Int, _ columns: Int) -> Matrix {
        let values = (0..<(rows * columns)).map { _ in Double(next() >> 11) * 0x1p-52 - 1 }
        return try! Matrix(rows: rows, columns: columns, elements: values)
    }
}
