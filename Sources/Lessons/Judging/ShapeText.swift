import BackpropLanguage

/// Numbers as a teacher types them in a lesson (shapes are BackpropLanguage's `ShapeText.parse`).
extension ShapeText {
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
