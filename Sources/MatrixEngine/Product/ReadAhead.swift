import Synchronization

/// Loads of memory a kernel will read a few tiles from now, spread over the kernel's loop.
///
/// Swift has no prefetch instruction. A kernel that streams a large operand from memory (a first
/// layer's X, 20 MB) reads each stretch in a burst after a long stretch of arithmetic, and the
/// hardware prefetcher, idle in between, does not run far enough ahead: the burst then waits on
/// memory. One ordinary 8-byte load per iteration of the kernel's loop, a few tiles ahead, keeps
/// the stream moving while the arithmetic runs (measured, one thread: dZ1 @ X.T and W1 @ X about
/// a quarter faster). The loaded values only feed `keep`, so they cannot change any result.
struct ReadAhead: ReadAheadLoads, @unchecked Sendable {
    /// The first byte to load, and the distance between successive loads (a multiple of 8).
    let start: UnsafeRawPointer
    let stride: Int

    /// Loads that cover `byteCount` bytes from `start` (which must all be readable) in `loads` steps.
    init(_ start: UnsafeRawPointer, byteCount: Int, loads: Int) {
        self.start = start
        stride = loads > 0 ? byteCount / loads & ~7 : 0
    }

    /// The same loads, moved on by `steps` of them (the next kernel of the same tile).
    func advanced(by steps: Int) -> ReadAhead {
        ReadAhead(start: start + steps * stride, stride: stride)
    }

    private init(start: UnsafeRawPointer, stride: Int) {
        self.start = start
        self.stride = stride
    }

    @inline(__always)
    func load(_ step: Int) -> UInt64 {
        (start + step &* stride).load(as: UInt64.self)
    }

    /// Keeps the loads whose values are combined in `value`: the optimiser would drop unused ones.
    @inline(__always)
    static func keep(_ value: UInt64) {
        sink.store(value, ordering: .relaxed)
    }

    private static let sink = Atomic<UInt64>(0)
}

/// What a kernel's loop loads ahead: step s makes load s; combine the results with `^` and hand
/// them to `ReadAhead.keep`. (Generic, so that kernels with nothing to load ahead lose nothing.)
protocol ReadAheadLoads {
    func load(_ step: Int) -> UInt64
}

/// No loads: the kernels as they are.
struct NoReadAhead: ReadAheadLoads {
    @inline(__always)
    func load(_ step: Int) -> UInt64 { 0 }
}
