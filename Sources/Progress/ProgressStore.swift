@preconcurrency import Glibc

/// The learner's progress across sessions, one JSON file in `~/.backprop/` shared by every part
/// of Backprop that remembers something (drills now, lessons later), each under its own section:
///
///     { "drills": { ... }, "lessons": { ... } }
///
/// Writes are atomic (a temporary file in the same directory, fsync, rename, fsync of the
/// directory), so a crash or a full disk leaves either the old file or the new one, never half
/// of one. A missing or corrupt file reads as empty and never stops Backprop; a corrupt one is
/// set aside as `progress.json.corrupt` before it is replaced, so nothing is silently lost.
public struct ProgressStore: Sendable {
    /// The directory holding the file: `~/.backprop` normally, a temporary one in tests.
    public let directory: String
    public static let fileName = "progress.json"

    public init(directory: String) {
        self.directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    }

    /// `$HOME/.backprop`; nil when HOME is unset or empty (then nothing is remembered).
    public static func inHome() -> ProgressStore? {
        inHome(environmentHome)
    }

    /// `home/.backprop`; nil when `home` is nil or empty. (Tests pass a home rather than setting
    /// HOME, which would race with the tests that spawn children copying the environment.)
    public static func inHome(_ home: String?) -> ProgressStore? {
        guard let home, !home.isEmpty else { return nil }
        return ProgressStore(directory: (home.hasSuffix("/") ? home : home + "/") + ".backprop")
    }

    /// `$HOME`, or nil when it is unset.
    public static var environmentHome: String? { getenv("HOME").map { String(cString: $0) } }

    public var path: String { directory + "/" + ProgressStore.fileName }

    /// The path as the learner would write it: `~/.backprop/progress.json` under HOME.
    public var displayPath: String { displayPath(home: ProgressStore.environmentHome) }

    /// The path with `home` written as `~`.
    public func displayPath(home: String?) -> String {
        if let home, !home.isEmpty {
            let prefix = home.hasSuffix("/") ? home : home + "/"
            if path.hasPrefix(prefix) { return "~/" + path.dropFirst(prefix.count) }
        }
        return path
    }

    /// The sections on disk; empty when the file is missing, unreadable or not a JSON object.
    public func load() -> [String: JSONValue] {
        guard case let .contents(text)? = try? readFile(path), let document = JSONValue.parse(text)?.objectValue else { return [:] }
        return document
    }

    /// One section (`"drills"`), or nil when absent.
    public func section(_ name: String) -> JSONValue? {
        load()[name]
    }

    /// Replaces one section, keeping the others as they are on disk now (re-read just before
    /// writing, so another part of Backprop that saved meanwhile is not overwritten).
    public func save(section name: String, _ value: JSONValue) throws(ProgressError) {
        try update { $0[name] = value }
    }

    /// Reads the file, lets `change` edit the sections, and writes the result atomically.
    public func update(_ change: (inout [String: JSONValue]) -> Void) throws(ProgressError) {
        try makeDirectory()
        var sections: [String: JSONValue] = [:]
        switch try? readFile(path) {
        case let .contents(text)?:
            if let document = JSONValue.parse(text)?.objectValue {
                sections = document
            } else {
                // Keep the unreadable file for the learner (or a bug report) rather than lose it.
                rename(path, path + ".corrupt")
            }
        case .missing?, nil:
            break
        }
        change(&sections)
        try writeAtomically(JSONValue.object(sections).rendered + "\n", to: path)
    }

    // MARK: Files

    private enum FileContents { case contents(String), missing }

    private func readFile(_ path: String) throws(ProgressError) -> FileContents {
        guard let file = fopen(path, "rb") else {
            if errno == ENOENT { return .missing }
            throw ProgressError(message: "cannot read \(path): \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 14)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            bytes.append(contentsOf: buffer[0..<count])
            if count < buffer.count { break }
        }
        guard ferror(file) == 0 else { throw ProgressError(message: "cannot read \(path)") }
        return .contents(String(decoding: bytes, as: UTF8.self))
    }

    private func makeDirectory() throws(ProgressError) {
        if mkdir(directory, 0o700) != 0 && errno != EEXIST {
            throw ProgressError(message: "cannot create \(directory): \(String(cString: strerror(errno)))")
        }
    }

    /// Temporary file in the same directory (rename is atomic only within one file system),
    /// written in full and fsynced, then renamed over the target; the directory is fsynced so
    /// the rename itself survives a crash.
    private func writeAtomically(_ text: String, to path: String) throws(ProgressError) {
        var template = Array((directory + "/.progress-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw ProgressError(message: "cannot write in \(directory): \(String(cString: strerror(errno)))")
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let bytes = Array(text.utf8)
        var written = 0
        var failure: String?
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                break
            }
            written += result
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw ProgressError(message: "cannot save \(path): \(failure)")
        }
        let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }
}

/// Why progress could not be saved (the session goes on; the learner is told once).
public struct ProgressError: Error, Equatable, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
}
