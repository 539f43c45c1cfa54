/// The general product: packed operands, cache blocking, and the micro-kernel (BLIS/GotoBLAS).
///
/// For each block of `columnBlock` columns of B and `depthBlock` of the depth, the B block is
/// packed once (in parallel) into strips as wide as the kernel's tile, to be read from cache by
/// every row tile. The result's rows are then cut into chunks for the threads; each chunk packs
/// its rows of A in blocks of about `rowBlock` rows (which stay in L2) and sweeps the B strips,
/// running the kernel on every tile. Threads only split rows and columns of the result, never
/// the depth, so each element is summed the same way whatever the number of threads.
///
/// A small op(B) that is one block, with rows in place and whole strips (a 64×64 product), is not
/// packed: it stays in L1, and the kernel reads its rows where they are. The kernel then sums the
/// same values in the same order, so the bits are those of the packed product.
///
/// Generic over the kernel so that each kernel gets its own copy of these loops.
enum BlockedProduct<Kernel: MicroKernel> {
    static func multiply(_ a: ProductOperand, _ b: ProductOperand, into c: ProductDestination,
                         _ size: ProductDimensions, configuration: ProductConfiguration, threads: Int) {
        let mr = Kernel.rows, nr = Kernel.columns
        let (m, n, k) = (size.m, size.n, size.k)
        let kc = max(1, min(k, configuration.depthBlock))
        let nc = min(n.roundedUp(toMultipleOf: nr), max(nr, configuration.columnBlock / nr * nr))
        let rowTiles = (m + mr - 1) / mr
        // No larger than A: each chunk's scratch holds a block of it.
        let tilesPerRowBlock = max(1, min(configuration.rowBlock / mr, rowTiles))
        let targetChunks = threads > 1 ? threads * configuration.chunksPerThread : 1
        let rowParts = min(rowTiles, targetChunks)
        let maximumStrips = (nc + nr - 1) / nr
        let columnParts = min(maximumStrips, max(1, targetChunks / rowParts))
        let chunkCount = rowParts * columnParts
        let chunkScratch = tilesPerRowBlock * mr * kc + mr * nr
        let readsBInPlace = !b.isTransposed && k <= kc && n <= nc && n % nr == 0
            && k * n <= configuration.blockedInPlaceMaximumRightValues
        // Then A's rows, contiguous along the depth, are read in place too (a 64×64 product packs
        // nothing): the kernel broadcasts each A value from wherever it is. A partial last row
        // tile, which the kernel would read past A's rows for, is summed by `edgeRows`.
        let readsAInPlace = readsBInPlace && !a.isTransposed && configuration.blockedReadsLeftInPlace

        ScratchMemory.withBuffer(count: readsBInPlace ? 1 : kc * nc) { packedB in
            ScratchMemory.withBuffer(count: chunkCount * chunkScratch) { perChunk in
                let packedB = SharedScratch(base: packedB), perChunk = SharedScratch(base: perChunk)
                for jc in stride(from: 0, to: n, by: nc) {
                    let blockColumns = min(nc, n - jc)
                    let strips = (blockColumns + nr - 1) / nr
                    let columnParts = min(columnParts, strips)
                    for pc in stride(from: 0, to: k, by: kc) {
                        let depth = pc..<min(pc + kc, k)
                        let kcb = depth.count

                        // A shallow packed block of B (a product over 20 hidden units) stays in L2 whole,
                        // and the wide tiles sweep any block: each row tile then runs across all its
                        // strips, so C is written row by row rather than one strip-wide column at a
                        // time (the same sums, in the same order).
                        let sweepsRowsOfC = !readsBInPlace && kcb * blockColumns <= configuration.rowSweepMaximumRightValues
                        let packParts = readsBInPlace ? 0 : min(strips, targetChunks)
                        Parallel.forEach(count: packParts, threads: threads) { part in
                            let partStrips = Parallel.split(strips, into: packParts, part: part)
                            let first = jc + partStrips.lowerBound * nr
                            Packing.packB(b, depth: depth, columns: first..<min(jc + partStrips.upperBound * nr, n),
                                          width: nr, into: packedB.base + partStrips.lowerBound * nr * kcb)
                        }

                        Parallel.forEach(count: rowParts * columnParts, threads: threads) { chunk in
                            let chunkTiles = Parallel.split(rowTiles, into: rowParts, part: chunk / columnParts)
                            let chunkStrips = Parallel.split(strips, into: columnParts, part: chunk % columnParts)
                            let packedA = perChunk.base + chunk * chunkScratch
                            let scratch = packedA + tilesPerRowBlock * mr * kc
                            // Rows of the chunk in blocks of nearly equal size, none above rowBlock.
                            let rowBlocks = (chunkTiles.count + tilesPerRowBlock - 1) / tilesPerRowBlock
                            for blockIndex in 0..<rowBlocks {
                                let blockTiles = Parallel.split(chunkTiles.count, into: rowBlocks, part: blockIndex)
                                let firstRow = (chunkTiles.lowerBound + blockTiles.lowerBound) * mr
                                let rows = firstRow..<min(firstRow + blockTiles.count * mr, m)
                                if !readsAInPlace {
                                    Packing.packA(a, rows: rows, depth: depth, height: mr, into: packedA)
                                }
                                if sweepsRowsOfC {
                                    for tile in 0..<blockTiles.count {
                                        let row = firstRow + tile * mr
                                        for strip in chunkStrips {
                                            let column = jc + strip * nr
                                            Kernel.multiplyTile(
                                                depth: kcb, a: packedA + tile * mr * kcb, b: UnsafePointer(packedB.base + strip * nr * kcb),
                                                bRowStride: nr, c: c.base + row * c.rowStride + column, cRowStride: c.rowStride,
                                                rowCount: min(mr, m - row), columnCount: min(nr, n - column),
                                                accumulate: pc > 0, scratch: scratch)
                                        }
                                    }
                                    continue
                                }
                                for strip in chunkStrips {
                                    let column = jc + strip * nr
                                    let bStrip = readsBInPlace ? b.address(0, column) : UnsafePointer(packedB.base + strip * nr * kcb)
                                    let bRowStride = readsBInPlace ? b.storedColumns : nr
                                    if readsAInPlace {
                                        for tile in 0..<blockTiles.count {
                                            let row = firstRow + tile * mr
                                            let target = c.base + row * c.rowStride + column
                                            if row + mr <= rows.upperBound {
                                                Kernel.multiplyTileInPlace(
                                                    depth: kcb, a: a.address(row, depth.lowerBound), aRowStride: a.storedColumns,
                                                    b: bStrip, bRowStride: bRowStride, c: target, cRowStride: c.rowStride,
                                                    accumulate: pc > 0)
                                            } else if chunkCount == 1 && m >= mr {
                                                // The last mr rows of A as a whole tile: the rows it shares with the
                                                // tile above are computed again to the same bits (one depth block, so
                                                // nothing accumulates), and no thread shares them.
                                                let lastRow = m - mr
                                                Kernel.multiplyTileInPlace(
                                                    depth: kcb, a: a.address(lastRow, depth.lowerBound), aRowStride: a.storedColumns,
                                                    b: bStrip, bRowStride: bRowStride, c: c.base + lastRow * c.rowStride + column,
                                                    cRowStride: c.rowStride, accumulate: false)
                                            } else {
                                                edgeRows(a, rows: row..<m, depth: depth, b: bStrip, bRowStride: bRowStride,
                                                         columns: nr, into: target, cRowStride: c.rowStride, accumulate: pc > 0)
                                            }
                                        }
                                        continue
                                    }
                                    for tile in 0..<blockTiles.count {
                                        let row = firstRow + tile * mr
                                        Kernel.multiplyTile(
                                            depth: kcb, a: packedA + tile * mr * kcb, b: bStrip, bRowStride: bRowStride,
                                            c: c.base + row * c.rowStride + column, cRowStride: c.rowStride,
                                            rowCount: min(mr, m - row), columnCount: min(nr, n - column),
                                            accumulate: pc > 0, scratch: scratch)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The rows of a tile cut off by A's last row, summed as the kernel sums each element: a chain
    /// of fused multiply-adds over the depth from zero, then added to C when accumulating. A's rows
    /// and B (all `columns` columns of the strip) are read in place. Four columns go in a vector
    /// (a lane's fused multiply-add rounds as the scalar one does, so the bits are the same): in
    /// scalar code these few rows cost as much as the rest of a 64×64 product.
    static func edgeRows(_ a: ProductOperand, rows: Range<Int>, depth: Range<Int>, b: UnsafePointer<Double>, bRowStride: Int,
                         columns: Int, into c: UnsafeMutablePointer<Double>, cRowStride: Int, accumulate: Bool) {
        typealias Lanes = SIMD4<Double>
        for (index, i) in rows.enumerated() {
            let aRow = a.address(i, depth.lowerBound), target = c + index * cRowStride
            var j = 0
            while j + Lanes.scalarCount <= columns {
                var sums = Lanes()
                for p in 0..<depth.count {
                    let bValues = UnsafeRawPointer(b + p * bRowStride + j).loadUnaligned(as: Lanes.self)
                    sums = sums.addingProduct(Lanes(repeating: aRow[p]), bValues)
                }
                let destination = UnsafeMutableRawPointer(target + j)
                if accumulate { sums = destination.loadUnaligned(as: Lanes.self) + sums }
                destination.storeBytes(of: sums, as: Lanes.self)
                j += Lanes.scalarCount
            }
            for j in j..<columns {
                var sum = 0.0
                for p in 0..<depth.count { sum = sum.addingProduct(aRow[p], b[p * bRowStride + j]) }
                target[j] = accumulate ? target[j] + sum : sum
            }
        }
    }
}
