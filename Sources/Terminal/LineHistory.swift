@preconcurrency import CLibEdit

/// libedit's history list: bounded, without consecutive repeats, mirrored to a file.
///
/// Writing the whole file after every line gets slow in long sessions, so the file is
/// rewritten every `saveInterval` new lines (crash safety) and when the editor closes.
final class LineHistory {
    /// New lines after which the file is rewritten even though the session goes on.
    static var saveInterval: Int { 20 }

    let handle: OpaquePointer
    private let file: String?
    private var event = HistEvent()
    private var unsavedLines = 0

    init?(capacity: Int, file: String?) {
        guard let handle = history_init() else { return nil }
        self.handle = handle
        self.file = file
        bp_history_setsize(handle, &event, Int32(clamping: max(capacity, 1)))
        bp_history_setunique(handle, &event, 1)
        if let file {
            // Fails harmlessly on the first run, when the file does not exist yet.
            bp_history_load(handle, &event, file)
        }
    }

    deinit {
        history_end(handle)
    }

    func add(_ line: String) {
        bp_history_enter(handle, &event, line)
        unsavedLines += 1
        if unsavedLines >= Self.saveInterval { save() }
    }

    /// Rewrites the file (mode 0600, libedit's vis-encoded format) if anything changed.
    func save() {
        guard let file, unsavedLines > 0 else { return }
        // Reset even on failure (say, an unwritable home): retrying every line would not help.
        unsavedLines = 0
        bp_history_save(handle, &event, file)
    }
}
