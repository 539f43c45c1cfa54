import Testing
@testable import MatrixEngine

@Suite struct MatrixBasicsTests {
    @Test func broadcastColumnWithRow() throws {
        let column = try Matrix([[1], [2], [3], [4]])
        let row = try Matrix([[10, 20, 30, 40, 50]])
        let sum = try column + row
        #expect(sum.shape == Shape(4, 5))
        #expect(sum[3, 4] == 54)
    }
}
