import Testing
@testable import BackpropLanguage

/// The REPL's cells: IPython's rules, and a paste that keeps its blank lines.
@Suite struct CellReaderTests {
    @Test func anEmptyLineEndsABlockAndEachCellCountsFromLineOne() {
        var reader = CellReader(mode: .interactive)
        #expect(reader.add("x = 1") == [CellReader.Cell(text: "x = 1", firstLine: 1)])
        #expect(reader.add("def f(a):").isEmpty)
        #expect(reader.indentation == "    ")
        #expect(reader.add("    return a").isEmpty)
        #expect(reader.indentation == "")  // after return, one level shallower
        #expect(reader.add("    ") == [CellReader.Cell(text: "def f(a):\n    return a", firstLine: 1)])
        #expect(!reader.isContinuing)
    }

    @Test func aBlankLineWithMoreInputPendingStaysInTheCell() {
        var reader = CellReader(mode: .interactive)
        for line in ["def f(a):", "    \"\"\"Doc.\"\"\"", "", "    b = a + 1", "", "    return b", ""] {
            #expect(reader.add(line, moreInputPending: true).isEmpty)
        }
        #expect(reader.add("print(f(1))", moreInputPending: true).isEmpty)
        let cells = reader.add("")
        #expect(cells == [CellReader.Cell(text: "def f(a):\n    \"\"\"Doc.\"\"\"\n\n    b = a + 1\n\n    return b\n\nprint(f(1))", firstLine: 1)])
    }

    @Test func aRecalledCellRunsWhole() {
        var reader = CellReader(mode: .interactive)
        let text = "def f(a):\n\n    return a\nf(2)"
        #expect(reader.add(lines: text) == [CellReader.Cell(text: text, firstLine: 1)])
        #expect(reader.add(lines: "a = 1\nb = 2").map(\.text) == ["a = 1", "b = 2"])
        #expect(reader.add(lines: "x = [1,\n2").isEmpty && reader.isContinuing)  // still open: more lines come
    }

    @Test func indentationInsideABracketKeepsTheLines() {
        var reader = CellReader(mode: .interactive)
        _ = reader.add("for i in range(3):")
        _ = reader.add("    x = f(i,")
        #expect(reader.indentation == "    ")
    }
}
