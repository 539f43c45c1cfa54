import MatrixEngine
import NeuralNetwork
import Plotting

/// `plot cost`, `plot data`, `plot boundary`, `plot EXPRESSION`: pictures in the terminal.
extension StepperCommands {
    static let plotting: [Command] = [plot]

    static let plot = networkCommand(
        "plot", usage: "plot cost | data | boundary | EXPRESSION",
        summary: "draws the cost curve, the 2-D data, the data over the network's decision regions, or any matrix as a heat map",
        example: "plot boundary", argumentWords: ["cost", "data", "boundary"]
    ) { context, network throws(Diagnostic) in
        let style = context.console.plotStyle
        switch context.words.first {
        case nil:
            throw Diagnostic(message: "plot needs something to draw", span: context.span,
                             hint: "plot cost, plot data, plot boundary, or a matrix: plot W1")
        case "cost"? where context.words.count == 1:
            guard !network.costHistory.isEmpty else {
                throw Diagnostic(message: "there is no cost to plot yet", span: context.span, hint: "train 1000 (or step through an iteration: the cost is recorded)")
            }
            let points = network.costHistory.map { CostPoint(iteration: $0.iteration, cost: $0.cost) }
            context.write(CostCurvePlot.render(points, title: "cost J by iteration (\(network.costHistory.count) recorded)", style: style))
        case let kind? where (kind == "data" || kind == "boundary") && context.words.count == 1:
            guard let data = network.data else {
                throw Diagnostic(message: "there is no data to plot", span: context.span, hint: "data planar")
            }
            var classifier: ((Matrix) throws -> Matrix)?
            var title = "\(data.name): \(data.exampleCount) examples"
            if kind == "boundary" {
                try guarded(context) { () throws(StepError) in try network.checkTrainable() }
                let snapshot = network
                classifier = { grid in try snapshot.outputs(for: grid) }
                title += ", regions where the network predicts 1 (A\(network.depth) > 0.5)"
            }
            do {
                context.write(try DecisionBoundaryPlot.render(X: data.X, Y: data.Y, classifier: classifier, title: title, style: style))
            } catch {
                throw Diagnostic(message: "\(error)", span: context.span)
            }
        default:
            let value = try context.evaluateArgument()
            guard let matrix = value.asMatrix else {
                throw Diagnostic(message: "plot draws a matrix, but \(context.argumentText) is \(value.kindDescription)", span: context.span)
            }
            context.write(HeatMapPlot.render(matrix, title: context.argumentText, style: style))
        }
    }
}
