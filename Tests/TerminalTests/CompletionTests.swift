import Testing
@testable import Terminal

@Suite struct CompletionTests {
    @Test func trailingWordStopsAtOperatorsAndSpaces() {
        #expect(Completion.trailingWord(of: "y = W1") == "W1")
        #expect(Completion.trailingWord(of: "relu(x_train") == "x_train")
        #expect(Completion.trailingWord(of: "y = ") == "")
        #expect(Completion.trailingWord(of: "") == "")
        #expect(Completion.trailingWord(of: "np.sof") == "sof")
    }

    @Test func vocabularyIsFilteredByPrefix() {
        let completion = Completion(lineBeforeCursor: "a = np.sof", vocabulary: ["softmax", "sum", "softplus"])
        #expect(completion == Completion(word: "sof", candidates: ["softmax", "softplus"]))
    }

    @Test func uniqueCandidateInsertsTheRest() {
        let edit = CompletionEdit(Completion(word: "tra", candidates: ["transpose"]))
        #expect(edit == .replace(deletingScalars: 0, inserting: "nspose"))
    }

    @Test func severalCandidatesInsertTheirCommonPrefix() {
        let edit = CompletionEdit(Completion(word: "so", candidates: ["softmax", "softplus"]))
        #expect(edit == .replace(deletingScalars: 0, inserting: "ft"))
    }

    @Test func nothingMoreToInsertListsSortedUniqueCandidates() {
        let edit = CompletionEdit(Completion(word: "soft", candidates: ["softplus", "softmax", "softplus"]))
        #expect(edit == .list(["softmax", "softplus"]))
    }

    @Test func emptyWordWithSeveralCandidatesLists() {
        #expect(CompletionEdit(Completion(word: "", candidates: ["b", "a"])) == .list(["a", "b"]))
    }

    @Test func completeWordIsLeftAlone() {
        #expect(CompletionEdit(Completion(word: "sum", candidates: ["sum"])) == .unchanged)
    }

    @Test func noCandidatesBeeps() {
        #expect(CompletionEdit(Completion(word: "zz", candidates: [])) == .noMatch)
        #expect(CompletionEdit(.none) == .noMatch)
    }

    @Test func candidateThatDoesNotExtendTheWordReplacesIt() {
        // Deletion counts Unicode scalars, the unit libedit's el_deletestr uses.
        let edit = CompletionEdit(Completion(word: "cafe\u{301}", candidates: ["Café"]))
        #expect(edit == .replace(deletingScalars: 5, inserting: "Café"))
    }

    @Test func commonPrefixComparesCharacters() {
        #expect(CompletionEdit.commonPrefix(of: ["café", "cafés", "cafe"]) == "caf")
        #expect(CompletionEdit.commonPrefix(of: ["x"]) == "x")
        #expect(CompletionEdit.commonPrefix(of: []) == "")
    }
}
