@preconcurrency import Glibc
import Synchronization

/// Ctrl-C as data rather than death: once `install()` has run, SIGINT only counts a pending
/// interrupt, and long computations poll `checkAndClear()` to stop early.
///
/// One handler serves both phases of the REPL. While `LineEditor` reads, libedit (EL_SIGNAL)
/// has its own handler in place; it restores the terminal, then re-raises the signal to this
/// handler, and the read fails with EINTR. While computing, this handler runs directly.
///
/// Escape hatch: if a computation never polls, the third unanswered Ctrl-C exits the process
/// (status 130, the shell's convention for SIGINT), so a runaway loop is never a trap.
public enum InterruptFlag {
    /// Ctrl-C presses not yet answered at which the handler gives up and exits. Computed, not
    /// stored, so the handler never triggers a lazy global initialisation.
    static var forcedExitCount: Int { 3 }

    /// Routes SIGINT to the flag. Idempotent; call once at start-up, interactive sessions only
    /// (a script fed through a pipe is better killed by Ctrl-C, the Unix default).
    public static func install() {
        guard !installed.exchange(true, ordering: .relaxed) else { return }
        // Touch the counter now so its lazy initialisation never happens inside the handler.
        pendingInterrupts.store(0, ordering: .relaxed)
        computing.store(false, ordering: .relaxed)
        startExplainingUnansweredPresses()

        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            // Only async-signal-safe work here: atomics, sem_post, and write/_exit on the hatch.
            let pending = pendingInterrupts.add(1, ordering: .relaxed).newValue
            if pending == 1, computing.load(ordering: .relaxed) { sem_post(firstPress) }
            if pending >= InterruptFlag.forcedExitCount {
                let message: StaticString = "\nInterrupted.\n"
                _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
                _exit(130)
            }
        }
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: the blocking read inside libedit must fail with EINTR, otherwise
        // glibc restarts it and Ctrl-C on a half-typed line does nothing.
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may start us with SIGINT blocked (test runners and some launchers do), and a
        // blocked signal never reaches the handler: Ctrl-C during `train` would do nothing.
        var interruptOnly = sigset_t()
        sigemptyset(&interruptOnly)
        sigaddset(&interruptOnly, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interruptOnly, nil)
    }

    /// Runs `work` (a statement) marked as a computation, so that a Ctrl-C it leaves unanswered
    /// is explained (see `startExplainingUnansweredPresses`).
    static func whileComputing<T>(_ work: () -> T) -> T {
        computing.store(true, ordering: .relaxed)
        defer { computing.store(false, ordering: .relaxed) }
        return work()
    }

    /// How long a computation that polls (`train`, `gradcheck`) may take to answer Ctrl-C before
    /// the press is explained. They answer in about 20 ms.
    static var answerWait: useconds_t { 300_000 }

    /// A computation that does not poll (one huge product) cannot stop at Ctrl-C, and without a
    /// word the first two presses would look ignored. A thread waits for a first press during a
    /// computation; if it is still unanswered a moment later, it says so, and how to leave.
    private static func startExplainingUnansweredPresses() {
        sem_init(firstPress, 0, 0)
        // The thread starts with every signal blocked (it inherits this mask), so SIGINT keeps
        // going to the main thread, whose blocking read must fail with EINTR.
        var all = sigset_t(), previous = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_SETMASK, &all, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        var thread = pthread_t()
        pthread_create(&thread, nil, { _ in
            while true {
                while sem_wait(firstPress) != 0 {}
                usleep(InterruptFlag.answerWait)
                if computing.load(ordering: .relaxed), pendingInterrupts.load(ordering: .relaxed) > 0 {
                    let message: StaticString = "\n(Ctrl-C: this computation cannot be stopped midway and goes on until it is done; press Ctrl-C twice more to leave Backprop, losing this session's variables)\n"
                    _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
                }
            }
        }, nil)
        pthread_detach(thread)
    }

    /// True if Ctrl-C was pressed since the last check; the flag is cleared either way.
    /// Records an interrupt that arrived as a key press rather than a signal (Ctrl-C while editing).
    static func raise() {
        pendingInterrupts.add(1, ordering: .relaxed)
    }

    public static func checkAndClear() -> Bool {
        pendingInterrupts.exchange(0, ordering: .relaxed) > 0
    }

    /// True if Ctrl-C is pending, without clearing it (for code that unwinds in layers).
    public static var isSet: Bool {
        pendingInterrupts.load(ordering: .relaxed) > 0
    }
}

/// Pending Ctrl-C presses. An atomic, because the signal handler writes it concurrently with
/// the computation that reads it.
private let pendingInterrupts = Atomic<Int>(0)
private let installed = Atomic<Bool>(false)
/// A statement is running (not the prompt, where Ctrl-C abandons the line).
private let computing = Atomic<Bool>(false)
/// Posted by the handler at the first press during a computation.
private nonisolated(unsafe) let firstPress = UnsafeMutablePointer<sem_t>.allocate(capacity: 1)
