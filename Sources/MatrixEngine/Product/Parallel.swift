import Dispatch
import Synchronization

/// Running independent pieces of a product on several threads.
///
/// `DispatchQueue.concurrentPerform` runs one loop per thread; the loops take chunk numbers
/// from a shared counter until none are left. The calling thread takes part, so when a Dispatch
/// worker starts late (about 20 µs on Linux) the caller simply takes more chunks, and the
/// number of threads is bounded whatever the machine's core count.
enum Parallel {
    /// Calls `body(chunk)` once for every chunk in `0..<count`, on at most `threads` threads.
    static func forEach(count: Int, threads: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let workers = min(threads, count)
        if workers <= 1 {
            for chunk in 0..<count { body(chunk) }
            return
        }
        let counter = ChunkCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let chunk = counter.next.add(1, ordering: .relaxed).oldValue
                guard chunk < count else { return }
                body(chunk)
            }
        }
    }

    /// Splits `0..<total` into `parts` consecutive ranges whose lengths differ by at most one.
    static func split(_ total: Int, into parts: Int, part: Int) -> Range<Int> {
        let base = total / parts, extra = total % parts
        let start = part * base + min(part, extra)
        return start..<(start + base + (part < extra ? 1 : 0))
    }
}

private final class ChunkCounter: Sendable {
    let next = Atomic<Int>(0)
}
