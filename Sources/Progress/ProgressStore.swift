@preconcurrency import Glibc
import FoundationEssentials

/// A learner's progress, kept as JSON in `~/.backprop/NAME.json`.
///
/// Writes are atomic: the new contents go to a temporary file in the same directory, are flushed
/// to disk, and replace the old file with one `rename`, so a crash or Ctrl-C leaves either the old
/// progress or the new, never half of one. A missing or unreadable file reads as a fresh record.
public struct ProgressStore<Record: Codable & Sendable>: Sendable {
    public let path: String
    private let fresh: Record

    /// `directory` defaults to `$HOME/.backprop`.
    public init(fileName: String, directory: String? = nil, fresh: Record) {
        let folder = directory ?? ProgressStore.defaultDirectory
        path = folder + "/" + fileName
        self.fresh = fresh
    }

    public static var defaultDirectory: String {
        let home = getenv("HOME").map { String(cString: $0) } ?? "."
        return (home.isEmpty ? "." : home) + "/.backprop"
    }

    public func load() -> Record {
        guard let file = fopen(path, "rb") else { return fresh }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 14)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            bytes.append(contentsOf: buffer[0..<count])
            if count < buffer.count { break }
        }
        return (try? JSONDecoder().decode(Record.self, from: Data(bytes))) ?? fresh
    }

    /// Reads, changes and writes back the record; returns false (and keeps the old file) if it
    /// could not be written.
    @discardableResult
    public func update(_ change: (inout Record) -> Void) -> Bool {
        var record = load()
        change(&record)
        return save(record)
    }

    @discardableResult
    public func save(_ record: Record) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(record) else { return false }
        makeDirectories(String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]))
        var template = Array((path + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return false }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let written = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written, synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// `mkdir -p`: every missing folder on the way (the first save creates `~/.backprop`).
    private func makeDirectories(_ directory: String) {
        var prefix = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            prefix += "/" + component
            mkdir(prefix, 0o700)
        }
    }
}
