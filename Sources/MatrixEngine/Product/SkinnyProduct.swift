/// The product with few result rows (a narrow layer: W·X with W 20×12288, or dZ·Xᵀ).
///
/// With a handful of row tiles, packing B costs as much as using it: each element of B is used
/// by only m/MR tiles. So B is read where it is, strip by strip (a strip of B read in place is
/// `kc` row segments one tile wide), and packed only when it has to be: transposed, or a last
/// strip narrower than the tile. A, small, is packed whole up front. The threads split the
/// columns of the result.
enum SkinnyProduct<Kernel: MicroKernel> {
    static func multiply(_ a: ProductOperand, _ b: ProductOperand, into c: ProductDestination,
                         _ size: ProductDimensions, configuration: ProductConfiguration, threads: Int) {
        let mr = Kernel.rows, nr = Kernel.columns
        let (m, n, k) = (size.m, size.n, size.k)
        let kc = max(1, min(k, configuration.depthBlock))
        let paddedRows = m.roundedUp(toMultipleOf: mr)
        let rowTiles = paddedRows / mr
        let depthBlocks = (k + kc - 1) / kc
        let strips = (n + nr - 1) / nr
        let targetChunks = threads > 1 ? threads * configuration.chunksPerThread : 1
        let chunkCount = min(strips, targetChunks)
        let chunkScratch = kc * nr + mr * nr

        ScratchMemory.withBuffer(count: paddedRows * k) { packedA in
            ScratchMemory.withBuffer(count: chunkCount * chunkScratch) { perChunk in
                let packedA = SharedScratch(base: packedA), perChunk = SharedScratch(base: perChunk)
                // Depth block q of A: its row strips, `mr × kcb` each, from offset q·kc·paddedRows.
                Parallel.forEach(count: min(depthBlocks, targetChunks), threads: threads) { part in
                    for q in Parallel.split(depthBlocks, into: min(depthBlocks, targetChunks), part: part) {
                        Packing.packA(a, rows: 0..<m, depth: (q * kc)..<min(q * kc + kc, k), height: mr,
                                      into: packedA.base + q * kc * paddedRows)
                    }
                }
                Parallel.forEach(count: chunkCount, threads: threads) { chunk in
                    let packedStrip = perChunk.base + chunk * chunkScratch
                    let scratch = packedStrip + kc * nr
                    for q in 0..<depthBlocks {
                        let depth = (q * kc)..<min(q * kc + kc, k)
                        let kcb = depth.count
                        let aBlock = UnsafePointer(packedA.base + q * kc * paddedRows)
                        for strip in Parallel.split(strips, into: chunkCount, part: chunk) {
                            let column = strip * nr
                            let columns = min(nr, n - column)
                            let bStrip: UnsafePointer<Double>, bRowStride: Int
                            if !b.isTransposed && columns == nr {
                                (bStrip, bRowStride) = (b.address(depth.lowerBound, column), b.storedColumns)
                            } else {
                                Packing.packB(b, depth: depth, columns: column..<(column + columns), width: nr,
                                              into: packedStrip)
                                (bStrip, bRowStride) = (UnsafePointer(packedStrip), nr)
                            }
                            for tile in 0..<rowTiles {
                                let row = tile * mr
                                Kernel.multiplyTile(
                                    depth: kcb, a: aBlock + tile * mr * kcb, b: bStrip, bRowStride: bRowStride,
                                    c: c.base + row * c.rowStride + column, cRowStride: c.rowStride,
                                    rowCount: min(mr, m - row), columnCount: columns,
                                    accumulate: q > 0, scratch: scratch)
                            }
                        }
                    }
                }
            }
        }
    }
}
