import Testing
@testable import Terminal

@Suite struct PromptMarkupTests {
    @Test func plainPromptIsUnchanged() {
        #expect(PromptMarkup.bracketingEscapes(in: ">>> ") == ">>> ")
    }

    @Test func escapesAreBracketedAndTheTrailingResetMovesBeforeTheLastCharacter() {
        let styled = Style(enabled: true).prompt(">>> ")
        #expect(PromptMarkup.bracketingEscapes(in: styled) == "\u{1}\u{1B}[1;34m\u{1}>>>\u{1}\u{1B}[0m\u{1} ")
    }

    @Test func adjacentEscapesShareOneBracket() {
        let prompt = "\u{1B}[1m\u{1B}[34mx\u{1B}[0m y"
        #expect(PromptMarkup.bracketingEscapes(in: prompt) == "\u{1}\u{1B}[1m\u{1B}[34m\u{1}x\u{1}\u{1B}[0m\u{1} y")
    }

    @Test func oscTitleSequenceIsOneEscape() {
        let prompt = "\u{1B}]0;backprop\u{07}> "
        #expect(PromptMarkup.bracketingEscapes(in: prompt) == "\u{1}\u{1B}]0;backprop\u{07}\u{1}> ")
    }

    @Test func promptWithoutVisibleTextDropsItsEscapes() {
        #expect(PromptMarkup.bracketingEscapes(in: "\u{1B}[1m") == "")
    }

    @Test func strayIgnoreBytesAreRemoved() {
        #expect(PromptMarkup.bracketingEscapes(in: "a\u{1}b") == "ab")
    }
}
