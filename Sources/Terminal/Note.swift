@preconcurrency import Glibc
import BackpropLanguage

/// A note for the learner (progress not saved, a damaged file kept as a copy): on standard
/// error, so a piped transcript stays the results, after what standard output has shown so far.
enum Note {
    static func show(_ text: String, style: Style) {
        fflush(StandardStreams.output)
        // Wrapped at word boundaries to the window, as all prose is.
        StandardStreams.write(TextWrap.fit(style.warning("note:") + " " + text, width: TerminalSize.outputWidth) + "\n", to: StandardStreams.error)
    }
}
