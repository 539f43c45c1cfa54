import Testing
@testable import Terminal

@Suite struct TerminalDetectionTests {
    @Test func colourNeedsATerminal() {
        #expect(TerminalDetection.usesColor(stdoutIsTerminal: true, noColor: nil, term: "xterm-256color"))
        #expect(!TerminalDetection.usesColor(stdoutIsTerminal: false, noColor: nil, term: "xterm-256color"))
    }

    @Test func noColorDisablesOnlyWhenNonEmpty() {
        #expect(!TerminalDetection.usesColor(stdoutIsTerminal: true, noColor: "1", term: "xterm"))
        #expect(TerminalDetection.usesColor(stdoutIsTerminal: true, noColor: "", term: "xterm"))
    }

    @Test func dumbTerminalGetsNoColour() {
        #expect(!TerminalDetection.usesColor(stdoutIsTerminal: true, noColor: nil, term: "dumb"))
        #expect(TerminalDetection.usesColor(stdoutIsTerminal: true, noColor: nil, term: nil))
    }
}
