import Testing
@testable import MatrixEngine

/// An array's inline shape reads, compares and broadcasts as numpy's shape tuples do.
@Suite struct ArrayShapeTests {
    @Test func readsAsItsDimensions() {
        let column: ArrayShape = [4, 1]
        #expect(column.count == 2 && column[0] == 4 && column[1] == 1)
        #expect(Array(column) == [4, 1])
        #expect(column.reversed() == [1, 4])
        #expect(ArrayShape.scalar.isEmpty && ArrayShape([7]).first == 7)
        #expect(column.description == "(4, 1)" && ArrayShape([5]).description == "(5,)" && ArrayShape.scalar.description == "()")
    }

    /// Equal shapes are equal whatever the unused dimensions held, and hash alike.
    @Test func equalityIgnoresTheUnusedDimensions() {
        #expect(ArrayShape([3]) == ArrayShape([3]))
        #expect(ArrayShape([3]) != ArrayShape([3, 1]))
        #expect(ArrayShape([]) != ArrayShape([0]))
        #expect(Set([ArrayShape([2, 3]), ArrayShape([2, 3]), ArrayShape([3])]).count == 2)
    }

    /// numpy's own answers, from `np.broadcast_shapes` (numpy 2.4.6).
    @Test func broadcastsAsNumpy() {
        let cases: [(ArrayShape, ArrayShape, ArrayShape?)] = [
            ([3], [2, 1], [2, 3]), ([], [4], [4]), ([1], [3], [3]), ([2, 3], [3], [2, 3]),
            ([2, 1], [1, 3], [2, 3]), ([2, 3], [2], nil), ([4, 1], [4], [4, 4]), ([0], [1], [0]), ([5, 0], [5, 1], [5, 0]),
        ]
        for (a, b, expected) in cases {
            #expect(NDArray.broadcastShape(a, b) == expected, "\(a) with \(b)")
            #expect(NDArray.broadcastShape(b, a) == expected, "\(b) with \(a)")
        }
    }
}
