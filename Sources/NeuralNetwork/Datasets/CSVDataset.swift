import MatrixEngine

/// A data set from comma-separated values: one example per line, the label in the last column
/// unless told otherwise, an optional header line. The result is in the notes' layout, X (n, m)
/// with one feature per row and Y (1, m) of 0/1.
///
///     x1, x2, label
///     0.5, 1.25, 1
///     -2, 0.75, 0
public enum CSVDataset {
    /// Parses `text`; `name` is what messages and the data set are called (usually the file name).
    ///
    /// `hasHeader` nil detects a header: the first line is one when some field of it is not a
    /// number while the same field on the next line is (so text labels do not count), or when
    /// it is the only line and not all numbers. Choosing the label column by name implies a header.
    public static func parse(
        _ text: String, name: String, labelColumn: LabelColumn = .last, hasHeader: Bool? = nil
    ) throws(DatasetError) -> Dataset {
        let records = try CSVRecords(parsing: text, file: name).records
        guard let first = records.first else { throw .emptyFile(file: name) }
        guard first.fields.count >= 2 else { throw .singleColumn(file: name) }
        for record in records.dropFirst() where record.fields.count != first.fields.count {
            throw .raggedRow(
                file: name, line: record.line, fieldCount: record.fields.count,
                expectedCount: first.fields.count, referenceLine: first.line)
        }

        let headerPresent: Bool
        if case .named = labelColumn, hasHeader == nil {
            headerPresent = true
        } else {
            headerPresent = hasHeader ?? looksLikeHeader(records)
        }
        let headers = headerPresent ? first.fields : nil
        let examples = headerPresent ? Array(records.dropFirst()) : records
        let columnCount = first.fields.count
        let labelIndex = try labelColumnIndex(labelColumn, headers: headers, columnCount: columnCount, file: name)
        guard !examples.isEmpty else { throw .headerOnly(file: name) }

        let featureIndices = (0..<columnCount).filter { $0 != labelIndex }
        let m = examples.count
        var features = [Double](repeating: 0, count: featureIndices.count * m)
        var labelTexts: [String] = []
        labelTexts.reserveCapacity(m)
        for (example, record) in examples.enumerated() {
            for (row, column) in featureIndices.enumerated() {
                features[row * m + example] = try number(
                    record.fields[column], line: record.line, column: column, headers: headers, file: name)
            }
            let label = record.fields[labelIndex]
            guard !label.isEmpty else {
                throw .missingValue(file: name, line: record.line, column: labelIndex + 1, header: headers?[labelIndex])
            }
            labelTexts.append(label)
        }
        let labels = try BinaryLabels(labelTexts, file: name, column: labelIndex + 1, header: headers?[labelIndex])

        let labelName = headers.map { "column \(labelIndex + 1) ('\($0[labelIndex])')" } ?? "column \(labelIndex + 1)"
        var origin = "\(name): \(m) \(m == 1 ? "example" : "examples"), \(featureIndices.count) "
            + "\(featureIndices.count == 1 ? "feature" : "features"), labels from \(labelName)"
        if let mapping = labels.mapping { origin += ": \(mapping)" }
        return Dataset(
            name: name,
            X: .fitting(rows: featureIndices.count, columns: m, elements: features),
            Y: .fitting(rows: 1, columns: m, elements: labels.values),
            origin: origin)
    }

    /// Reads and parses the file at `path`; the data set is named by the file's last path component.
    public static func load(
        path: String, labelColumn: LabelColumn = .last, hasHeader: Bool? = nil
    ) throws(DatasetError) -> Dataset {
        let text = try TextFile.read(path: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return try parse(text, name: name, labelColumn: labelColumn, hasHeader: hasHeader)
    }

    private static func looksLikeHeader(_ records: [CSVRecords.Record]) -> Bool {
        let first = records[0].fields
        let second = records.count > 1 ? records[1].fields : nil
        return first.indices.contains { column in
            !isNumber(first[column]) && (second.map { isNumber($0[column]) } ?? true)
        }
    }

    private static func isNumber(_ text: String) -> Bool { Double(text) != nil }

    private static func labelColumnIndex(
        _ choice: LabelColumn, headers: [String]?, columnCount: Int, file: String
    ) throws(DatasetError) -> Int {
        switch choice {
        case .last:
            return columnCount - 1
        case .position(let position):
            guard (1...columnCount).contains(position) else {
                throw .labelColumnOutOfRange(file: file, position: position, columnCount: columnCount)
            }
            return position - 1
        case .named(let name):
            guard let headers, let index = headers.firstIndex(of: name) else {
                throw .labelColumnNotFound(file: file, requested: name, headers: headers ?? [])
            }
            return index
        }
    }

    private static func number(
        _ text: String, line: Int, column: Int, headers: [String]?, file: String
    ) throws(DatasetError) -> Double {
        guard !text.isEmpty else {
            throw .missingValue(file: file, line: line, column: column + 1, header: headers?[column])
        }
        guard let value = Double(text), value.isFinite else {
            throw .notANumber(file: file, line: line, column: column + 1, header: headers?[column], text: text)
        }
        return value
    }
}
