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
