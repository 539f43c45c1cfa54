import Testing
@testable import Plotting

@Suite struct CostCurvePlotTests {
    @Test func emptySeriesSaysSo() {
        for style in allStyles {
            #expect(visible(CostCurvePlot.render([], style: style)) == "cost\n(no costs to plot yet)")
        }
    }

    @Test func onePointIsDrawnAndNamed() {
        for style in allStyles {
            let text = visible(CostCurvePlot.render([CostPoint(iteration: 0, cost: 0.6931)], style: style))
            #expect(text.hasSuffix("one cost so far, 0.6931 at iteration 0"))
            // In the middle row, the middle column: braille's top-left dot, or an ASCII star.
            let rows = text.split(separator: "\n").map(String.init)
            #expect(rows[11].hasPrefix("0.6931 " + (style.unicode ? "┤" : "|") + String(repeating: " ", count: 26) + (style.unicode ? "⠁" : "*")))
        }
    }

    @Test func constantCostsAreDrawnInTheMiddle() {
        let points = (0..<10).map { CostPoint(iteration: $0 * 10, cost: 0.5) }
        let text = visible(CostCurvePlot.render(points, style: PlotStyle(unicode: false, color: false, width: 40, height: 9)))
        let rows = text.split(separator: "\n").map(String.init)
        #expect(rows[5] == "0.5 |*...*...*..*...*...*...*..*...*...*")
        #expect(rows.filter { $0.contains("*") }.count == 1)
        #expect(text.hasSuffix("iteration 0 -> 90\ncost 0.5 -> 0.5 (constant)"))
    }

    @Test func nanAndInfinityAreSkippedAndCounted() {
        var points = PlotFixtures.costCurve
        points[40].cost = .nan
        points[41].cost = .infinity
        let text = visible(CostCurvePlot.render(points, style: PlotStyle.plain))
        #expect(text.hasSuffix("(2 costs not drawn: inf or nan, first at iteration 4000)"))
        #expect(text.contains("iteration 0 -> 9900, cost 0.7 -> 0.224"))
    }

    @Test func everyCostNotFinite() {
        let text = CostCurvePlot.render([CostPoint(iteration: 0, cost: .nan)], style: .plain)
        #expect(text == "cost\n(nothing to plot: every cost is nan or inf)\n(1 cost not drawn: nan, first at iteration 0)")
    }

    @Test func linesFitTheWidth() {
        for style in allStyles {
            for width in [30, 45, 80, 120] {
                var sized = style
                sized.width = width
                let text = CostCurvePlot.render(PlotFixtures.costCurve, style: sized)
                #expect(widestLine(text) <= width, "width \(width), unicode \(style.unicode)")
            }
        }
    }

    @Test func tinySizesDoNotCrash() {
        for style in allStyles {
            for (width, height) in [(0, 0), (1, 1), (3, 2), (10, 1)] {
                var sized = style
                sized.width = width
                sized.height = height
                let text = CostCurvePlot.render(PlotFixtures.costCurve, style: sized)
                #expect(text.split(separator: "\n").count >= 5)
            }
        }
    }

    @Test func aRisingCostShowsTheHighestLast() {
        let points = (0..<50).map { CostPoint(iteration: $0, cost: Double($0) * 0.5) }
        let text = visible(CostCurvePlot.render(points, title: "diverging", style: PlotStyle(unicode: false, color: false, width: 40, height: 6)))
        let rows = text.split(separator: "\n").map(String.init)
        #expect(rows[0] == "diverging")
        #expect(rows[1].hasPrefix("24.5 |") && rows[1].hasSuffix("*"))
        #expect(rows[6].hasPrefix("   0 |*"))
    }

    @Test func manyPointsAndUnorderedIterations() {
        let many = (0..<100_000).map { CostPoint(iteration: $0, cost: 1 / Double($0 + 1)) }
        #expect(!CostCurvePlot.render(many, style: .plain).isEmpty)
        let unordered = [CostPoint(iteration: 5, cost: 1), CostPoint(iteration: -3, cost: 2), CostPoint(iteration: 5, cost: 0)]
        #expect(!CostCurvePlot.render(unordered, style: .plain).isEmpty)
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!CostCurvePlot.render(PlotFixtures.costCurve, style: PlotStyle(unicode: true, color: false)).contains("\u{1B}"))
        #expect(CostCurvePlot.render(PlotFixtures.costCurve, style: PlotStyle(unicode: true, color: true)).contains("\u{1B}[0;38;5;33m"))
        let ascii = CostCurvePlot.render(PlotFixtures.costCurve, style: .plain)
        #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
    }
}
