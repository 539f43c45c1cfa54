import Testing
import MatrixEngine
@testable import Plotting

@Suite struct DecisionBoundaryPlotTests {
    struct ModelError: Error, Equatable { let reason: String }

    private let points = matrix([[0, 1, 2, 3], [0, 1, 0, 1]])
    private let labels = matrix([[0, 1, 0, 1]])

    @Test func theClassifierIsCalledOnceWithTheWholeGrid() throws {
        var calls: [Shape] = []
        let style = PlotStyle(unicode: false, color: false, width: 40, height: 10)
        let text = try DecisionBoundaryPlot.render(X: points, Y: labels, classifier: { grid in
            calls.append(grid.shape)
            return try Matrix(rows: 1, columns: grid.columns, elements: grid.rowArrays[0].map { $0 > 1.5 ? 1 : 0 })
        }, style: style)
        #expect(calls.count == 1)
        let rows = text.split(separator: "\n").map(String.init)
        let areaWidth = rows[0].count - (rows[0].firstIndex(of: "|").map { rows[0].distance(from: rows[0].startIndex, to: $0) } ?? 0) - 1
        #expect(calls.first == Shape(2, areaWidth * 10))
        // Left half predicted 0 (blank), right half 1 ('.').
        #expect(rows[1].hasSuffix("...."))
        #expect(text.contains("' ' predicted 0   '.' predicted 1"))
    }

    @Test func gridPointsAreCellCentresRowByRowFromTheTop() throws {
        var seen = Matrix(scalar: 0)
        _ = try DecisionBoundaryPlot.render(X: points, Y: labels, classifier: { grid in
            seen = grid
            return try Matrix.zeros(1, grid.columns)
        }, style: PlotStyle(unicode: false, color: false, width: 30, height: 4))
        let columns = seen.columns / 4
        #expect(seen[1, 0] > seen[1, columns])  // the first row is the highest y
        #expect(seen[0, 0] < seen[0, 1])
        #expect(seen[0, 0] == seen[0, columns])  // every row has the same x values
    }

    @Test func shapesAreChecked() {
        #expect(throws: PlotError.self) { try DecisionBoundaryPlot.render(X: matrix([[1, 2, 3]]), Y: matrix([[0, 1, 0]]), style: .plain) }
        do {
            _ = try DecisionBoundaryPlot.render(X: points, Y: matrix([[0, 1]]), style: .plain)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "the labels Y must be (1, 4), one per example, got (1, 2)")
        }
        do {
            _ = try DecisionBoundaryPlot.render(X: matrix([[1, 2], [3, 4], [5, 6]]), Y: matrix([[0, 1]]), style: .plain)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "a 2-D plot needs X with 2 rows (one per feature) and one column per example, got (3, 2)")
        }
    }

    @Test func aClassifierAnsweringTheWrongShapeIsReported() {
        do {
            _ = try DecisionBoundaryPlot.render(X: points, Y: labels, classifier: { grid in try Matrix.zeros(grid.columns, 1) },
                                                style: PlotStyle(unicode: false, color: false, width: 20, height: 3))
            Issue.record("expected an error")
        } catch {
            guard case .classifierOutputShape(let expected, let got) = error else { Issue.record("\(error)"); return }
            #expect(expected == Shape(1, got.rows))
            #expect(error.description.hasPrefix("the classifier must map the (2, k) grid to (1, "))
        }
    }

    @Test func theClassifiersErrorIsPassedOnUnchanged() {
        do {
            _ = try DecisionBoundaryPlot.render(X: points, Y: labels, classifier: { _ in throw ModelError(reason: "W1 is (4, 3)") }, style: .plain)
            Issue.record("expected an error")
        } catch {
            guard case .classifierFailed(let underlying) = error else { Issue.record("\(error)"); return }
            #expect(underlying as? ModelError == ModelError(reason: "W1 is (4, 3)"))
        }
    }

    @Test func nanPredictionsAndNonFinitePointsAreMarkedAndCounted() throws {
        let X = matrix([[0, 1, .nan, 3], [0, 1, 0, .infinity]])
        for style in allStyles {
            let text = visible(try DecisionBoundaryPlot.render(
                X: X, Y: labels, classifier: { grid in try Matrix.full(1, grid.columns, value: .nan) }, style: style))
            #expect(text.contains("? prediction nan"))
            #expect(text.hasSuffix("(2 examples with nan or inf not drawn)"))
        }
    }

    @Test func noExamplesStillDrawsTheRegions() throws {
        let text = try DecisionBoundaryPlot.render(
            X: try Matrix.zeros(2, 0), Y: try Matrix.zeros(1, 0), classifier: { grid in try Matrix.ones(1, grid.columns) }, style: .plain)
        #expect(text.hasSuffix("(no examples to draw)"))
        #expect(text.contains("|...."))
    }

    @Test func onePointOrIdenticalPoints() throws {
        for X in [matrix([[2], [3]]), matrix([[2, 2, 2], [3, 3, 3]])] {
            let Y = try Matrix.zeros(1, X.columns)
            let text = try DecisionBoundaryPlot.render(X: X, Y: Y, style: .plain)
            #expect(text.filter { $0 == "o" }.count == 1 + 1)  // the point and the legend's
        }
    }

    @Test func bothClassesInOneCell() throws {
        let text = try DecisionBoundaryPlot.render(X: matrix([[0, 0, 5], [0, 0, 5]]), Y: matrix([[0, 1, 1]]), style: .plain)
        #expect(text.contains("* both"))
    }

    @Test func linesFitTheWidthAndTinySizesDoNotCrash() throws {
        let (X, Y) = PlotFixtures.ring
        for style in allStyles {
            for width in [40, 60, 100] {
                var sized = style
                sized.width = width
                let text = try DecisionBoundaryPlot.render(X: X, Y: Y, classifier: PlotFixtures.ringClassifier, style: sized)
                #expect(widestLine(text) <= width)
            }
            for (width, height) in [(0, 0), (1, 1), (5, 2)] {
                var sized = style
                sized.width = width
                sized.height = height
                #expect(try !DecisionBoundaryPlot.render(X: X, Y: Y, classifier: PlotFixtures.ringClassifier, style: sized).isEmpty)
            }
        }
    }
}
