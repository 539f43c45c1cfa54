@preconcurrency import Glibc

/// Whether a large matrix can be allocated at all, asked before it is.
///
/// Swift cannot recover from a failed allocation: the process aborts ("Fatal error: failed to
/// allocate …") and the learner's session is gone. Three 20000² matrices each pass the
/// per-matrix guard but together need 9.6 GB; so every large allocation is first checked against
/// what the machine and the process can still give: the address-space and data limits
/// (`ulimit -v`, `ulimit -d`) less what the process already uses, the memory available on the
/// machine (RAM the kernel can free, and swap), and a container's memory limit. The session's
/// own matrices are part of "already uses", so its total is budgeted, not each matrix alone.
///
/// Small allocations are not checked (asking costs a few reads of /proc, about 20 µs), and
/// neither is anything when the limits cannot be read.
public enum MemoryBudget {
    /// Allocations from this size on are checked: 32 MB, a 2000² matrix.
    public static let checkedBytes = 32 << 20

    /// What is left, with what decides it, for a message.
    public struct Headroom: Equatable, Sendable {
        public var bytes: Int
        /// `the address-space limit (ulimit -v) of 8.0 GB, of which 6.5 GB is in use`.
        public var reason: String
    }

    /// Throws when `bytes` more cannot be allocated. `what` names the allocation for the
    /// message: `a (20000, 20000) matrix`.
    public static func check(bytes: Int, what: @autoclosure () -> String, operation: String) throws(MatrixError) {
        guard bytes >= checkedBytes, let headroom = headroom(), bytes > headroom.bytes else { return }
        throw .insufficientMemory(operation: operation, message: "\(what()) needs \(describe(bytes)), but only \(describe(max(headroom.bytes, 0))) can still be allocated (\(headroom.reason))")
    }

    /// Checks room for a rows × columns matrix of doubles (plus `extraBytes` of working memory).
    @usableFromInline
    static func check(rows: Int, columns: Int, extraBytes: Int = 0, operation: String) throws(MatrixError) {
        let (elements, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow else { return }  // the dimension guard refuses these
        try check(bytes: elements &* MemoryLayout<Double>.stride &+ extraBytes, what: "a (\(rows), \(columns)) matrix", operation: operation)
    }

    /// The smallest of the limits that apply, or nil when none can be read.
    public static func headroom() -> Headroom? {
        var candidates: [Headroom] = []
        let status = processStatus()
        for (resource, name, used) in [(RLIMIT_AS, "the address-space limit (ulimit -v)", status.virtual),
                                       (RLIMIT_DATA, "the data-size limit (ulimit -d)", status.data)] {
            var limit = rlimit()
            guard getrlimit(__rlimit_resource_t(resource.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max,
                  let used, limit.rlim_cur < UInt(Int.max) else { continue }
            let cap = Int(limit.rlim_cur)
            candidates.append(Headroom(bytes: cap - used, reason: "\(name) is \(describe(cap)), of which \(describe(used)) is in use"))
        }
        if let available = machineAvailable() {
            candidates.append(Headroom(bytes: available, reason: "the machine has \(describe(available)) of memory free"))
        }
        if let container = containerHeadroom() {
            candidates.append(container)
        }
        return candidates.min { $0.bytes < $1.bytes }
    }

    /// `3.2 GB`, `512 MB`.
    public static func describe(_ bytes: Int) -> String {
        if bytes >= 1_000_000_000 {
            let tenths = (Double(bytes) / 100_000_000).rounded() / 10
            return "\(tenths) GB"
        }
        return "\(max(bytes, 0) / 1_000_000) MB"
    }

    // MARK: Reading the limits

    /// Virtual size and data size of this process, in bytes (from /proc/self/statm).
    static func processStatus() -> (virtual: Int?, data: Int?) {
        guard let text = readSmallFile("/proc/self/statm") else { return (nil, nil) }
        let fields = text.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: "\n")) }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard fields.count >= 6 else { return (nil, nil) }
        return (fields[0] * page, fields[5] * page)
    }

    /// MemAvailable plus free swap, in bytes.
    static func machineAvailable() -> Int? {
        guard let text = readSmallFile("/proc/meminfo") else { return nil }
        var available: Int?, swap = 0
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 2, let kilobytes = Int(parts[1]) else { continue }
            if parts[0] == "MemAvailable:" { available = kilobytes * 1024 }
            if parts[0] == "SwapFree:" { swap = kilobytes * 1024 }
        }
        return available.map { $0 + swap }
    }

    /// A memory cgroup's limit less its use (reclaimable file cache counts as free), v2 or v1.
    static func containerHeadroom() -> Headroom? {
        guard let text = readSmallFile("/proc/self/cgroup") else { return nil }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            let path = parts[2] == "/" ? "" : String(parts[2])
            let folder: String, limitFile: String, usageFile: String, cacheKey: String
            if parts[0] == "0" && parts[1].isEmpty {
                (folder, limitFile, usageFile, cacheKey) = ("/sys/fs/cgroup" + path, "memory.max", "memory.current", "inactive_file")
            } else if parts[1].split(separator: ",").contains("memory") {
                (folder, limitFile, usageFile, cacheKey) = ("/sys/fs/cgroup/memory" + path, "memory.limit_in_bytes", "memory.usage_in_bytes", "total_inactive_file")
            } else {
                continue
            }
            guard let limitText = readSmallFile(folder + "/" + limitFile), let limit = Int(limitText.trimmingCharacters(in: "\n")),
                  limit < 1 << 60, let usageText = readSmallFile(folder + "/" + usageFile),
                  let usage = Int(usageText.trimmingCharacters(in: "\n")) else { continue }
            var cache = 0
            if let stat = readSmallFile(folder + "/memory.stat") {
                for statLine in stat.split(separator: "\n") where statLine.hasPrefix(cacheKey + " ") {
                    cache = Int(statLine.dropFirst(cacheKey.count + 1)) ?? 0
                }
            }
            return Headroom(bytes: limit - usage + cache, reason: "the container's memory limit is \(describe(limit)), of which \(describe(usage - cache)) is in use")
        }
        return nil
    }

    static func readSmallFile(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 1 << 16 {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> Substring {
        var text = self
        while text.last == set { text.removeLast() }
        return text
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> Substring {
        Substring(self).trimmingCharacters(in: set)
    }
}
