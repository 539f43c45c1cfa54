@preconcurrency import Glibc

/// Runs the interpreter on a thread with a large stack. The interpreter walks the syntax tree
/// recursively, some 25 KB of stack per Python call in a release build, so the main thread's
/// 8 MB would stop a recursion near 300 calls (a test runner's threads far sooner); Python's
/// limit is 1000. The stack is reserved, not committed (only what a program uses is touched), but
/// the reservation counts against a `ulimit -v`, so it is no larger than 1000 calls need.
enum LargeStack {
    static let size = 64 * 1024 * 1024

    /// What a nested run needs left on the current stack to run in place: 1000 calls and a margin.
    static let enoughToRunInPlace = 48 * 1024 * 1024

    private final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs `body` on a thread of its own and waits for it; on the calling thread if that thread
    /// already has the room (a learner's function called from a command, hundreds of times in a
    /// `train`: a thread each would cost more than the call) or if no such thread can be made.
    static func run(_ body: () -> Void) {
        if StackGuard.bytesLeft() >= enoughToRunInPlace {
            body()
            return
        }
        withoutActuallyEscaping(body) { escapable in
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, size)
            let work = Unmanaged.passRetained(Work(escapable))
            var thread = pthread_t()
            let started = pthread_create(&thread, &attributes, { context in
                let work = Unmanaged<Work>.fromOpaque(context!).takeRetainedValue()
                work.body()
                return nil
            }, work.toOpaque())
            if started == 0 {
                pthread_join(thread, nil)
            } else {
                work.release()
                escapable()  // no room for the thread (a tight ulimit -v): the caller's stack will do
            }
        }
    }
}
