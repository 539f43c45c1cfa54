/// When two numbers count as the same: the one rule by which the lessons and the drills compare
/// an answer's values with the expected ones (`AnswerJudge`, `CheckpointEvaluator`,
/// `LessonReplay` in Lessons; `Judge` in Drills).
///
/// Two numbers agree when they are equal, when both are NaN, or when they are finite and
/// `|a - b| <= absolute` or `|a - b| <= relative · max(|a|, |b|)`. The rule is symmetric (which
/// number is the answer does not matter), and an infinity agrees only with itself (a relative
/// bound of an infinity would accept every number).
public struct Tolerance: Sendable, Equatable {
    /// The largest difference always accepted.
    public var absolute: Double
    /// The largest difference accepted, as a fraction of the larger magnitude.
    public var relative: Double

    public init(absolute: Double, relative: Double) {
        self.absolute = absolute
        self.relative = relative
    }

    /// Exactly `tolerance` either way: a lesson's `≈ 5.80 ± 0.01`, or half a unit in the last
    /// place it wrote (`≈ 5.801545` holds to ±5e-7).
    public static func absolute(_ tolerance: Double) -> Tolerance {
        Tolerance(absolute: tolerance, relative: 0)
    }

    /// The same answer reached another way: relative 1e-9, or absolute 1e-12 near zero.
    ///
    /// Why these numbers. The learner's line and the reference run in the same engine, so
    /// equivalent formulas (`np.dot(dZ2, A1.T) / m` and `1/m * dZ2 @ A1.T`) differ only by
    /// rounding: a few units in the last place (about 1e-16 relative) per operation, far under
    /// 1e-9. A value that cancels to near zero keeps an error of about 1e-16 times the size of
    /// the terms that cancelled, which 1e-12 covers for terms up to about 1e4, more than the
    /// course's numbers reach. The mistakes the drills and lessons must catch (a missing 1/m, a
    /// transpose, the wrong derivative) are off by factors, far over 1e-9 relative. The absolute
    /// bound stays small so that answers whose values are all tiny (gradients of 1e-10) are
    /// still compared relative to their size, not waved through. (Before this rule the lessons
    /// used 1e-9·max(1, |expected|) and the drills this one; every test of both accepts it.)
    public static let sameAnswer = Tolerance(absolute: 1e-12, relative: 1e-9)

    /// Whether `a` and `b` agree (see the type's comment).
    public func accepts(_ a: Double, _ b: Double) -> Bool {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
        if a == b { return true }
        guard a.isFinite && b.isFinite else { return false }
        let difference = abs(a - b)
        return difference <= absolute || difference <= relative * max(abs(a), abs(b))
    }

    /// The first position where `given` and `expected` disagree, or nil when every pair agrees.
    /// The two are compared pair by pair up to the shorter one's length.
    public func firstDisagreement(_ given: [Double], _ expected: [Double]) -> Int? {
        (0..<min(given.count, expected.count)).first { !accepts(given[$0], expected[$0]) }
    }
}
