/// `range(start, stop, step)`: a lazy sequence of ints, so `for i in range(10**9)` needs no memory.
public struct PythonRange: Equatable, Sendable {
    public let start: Int
    public let stop: Int
    public let step: Int

    public var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    public func element(_ index: Int) -> Int { start + index * step }

    public var description: String { step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))" }
}
