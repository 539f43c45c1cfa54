import Testing
import MatrixEngine
@testable import Plotting

@Suite struct HeatMapPlotTests {
    @Test func eachElementIsACellShadedByValue() {
        let text = HeatMapPlot.render(matrix([[0, 1], [2, 3]]), style: PlotStyle.plain)
        // 0, 1, 2, 3 over the ten levels of " .:-=+*#%@": levels 0, 3, 6 and 9.
        #expect(text == "(2, 2)\n  0 1\n0   --\n1 **@@\nscale 0 [ .:-=+*#%@] 3")
    }

    @Test func emptyMatrix() {
        for style in allStyles {
            #expect(visible(HeatMapPlot.render(try! Matrix.zeros(0, 3), title: "b", style: style)) == "b (0, 3)\n(empty matrix: nothing to draw)")
        }
    }

    @Test func constantAndSingleValues() {
        #expect(HeatMapPlot.render(matrix([[3]]), style: .plain) == "(1, 1)\n  0\n0 ++\nevery value is 3")
        #expect(HeatMapPlot.render(try! Matrix.full(2, 3, value: -1), style: .plain).hasSuffix("every value is -1"))
    }

    @Test func allNonFinite() {
        let text = HeatMapPlot.render(matrix([[.nan, .infinity]]), style: .plain)
        #expect(text == "(1, 2)\n  0 1\n0 ????\nno finite values   ? nan or inf")
    }

    @Test func wideMatricesAreSummarisedToFit() {
        for style in allStyles {
            let text = HeatMapPlot.render(PlotFixtures.wide, style: style)
            #expect(widestLine(text) <= style.width)
            #expect(visible(text).contains("each cell: mean of a 1\(style.unicode ? "×" : "x")212 block"))
        }
    }

    @Test func tallMatricesAreSummarisedToTheHeight() {
        let column = try! Matrix(rows: 12288, columns: 1, elements: (0..<12288).map { Double($0 % 256) })
        let text = HeatMapPlot.render(column, style: PlotStyle(unicode: false, color: false, width: 60, height: 16))
        let rows = text.split(separator: "\n")
        #expect(rows.count == 1 + 1 + 16 + 2)
        #expect(rows[2].hasPrefix("    0 "))
        #expect(rows[3].hasPrefix("  768 "))
        #expect(text.hasSuffix("each cell: mean of a 768x1 block; values from 0 to 255"))
    }

    @Test func blocksWithNanStayMarked() {
        var values = [Double](repeating: 1, count: 5000)
        values[4321] = .nan
        let text = HeatMapPlot.render(try! Matrix(rows: 1, columns: 5000, elements: values), style: .plain)
        #expect(text.contains("?"))
        #expect(text.contains("? nan or inf"))
    }

    @Test func tinyWidthsDoNotCrash() {
        for style in allStyles {
            for (width, height) in [(0, 0), (1, 1), (4, 2)] {
                var sized = style
                sized.width = width
                sized.height = height
                #expect(!HeatMapPlot.render(PlotFixtures.weights, style: sized).isEmpty)
                #expect(!HeatMapPlot.render(PlotFixtures.wide, style: sized).isEmpty)
            }
        }
    }
}
