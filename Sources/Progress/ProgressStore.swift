@preconcurrency import Glibc

/// The learner's progress across sessions, one JSON file in `~/.backprop/` shared by every part
/// of Backprop that remembers something (drills, lessons), each under its own section:
///
///     { "drills": { ... }, "lessons": { ... } }
///
/// The file is the only record of a learner's work, so nothing here may lose it:
///
/// - Writes are atomic (a temporary file beside the target, fsync, rename, fsync of the
///   directory), so a crash or a full disk leaves either the old file or the new one. Writers
///   take a lock on the directory, so two terminals do not interleave, and any `.progress-`
///   temporary found under the lock is a dead writer's (kill -9) and is removed.
/// - A file that cannot be read (permissions, a directory or a FIFO in its place, an I/O error)
///   stops the write: it is left as it is and the caller is told why.
/// - A file that reads but is not ours (not JSON, not an object, not UTF-8, implausibly large),
///   or whose section about to be replaced has the wrong form, is kept under a new timestamped
///   name (`progress.json.corrupt-20261123-154711`) before anything replaces it, and the caller
///   gets a notice saying where, to show at that moment.
/// - A symlinked `progress.json` is written through: the link stays, its target is updated.
public struct ProgressStore: Sendable {
    /// The directory holding the file: `~/.backprop` normally, a temporary one in tests.
    public let directory: String
    public static let fileName = "progress.json"
    /// A real progress file is a few kilobytes; anything beyond this is not one of ours, and
    /// re-reading it at every answer would make each answer cost as much as the file.
    public static let maximumBytes = 1 << 20
    /// The prefix of the names damaged files are kept under.
    public static let damagedCopyPrefix = fileName + ".corrupt"

    /// How the store reads a file. The seam lets tests simulate what a root-run test cannot
    /// produce for real, such as a mode-000 file (root reads it regardless).
    public typealias FileReader = @Sendable (_ path: String) -> FileRead

    /// What reading a file gave.
    public enum FileRead: Sendable, Equatable {
        case bytes([UInt8])
        case missing
        /// The file exists but could not be read; `reason` says why ("Permission denied").
        case failed(reason: String)
        /// Larger than `maximumBytes` (its size in bytes, when known).
        case tooLarge(size: Int)
    }

    let reader: FileReader

    public init(directory: String, reader: @escaping FileReader = ProgressStore.readRegularFile) {
        self.directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.reader = reader
    }

    /// `$HOME/.backprop`; nil when HOME is unset or empty (then nothing is remembered).
    public static func inHome() -> ProgressStore? {
        inHome(home)
    }

    /// `home/.backprop`; nil when `home` is nil or empty. (Tests pass a home rather than setting
    /// HOME, which would race with the tests that spawn children copying the environment.)
    public static func inHome(_ home: String?) -> ProgressStore? {
        guard let home, !home.isEmpty else { return nil }
        return ProgressStore(directory: (home.hasSuffix("/") ? home : home + "/") + ".backprop")
    }

    /// Why `inHome()` is nil, in the words a learner reads after "progress could not be saved: ".
    public static let noHomeReason = "HOME is not set, so there is no ~/.backprop to keep it in"

    /// `$HOME`, or nil when it is unset or empty.
    public static var home: String? {
        guard let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty else { return nil }
        return home
    }

    public var path: String { directory + "/" + ProgressStore.fileName }

    /// The path as the learner would write it: `~/.backprop/progress.json` under HOME.
    public var displayPath: String { ProgressStore.display(path) }

    /// The path with `home` written as `~`.
    public func displayPath(home: String?) -> String { ProgressStore.display(path, home: home) }

    /// Any path under HOME as `~/…`.
    public static func display(_ path: String, home: String? = ProgressStore.home) -> String {
        if let home, !home.isEmpty {
            let prefix = home.hasSuffix("/") ? home : home + "/"
            if path.hasPrefix(prefix) { return "~/" + path.dropFirst(prefix.count) }
        }
        return path
    }

    // MARK: Reading

    /// The file as it stands: its sections, or why there are none.
    public struct Reading: Sendable {
        public enum State: Sendable, Equatable {
            case missing
            case sections([String: JSONValue])
            /// Cannot be read at all: nothing will be written over it.
            case unreadable(reason: String)
            /// Reads, but is not a progress file: it is kept aside at the next save.
            case damaged(reason: String)
        }

        public var state: State
        /// Copies of damaged files kept earlier, as the learner would write their paths.
        public var damagedCopies: [String]

        public var sections: [String: JSONValue] {
            if case let .sections(sections) = state { return sections }
            return [:]
        }

        /// A line for the learner when the file could not be used, else nil.
        public func problem(displayPath: String) -> String? {
            switch state {
            case .missing, .sections: return nil
            case let .unreadable(reason):
                return "cannot read \(displayPath): \(reason); it is left as it is, and progress will not be saved over it"
            case let .damaged(reason):
                return "\(displayPath) is not a progress file Backprop can read (\(reason)); it will be kept as a copy when progress is next saved"
            }
        }
    }

    public func read() -> Reading {
        Reading(state: state(of: reader(path)), damagedCopies: damagedCopies())
    }

    /// The sections on disk; empty when the file is missing, unreadable or damaged.
    public func load() -> [String: JSONValue] {
        read().sections
    }

    /// One section (`"drills"`), or nil when absent.
    public func section(_ name: String) -> JSONValue? {
        load()[name]
    }

    private func state(of read: FileRead) -> Reading.State {
        switch read {
        case .missing: return .missing
        case let .failed(reason): return .unreadable(reason: reason)
        case let .tooLarge(size):
            let megabytes = size > 0 ? "\(size / 1_000_000) MB" : "endless"
            return .damaged(reason: "it is \(megabytes); a progress file is a few kilobytes")
        case let .bytes(bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else { return .damaged(reason: "it is not UTF-8 text") }
            guard let value = JSONValue.parse(text) else { return .damaged(reason: "it is not valid JSON") }
            guard let document = value.objectValue else { return .damaged(reason: "it is JSON but not an object of sections") }
            return .sections(document)
        }
    }

    /// Copies of damaged progress files in the directory (and beside a symlink's target).
    public func damagedCopies() -> [String] {
        var found: [String] = []
        for folder in Set([directory, ProgressStore.parent(of: resolvedPath())]) {
            for name in ProgressStore.entries(of: folder) where name.hasPrefix(ProgressStore.damagedCopyPrefix) {
                found.append(ProgressStore.display(folder + "/" + name))
            }
        }
        return found.sorted()
    }

    // MARK: Writing

    /// Replaces one section, keeping the others as they are on disk now (re-read just before
    /// writing, so another part of Backprop that saved meanwhile is not overwritten).
    /// `problem` judges the section now on disk: when it says the section has the wrong form,
    /// the file is kept as a copy before the section is replaced. Returns notices for the
    /// learner (a copy kept, and where), to be shown now.
    @discardableResult
    public func save(section name: String, _ value: JSONValue,
                     problem: (JSONValue) -> String? = { _ in nil }) throws(ProgressError) -> [String] {
        try update(checking: name, problem: problem) { $0[name] = value }
    }

    /// Reads the file, lets `change` edit the sections, and writes the result atomically.
    /// Returns notices for the learner (see `save`).
    @discardableResult
    public func update(checking sectionName: String? = nil, problem: (JSONValue) -> String? = { _ in nil },
                       _ change: (inout [String: JSONValue]) -> Void) throws(ProgressError) -> [String] {
        try makeDirectory()
        let lock = try DirectoryLock(directory)
        defer { lock.release() }
        let target = resolvedPath()
        if lock.isHeld { removeStaleTemporaries(in: Set([directory, ProgressStore.parent(of: target)])) }

        var sections: [String: JSONValue] = [:]
        var keepReason: String?
        switch state(of: reader(target)) {
        case .missing:
            break
        case let .unreadable(reason):
            throw ProgressError(message: "cannot read \(displayPath): \(reason); it was left as it is and nothing was saved, so no progress is lost")
        case let .damaged(reason):
            keepReason = reason
        case let .sections(document):
            sections = document
            if let sectionName, let existing = document[sectionName], let wrong = problem(existing) {
                keepReason = "its \"\(sectionName)\" section is not as Backprop writes it: \(wrong)"
            }
        }
        var notices: [String] = []
        var copy: String?
        if let keepReason {
            copy = try keepCopy(of: target)
            notices.append("\(displayPath) could not be used (\(keepReason)); the file is kept as \(ProgressStore.display(copy!)) and a new one is started")
        }
        change(&sections)
        do {
            try writeAtomically(JSONValue.object(sections).rendered + "\n", to: target)
        } catch {
            // The original is still in place: the copy would only be a confusing duplicate.
            if let copy { unlink(copy) }
            throw error
        }
        return notices
    }

    // MARK: Files

    /// Reads a regular file without blocking (a FIFO in its place would otherwise hang the
    /// read forever) and without reading more than `maximumBytes`.
    public static let readRegularFile: FileReader = { path in
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return errno == ENOENT ? .missing : .failed(reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failed(reason: String(cString: strerror(errno))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failed(reason: "it is a directory, not a file")
        case S_IFIFO: return .failed(reason: "it is a FIFO (named pipe), not a file")
        case S_IFCHR, S_IFBLK: return .failed(reason: "it is a device, not a file")
        case S_IFSOCK: return .failed(reason: "it is a socket, not a file")
        default: return .failed(reason: "it is not a regular file")
        }
        guard status.st_size <= maximumBytes else { return .tooLarge(size: Int(status.st_size)) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 14)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failed(reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            // The file grew while being read.
            if bytes.count > maximumBytes { return .tooLarge(size: bytes.count) }
        }
        return .bytes(bytes)
    }

    private func makeDirectory() throws(ProgressError) {
        if mkdir(directory, 0o700) != 0 && errno != EEXIST {
            throw ProgressError(message: "cannot create \(ProgressStore.display(directory)): \(String(cString: strerror(errno)))")
        }
        var status = stat()
        guard stat(directory, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw ProgressError(message: "\(ProgressStore.display(directory)) is not a directory, so there is nowhere to keep progress")
        }
    }

    /// The file to read and write: `path`, or where a symlink there leads (relative links are
    /// taken from the link's directory). A dangling link leads to the file it names.
    public func resolvedPath() -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : ProgressStore.parent(of: current) + "/" + target
        }
        return current
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func entries(of folder: String) -> [String] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static let temporaryPrefix = ".progress-"

    /// Removes temporaries a killed writer left behind. Safe only under the directory lock:
    /// every writer creates its temporary while holding it.
    private func removeStaleTemporaries(in folders: Set<String>) {
        for folder in folders {
            for name in ProgressStore.entries(of: folder)
            where name.hasPrefix(ProgressStore.temporaryPrefix) && name.count == ProgressStore.temporaryPrefix.count + 6 {
                unlink(folder + "/" + name)
            }
        }
    }

    /// Removes stale temporaries now if no other Backprop is saving (called at start-up).
    public func removeStaleTemporaries() {
        guard let lock = try? DirectoryLock(directory, waiting: false) else { return }
        defer { lock.release() }
        guard lock.isHeld else { return }
        removeStaleTemporaries(in: Set([directory, ProgressStore.parent(of: resolvedPath())]))
    }

    /// Keeps the file at `target` under a new timestamped name beside it and returns that path.
    /// A hard link costs nothing whatever the size, and the atomic write that follows replaces
    /// only the original name; where links are not possible the bytes are copied.
    private func keepCopy(of target: String) throws(ProgressError) -> String {
        let stamp = ProgressStore.timestamp()
        let folder = ProgressStore.parent(of: target)
        for attempt in 1...1000 {
            let name = folder + "/" + ProgressStore.damagedCopyPrefix + "-" + stamp + (attempt == 1 ? "" : "-\(attempt)")
            if link(target, name) == 0 { return name }
            if errno == EEXIST { continue }
            // No hard links here (or the target is a dangling name): copy the bytes instead.
            if case let .bytes(bytes) = ProgressStore.readAll(target) {
                let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
                if descriptor < 0 && errno == EEXIST { continue }
                if descriptor >= 0 {
                    let failure = ProgressStore.writeAll(bytes, to: descriptor)
                    close(descriptor)
                    if failure == nil { return name }
                    unlink(name)
                }
            }
            throw ProgressError(message: "\(displayPath) is not a progress file Backprop can read, and no copy of it could be kept (\(String(cString: strerror(errno)))); nothing was saved, so it is not lost")
        }
        throw ProgressError(message: "too many copies of damaged progress files in \(ProgressStore.display(folder)); nothing was saved")
    }

    /// The whole file, however large (only for copying a damaged one aside).
    static func readAll(_ path: String) -> FileRead {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failed(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 { if errno == EINTR { continue }; return .failed(reason: String(cString: strerror(errno))) }
            if count == 0 { return .bytes(bytes) }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    /// `20261123-154711`, local time.
    static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let length = strftime(&buffer, buffer.count, "%Y%m%d-%H%M%S", &parts)
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// nil when every byte was written, else why not.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            written += result
        }
        if fsync(descriptor) != 0 { return String(cString: strerror(errno)) }
        return nil
    }

    /// Temporary file in the target's directory (rename is atomic only within one file system),
    /// written in full and fsynced, then renamed over the target; the directory is fsynced so
    /// the rename itself survives a crash.
    private func writeAtomically(_ text: String, to target: String) throws(ProgressError) {
        let folder = ProgressStore.parent(of: target)
        var template = Array((folder + "/" + ProgressStore.temporaryPrefix + "XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw ProgressError(message: "cannot write in \(ProgressStore.display(folder)): \(String(cString: strerror(errno)))")
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure = ProgressStore.writeAll(Array(text.utf8), to: descriptor)
        close(descriptor)
        if failure == nil, rename(temporary, target) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw ProgressError(message: "cannot save \(ProgressStore.display(target)): \(failure)")
        }
        let directoryDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }
}

/// An exclusive lock on the progress directory, held while the file is read and rewritten, so
/// two terminals saving at once do not lose each other's changes. The lock is the kernel's
/// (flock), so a writer killed with kill -9 holds it no longer.
struct DirectoryLock {
    let descriptor: Int32
    /// False on a file system without flock (some network ones): saving goes on unlocked, as
    /// it did before locks, but nothing that relies on the lock (removing temporaries) is done.
    let isHeld: Bool

    /// Waits up to about two seconds for another writer, then gives up.
    init(_ directory: String, waiting: Bool = true) throws(ProgressError) {
        descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ProgressError(message: "cannot open \(ProgressStore.display(directory)): \(String(cString: strerror(errno)))")
        }
        var attempts = 0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let reason = errno
            guard reason == EWOULDBLOCK || reason == EINTR else {
                isHeld = false
                return
            }
            attempts += 1
            guard waiting, attempts < 200 else {
                close(descriptor)
                throw ProgressError(message: "another Backprop is saving progress in \(ProgressStore.display(directory)) and did not finish; nothing was saved")
            }
            usleep(10_000)
        }
        isHeld = true
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// Why progress could not be saved (the session goes on; the learner is told).
public struct ProgressError: Error, Equatable, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
}
