#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// How long the REPL takes to start: the release `backprop` built next to this benchmark.
///
/// Two figures. "pipe": `echo quit | backprop` from spawn to exit (with a pipe the REPL reads
/// plainly, without a prompt, so this is start-up plus one command plus exit). "pty": spawn to
/// the prompt `backprop>` appearing on a pseudo-terminal, as a person at a terminal sees it.
/// And the REPL's peak memory at its prompt (VmHWM: the largest resident size since it started).
enum StartupWorkloads {
    static func all(binary: String) -> [Workload] {
        [
            Workload(id: "startup-pipe", title: "REPL start, `echo quit | backprop` to exit", unit: .milliseconds, runs: 9) {
                { try runThroughPipe(binary) * 1000 }
            },
            Workload(id: "startup-pty", title: "REPL start, spawn to prompt on a terminal", unit: .milliseconds, runs: 9) {
                { try runOnTerminal(binary).seconds * 1000 }
            },
            Workload(id: "peak-memory-repl", title: "peak memory, REPL at its prompt", unit: .megabytes, runs: 3) {
                { try runOnTerminal(binary).peakMegabytes }
            },
        ]
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// A scratch HOME, so that the REPL's history file does not land in the user's. Its progress
    /// marks the first-start tour as seen: the figure is the REPL's start, not a lesson's.
    static let home: String = {
        var template = Array("/tmp/backprop-bench-XXXXXX".utf8CString)
        let directory = template.withUnsafeMutableBufferPointer { buffer in
            mkdtemp(buffer.baseAddress!).map { String(cString: $0) } ?? "/tmp"
        }
        mkdir(directory + "/.backprop", 0o700)
        if let file = fopen(directory + "/.backprop/progress.json", "w") {
            fputs(#"{"lessons": {"lessons": {}, "tourDone": true}}"#, file)
            fclose(file)
        }
        return directory
    }()

    static var environment: [String] { ["HOME=\(home)", "TERM=xterm-256color", "NO_COLOR=1", "PATH=/usr/bin:/bin"] }

    /// Spawns `binary` with the given descriptors as its standard input, output and error.
    static func spawn(_ binary: String, arguments extra: [String] = [], stdin: Int32, stdout: Int32, stderr: Int32, closing: [Int32],
                      newSession: Bool) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        for descriptor in closing { posix_spawn_file_actions_addclose(&actions, descriptor) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // An empty signal mask (POSIX_SPAWN_SETSIGMASK), whatever this thread blocks, so that the
        // REPL can be interrupted and hung up; and with POSIX_SPAWN_SETSID (glibc 2.26, which the
        // Glibc module does not export), a session of its own.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK) | (newSession ? 0x80 : 0))

        let arguments: [UnsafeMutablePointer<CChar>?] = ([binary] + extra).map { strdup($0) } + [nil]
        let environment: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { (arguments + environment).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, binary, &actions, &attributes, arguments, environment)
        guard status == 0 else { throw Failure(description: "cannot start \(binary): \(String(cString: strerror(status)))") }
        return pid
    }

    static func wait(_ pid: pid_t) throws {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw Failure(description: "backprop exited with status \(status)")
        }
    }

    /// Seconds from spawning `echo quit | backprop` to its exit.
    static func runThroughPipe(_ binary: String) throws -> Double {
        var input: [Int32] = [0, 0]
        guard pipe(&input) == 0 else { throw Failure(description: "pipe failed") }
        let null = open("/dev/null", O_WRONLY)
        defer { close(null) }
        let start = Measurement.now()
        let pid = try spawn(binary, stdin: input[0], stdout: null, stderr: null, closing: [input[1]], newSession: false)
        close(input[0])
        _ = "quit\n".withCString { write(input[1], $0, 5) }
        close(input[1])
        try wait(pid)
        return Measurement.now() - start
    }

    /// Seconds from spawning `backprop` on a pseudo-terminal to the prompt appearing, and its
    /// peak resident memory then; then it is told to quit and waited for.
    static func runOnTerminal(_ binary: String) throws -> (seconds: Double, peakMegabytes: Double) {
        // posix_openpt, unlockpt and ptsname, which the Glibc module does not export, are these
        // ioctls on Linux: TIOCSPTLCK = _IOW('T', 0x31, int), TIOCGPTN = _IOR('T', 0x30, unsigned).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw Failure(description: "no pseudo-terminal") }
        defer { close(master) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw Failure(description: "cannot set up the pseudo-terminal")
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw Failure(description: "cannot open /dev/pts/\(number)") }
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)

        let start = Measurement.now()
        let pid = try spawn(binary, stdin: slave, stdout: slave, stderr: slave, closing: [master], newSession: true)
        close(slave)
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let prompt = Array("backprop>".utf8)
        var elapsed = Double.nan
        while elapsed.isNaN {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 10_000) > 0 else {
                kill(pid, SIGKILL)
                throw Failure(description: "no prompt within 10 s")
            }
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { throw Failure(description: "the REPL closed its terminal before the prompt") }
            seen += buffer[0..<count]
            if seen.count >= prompt.count,
               (0...(seen.count - prompt.count)).contains(where: { seen[$0..<($0 + prompt.count)].elementsEqual(prompt) }) {
                elapsed = Measurement.now() - start
            }
        }
        let peak = peakMemoryMegabytes(of: pid)
        _ = "quit\r".withCString { write(master, $0, 5) }
        // Drain the terminal until the REPL exits, so it never blocks on a full buffer.
        while read(master, &buffer, buffer.count) > 0 {}
        try wait(pid)
        return (elapsed, peak)
    }

    /// VmHWM of a running process, from /proc (getrusage cannot tell: a child spawned from this
    /// process is charged with this process's peak until it calls exec).
    static func peakMemoryMegabytes(of pid: pid_t) -> Double {
        guard let file = fopen("/proc/\(pid)/status", "r") else { return .nan }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix("VmHWM:") {
                let kilobytes = text.split(separator: " ").compactMap { Double($0) }.first ?? .nan
                return kilobytes / 1024
            }
        }
        return .nan
    }
}
