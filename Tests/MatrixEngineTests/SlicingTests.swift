import Testing
@testable import MatrixEngine

@Suite("Slicing: numpy start:stop:step semantics on each axis")
struct SlicingTests {
    /// Python's `list(range(5))[slice]`, printed by Python.
    static let handCases: [(start: Int?, stop: Int?, step: Int?, expected: [Int])] = [
        (nil, nil, nil, [0, 1, 2, 3, 4]),
        (1, 3, nil, [1, 2]),
        (-2, nil, nil, [3, 4]),
        (-1, nil, nil, [4]),
        (nil, -1, nil, [0, 1, 2, 3]),
        (-3, -1, nil, [2, 3]),
        (nil, nil, -1, [4, 3, 2, 1, 0]),
        (nil, nil, 2, [0, 2, 4]),
        (1, nil, 2, [1, 3]),
        (nil, nil, -2, [4, 2, 0]),
        (3, 0, -1, [3, 2, 1]),
        (-1, -4, -1, [4, 3, 2]),
        (4, 1, -2, [4, 2]),
        (-10, 10, nil, [0, 1, 2, 3, 4]),      // out of range: clamped
        (5, nil, -1, [4, 3, 2, 1, 0]),        // start past the end, negative step: clamped to the last
        (0, -100, -1, [0]),                   // stop before the start, negative step: runs to index 0
        (nil, nil, -10, [4]),
        (nil, nil, 10, [0]),
        (10, nil, nil, []),                   // empty results
        (-10, 2, -1, []),
        (2, 2, nil, []),
        (3, 1, nil, []),
        (1, 3, -1, []),
        (-6, nil, -1, []),
        (-100, -99, nil, []),
    ]

    @Test(arguments: handCases)
    func sliceIndicesMatchPython(start: Int?, stop: Int?, step: Int?, expected: [Int]) throws {
        let bounds = SliceBounds(start: start, stop: stop, step: step)
        #expect(try bounds.indices(length: 5, operation: "slice") == expected)
    }

    @Test func sliceIndicesAgreeWithCPythonsAlgorithmExhaustively() throws {
        let values: [Int?] = [nil] + (-8...8).map { Optional($0) } + [Int.min / 2, Int.max / 2]
        let steps: [Int?] = [nil, -7, -3, -2, -1, 1, 2, 3, 7]
        for length in 0...6 {
            for start in values {
                for stop in values {
                    for step in steps {
                        let got = try SliceBounds(start: start, stop: stop, step: step).indices(length: length, operation: "slice")
                        let want = NaiveReference.sliceIndices(start: start, stop: stop, step: step, length: length)
                        #expect(got == want, "[\(String(describing: start)):\(String(describing: stop)):\(String(describing: step))] on length \(length)")
                    }
                }
            }
        }
    }

    @Test func hugeStepsDoNotOverflow() throws {
        // X[1::sys.maxsize] and X[::-sys.maxsize] are valid Python; they must not trap.
        #expect(try SliceBounds(start: 1, step: .max).indices(length: 3, operation: "slice") == [1])
        #expect(try SliceBounds(start: 2, stop: 0, step: .max).indices(length: 3, operation: "slice") == [])
        #expect(try SliceBounds(step: -Int.max).indices(length: 3, operation: "slice") == [2])
        #expect(try SliceBounds(start: .max, stop: .min, step: -1).indices(length: 3, operation: "slice") == [2, 1, 0])
        #expect(try SliceBounds(start: .min, stop: .max).indices(length: 3, operation: "slice") == [0, 1, 2])
    }

    @Test func wholeAxisAndSingleIndex() throws {
        #expect(try SliceBounds.all.indices(length: 4, operation: "slice") == [0, 1, 2, 3])
        #expect(try SliceBounds.all.indices(length: 0, operation: "slice") == [])
        #expect(try SliceBounds.index(0).indices(length: 4, operation: "slice") == [0])
        #expect(try SliceBounds.index(3).indices(length: 4, operation: "slice") == [3])
        #expect(try SliceBounds.index(-1).indices(length: 4, operation: "slice") == [3])
        #expect(try SliceBounds.index(-4).indices(length: 4, operation: "slice") == [0])
        // Out-of-range single indices select nothing here; resolveIndex is what reports them.
        #expect(try SliceBounds.index(4).indices(length: 4, operation: "slice") == [])
        #expect(try SliceBounds.index(.max).indices(length: 4, operation: "slice") == [])
    }

    @Test func resolveIndexCountsNegativeIndicesFromTheEnd() throws {
        #expect(try Matrix.resolveIndex(0, length: 3, axis: "axis 0") == 0)
        #expect(try Matrix.resolveIndex(2, length: 3, axis: "axis 0") == 2)
        #expect(try Matrix.resolveIndex(-1, length: 3, axis: "axis 0") == 2)
        #expect(try Matrix.resolveIndex(-3, length: 3, axis: "axis 0") == 0)
    }

    // MARK: - 2-D slicing

    static let x = try! Matrix.arange(0, 12).reshaped(3, 4)   // [[0,1,2,3],[4,5,6,7],[8,9,10,11]]

    @Test func slicingBothAxes() throws {
        let x = Self.x
        #expect(try x.sliced(rows: .all, columns: .all) == x)
        #expect(try x.sliced(rows: SliceBounds(start: 1), columns: SliceBounds(stop: 2)).rowArrays == [[4, 5], [8, 9]])
        // X[::-1, 1:3]
        #expect(try x.sliced(rows: SliceBounds(step: -1), columns: SliceBounds(start: 1, stop: 3)).rowArrays
                == [[9, 10], [5, 6], [1, 2]])
        // X[-1:, ::-2]
        #expect(try x.sliced(rows: SliceBounds(start: -1), columns: SliceBounds(step: -2)).rowArrays == [[11, 9]])
    }

    @Test func singleIndexKeepsTheResultTwoDimensional() throws {
        let x = Self.x
        let row = try x.sliced(rows: .index(1), columns: .all)
        #expect(row.shape == Shape(1, 4))
        #expect(row.elements == [4, 5, 6, 7])
        let column = try x.sliced(rows: .all, columns: .index(-1))
        #expect(column.shape == Shape(3, 1))
        #expect(column.elements == [3, 7, 11])
        let element = try x.sliced(rows: .index(-1), columns: .index(0))
        #expect(element.shape == Shape(1, 1))
        #expect(element.elements == [8])
    }

    @Test func emptySlicesKeepTheOtherDimension() throws {
        let x = Self.x
        // X[5:, :] has shape (0, 4); X[:, 2:2] has shape (3, 0).
        #expect(try x.sliced(rows: SliceBounds(start: 5), columns: .all).shape == Shape(0, 4))
        #expect(try x.sliced(rows: .all, columns: SliceBounds(start: 2, stop: 2)).shape == Shape(3, 0))
        #expect(try x.sliced(rows: SliceBounds(start: 3, stop: 0), columns: SliceBounds(start: 9)).shape == Shape(0, 0))
        #expect(try Matrix.zeros(0, 3).sliced(rows: .all, columns: SliceBounds(step: -1)).shape == Shape(0, 3))
    }

    @Test func randomSlicesAgreeWithTheReference() throws {
        var rng = SplitMix64Generator(seed: 3)
        for _ in 0..<200 {
            let m = rng.integerMatrix(rng.dimension(6), rng.dimension(6))
            func randomBounds() -> SliceBounds {
                func bound() -> Int? { Bool.random(using: &rng) ? nil : Int.random(in: -8...8, using: &rng) }
                var step = Int.random(in: -3...3, using: &rng)
                if step == 0 { step = 1 }
                return SliceBounds(start: bound(), stop: bound(), step: Bool.random(using: &rng) ? nil : step)
            }
            let rb = randomBounds(), cb = randomBounds()
            let s = try m.sliced(rows: rb, columns: cb)
            let ri = NaiveReference.sliceIndices(start: rb.start, stop: rb.stop, step: rb.step, length: m.rows)
            let ci = NaiveReference.sliceIndices(start: cb.start, stop: cb.stop, step: cb.step, length: m.columns)
            #expect(s.shape == Shape(ri.count, ci.count))
            #expect(s.rowArrays == ri.map { r in ci.map { c in m[r, c] } })
        }
    }
}
