#if canImport(Glibc)
import Glibc
#endif

/// Clocks, medians and the process's peak memory.
enum Measurement {
    /// Time with the process's CPU clock instead of the wall clock (`--cpu-clock`): on a host
    /// shared with busy neighbours, the one-thread figures then count only this process's own
    /// running time. Threaded figures count every thread's time and mean little that way.
    nonisolated(unsafe) static var usesProcessCPUClock = false

    /// Seconds on the monotonic clock (or the process's CPU clock, see `usesProcessCPUClock`).
    static func now() -> Double {
        var time = timespec()
        clock_gettime(usesProcessCPUClock ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Seconds per call of `body`, timed over enough calls to last at least `minimum` seconds
    /// (so a fast workload is not lost in the clock's resolution).
    static func secondsPerCall(minimum: Double = 0.05, _ body: () throws -> Void) rethrows -> Double {
        var calls = 1
        while true {
            let start = now()
            for _ in 0..<calls { try body() }
            let elapsed = now() - start
            if elapsed >= minimum || calls >= 1 << 20 { return elapsed / Double(calls) }
            calls = elapsed > 0 ? max(calls * 2, Int(Double(calls) * minimum * 1.2 / elapsed)) : calls * 8
        }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Peak resident memory of this process in megabytes (getrusage's ru_maxrss).
    static func peakMemoryMegabytes() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    }
}
