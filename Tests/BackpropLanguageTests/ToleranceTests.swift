import Testing
import BackpropLanguage

/// The one rule by which lessons and drills compare values (Judging/Tolerance.swift). Each case
/// can be checked by hand against |a - b| <= absolute or |a - b| <= relative · max(|a|, |b|).
@Suite struct ToleranceTests {
    let same = Tolerance.sameAnswer

    @Test func sameAnswerIsRelativeOneInABillion() {
        #expect(same.absolute == 1e-12 && same.relative == 1e-9)
        // |d| = 1e-10 <= 1e-9 · 1: the same answer by another order of operations.
        #expect(same.accepts(1, 1 + 1e-10))
        // |d| = 2e-9 > 1e-9 · (1 + 2e-9): a real difference.
        #expect(!same.accepts(1, 1 + 2e-9))
        // Scales with the magnitude: 1e-4 <= 1e-9 · 1e6 = 1e-3, but 1e-2 is not.
        #expect(same.accepts(1e6, 1e6 + 1e-4))
        #expect(!same.accepts(1e6, 1e6 + 1e-2))
        // Off by a factor (a missing 1/m with m = 4): far outside.
        #expect(!same.accepts(0.25, 1))
    }

    @Test func nearZeroTheAbsoluteBoundDecides() {
        // 1e-13 <= 1e-12: rounding left over from cancellation.
        #expect(same.accepts(0, 1e-13))
        #expect(same.accepts(-1e-13, 0))
        // 1e-11 > 1e-12 and > 1e-9 · 1e-11.
        #expect(!same.accepts(0, 1e-11))
        // Tiny values are still compared by their size: 1e-10 against 2e-10 differ by half.
        #expect(!same.accepts(1e-10, 2e-10))
        #expect(same.accepts(1e-10, 1e-10 * (1 + 1e-10)))
    }

    @Test func theRuleIsSymmetric() {
        let pairs: [(Double, Double)] = [(1, 1 + 1e-10), (1, 1 + 2e-9), (0, 1e-13), (0, 1e-11), (1e6, 1e6 + 1e-4), (-3, 3), (5, 5.0000000049)]
        for (a, b) in pairs {
            #expect(same.accepts(a, b) == same.accepts(b, a), "\(a) \(b)")
        }
    }

    @Test func notANumberAndInfinities() {
        #expect(same.accepts(.nan, .nan), "NaN where NaN is expected is the same answer")
        #expect(!same.accepts(.nan, 1))
        #expect(!same.accepts(1, .nan))
        #expect(same.accepts(.infinity, .infinity))
        #expect(!same.accepts(.infinity, -.infinity))
        // A relative bound of infinity would accept anything: an infinity agrees only with itself.
        #expect(!same.accepts(.infinity, 1e308))
        #expect(!same.accepts(1, .infinity))
        #expect(same.accepts(0, -0.0))
    }

    @Test func anAbsoluteToleranceIsExactlyThat() {
        let half = Tolerance.absolute(0.5)
        #expect(half.accepts(1, 1.5))   // |d| = 0.5 <= 0.5
        #expect(!half.accepts(1, 1.625)) // |d| = 0.625 > 0.5, and no relative part
        #expect(half.accepts(100, 100.25))
        let exact = Tolerance.absolute(0)
        #expect(exact.accepts(2, 2))
        #expect(!exact.accepts(2, 2.0000000000000004))
    }

    @Test func firstDisagreementNamesThePosition() {
        #expect(same.firstDisagreement([1, 2, 3], [1, 2, 3]) == nil)
        #expect(same.firstDisagreement([1, 2 + 1e-12, 3], [1, 2, 3]) == nil)
        #expect(same.firstDisagreement([1, 2, 4, 5], [1, 2, 3, 4]) == 2)
        #expect(same.firstDisagreement([], []) == nil)
    }
}
