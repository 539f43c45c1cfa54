#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the engine needs to know about the processor it runs on.
package enum HostCPU {
    /// Whether the processor has 512-bit vectors (AVX-512F). The package is compiled for the
    /// host (`-target-cpu native`), so this is also whether the compiled code uses them; on any
    /// other machine the 256-bit kernels are chosen, and both families are correct everywhere.
    static let hasWideVectors: Bool = {
        #if arch(x86_64) && os(Linux)
        return cpuInfoFlags.contains("avx512f")
        #else
        return false
        #endif
    }()

    /// Processors online, at least 1.
    static let processorCount: Int = {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 1
        #endif
    }()

    /// The sizes of the data caches one core sees, in bytes.
    package struct Caches: Sendable, Equatable {
        package var level1Data: Int
        package var level2: Int
        package var level3: Int

        /// The host the blocks were first measured on, for hosts that do not say.
        package static let reference = Caches(level1Data: 32 << 10, level2: 512 << 10, level3: 32 << 20)
    }

    /// This host's caches, from Linux's /sys/devices/system/cpu/cpu0/cache (any size it does not
    /// give is the reference host's).
    package static let caches: Caches = {
        var caches = Caches.reference
        #if os(Linux)
        for index in 0..<8 {
            let directory = "/sys/devices/system/cpu/cpu0/cache/index\(index)/"
            guard let level = firstLine(directory + "level").flatMap({ Int($0) }),
                  let type = firstLine(directory + "type"),
                  let size = firstLine(directory + "size").flatMap(bytes) else { continue }
            switch (level, type) {
            case (1, "Data"): caches.level1Data = size
            case (2, "Unified"), (2, "Data"): caches.level2 = size
            case (3, "Unified"): caches.level3 = size
            default: break
            }
        }
        #endif
        return caches
    }()

    /// "32K", "1024K", "32M" as bytes.
    static func bytes(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        guard let unit = text.last.flatMap({ units[$0] }) else { return Int(text) }
        guard let number = Int(text.dropLast()) else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: unit)
        return overflow || product < 0 ? nil : product
    }

    /// The first line of a small file of /sys, without its newline (nil if it cannot be read).
    private static func firstLine(_ path: String) -> String? {
        MemoryBudget.readSmallFile(path).map { String($0.prefix { $0 != "\n" }) }
    }

    #if arch(x86_64) && os(Linux)
    /// The words of the first `flags` line of /proc/cpuinfo (empty if it cannot be read).
    private static var cpuInfoFlags: Set<Substring> {
        guard let file = fopen("/proc/cpuinfo", "r") else { return [] }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0 {
            guard let line else { break }
            let text = String(cString: line)
            if text.hasPrefix("flags") {
                return Set(text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == ":" }))
            }
        }
        return []
    }
    #endif
}
