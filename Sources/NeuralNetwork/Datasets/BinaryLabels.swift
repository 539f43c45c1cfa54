/// A label column turned into 0/1. Labels already 0 and 1 stay as they are; any other two
/// distinct values are mapped, the smaller (numerically, or alphabetically for text) to 0, and
/// the mapping is described so the learner knows which class is which.
struct BinaryLabels {
    let values: [Double]
    /// `nil` when the file's labels were 0/1 already; otherwise e.g. `no = 0, yes = 1`.
    let mapping: String?

    /// `texts` are the label fields in example order (none empty).
    init(_ texts: [String], file: String, column: Int, header: String?) throws(DatasetError) {
        var distinct: [String] = []
        var seen: Set<String> = []
        for text in texts where seen.insert(Self.canonical(text)).inserted {
            distinct.append(text)
        }
        let numbers = distinct.map { Double($0) }
        let allNumeric = numbers.allSatisfy { $0?.isFinite ?? false }
        if allNumeric, numbers.allSatisfy({ $0 == 0 || $0 == 1 }) {
            values = texts.map { (Double($0) ?? 0) + 0 }
            mapping = nil
            return
        }
        guard distinct.count == 2 else {
            throw .labelsNotBinary(
                file: file, column: column, header: header, distinctCount: distinct.count, values: Array(distinct.prefix(5)))
        }
        let ordered = allNumeric
            ? distinct.sorted { (Double($0) ?? 0) < (Double($1) ?? 0) }
            : distinct.sorted()
        let positive = Self.canonical(ordered[1])
        values = texts.map { Self.canonical($0) == positive ? 1 : 0 }
        mapping = "\(ordered[0]) = 0, \(ordered[1]) = 1"
    }

    /// Numbers compare by value (`1`, `1.0` and `1e0` are one label); text compares as written.
    private static func canonical(_ text: String) -> String {
        if let number = Double(text), number.isFinite { return String(number + 0) }  // + 0 folds -0 into 0
        return text
    }
}
