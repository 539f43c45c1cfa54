import Testing
@testable import MatrixEngine

/// A matrix and what numpy's `str()` prints for it (see scripts/generate-format-fixtures.py).
struct MatrixFormattingFixture: Sendable, CustomTestStringConvertible {
    let name: String
    let rows: Int
    let columns: Int
    let options: PrintOptions
    /// Row-major elements as hexadecimal IEEE bit patterns separated by whitespace, so every
    /// value arrives exactly.
    let bits: String
    let expected: String

    var testDescription: String { name }

    var matrix: Matrix {
        get throws {
            let elements = bits.split(whereSeparator: \.isWhitespace).map { word in
                Double(bitPattern: UInt64(word, radix: 16)!)
            }
            return try Matrix(rows: rows, columns: columns, elements: elements)
        }
    }
}

/// A float and what numpy's `str(np.float64(x))` (equal to Python's `repr`) prints for it.
struct ScalarFormattingFixture: Sendable, CustomTestStringConvertible {
    let name: String
    let bits: UInt64
    let expected: String

    var testDescription: String { name }
}

@Suite struct FormattingTests {
    @Test(arguments: FormattingFixtures.matrices)
    func matrixMatchesNumpy(_ fixture: MatrixFormattingFixture) throws {
        let actual = try fixture.matrix.formatted(fixture.options)
        #expect(actual == fixture.expected, "\(lineDiff(expected: fixture.expected, actual: actual))")
    }

    @Test(arguments: FormattingFixtures.scalars)
    func scalarMatchesNumpy(_ fixture: ScalarFormattingFixture) {
        let value = Double(bitPattern: fixture.bits)
        #expect(Matrix.formatScalar(value) == fixture.expected)
    }

    @Test func integerScalar() {
        #expect(Matrix.formatScalar(400) == "400")
        #expect(Matrix.formatScalar(-3) == "-3")
    }

    @Test func defaultOptionsAreNumpys() {
        let options = PrintOptions()
        #expect(options == PrintOptions(precision: 8, threshold: 1000, edgeitems: 3, linewidth: 75, suppress: false))
    }
}

/// The lines that differ, numbered, with visible line ends, e.g.
/// ```
/// line 2:
///   numpy: | [3. 4.]]|
///   swift: | [3.  4.]]|
/// ```
private func lineDiff(expected: String, actual: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report = ["numpy printed \(expectedLines.count) lines, Swift \(actualLines.count):"]
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let numpyLine = index < expectedLines.count ? "|\(expectedLines[index])|" : "(none)"
        let swiftLine = index < actualLines.count ? "|\(actualLines[index])|" : "(none)"
        guard numpyLine != swiftLine else { continue }
        report.append("line \(index + 1):\n  numpy: \(numpyLine)\n  swift: \(swiftLine)")
        if report.count > 10 {
            report.append("...")
            break
        }
    }
    return report.joined(separator: "\n")
}
