/// Aligned scratch memory for packed blocks.
///
/// 64-byte alignment puts every packed strip on a cache-line boundary, so a vector load never
/// straddles two lines. The memory is the C allocator's: after the first large product it is
/// recycled from the heap instead of being mapped (and faulted in) anew for every call.
enum ScratchMemory {
    static func withBuffer<R>(count: Int, _ body: (UnsafeMutablePointer<Double>) throws -> R) rethrows -> R {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * MemoryLayout<Double>.stride, alignment: 64)
        defer { raw.deallocate() }
        return try body(raw.bindMemory(to: Double.self, capacity: max(count, 1)))
    }
}
