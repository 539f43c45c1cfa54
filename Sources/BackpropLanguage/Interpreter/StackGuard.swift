@preconcurrency import Glibc

/// How much of the thread's stack is left. The interpreter walks the tree recursively, so a deep
/// recursion in the learner's code would overflow the thread's stack (a crash) long before any
/// fixed count of calls told every thread apart (a test runner's threads have less stack than
/// the main thread). Each call checks the room left instead, and stops with Python's
/// RecursionError while there is plenty.
enum StackGuard {
    /// Stop while this much stack is still free: enough for an error's rendering and unwinding.
    static let reserve = 256 * 1024

    /// The lowest address the current thread's stack may grow to before calls stop, or nil when unknown.
    static func limit() -> UInt? {
        guard let low = lowestAddress() else { return nil }
        return low + UInt(reserve)
    }

    /// Bytes of stack left below the caller on the current thread, or 0 when unknown.
    static func bytesLeft() -> Int {
        guard let low = lowestAddress() else { return 0 }
        return Int(currentAddress() - low)
    }

    /// The lowest address of the current thread's stack (it grows down), or nil when unknown.
    private static func lowestAddress() -> UInt? {
        // The main thread's attributes come from parsing /proc/self/maps (some 0.1 ms, asked
        // before every statement of a program); its stack stays where it is, so it is read once.
        if currentThreadID() == getpid() { return mainThreadLowestAddress }
        return readLowestAddress()
    }

    private static let mainThreadLowestAddress = readLowestAddress()

    private static func readLowestAddress() -> UInt? {
        var attributes = pthread_attr_t()
        guard getThreadAttributes(pthread_self(), &attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        var base: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &base, &size) == 0, let base else { return nil }
        let low = UInt(bitPattern: base)
        // The main thread's reported size can be the rlimit; what is mapped may be less. Trust what is below us.
        guard currentAddress() > low else { return nil }
        return low
    }

    @inline(never)
    static func currentAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }
}

/// glibc's pthread_getattr_np, which Swift's Glibc module does not declare (it needs _GNU_SOURCE).
@_silgen_name("pthread_getattr_np")
private func getThreadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32

/// glibc's gettid (since 2.30), likewise undeclared: the main thread's id is the process's.
@_silgen_name("gettid")
private func currentThreadID() -> pid_t
