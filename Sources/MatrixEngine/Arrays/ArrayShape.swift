/// A numpy shape of rank 0, 1 or 2 — `()`, `(n,)`, `(n, m)` — held inline.
///
/// Every array carries one and an interpreted loop makes an array per operation, so the shape
/// is two integers and a rank rather than a heap-allocated `[Int]`: no allocation, and nothing
/// to reference-count when an array is copied. It reads as a collection of its dimensions.
public struct ArrayShape: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    public let rank: Int
    private let first: Int
    private let second: Int

    /// `dimensions` has at most two entries (the arrays of Backprop stop at rank 2).
    public init(_ dimensions: some Collection<Int>) {
        precondition(dimensions.count <= 2, "an array's shape has at most two dimensions")
        rank = dimensions.count
        var iterator = dimensions.makeIterator()
        first = iterator.next() ?? 0
        second = iterator.next() ?? 0
    }

    public init(arrayLiteral dimensions: Int...) { self.init(dimensions) }

    private init(rank: Int, first: Int, second: Int) {
        (self.rank, self.first, self.second) = (rank, first, second)
    }

    /// The shapes the hot paths make, without the array a literal would pass.
    public static func matrix(_ rows: Int, _ columns: Int) -> ArrayShape { ArrayShape(rank: 2, first: rows, second: columns) }
    public static func vector(_ count: Int) -> ArrayShape { ArrayShape(rank: 1, first: count, second: 0) }
    public static let scalar = ArrayShape(rank: 0, first: 0, second: 0)

    public var startIndex: Int { 0 }
    public var endIndex: Int { rank }
    public var count: Int { rank }

    public subscript(position: Int) -> Int {
        precondition(position >= 0 && position < rank, "shape index out of range")
        return position == 0 ? first : second
    }

    public static func == (a: ArrayShape, b: ArrayShape) -> Bool {
        a.rank == b.rank && (a.rank < 1 || a.first == b.first) && (a.rank < 2 || a.second == b.second)
    }

    /// The axes in reverse order, as `.T` makes them.
    public func reversed() -> ArrayShape { ArrayShape(Array(self).reversed()) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rank)
        for dimension in self { hasher.combine(dimension) }
    }

    /// `(3,)`, `()`, `(2, 3)`: as numpy prints a shape tuple.
    public var description: String {
        rank == 1 ? "(\(first),)" : "(" + map(String.init).joined(separator: ", ") + ")"
    }
}

extension Array where Element == Int {
    public init(_ shape: ArrayShape) { self = shape.map { $0 } }
}
