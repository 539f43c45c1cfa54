import Testing
import MatrixEngine
@testable import BackpropLanguage

/// Prose wrapped at word boundaries to the console's width; code, formulas and tables kept whole
/// but laid out narrower when a narrower layout exists.
@Suite struct TextLayoutTests {
    /// The longest line, in columns.
    func widest(_ text: String) -> Int { text.split(separator: "\n").map { TextWrap.visibleWidth($0) }.max() ?? 0 }

    @Test func wrapsAtWordBoundariesOnly() {
        let text = "Narration, help, drill feedback and step reports are wrapped at word boundaries to the terminal's width."
        let lines = TextWrap.wrap(text, width: 30)
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines.joined(separator: " ") == text, "no word is split or lost")
    }

    @Test func escapesTakeNoColumns() {
        let styled = "\u{1B}[36mshape\u{1B}[0m (4, 3)"
        #expect(TextWrap.visibleWidth(styled) == 12)
        let lines = TextWrap.wrap("the \(styled) of W1 and the \(styled) of dW1", width: 20)
        #expect(lines.allSatisfy { TextWrap.visibleWidth($0) <= 20 }, "\(lines)")
    }

    @Test func fitKeepsLinesThatFitAndIndentsContinuations() {
        let text = "short line\n  hint: did you mean w.T @ x? (1,2) @ (2,1) → (1,1), the inner product"
        #expect(TextWrap.fit(text, width: 40) == """
            short line
              hint: did you mean w.T @ x? (1,2) @
                (2,1) → (1,1), the inner product
            """)
        #expect(TextWrap.fit("a   aligned   columns", width: 40) == "a   aligned   columns")
    }

    @Test func aTableWrapsItsLastColumnUnderItself() {
        let rows = [["  where", "draws the iteration's pipeline with the cursor on the next step"],
                    ["  train ITERATIONS [lr RATE] [every K]", "runs whole iterations of gradient descent"]]
        let text = TextTable.render(rows, width: 50)
        #expect(text == """
              where  draws the iteration's pipeline with the
                     cursor on the next step
              train ITERATIONS [lr RATE] [every K]
                     runs whole iterations of gradient descent
            """)
    }

    /// `help stepper` overflowed even 120 columns; every help text now fits 80 (and 60).
    @Test func helpFitsTheConsole() {
        for width in [79, 59] {
            var session = Session()
            session.console.width = width
            for topic in ["", "stepper", "language", "functions", "commands", "train", "np.sum", "set_printoptions"] {
                let result = session.execute("help \(topic)")
                let text = OutputRenderer(width: width).render(result, line: "help \(topic)", options: .init())
                #expect(widest(text) <= width, "help \(topic) at \(width):\n\(text)")
            }
        }
    }

    @Test func stepReportsTakeANarrowerLayout() {
        var session = Session()
        for line in StepperCommandTests.planarSetup + ["forward", "forward", "cost"] { _ = session.execute(line) }
        session.console.width = 79
        let text = OutputRenderer().render(session.execute("backward"), line: "backward", options: .init())
        #expect(widest(text) <= 79)
        #expect(text.contains("""
              db2 = (1/m) sum(dZ2, axis=1, keepdims=True)
                  Σ over the 400 columns of (1,400) → (1,1)   the shape of b2
            """), "\(text)")
    }

    @Test func aShapeThatWouldOverflowGoesOnItsOwnLine() {
        let (_, _, text) = run("np.random.seed(1); np.random.randn(1, 6)")
        #expect(text == """
            [[ 1.62434536 -0.61175641 -0.52817175 -1.07296862  0.86540763 -2.3015387 ]]
              (1, 6)
            """)
        #expect(run("np.zeros((2, 2))").text == "[[0. 0.]\n [0. 0.]]  (2, 2)")
    }

    @Test func diagnosticsWrapTheirProseNotTheEchoedLine() {
        let line = "Z1 = W1 @ X + b1  # a comment long enough to go past the width of a small terminal window"
        var session = Session()
        _ = session.execute("W1 = np.zeros((4, 3)); X = np.ones((2, 400)); b1 = np.zeros((4, 1))")
        let text = OutputRenderer(width: 60).render(session.execute(line), line: line, options: .init())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("  " + line), "the line is echoed whole, so the carets stay under it")
        #expect(lines.filter { !$0.contains("#") }.allSatisfy { $0.count <= 60 }, "\(text)")
    }

    @Test func thePipelineOfADeepNetworkGoesOnOverSeveralLines() {
        var session = Session()
        for line in ["data planar"] + (1...6).map { _ in "layer 3 relu" } + ["layer 1 sigmoid", "init he seed 1"] { _ = session.execute(line) }
        let text = OutputRenderer().render(session.execute("where"), line: "where", options: .init())
        #expect(widest(text) <= 80, "\(text)")
        #expect(text.contains("  → "))
    }
}
