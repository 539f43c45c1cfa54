/// "Did you mean ...?" suggestions by edit distance.
public enum Spelling {
    /// The candidate closest to `word`, if it is close enough to be a plausible typo. Among equally
    /// close ones: a name with the same first letter (`b1` for `b`, not `X`), then one that `word`
    /// begins, then the most recent in `recent` (the learner's latest names last), then the first
    /// alphabetically.
    public static func closest(to word: String, among candidates: [String], recent: [String] = []) -> String? {
        // No name is this long: a pasted blob gets no suggestion (and no quadratic table).
        guard word.count <= 64 else { return nil }
        let limit = max(1, word.count / 3)
        let recency = Dictionary(recent.enumerated().map { ($1, $0) }, uniquingKeysWith: { _, last in last })
        func rank(_ candidate: String, _ distance: Int) -> (Int, Int, Int, Int) {
            (distance, candidate.first == word.first ? 0 : 1, candidate.hasPrefix(word) ? 0 : 1, -(recency[candidate] ?? -1))
        }
        var best: (name: String, rank: (Int, Int, Int, Int))?
        // A length difference beyond the limit alone rules a candidate out.
        for candidate in Set(candidates) where candidate != word && abs(candidate.count - word.count) <= limit {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            guard distance <= limit else { continue }
            let candidateRank = rank(candidate, distance)
            if best == nil || candidateRank < best!.rank || (candidateRank == best!.rank && candidate < best!.name) {
                best = (candidate, candidateRank)
            }
        }
        return best?.name
    }

    /// Levenshtein distance, with a swap of two neighbours counting as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[x.count][y.count]
    }
}
