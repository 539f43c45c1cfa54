import MatrixEngine

/// Shapes and numbers as a learner or a teacher types them.
public enum ShapeText {
    /// `(4, 3)`, `(4,3)`, `4x3`, `4 x 3`, `4×3`, `4,3`, `[4, 3]`: the shape (4, 3); `(4,)` is
    /// numpy's rank-1 shape (the trailing comma matters, as in Python); nil otherwise.
    public static func parse(_ text: String) -> [Int]? {
        var inner = text.filter { !$0.isWhitespace }
        if let first = inner.first, let last = inner.last, (first == "(" && last == ")") || (first == "[" && last == "]") {
            inner = String(inner.dropFirst().dropLast())
        }
        if inner.hasSuffix(","), let n = Int(inner.dropLast()), n >= 0 { return [n] }
        let parts = inner.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "x" || $0 == "X" || $0 == "×" || $0 == "*" }
        guard parts.count == 2, let rows = Int(parts[0]), let columns = Int(parts[1]), rows >= 0, columns >= 0 else { return nil }
        return [rows, columns]
    }

    /// Half a unit in the last digit written: `5.801545` → 5e-7, `0.5` → 0.05, `3` → 0.5; for a
    /// matrix literal such as `[[0.99845601], [2.39507239]]`, that of its least precise number.
    /// A checkpoint written with six decimals holds to six decimals. Nil unless the text is only numbers.
    public static func halfUnitInLastPlace(of text: String) -> Double? {
        let separators: Set<Character> = ["[", "]", ",", ";", " "]
        let numbers = text.split { separators.contains($0) }.map(String.init)
        guard !numbers.isEmpty else { return nil }
        if numbers.count > 1 || numbers[0] != text.filter({ !$0.isWhitespace }) {
            let units = numbers.map(halfUnitOfNumber)
            guard units.allSatisfy({ $0 != nil }) else { return nil }
            return units.compactMap { $0 }.max()
        }
        return halfUnitOfNumber(numbers[0])
    }

    private static func halfUnitOfNumber(_ text: String) -> Double? {
        let trimmed = text.hasPrefix("-") ? String(text.dropFirst()) : text
        guard Double(trimmed) != nil, !trimmed.contains("e"), !trimmed.contains("E") else { return nil }
        guard let point = trimmed.firstIndex(of: ".") else { return 0.5 }
        let decimals = trimmed.distance(from: point, to: trimmed.endIndex) - 1
        return Double("5e-\(decimals + 1)")
    }
}
