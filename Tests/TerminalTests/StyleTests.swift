import Testing
@testable import Terminal

@Suite struct StyleTests {
    @Test func styleIsPlainWhenDisabled() {
        let plain = Style(enabled: false)
        #expect(plain.error("error:") == "error:")
        #expect(plain.shape("(2, 3)") == "(2, 3)")
        let coloured = Style(enabled: true)
        #expect(coloured.error("error:") == "\u{1B}[1;31merror:\u{1B}[0m")
        #expect(coloured.dim("") == "")
    }
}
