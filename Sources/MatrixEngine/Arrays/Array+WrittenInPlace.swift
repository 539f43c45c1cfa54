extension Array where Element == Double {
    /// `count` elements written in place by `write`, which must set every one of them.
    ///
    /// `Array(unsafeUninitializedCapacity:)` allocates through a generic function of the standard
    /// library that looks its storage type up at run time, about 500 instructions: more than the
    /// arithmetic of a small matrix. Appending a collection takes the specialised path instead.
    @inlinable
    init(count: Int, writtenInPlace write: (UnsafeMutableBufferPointer<Double>) -> Void) {
        self.init()
        append(contentsOf: UnwrittenElements(count: count))
        withUnsafeMutableBufferPointer { write($0) }
    }
}

/// `count` places that `Array.append(contentsOf:)` adds without writing them (a Double needs no
/// initialisation): `Array.init(count:writtenInPlace:)` writes them next.
@usableFromInline
struct UnwrittenElements: Collection {
    @usableFromInline let count: Int

    @inlinable init(count: Int) { self.count = count }

    @inlinable var startIndex: Int { 0 }
    @inlinable var endIndex: Int { count }
    @inlinable func index(after i: Int) -> Int { i + 1 }
    @inlinable subscript(position: Int) -> Double { preconditionFailure("UnwrittenElements has no values to read") }

    @usableFromInline
    struct Iterator: IteratorProtocol {
        @inlinable init() {}
        @inlinable mutating func next() -> Double? { nil }
    }
    @inlinable func makeIterator() -> Iterator { Iterator() }

    @inlinable
    func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Double>) -> (Iterator, Int) {
        precondition(buffer.count >= count, "the array reserved fewer places than it was asked for")
        return (Iterator(), count)
    }
}
