@preconcurrency import Glibc

/// Reads a whole UTF-8 text file with the C library, as the rest of Backprop does (no Foundation),
/// telling a missing file, a directory, a FIFO or device, and an unreadable one apart, each with
/// its real reason.
public enum TextFile {
    /// Files beyond this are refused rather than read whole.
    public static let maximumBytes = 500_000_000

    public static func read(path: String) throws(DatasetError) -> String {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno
            if reason == ENOENT || reason == ENOTDIR { throw .fileNotFound(path: path) }
            if reason == ENXIO { throw .specialFile(path: path, kind: "a socket or a device with nothing behind it") }
            throw .unreadableFile(path: path, reason: String(cString: strerror(reason)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadableFile(path: path, reason: String(cString: strerror(errno))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .notAFile(path: path)
        case S_IFIFO: throw .specialFile(path: path, kind: "a FIFO (named pipe)")
        case S_IFCHR: throw .specialFile(path: path, kind: "a character device")
        case S_IFBLK: throw .specialFile(path: path, kind: "a block device")
        case S_IFSOCK: throw .specialFile(path: path, kind: "a socket")
        default: throw .specialFile(path: path, kind: "not a regular file")
        }
        guard status.st_size <= maximumBytes else { throw .fileTooLarge(path: path, limit: maximumBytes) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            // A file that grows while it is read reports no final size up front.
            guard bytes.count <= maximumBytes else { throw .fileTooLarge(path: path, limit: maximumBytes) }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notText(path: path) }
        return text
    }
}
