import Testing
@testable import BackpropLanguage

@Suite struct ParserTests {
    func expression(_ line: String) throws -> Expression {
        let statements = try Parser.parse(line)
        guard case let .expression(e) = statements.first?.kind else { throw Diagnostic(message: "not an expression") }
        return e
    }

    @Test func powerBindsTighterThanUnaryMinus() throws {
        let e = try expression("-2**2")
        guard case let .unary(.negate, inner) = e.kind, case .binary(.power, _, _) = inner.kind else {
            Issue.record("expected -(2**2), got \(e.kind)"); return
        }
    }

    @Test func powerIsRightAssociativeAndTakesUnaryExponent() throws {
        let e = try expression("2**-1")
        guard case let .binary(.power, _, exponent) = e.kind, case .unary(.negate, _) = exponent.kind else {
            Issue.record("expected 2**(-1)"); return
        }
    }

    @Test func matmulHasMultiplicativePrecedence() throws {
        let e = try expression("W1 @ X + b1")
        guard case let .binary(.add, left, _) = e.kind, case .binary(.matmul, _, _) = left.kind else {
            Issue.record("expected (W1 @ X) + b1"); return
        }
        #expect(left.span == SourceSpan(0, 6))
    }

    @Test func octaveLiteralSplitsOnSpacesAndSigns() throws {
        let e = try expression("[1 2 -1; 3 4 -3.2]")
        guard case let .matrixLiteral(rows, isNested) = e.kind else { Issue.record("not a literal"); return }
        #expect(rows.count == 2 && rows[0].count == 3 && rows[1].count == 3 && !isNested)
    }

    /// `[1 - 2]` is one element (a list of one, as Python reads it); `[1 -2]` is Octave's row of two.
    @Test func spacedMinusInsideLiteralIsSubtraction() throws {
        guard case let .list(items) = try expression("[1 - 2]").kind else { Issue.record("not a list"); return }
        #expect(items.count == 1)
        guard case let .matrixLiteral(rows, _) = try expression("[1 -2]").kind else { Issue.record("not a literal"); return }
        #expect(rows[0].count == 2)
    }

    /// Commas make Python's lists: `[[1, 2], [3, 4]]` is a list of two lists (np.array makes it 2-D).
    @Test func commasMakePythonLists() throws {
        guard case let .list(items) = try expression("[[1, 2], [3, 4]]").kind, case let .list(inner) = items[0].kind else {
            Issue.record("not a list of lists"); return
        }
        #expect(items.count == 2 && inner.count == 2)
        guard case .matrixLiteral = try expression("[1, 2; 3, 4]").kind else { Issue.record("a ';' makes Octave's matrix"); return }
    }

    @Test func statementsSplitOnSemicolonsAndTrailingOneSilences() throws {
        let statements = try Parser.parse("a = 1; b = 2;")
        #expect(statements.count == 2)
        #expect(statements[0].isSilenced && statements[1].isSilenced)
        let loud = try Parser.parse("a")
        #expect(!loud[0].isSilenced)
    }

    @Test func keywordArgumentsAndNumpyPath() throws {
        let e = try expression("np.sum(dZ, axis=1, keepdims=True)")
        guard case let .call(callee, arguments) = e.kind, case .function("sum", true) = callee.kind else {
            Issue.record("expected a call to np.sum"); return
        }
        #expect(arguments.map(\.label) == [nil, "axis", "keepdims"])
        let random = try expression("np.random.randn(4, 2)")
        guard case let .call(randomCallee, _) = random.kind, case .function("random.randn", true) = randomCallee.kind else {
            Issue.record("expected np.random.randn"); return
        }
    }

    @Test func slicesAndAttributes() throws {
        let e = try expression("X[:, 0:5]")
        guard case let .index(_, components) = e.kind, components.count == 2,
              case .slice(nil, nil, nil, _) = components[0], case .slice(.some, .some, nil, _) = components[1] else {
            Issue.record("expected X[:, 0:5]"); return
        }
        guard case .index(let base, _) = try expression("X.shape[1]").kind, case .attribute(_, "shape") = base.kind else {
            Issue.record("expected X.shape[1]"); return
        }
    }

    @Test func commandsNeedARegisteredWordFollowedByWords() throws {
        let isCommand: (String) -> Bool = { ["clear", "help", "whos"].contains($0) }
        guard case let .command("clear", arguments, _) = try Parser.parse("clear W1 b1", isCommand: isCommand)[0].kind else {
            Issue.record("expected a command"); return
        }
        #expect(arguments.count == 2)
        guard case .command("help", _, let text) = try Parser.parse("?np.sum", isCommand: isCommand)[0].kind else {
            Issue.record("expected ?name to be help"); return
        }
        #expect(text == "np.sum")
        guard case .assignment = try Parser.parse("clear = 3", isCommand: isCommand)[0].kind else {
            Issue.record("clear = 3 is an assignment"); return
        }
    }

    /// A command's words need not be the language's tokens: a file path such as
    /// runs/2024-05/points.csv reaches `data load` whole, though `2024` cannot start a name.
    @Test func aCommandTakesWordsThatAreNoTokens() throws {
        let isCommand: (String) -> Bool = { $0 == "data" }
        let line = "data load /tmp/9F2C-run/2024-05/points.csv label 2"
        let statements = try Parser.parse(line, isCommand: isCommand)
        guard statements.count == 1, case let .command("data", arguments, text) = statements[0].kind else {
            Issue.record("expected one data command: \(statements)"); return
        }
        #expect(text == "load /tmp/9F2C-run/2024-05/points.csv label 2")
        #expect(arguments.map { $0.span.text(in: line) } == ["load", "/tmp/9F2C-run/2024-05/points.csv", "label", "2"])
        #expect(arguments[1].kind == .string("/tmp/9F2C-run/2024-05/points.csv"))
        // Not a command, or a line of several statements: the lexer's error stands.
        #expect(throws: Diagnostic.self) { try Parser.parse("x = 9F2C", isCommand: isCommand) }
        #expect(throws: Diagnostic.self) { try Parser.parse("data load 9F2C.csv; x = 1", isCommand: isCommand) }
    }

    @Test(arguments: [
        ("Z = np.dot(W, X", 10, "never closed"),
        ("Z = W @ @ X", 8, "expected a value"),
        ("A = [1 2; 3", 4, "never closed"),
        ("x = 3 $ 4", 6, "unexpected character"),
        ("W1 X", 3, "after a complete expression"),
        ("a = )", 4, "unmatched"),
        ("1abc", 0, "cannot start with a digit"),
    ])
    func parseErrorsPointAtTheColumn(_ line: String, _ column: Int, _ fragment: String) {
        do {
            _ = try Parser.parse(line)
            Issue.record("\(line) should not parse")
        } catch {
            #expect(error.span?.start == column, "\(line): \(error.message) at \(String(describing: error.span))")
            #expect(error.message.contains(fragment), "\(line): \(error.message)")
        }
    }
}
