import Testing
@testable import Terminal

@Suite struct CandidateColumnsTests {
    @Test func fillsColumnsTopToBottom() {
        let lines = CandidateColumns.lines(["a", "b", "c", "d", "e"], width: 9)
        // Cells are 1 + 2 wide; (9 + 2) / 3 = 3 columns, so 2 rows.
        #expect(lines == ["a  c  e", "b  d"])
    }

    @Test func padsToTheLongestCandidate() {
        #expect(CandidateColumns.lines(["softmax", "sum"], width: 80) == ["softmax  sum"])
    }

    @Test func narrowTerminalGivesOneColumn() {
        #expect(CandidateColumns.lines(["softmax", "softplus"], width: 5) == ["softmax", "softplus"])
    }

    @Test func lastColumnNeedsNoGap() {
        // Two 3-wide cells fit exactly in 8 columns: "abc  def".
        #expect(CandidateColumns.lines(["abc", "def"], width: 8) == ["abc  def"])
    }

    @Test func nothingToShow() {
        #expect(CandidateColumns.lines([], width: 80).isEmpty)
    }
}
