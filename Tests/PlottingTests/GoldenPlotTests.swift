import Testing
import MatrixEngine
@testable import Plotting

/// Whole plots compared with reviewed files in Golden/, in ASCII, Unicode and Unicode with colour.
@Suite struct GoldenPlotTests {
    @Test(arguments: PlotFixtures.styles.map(\.name))
    func costCurve(_ styleName: String) {
        let style = PlotFixtures.styles.first { $0.name == styleName }!.style
        GoldenFile.check(CostCurvePlot.render(PlotFixtures.costCurve, style: style), named: "cost-curve.\(styleName).txt")
    }

    @Test(arguments: PlotFixtures.styles.map(\.name))
    func decisionBoundary(_ styleName: String) throws {
        let style = PlotFixtures.styles.first { $0.name == styleName }!.style
        let (X, Y) = PlotFixtures.ring
        let plot = try DecisionBoundaryPlot.render(
            X: X, Y: Y, classifier: PlotFixtures.ringClassifier, title: "ring: 80 examples, circle classifier", style: style)
        GoldenFile.check(plot, named: "decision-boundary.\(styleName).txt")
    }

    @Test(arguments: PlotFixtures.styles.map(\.name))
    func dataOnly(_ styleName: String) throws {
        let style = PlotFixtures.styles.first { $0.name == styleName }!.style
        let (X, Y) = PlotFixtures.ring
        GoldenFile.check(try DecisionBoundaryPlot.render(X: X, Y: Y, title: "ring", style: style), named: "data.\(styleName).txt")
    }

    @Test(arguments: PlotFixtures.styles.map(\.name))
    func heatMapOfWeights(_ styleName: String) {
        let style = PlotFixtures.styles.first { $0.name == styleName }!.style
        GoldenFile.check(HeatMapPlot.render(PlotFixtures.weights, title: "W1", style: style), named: "heat-map-small.\(styleName).txt")
    }

    @Test(arguments: PlotFixtures.styles.map(\.name))
    func heatMapOfAWideMatrix(_ styleName: String) {
        let style = PlotFixtures.styles.first { $0.name == styleName }!.style
        GoldenFile.check(HeatMapPlot.render(PlotFixtures.wide, title: "X", style: style), named: "heat-map-wide.\(styleName).txt")
    }

    @Test(arguments: PlotFixtures.styles.map(\.name))
    func heatMapWithNonFiniteValues(_ styleName: String) {
        let style = PlotFixtures.styles.first { $0.name == styleName }!.style
        GoldenFile.check(HeatMapPlot.render(PlotFixtures.withNonFinite, style: style), named: "heat-map-nan.\(styleName).txt")
    }
}
