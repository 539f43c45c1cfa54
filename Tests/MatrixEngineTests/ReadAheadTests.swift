import Testing
@testable import MatrixEngine

/// The loads ahead of a streaming kernel stay inside the memory they are given.
@Suite("Products: loads ahead stay in bounds")
struct ReadAheadTests {
    @Test(arguments: [0, 8, 64, 1000, 1672, 13376, 428_032])
    func everyLoadIsInsideTheRange(byteCount: Int) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 8), alignment: 64)
        defer { memory.deallocate() }
        for loads in [1, 3, 26, 104, 4096, 100_000] {
            let readAhead = ReadAhead(UnsafeRawPointer(memory), byteCount: byteCount, loads: loads)
            #expect(readAhead.stride % 8 == 0)
            #expect((loads - 1) * readAhead.stride + 8 <= max(byteCount, 8), "\(byteCount) bytes, \(loads) loads")
            // Consecutive kernels of a tile continue the same sequence of loads.
            let moved = readAhead.advanced(by: 2)
            #expect(moved.start == readAhead.start + 2 * readAhead.stride)
        }
    }

    @Test func noLoadsWhenThereAreNoSteps() {
        let value = 1.0
        withUnsafePointer(to: value) { pointer in
            #expect(ReadAhead(UnsafeRawPointer(pointer), byteCount: 8, loads: 0).stride == 0)
        }
        #expect(NoReadAhead().load(12) == 0)
    }
}
