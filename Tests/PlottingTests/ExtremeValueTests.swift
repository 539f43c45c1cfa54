import Testing
import MatrixEngine
@testable import Plotting

/// Values so large that a range's span overflows: plots must still come back, not trap.
@Suite struct ExtremeValueTests {
    @Test func hugeRangesDoNotTrap() throws {
        let costs = [CostPoint(iteration: Int.min, cost: -1e308), CostPoint(iteration: Int.max, cost: 1e308), CostPoint(iteration: 0, cost: 1e20)]
        for style in allStyles {
            #expect(!CostCurvePlot.render(costs, style: style).isEmpty)
            let X = matrix([[-1e308, 1e308, 1e20], [1e308, -1e308, 5]])
            #expect(try !DecisionBoundaryPlot.render(X: X, Y: matrix([[0, 1, 1]]), classifier: { grid in try .zeros(1, grid.columns) }, style: style).isEmpty)
            #expect(!HeatMapPlot.render(X, style: style).isEmpty)
            #expect(!HeatMapPlot.render(matrix([[1e20, 1e20 + 65536]]), style: style).isEmpty)
        }
        // The shading still spans the range when high − low overflows: lowest, middle, highest.
        let plain = PlotStyle(unicode: false, color: false)
        let heat = HeatMapPlot.render(matrix([[-1e308, 0, 1e308]]), style: plain)
        let row = heat.split(separator: "\n").first { $0.hasPrefix("0 ") }
        #expect(row?.dropFirst(2) == "  ++@@", "\(heat)")
        #expect(NiceTicks(low: 1e20, high: 1e20 + 1e5, maximumCount: 4).values.isEmpty)
        #expect(AxisNumber.format(1e308) == "1e+308")
    }
}
