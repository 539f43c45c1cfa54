import Testing
@testable import BackpropLanguage

/// One expression of the differential test and what numpy gave for it.
struct NumpyValueCase: Sendable, CustomStringConvertible {
    let expression: String
    let printed: String?
    let shape: String?
    let dtype: String?
    let warnings: [String]
    let numpyError: String?
    /// Lines run before the expression (print options, seeds), beyond the common setup.
    let setup: [String]
    /// The numpy test a ported case comes from.
    let source: String?

    init(expression: String, printed: String, shape: String, dtype: String, warnings: [String], setup: [String] = [], source: String? = nil) {
        (self.expression, self.printed, self.shape, self.dtype, self.warnings, self.numpyError) = (expression, printed, shape, dtype, warnings, nil)
        (self.setup, self.source) = (setup, source)
    }

    init(expression: String, numpyError: String, setup: [String] = [], source: String? = nil) {
        (self.expression, self.printed, self.shape, self.dtype, self.warnings, self.numpyError) = (expression, nil, nil, nil, [], numpyError)
        (self.setup, self.source) = (setup, source)
    }

    var description: String { (setup + [expression]).joined(separator: "; ") }
}

/// Random expressions over rank-0/1/2 arrays of every dtype, against the fixtures numpy made
/// (scripts/generate-numpy-value-fixtures.py): print's text, shape and dtype must be numpy's to
/// the last character, and what numpy refuses Backprop refuses.
@Suite struct NumpyValueTests {
    static let session: Session = {
        var session = Session()
        for line in NumpyValueFixtures.setup {
            let result = session.execute(line)
            precondition(!result.failed, "setup line failed: \(line)")
        }
        return session
    }()

    static func texts(_ line: String, after setup: [String] = []) -> (texts: [String], failed: Bool, diagnostics: [Diagnostic]) {
        var session = Self.session
        for line in setup { precondition(!session.execute(line).failed, "setup line failed: \(line)") }
        let result = session.execute(line)
        let texts = result.outputs.compactMap { output -> String? in if case let .printed(t) = output { return t } else { return nil } }
        return (texts, result.failed, result.diagnostics)
    }

    @Test(arguments: NumpyValueFixtures.cases + NumpyValueFixtures.ported)
    func expressionGivesNumpysValue(_ fixture: NumpyValueCase) {
        let printed = Self.texts("print(\(fixture.expression))", after: fixture.setup)
        if let error = fixture.numpyError {
            #expect(printed.failed, "numpy raises \(error) for \(fixture.expression); Backprop printed \(printed.texts)")
            return
        }
        #expect(!printed.failed, "\(fixture.expression) failed: \(printed.diagnostics.first?.message ?? "")")
        #expect(printed.texts == [fixture.printed!], "print(\(fixture.expression))")
        let warnings = printed.diagnostics.compactMap { d -> String? in
            d.message.hasPrefix("RuntimeWarning: ") ? String(d.message.dropFirst("RuntimeWarning: ".count)) : nil
        }
        #expect(warnings.sorted() == fixture.warnings, "numpy's RuntimeWarnings for \(fixture.expression)")
        guard fixture.dtype != "tuple" else { return }
        #expect(Self.texts("print((\(fixture.expression)).shape)", after: fixture.setup).texts == [fixture.shape!], "\(fixture.expression).shape")
        #expect(Self.texts("print((\(fixture.expression)).dtype)", after: fixture.setup).texts == [fixture.dtype!], "\(fixture.expression).dtype")
    }
}
