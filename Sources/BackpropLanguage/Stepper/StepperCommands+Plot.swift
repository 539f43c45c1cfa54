import MatrixEngine
import NeuralNetwork
import Plotting

/// `plot cost`, `plot data`, `plot boundary`, `plot EXPRESSION`: pictures in the terminal.
extension StepperCommands {
    static let plotting: [Command] = [plot]

    /// The smallest drawing area worth showing: below it a plot says the window is too small.
    static let minimumPlotColumns = 30, minimumPlotRows = 6

    static let plot = networkCommand(
        "plot", usage: "plot cost | data | boundary | EXPRESSION",
        summary: "draws the cost curve, the 2-D data, the data over the network's decision regions, or any matrix as a heat map",
        example: "plot boundary", argumentWords: ["cost", "data", "boundary"], looksOnly: true
    ) { context, network throws(Diagnostic) in
        switch context.words.first {
        case nil:
            throw Diagnostic(message: "plot needs something to draw", span: context.span,
                             hint: "plot cost, plot data, plot boundary, or a matrix: plot W1")
        case "cost"? where context.words.count == 1:
            guard !network.costHistory.isEmpty else {
                throw Diagnostic(message: "there is no cost to plot yet", span: context.span, hint: "train 1000 (or step through an iteration: the cost is recorded)")
            }
            let points = network.costHistory.map { CostPoint(iteration: $0.iteration, cost: $0.cost) }
            let title = "cost J by iteration (\(network.costHistory.count) recorded)"
            context.write(try sized(context) { style in
                CostCurvePlot.render(points, title: wrapped(title, style), style: style)
            })
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
            context.write(try sized(context) { style throws(Diagnostic) in
                do {
                    return try DecisionBoundaryPlot.render(X: data.X, Y: data.Y, classifier: classifier, title: wrapped(title, style), style: style)
                } catch {
                    throw Diagnostic(message: "\(error)", span: context.span)
                }
            })
        default:
            let value = try context.evaluateArgument()
            guard let matrix = value.asMatrix else {
                throw Diagnostic(message: "plot draws a matrix, but \(context.argumentText) is \(value.kindDescription)", span: context.span)
            }
            let title = context.argumentText
            context.write(try sized(context) { style in
                // The column numbers may run a few columns past the cells: leave room for them.
                var narrower = style
                narrower.width -= 4
                return HeatMapPlot.render(matrix, title: title, style: narrower)
            })
        }
    }

    static func wrapped(_ title: String, _ style: PlotStyle) -> String {
        TextWrap.wrap(title, width: max(style.width, Console.defaultWidth)).joined(separator: "\n")
    }

    /// A plot that fits the terminal: as wide as it allows (up to the style's width) and short
    /// enough that its title is still on the screen with the command that drew it. Without a
    /// terminal (a pipe, a script), the style's own size.
    static func sized(_ context: CommandContext, _ render: (PlotStyle) throws(Diagnostic) -> String) throws(Diagnostic) -> String {
        var style = context.console.plotStyle
        guard let rows = context.console.screenRows else { return try render(style) }
        let budget = context.console.outputRows
        style.width = min(style.width, context.console.width)
        // Title, axis, tick labels and a legend line or two: about five lines around the area.
        style.height = min(style.height, budget - 5)
        func tooSmall() -> Diagnostic {
            Diagnostic(message: "the window is too small for a plot: it is \(context.console.width + 1) columns by \(rows) rows",
                       span: context.span,
                       hint: "a plot needs at least \(minimumPlotColumns + 1) columns and \(minimumPlotRows + 7) rows: enlarge the window, then plot again")
        }
        guard style.width >= minimumPlotColumns, style.height >= minimumPlotRows else { throw tooSmall() }
        var text = try render(style)
        let excess = text.split(separator: "\n", omittingEmptySubsequences: false).count - budget
        if excess > 0 {
            style.height -= excess
            guard style.height >= minimumPlotRows else { throw tooSmall() }
            text = try render(style)
        }
        return text
    }
}
