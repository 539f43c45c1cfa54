/// The transpose, `A.T`.
extension Matrix {
    /// `A.T`: a new matrix with rows and columns swapped.
    ///
    /// Copied in square blocks so that both the rows read and the columns written stay in cache;
    /// a row-by-row copy would write one element per cache line of the result.
    public var transposed: Matrix {
        let (rows, columns) = (self.rows, self.columns)
        // A row or a column keeps its elements' order: the transpose shares them.
        if rows == 1 || columns == 1 { return Matrix(uncheckedRows: columns, columns: rows, elements: elements) }
        let block = 32
        let result = [Double](count: count) { buffer in
            elements.withUnsafeBufferPointer { source in
                guard let a = source.baseAddress, let t = buffer.baseAddress else { return }
                for r0 in stride(from: 0, to: rows, by: block) {
                    let rEnd = min(r0 + block, rows)
                    for c0 in stride(from: 0, to: columns, by: block) {
                        let cEnd = min(c0 + block, columns)
                        for r in r0..<rEnd {
                            let from = a + r * columns
                            for c in c0..<cEnd { (t + c * rows + r).initialize(to: from[c]) }
                        }
                    }
                }
            }
        }
        return Matrix(uncheckedRows: columns, columns: rows, elements: result)
    }
}
