@preconcurrency import Glibc

/// A note for the learner (progress not saved, a damaged file kept as a copy): on standard
/// error, so a piped transcript stays the results, after what standard output has shown so far.
enum Note {
    static func show(_ text: String, style: Style) {
        fflush(StandardStreams.output)
        StandardStreams.write(style.warning("note:") + " " + text + "\n", to: StandardStreams.error)
    }
}
