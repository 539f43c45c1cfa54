@preconcurrency import Glibc

/// Reads a whole UTF-8 text file with the C library, as the rest of Backprop does (no Foundation),
/// telling a missing file, a directory and an unreadable one apart.
public enum TextFile {
    /// Files beyond this are refused rather than read whole (a device such as /dev/zero never ends).
    public static let maximumBytes = 500_000_000

    public static func read(path: String) throws(DatasetError) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = errno
            throw reason == ENOENT || reason == ENOTDIR ? .fileNotFound(path: path) : .unreadableFile(path: path)
        }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw .notAFile(path: path) }
        guard status.st_size <= maximumBytes else { throw .fileTooLarge(path: path, limit: maximumBytes) }
        guard let file = fopen(path, "rb") else { throw .unreadableFile(path: path) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            bytes.append(contentsOf: buffer[0..<count])
            // A device or a growing file reports no size up front.
            guard bytes.count <= maximumBytes else { throw .fileTooLarge(path: path, limit: maximumBytes) }
            if count < buffer.count { break }
        }
        guard ferror(file) == 0 else { throw .unreadableFile(path: path) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .notText(path: path) }
        return text
    }
}
