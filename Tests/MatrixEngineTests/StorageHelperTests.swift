import Testing
@testable import MatrixEngine

/// The two helpers every element-wise result goes through: the storage written in place, and the
/// check for an infinity or a nan that numpy's RuntimeWarnings ask after each operation.
@Suite("Storage written in place; the finiteness check")
struct StorageHelperTests {
    @Test(arguments: [0, 1, 7, 8, 33, 1000])
    func storageWrittenInPlaceHoldsWhatWasWritten(count: Int) {
        let written = [Double](count: count) { buffer in
            #expect(buffer.count == count)
            for i in 0..<count { buffer[i] = Double(i) * 0.5 }
        }
        #expect(written == (0..<count).map { Double($0) * 0.5 })
        #expect(written.count == count)
    }

    @Test func findsAnInfinityOrANanAtEveryPositionOfEveryLength() {
        var rng = SplitMix64Generator(seed: 7)
        for count in 0...80 {
            let finite = (0..<count).map { _ in rng.uniform(-1e300, 1e300) }
            let plain = Matrix(uncheckedRows: 1, columns: count, elements: finite)
            #expect(!plain.hasNonFiniteElement, "\(count) finite elements")
            for position in 0..<count {
                for bad in [Double.infinity, -Double.infinity, Double.nan] {
                    var elements = finite
                    elements[position] = bad
                    let m = Matrix(uncheckedRows: 1, columns: count, elements: elements)
                    #expect(m.hasNonFiniteElement == elements.contains { !$0.isFinite }, "\(bad) at \(position) of \(count)")
                }
            }
        }
    }
}
