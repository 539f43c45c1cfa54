/// Why a data set could not be made or loaded. Each message names the file, line and column
/// (counting from 1, as editors and spreadsheets do) so the learner can go straight to the problem.
public enum DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    // Built-in data sets.
    case unknownDataset(name: String, known: [String])
    case optionNotAccepted(option: String, dataset: String, accepted: [String])
    case invalidOption(option: String, value: String, requirement: String)

    // Reading a file.
    case fileNotFound(path: String)
    case notAFile(path: String)
    /// A FIFO, a device or a socket: `kind` says which.
    case specialFile(path: String, kind: String)
    /// `reason` is the system's ("Permission denied", "Input/output error").
    case unreadableFile(path: String, reason: String)
    case notText(path: String)
    case fileTooLarge(path: String, limit: Int)

    // CSV content. `file` is the data set's name (the file name); lines count physical lines.
    case emptyFile(file: String)
    case headerOnly(file: String)
    case singleColumn(file: String)
    case raggedRow(file: String, line: Int, fieldCount: Int, expectedCount: Int, referenceLine: Int)
    case notANumber(file: String, line: Int, column: Int, header: String?, text: String)
    case missingValue(file: String, line: Int, column: Int, header: String?)
    case unterminatedQuote(file: String, line: Int, column: Int)
    case labelColumnNotFound(file: String, requested: String, headers: [String])
    case labelColumnOutOfRange(file: String, position: Int, columnCount: Int)
    /// `values` are the distinct labels in order of first appearance (only those shown in the message).
    case labelsNotBinary(file: String, column: Int, header: String?, distinctCount: Int, values: [String])

    /// The line of the file the error is on, for callers that point at it.
    public var line: Int? {
        switch self {
        case .raggedRow(_, let line, _, _, _), .notANumber(_, let line, _, _, _),
             .missingValue(_, let line, _, _), .unterminatedQuote(_, let line, _):
            line
        default: nil
        }
    }

    /// The column (field number, from 1) the error is in, when it is about one column.
    public var column: Int? {
        switch self {
        case .notANumber(_, _, let column, _, _), .missingValue(_, _, let column, _),
             .unterminatedQuote(_, _, let column), .labelsNotBinary(_, let column, _, _, _):
            column
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .unknownDataset(let name, let known):
            return "no data set named '\(name)'; the built-in ones are \(known.joined(separator: ", "))"
        case .optionNotAccepted(let option, let dataset, let accepted):
            let takes = accepted.isEmpty ? "takes no options" : "takes \(accepted.joined(separator: ", "))"
            return "\(dataset) has no option '\(option)'; it \(takes)"
        case .invalidOption(let option, let value, let requirement):
            return "\(option) = \(value): \(requirement)"
        case .fileNotFound(let path):
            return "no such file: \(path)"
        case .notAFile(let path):
            return "\(path) is a directory, not a CSV file"
        case .specialFile(let path, let kind):
            return "\(path) is \(kind), not a regular file; data is read from a file on disk"
        case .unreadableFile(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .notText(let path):
            return "\(path) is not UTF-8 text; a CSV file should be plain text"
        case .fileTooLarge(let path, let limit):
            return "\(path) is larger than \(limit / 1_000_000) MB, more than a data set for learning needs"
        case .emptyFile(let file):
            return "\(file) is empty: a CSV file needs one example per line"
        case .headerOnly(let file):
            return "\(file) has a header line but no examples"
        case .singleColumn(let file):
            return "\(file) has a single column; it needs at least one feature column and a label column"
        case .raggedRow(let file, let line, let fieldCount, let expectedCount, let referenceLine):
            return "\(file): line \(line) has \(fieldCount) \(Self.fields(fieldCount)), but line \(referenceLine) has \(expectedCount)"
        case .notANumber(let file, let line, let column, let header, let text):
            let what = Self.isNonFiniteNumber(text) ? "is not a finite number" : "is not a number"
            return "\(file): line \(line), \(Self.columnName(column, header)): '\(text)' \(what)"
        case .missingValue(let file, let line, let column, let header):
            return "\(file): line \(line), \(Self.columnName(column, header)) is empty; every example needs every value"
        case .unterminatedQuote(let file, let line, let column):
            return "\(file): line \(line), column \(column): a quote (\") opens a field but never closes"
        case .labelColumnNotFound(let file, let requested, let headers):
            if headers.isEmpty {
                return "\(file) has no header line, so there is no column named '\(requested)'; choose the label column by number"
            }
            let names = headers.map { "'\($0)'" }.joined(separator: ", ")
            return "\(file) has no column named '\(requested)'; its columns are \(names)"
        case .labelColumnOutOfRange(let file, let position, let columnCount):
            return "\(file) has \(columnCount) columns, so there is no column \(position) to take labels from (columns count from 1)"
        case .labelsNotBinary(let file, let column, let header, let distinctCount, let values):
            let shown = values.map { "'\($0)'" }.joined(separator: ", ")
            let more = distinctCount > values.count ? ", …" : ""
            let found = distinctCount == 1
                ? "has only one label value, \(shown)"
                : "has \(distinctCount) distinct labels (\(shown)\(more))"
            return "\(file): \(Self.columnName(column, header)) \(found); labels must be 0 and 1, or exactly two distinct values"
        }
    }

    private static func fields(_ count: Int) -> String { count == 1 ? "field" : "fields" }

    private static func columnName(_ column: Int, _ header: String?) -> String {
        guard let header, !header.isEmpty else { return "column \(column)" }
        return "column \(column) ('\(header)')"
    }

    /// `nan` and `inf` parse as doubles but would poison training, so they get their own wording.
    private static func isNonFiniteNumber(_ text: String) -> Bool {
        guard let value = Double(text) else { return false }
        return !value.isFinite
    }
}
