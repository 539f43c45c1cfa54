/// The product with few result rows (a narrow layer: W·X with W 20×12288, or dZ·Xᵀ).
///
/// With a handful of row tiles, sharing a packed block of B between threads is not worth a
/// barrier: each element of B serves only m/MR tiles. So A, small, is packed whole up front,
/// and the threads split the result's columns; each packs its own blocks of B (a depth block by
/// `skinnyColumnBlock` columns) and runs every row tile over them. Packing reads B as sequential
/// row segments, which the hardware prefetches; reading B in place, strip by strip, stalls on
/// every row.
///
/// A deep product with few columns (a first layer's W1·X, (20×12288)·(12288×209)) has too
/// few column chunks to share between threads, so its depth is cut in two halves summed
/// separately, C = C₀ + C₁. The cut depends on the shape alone, never on the thread count, so
/// the result's bits do not depend on the number of threads either.
enum SkinnyProduct<Kernel: MicroKernel> {
    /// `prepackedB`, when given, is op(B) already packed whole (see `PackedRightOperand`) with
    /// this kernel's width and `configuration.depthBlock`: the products skip packing B.
    static func multiply(_ a: ProductOperand, _ b: ProductOperand, into c: ProductDestination,
                         _ size: ProductDimensions, configuration: ProductConfiguration, threads: Int,
                         prepackedB: SharedScratch? = nil) {
        let mr = Kernel.rows, nr = Kernel.columns
        let (m, n, k) = (size.m, size.n, size.k)
        let kc = max(1, min(k, configuration.depthBlock))
        let paddedRows = m.roundedUp(toMultipleOf: mr)
        let rowTiles = paddedRows / mr
        let depthBlocks = (k + kc - 1) / kc
        let strips = (n + nr - 1) / nr
        let stripsPerBlock = max(1, configuration.skinnyColumnBlock / nr)
        let targetChunks = threads > 1 ? threads * configuration.chunksPerThread : 1
        // Each thread's columns are read as row segments of B: narrower than about half a column
        // block, they stream poorly, so a narrow B gets fewer chunks (but one per thread).
        let wideEnough = n / max(1, configuration.skinnyColumnBlock / 2)
        let depthParts = depthBlocks >= max(2, configuration.skinnySplitDepthBlocks) && n <= configuration.skinnyColumnBlock * 2 ? 2 : 1
        // Two halves of the depth already make a piece for each of two threads: each then streams
        // its own half of B, whole rows in order, rather than both sharing every row (a fifth faster).
        let chunkCount = depthParts == 2 ? min(strips, max(1, threads / 2))
            : min(strips, max(min(threads, targetChunks), min(targetChunks, wideEnough)))
        let chunkScratch = kc * stripsPerBlock * nr + mr * nr
        let workCount = chunkCount * depthParts
        // A narrow B with contiguous rows is read in place, strip by strip, rather than copied: a
        // block of its rows is one short stretch of memory that stays in L2 while the row tiles
        // read it, and packing all of it (a first layer's X, 20 MB) cost as much as the
        // arithmetic. The rows of a wide B are far apart, and reading them in place was slower.
        let readsBInPlace = prepackedB == nil && !b.isTransposed && configuration.skinnyReadsRightInPlace
            && n <= 2 * configuration.skinnyColumnBlock
        // A large A whose rows are contiguous along the depth and make whole row tiles is read in
        // place: packing W1 (20×12288, 2 MB) took a tenth of W1 @ X. The kernel sums the same
        // products in the same order, so the bits are those of the packed product.
        let readsAInPlace = !a.isTransposed && m % mr == 0 && m * k >= configuration.skinnyInPlaceMinimumLeftValues

        ScratchMemory.withBuffer(count: readsAInPlace ? 1 : paddedRows * k) { packedA in
            ScratchMemory.withBuffer(count: workCount * chunkScratch + (depthParts - 1) * m * n) { perChunk in
                let packedA = SharedScratch(base: packedA), perChunk = SharedScratch(base: perChunk)
                // The second half of the depth is summed here, then added to C.
                let secondHalf = ProductDestination(base: perChunk.base + workCount * chunkScratch, rowStride: n)
                // Depth block q of A: its row strips, `mr × kcb` each, from offset q·kc·paddedRows.
                let packParts = readsAInPlace ? 0 : min(depthBlocks, targetChunks)
                Parallel.forEach(count: packParts, threads: threads) { part in
                    for q in Parallel.split(depthBlocks, into: packParts, part: part) {
                        Packing.packA(a, rows: 0..<m, depth: (q * kc)..<min(q * kc + kc, k), height: mr,
                                      into: packedA.base + q * kc * paddedRows)
                    }
                }
                Parallel.forEach(count: workCount, threads: threads) { work in
                    let (part, chunk) = work.quotientAndRemainder(dividingBy: chunkCount)
                    let depthBlockRange = Parallel.split(depthBlocks, into: depthParts, part: part)
                    let target = part == 0 ? c : secondHalf
                    let packedB = perChunk.base + work * chunkScratch
                    let scratch = packedB + kc * stripsPerBlock * nr
                    let chunkStrips = Parallel.split(strips, into: chunkCount, part: chunk)
                    var loaded: UInt64 = 0
                    defer { ReadAhead.keep(loaded) }
                    for firstStrip in stride(from: chunkStrips.lowerBound, to: chunkStrips.upperBound, by: stripsPerBlock) {
                        let blockStrips = firstStrip..<min(firstStrip + stripsPerBlock, chunkStrips.upperBound)
                        let columns = (firstStrip * nr)..<min(blockStrips.upperBound * nr, n)
                        for q in depthBlockRange {
                            let depth = (q * kc)..<min(q * kc + kc, k)
                            let kcb = depth.count
                            let aBlock = UnsafePointer(packedA.base + q * kc * paddedRows)
                            // The block's strips: packed now, or where the whole packing keeps them,
                            // or (whole strips of a B with contiguous rows) read where they are.
                            let bBlock: UnsafePointer<Double>
                            if let prepackedB {
                                bBlock = UnsafePointer(prepackedB.base + q * kc * strips * nr + firstStrip * nr * kcb)
                            } else if readsBInPlace {
                                // Only a partial last strip is packed (zero-padded), at the buffer's start.
                                if blockStrips.upperBound * nr > n {
                                    let last = blockStrips.upperBound - 1
                                    Packing.packB(b, depth: depth, columns: (last * nr)..<n, width: nr, into: packedB)
                                }
                                bBlock = UnsafePointer(packedB)
                            } else {
                                Packing.packB(b, depth: depth, columns: columns, width: nr, into: packedB)
                                bBlock = UnsafePointer(packedB)
                            }
                            // B read in place streams from memory: its next depth block's rows (whole rows:
                            // both threads' columns) are loaded across this block's kernels.
                            let hasNext = q + 1 < depthBlockRange.upperBound
                            let nextRows = hasNext ? ((q + 1) * kc)..<min((q + 2) * kc, k) : depth
                            let readAhead = ReadAhead(
                                UnsafeRawPointer(b.address(nextRows.lowerBound, 0)),
                                byteCount: hasNext ? nextRows.count * b.storedColumns * MemoryLayout<Double>.stride : 0,
                                loads: blockStrips.count * rowTiles * kcb)
                            var kernelCalls = 0
                            for strip in blockStrips {
                                let column = strip * nr
                                let inPlace = readsBInPlace && column + nr <= n
                                let bStrip = inPlace ? b.address(depth.lowerBound, column)
                                    : readsBInPlace ? bBlock : bBlock + (strip - firstStrip) * nr * kcb
                                let bRowStride = inPlace ? b.storedColumns : nr
                                for tile in 0..<rowTiles {
                                    let row = tile * mr
                                    if readsAInPlace {
                                        let aRows = a.address(row, depth.lowerBound), cTile = target.base + row * target.rowStride + column
                                        let accumulate = q > depthBlockRange.lowerBound, columnCount = min(nr, n - column)
                                        if readsBInPlace {
                                            loaded ^= Kernel.multiplyTileInPlace(
                                                depth: kcb, a: aRows, aRowStride: a.storedColumns, b: bStrip, bRowStride: bRowStride,
                                                c: cTile, cRowStride: target.rowStride, columnCount: columnCount, accumulate: accumulate,
                                                scratch: scratch, readAhead: readAhead.advanced(by: kernelCalls * kcb))
                                            kernelCalls += 1
                                        } else {
                                            _ = Kernel.multiplyTileInPlace(
                                                depth: kcb, a: aRows, aRowStride: a.storedColumns, b: bStrip, bRowStride: bRowStride,
                                                c: cTile, cRowStride: target.rowStride, columnCount: columnCount, accumulate: accumulate,
                                                scratch: scratch, readAhead: NoReadAhead())
                                        }
                                        continue
                                    }
                                    Kernel.multiplyTile(
                                        depth: kcb, a: aBlock + tile * mr * kcb, b: bStrip, bRowStride: bRowStride,
                                        c: target.base + row * target.rowStride + column, cRowStride: target.rowStride,
                                        rowCount: min(mr, m - row), columnCount: min(nr, n - column),
                                        accumulate: q > depthBlockRange.lowerBound, scratch: scratch)
                                }
                            }
                        }
                    }
                }
                if depthParts == 2 {
                    for i in 0..<m {
                        let row = c.base + i * c.rowStride, half = secondHalf.base + i * n
                        for j in 0..<n { row[j] = row[j] + half[j] }
                    }
                }
            }
        }
    }
}
