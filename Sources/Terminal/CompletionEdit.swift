/// What one press of Tab does to the line, decided apart from libedit so it can be tested.
enum CompletionEdit: Equatable {
    /// Delete `deletingScalars` Unicode scalars before the cursor (libedit counts wide
    /// characters, which on Linux are scalars), then insert `text`.
    case replace(deletingScalars: Int, inserting: String)
    /// Several candidates and nothing more to insert: show them (sorted, without repeats).
    case list([String])
    /// The word already is the only candidate: nothing to do.
    case unchanged
    /// No candidate at all: beep.
    case noMatch

    init(_ completion: Completion) {
        let word = completion.word
        var seen = Set<String>()
        let candidates = completion.candidates.sorted().filter { seen.insert($0).inserted }
        guard let first = candidates.first else {
            self = .noMatch
            return
        }
        if completion.isHint {
            self = .list(candidates)
            return
        }
        let unique = candidates.count == 1
        let target = unique ? first : CompletionEdit.commonPrefix(of: candidates)
        let suffix = unique ? completion.suffix : ""
        if target == word {
            self = unique ? (suffix.isEmpty ? .unchanged : .replace(deletingScalars: 0, inserting: suffix)) : .list(candidates)
        } else if target.hasPrefix(word) {
            self = .replace(deletingScalars: 0, inserting: String(target.dropFirst(word.count)) + suffix)
        } else if unique || target.count >= word.count {
            // A candidate that does not extend the word (another case, say) replaces it whole.
            self = .replace(deletingScalars: word.unicodeScalars.count, inserting: target + suffix)
        } else {
            self = .list(candidates)
        }
    }

    /// The longest string every candidate starts with, compared by `Character`.
    static func commonPrefix(of strings: [String]) -> String {
        guard var prefix = strings.first.map({ Substring($0) }) else { return "" }
        for string in strings.dropFirst() {
            let shared = zip(prefix, string).prefix { $0 == $1 }.count
            prefix = prefix.prefix(shared)
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }
}
