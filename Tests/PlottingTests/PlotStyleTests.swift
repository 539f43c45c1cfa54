import Testing
@testable import Plotting

@Suite struct PlotStyleTests {
    @Test func plainIsAsciiWithoutColour() {
        #expect(!PlotStyle.plain.unicode)
        #expect(!PlotStyle.plain.color)
    }
}
