import Testing
@testable import BackpropLanguage

/// The shared text helpers (Text/StringHelpers.swift, Text/ShapeText.swift) that the lessons,
/// the drills, the layout code and the interpreter all use.
@Suite struct TextHelperTests {
    @Test func trimmersTrimOnlyTheirCharactersAtTheirEnds() {
        let text = " \t a b \t\n "
        #expect(text.trimmingWhitespace == "a b")
        #expect(text.trimmingBlanks == "a b \t\n", "a line end is not a blank")
        #expect(" \ta b\t ".trimmingBlanks == "a b")
        #expect("  a b  ".trimmingLeadingSpaces == "a b  ")
        #expect("\t a".trimmingLeadingSpaces == "\t a", "only spaces")
        #expect("  a b  ".trimmingTrailingSpaces == "  a b")
        #expect("a\t ".trimmingTrailingSpaces == "a\t")
        #expect("x--y--".trimming { $0 == "-" } == "x--y")
        // All blank, or empty: nothing is left.
        for trimmed in ["   ".trimmingWhitespace, "   ".trimmingBlanks, "   ".trimmingLeadingSpaces, "   ".trimmingTrailingSpaces, "".trimmingWhitespace] {
            #expect(trimmed == "")
        }
        // A Substring trims the same way.
        #expect(Substring(" a ").trimmingWhitespace == "a")
    }

    @Test func rangeOfFindsTheFirstOccurrence() {
        let text = "a == b == c"
        let range = text.range(of: "==")
        #expect(range.map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 2)
        #expect(range.map { String(text[$0]) } == "==")
        #expect(text.range(of: "===") == nil)
        #expect("ab".range(of: "abc") == nil, "a part longer than the rest is not found")
        #expect("".range(of: "a") == nil)
        // An empty part is found at the start, as Python's "abc".find("") is 0.
        #expect("abc".range(of: "") == "abc".startIndex..<"abc".startIndex)
        // In a Substring, at its own indices.
        let tail = text.dropFirst(5)
        #expect(tail.range(of: "==").map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 7)
        // Characters, not code units: é (one character) is not e followed by an accent.
        #expect("caf\u{E9}".range(of: "cafe") == nil)
        #expect("caf\u{E9}".range(of: "caf\u{65}\u{301}") != nil, "canonically equivalent characters match")
    }

    @Test func replacingAllReplacesEachOccurrenceOnce() {
        #expect("a-b-c".replacingAll("-", with: "+") == "a+b+c")
        #expect("aaa".replacingAll("aa", with: "b") == "ba", "left to right, none overlapping")
        #expect("abc".replacingAll("x", with: "y") == "abc")
        #expect("abc".replacingAll("", with: "y") == "abc")
        #expect("xx".replacingAll("x", with: "xx") == "xxxx", "what is put in is not searched again")
    }

    @Test(arguments: ["(4, 3)", "(4,3)", "4x3", "4 x 3", "4X3", "4×3", "4*3", "4,3", "4 3", "[4, 3]", " ( 4 , 3 ) ", "((4, 3))", "(4, 3,)"])
    func twoSizes(text: String) {
        #expect(ShapeText.parse(text) == [4, 3])
    }

    @Test func oneSizeNeedsItsTrailingCommaAndNoSizeIsTheEmptyTuple() {
        #expect(ShapeText.parse("(4,)") == [4])
        #expect(ShapeText.parse("4,") == [4])
        #expect(ShapeText.parse("( 4 , )") == [4])
        #expect(ShapeText.parse("(4)") == nil, "(4) is the number 4 in Python")
        #expect(ShapeText.parse("4") == nil)
        #expect(ShapeText.parse("()") == [])
        #expect(ShapeText.parse("( )") == [])
        #expect(ShapeText.parse("") == nil, "nothing typed is no shape")
        #expect(ShapeText.parse("(,)") == nil)
    }

    @Test(arguments: ["four by three", "4 by 3", "(4, 3, 2)", "(4; 3)", "(-4, 3)", "4x", "(4, 3", "(n[1], m)"])
    func notAShape(text: String) {
        #expect(ShapeText.parse(text) == nil)
    }

    @Test func symbolsOfTheArchitecture() {
        let symbols = ["n0": 2, "n1": 4, "n2": 1, "m": 500]
        #expect(ShapeText.parse("(n[2], n[1])", symbols: symbols) == [1, 4])
        #expect(ShapeText.parse("(n1, m)", symbols: symbols) == [4, 500])
        #expect(ShapeText.parse("n[1] x 1", symbols: symbols) == [4, 1])
        #expect(ShapeText.parse("n_1 x m", symbols: symbols) == [4, 500])
        #expect(ShapeText.parse("(n[7], m)", symbols: symbols) == nil)
    }
}
