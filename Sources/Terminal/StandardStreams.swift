@preconcurrency import Glibc

/// C's standard streams, for the files that also import CLibEdit.
///
/// Why not just write `stdout` there: histedit.h includes stdio.h, so the CLibEdit module
/// carries its own copy of the declaration. In whole-module builds (release) the copy a file
/// importing CLibEdit looks up first is the one every other file then sees, and files that
/// import only Glibc fail the Swift 6 concurrency check on it. Naming the streams only in
/// Glibc-only files keeps the declaration Glibc's.
enum StandardStreams {
    static var input: UnsafeMutablePointer<FILE> { stdin }
    static var output: UnsafeMutablePointer<FILE> { stdout }
    static var error: UnsafeMutablePointer<FILE> { stderr }
}

extension StandardStreams {
    /// Writes all of `text`, NUL bytes included (`fputs` stops at the first one).
    static func write(_ text: String, to stream: UnsafeMutablePointer<FILE>) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return }
            _ = fwrite(base, 1, bytes.count, stream)
        }
    }

    /// Before anything else runs: a standard descriptor the parent closed is given a stand-in,
    /// so the next file opened (progress.json, say) cannot become "standard output" and receive
    /// what is printed. The stand-in is /dev/null opened read-only: writing to it fails (EBADF),
    /// which `checkOutputAtExit` then reports, as it reports a full disk.
    static func prepare() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let standIn = open("/dev/null", O_RDONLY)
            if standIn >= 0 && standIn != descriptor {
                dup2(standIn, descriptor)
                close(standIn)
            }
        }
        atexit {
            StandardStreams.checkOutputAtExit()
        }
    }

    /// Output that could not be written (`> /dev/full`, a closed stdout) is an error: said on
    /// standard error, and the exit status becomes 1 rather than a silent 0.
    static func checkOutputAtExit() {
        var reason: String?
        if fflush(stdout) != 0 { reason = String(cString: strerror(errno)) }
        guard reason != nil || ferror(stdout) != 0 else { return }
        let message = "backprop: cannot write to standard output" + (reason.map { ": " + $0 } ?? "") + "; some output was lost\n"
        _ = message.withCString { Glibc.write(STDERR_FILENO, $0, strlen($0)) }
        _exit(1)
    }
}
