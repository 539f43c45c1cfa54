/// Where a value lands along an axis, made safe for the extremes: a range so wide that its span
/// overflows gives nan or infinite fractions, which must land on an end rather than trap in `Int(_:)`.
enum AxisPosition {
    /// The cell, out of `count`, holding a point `fraction` of the way along (0 is the first cell's start).
    static func cell(_ fraction: Double, count: Int) -> Int {
        clamp((fraction * Double(count)).rounded(.down), count: count)
    }

    /// The nearest of `count` evenly spaced dots, the first at fraction 0 and the last at 1.
    static func dot(_ fraction: Double, count: Int) -> Int {
        clamp((fraction * Double(count - 1)).rounded(), count: count)
    }

    private static func clamp(_ position: Double, count: Int) -> Int {
        guard count > 1 else { return 0 }
        if position.isNaN { return 0 }
        return Int(min(max(position, 0), Double(count - 1)))
    }
}
