/// How a product is computed: which kernels, which path, how many threads, which block sizes.
///
/// `ProductConfiguration.automatic` suits the machine. The tests build other configurations to
/// force every path (the portable loop, both kernel families, tiny blocks so that small matrices
/// cross many block edges, threads on small products), so that the fast path for this machine
/// is never the only one checked. The benchmark uses it to time one thread against two.
package struct ProductConfiguration: Sendable {
    /// The algorithm for the whole product.
    package enum Path: Sendable, CaseIterable {
        /// Chosen from the shape (see `Matrix.productPath`).
        case automatic
        /// The plain loop, for small products (and the reference for the others).
        case plain
        /// Few rows in the result: A packed once, each thread packs its own blocks of B.
        case skinny
        /// Packed, cache-blocked operands, with the general micro-kernel.
        case blocked
        /// `A @ B.T` with few rows: dot products of rows, read in place (see `RowDotProduct`).
        /// Forced on operands of another layout, it falls back to `skinny`.
        case rowDots
    }

    /// The micro-kernels, by the vector width they are shaped for.
    package enum KernelFamily: Sendable, CaseIterable {
        /// 256-bit tiles (AVX2, or NEON's 128-bit registers in pairs): 6×8 and 4×12.
        case simd4
        /// 512-bit tiles (AVX-512): 8×16 and 5×32.
        case simd8
    }

    package var family: KernelFamily
    package var path: Path = .automatic
    /// Threads a large product may use (the calling thread included).
    package var threads: Int
    /// Products below this many floating-point operations use one thread: starting a second
    /// costs more than it saves.
    package var parallelMinimumFlops: Double = 2 * 128 * 128 * 128
    /// Products of at most this many multiply-adds (m·n·k) use the plain loop.
    package var plainMaximumMultiplyAdds: Int = 4096
    /// Results with at most this many rows take the skinny path.
    package var skinnyMaximumRows: Int = 32
    /// `A @ B.T` with at most `skinnyMaximumRows` rows takes the row-dot path when its depth is
    /// at least this (shallower, the lanes' final sums cost more than they save)…
    package var rowDotMinimumDepth: Int = 32
    /// …op(B) has at least this many columns (narrower, packing Bᵀ is cheap anyway)…
    package var rowDotMinimumColumns: Int = 128
    /// …and A holds at most this many values (256 KB), so that it stays in cache while every
    /// tile of B reads all of it. Fixed, not sized from the host's caches: the row-dot and skinny
    /// paths sum in different orders, and a product's bits must not depend on the host.
    package var rowDotMaximumLeftValues: Int = 1 << 15
    /// The row-dot kernels load the rows of B this many tiles ahead as they go (see `ReadAhead`).
    package var rowDotReadAheadTiles: Int = 2
    /// Columns of B a thread packs at a time on the skinny path (rounded to the kernel's width).
    /// Wide enough to cover a first layer's 209 examples: B is then read in whole rows, the
    /// fastest stream measured; narrower blocks were up to twice as slow.
    package var skinnyColumnBlock: Int = 240
    /// The skinny path reads the whole strips of an op(B) with contiguous rows in place (false:
    /// it packs every block, as a transposed op(B) always is).
    package var skinnyReadsRightInPlace: Bool = true
    /// The skinny path reads A's rows in place, unpacked, when they make whole row tiles and A has
    /// at least this many values (256 KB; a small A is packed once, cheaply, into one stream).
    package var skinnyInPlaceMinimumLeftValues: Int = 1 << 15
    /// A skinny product this many depth blocks deep, with at most two column blocks, sums the two
    /// halves of its depth separately, so that two threads can share it.
    package var skinnySplitDepthBlocks: Int = 16
    /// Depth of a block (KC): a strip of A and one of B over this depth stay in L1/L2.
    package var depthBlock: Int = 256
    /// Rows of A packed at a time (MC, rounded to the kernel's height): a block stays in L2.
    package var rowBlock: Int = 96
    /// Columns of B packed at a time (NC, rounded to the kernel's width): a block stays in L3.
    package var columnBlock: Int = 2048
    /// The blocked path reads op(B) in place, unpacked, when it has at most this many values (an L1:
    /// 32 KB by default), fits one block and is made of whole strips (0: always pack).
    package var blockedInPlaceMaximumRightValues: Int = 4096
    /// …and then reads A's rows in place as well, unpacked (false: it packs A).
    package var blockedReadsLeftInPlace: Bool = true
    /// The blocked path runs each row tile across every strip of a packed block of op(B) of at
    /// most this many values (by default 64 KB, which stays in L2 whole; the wide tiles sweep
    /// every block, see `sized(for:)`); above, each strip down every tile.
    package var rowSweepMaximumRightValues: Int = 8192
    /// Work is cut into about this many chunks per thread, so a late thread costs little.
    package var chunksPerThread: Int = 4

    package init(family: KernelFamily, threads: Int) {
        self.family = family
        self.threads = max(1, threads)
    }

    /// The configuration `matmul` uses: the host's vector width, all of its cores, and blocks
    /// sized for its caches.
    package static let automatic = ProductConfiguration(
        family: HostCPU.hasWideVectors ? .simd8 : .simd4, threads: HostCPU.processorCount
    ).sized(for: HostCPU.caches)

    /// The same with the blocks that hold data in a cache sized for `caches`, in the proportions
    /// measured on a host with L1d 32 KB, L2 512 KB and L3 32 MB (where they are the defaults).
    /// Only sizes that leave every sum as it is change: the depth block (which cuts each element's
    /// sum) and the row-dot path's limit (which chooses between two orders of summing) stay, so a
    /// product has the same bits on every host.
    package func sized(for caches: HostCPU.Caches) -> ProductConfiguration {
        var sized = self
        let doubles = MemoryLayout<Double>.size
        // An A block of rowBlock × depthBlock values fills about 3/8 of L2 (96 × 256 in 512 KB).
        sized.rowBlock = max(48, caches.level2 * 3 / 8 / (depthBlock * doubles))
        // A packed B block of depthBlock × columnBlock values fills an eighth of L3 (256 × 2048 in 32 MB).
        sized.columnBlock = max(256, caches.level3 / 8 / (depthBlock * doubles))
        // An op(B) read in place stays in L1 (reading in place or packed gives the same bits).
        sized.blockedInPlaceMaximumRightValues = caches.level1Data / doubles
        switch family {
        case .simd4:
            // A packed block of B that stays in L2 whole (an eighth of it) is swept row tile by row tile.
            sized.rowSweepMaximumRightValues = caches.level2 / 8 / doubles
        case .simd8:
            // The wide tiles sweep every block: C is then written a row at a time, which the
            // hardware prefetches, rather than one 8×16 tile at a time down the rows, whose
            // cache misses cost about a tenth of a 1024 product (48 → 53 GFLOPS per core on a
            // Zen 4 host, even with B's block streamed from L3).
            sized.rowSweepMaximumRightValues = Int.max
        }
        return sized
    }

    /// The same, limited to one thread (the benchmark's per-core figures).
    package static var singleThreaded: ProductConfiguration {
        var configuration = automatic
        configuration.threads = 1
        return configuration
    }
}
