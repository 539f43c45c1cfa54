/// The non-blank lines of a CSV text split into trimmed fields, each remembering its physical
/// line number for error messages. Works on UTF-8 bytes: a 12288-column image file stays quick.
///
/// Accepts `\n` and `\r\n` line ends, spaces or tabs around fields, blank lines anywhere, a
/// byte-order mark, and double-quoted fields (`"a, b"`, `""` for a quote) within one line.
struct CSVRecords {
    struct Record {
        /// The physical line, counting from 1 (blank lines count too, as in an editor).
        let line: Int
        let fields: [String]
    }

    let records: [Record]

    init(parsing text: String, file: String) throws(DatasetError) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var records: [Record] = []
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            lineNumber += 1
            let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var lineEnd = newline
            if lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            let line = bytes[lineStart..<lineEnd]
            if !line.allSatisfy(Self.isBlank) {
                records.append(Record(line: lineNumber, fields: try Self.fields(of: line, line: lineNumber, file: file)))
            }
            lineStart = newline + 1
        }
        self.records = records
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private static func fields(of line: ArraySlice<UInt8>, line lineNumber: Int, file: String) throws(DatasetError) -> [String] {
        var fields: [String] = []
        var index = line.startIndex
        while true {
            while index < line.endIndex, isBlank(line[index]) { index += 1 }
            var field: [UInt8] = []
            if index < line.endIndex, line[index] == UInt8(ascii: "\"") {
                index += 1
                var closed = false
                while index < line.endIndex {
                    let byte = line[index]
                    index += 1
                    if byte == UInt8(ascii: "\"") {
                        if index < line.endIndex, line[index] == UInt8(ascii: "\"") {
                            field.append(byte)
                            index += 1
                        } else {
                            closed = true
                            break
                        }
                    } else {
                        field.append(byte)
                    }
                }
                guard closed else {
                    throw .unterminatedQuote(file: file, line: lineNumber, column: fields.count + 1)
                }
                // Anything after the closing quote up to the comma is kept, as spreadsheets do.
                while index < line.endIndex, line[index] != UInt8(ascii: ",") {
                    field.append(line[index])
                    index += 1
                }
            } else {
                while index < line.endIndex, line[index] != UInt8(ascii: ",") {
                    field.append(line[index])
                    index += 1
                }
            }
            while let last = field.last, isBlank(last) { field.removeLast() }
            fields.append(String(decoding: field, as: UTF8.self))
            guard index < line.endIndex else { return fields }
            index += 1  // the comma
        }
    }
}
