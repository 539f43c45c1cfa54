/// The micro-kernel alone, on operands that stay in L1: the most a core can do with it.
///
/// The benchmark times this to print the per-core peak next to the product's throughput; the
/// gap between the two is what blocking, packing and threading lose.
package enum KernelPeak {
    /// Runs the general kernel of `family` `repetitions` times over a depth of `depth` on packed
    /// strips, and returns the floating-point operations done (2·MR·NR·depth per run).
    package static func run(family: ProductConfiguration.KernelFamily, depth: Int, repetitions: Int) -> Double {
        switch family {
        case .simd4: return run(Kernel6x8.self, depth: depth, repetitions: repetitions)
        case .simd8: return run(Kernel8x16.self, depth: depth, repetitions: repetitions)
        }
    }

    /// The general kernel's tile for `family`, as "MR×NR".
    package static func tile(family: ProductConfiguration.KernelFamily) -> String {
        switch family {
        case .simd4: return "\(Kernel6x8.rows)×\(Kernel6x8.columns)"
        case .simd8: return "\(Kernel8x16.rows)×\(Kernel8x16.columns)"
        }
    }

    @inline(never)
    private static func run<Kernel: MicroKernel>(_ kernel: Kernel.Type, depth: Int, repetitions: Int) -> Double {
        let mr = Kernel.rows, nr = Kernel.columns
        return ScratchMemory.withBuffer(count: (mr + nr) * depth + mr * nr) { memory in
            let a = memory, b = memory + mr * depth, c = b + nr * depth
            // Small values so that the repeated sums stay finite.
            for index in 0..<((mr + nr) * depth) { memory[index] = 1e-3 * Double(index % 7 - 3) }
            c.initialize(repeating: 0, count: mr * nr)
            for _ in 0..<repetitions {
                Kernel.multiply(depth: depth, a: a, aRowStride: 1, aStep: mr, b: b, bRowStride: nr, c: c, cRowStride: nr, accumulate: true)
            }
            return 2 * Double(mr * nr * depth) * Double(repetitions)
        }
    }
}
