import NeuralNetwork

/// The status line of a long `train`: a bar, iterations per second, the time left and the last cost.
/// Redrawn at most every 0.1 s so drawing never costs more than the training it reports.
final class ProgressMeter: @unchecked Sendable {
    private let total: Int
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant
    private var lastCost: Double?

    init(total: Int) {
        self.total = total
        start = clock.now
        lastDrawn = start
    }

    /// The new status text, or nil when it is too soon to redraw.
    func update(_ progress: TrainingProgress) -> String? {
        if let record = progress.record { lastCost = record.cost }
        let now = clock.now
        guard now - lastDrawn >= .milliseconds(100), progress.completed < total else { return nil }
        lastDrawn = now
        let elapsed = seconds(now - start)
        let rate = Double(progress.completed) / max(elapsed, 1e-9)
        let remaining = Double(total - progress.completed) / max(rate, 1e-9)
        let width = 24
        let filled = min(width, progress.completed * width / max(total, 1))
        var text = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
        text += "\(progress.completed)/\(total) · \(Int(rate)) it/s · ETA \(format(remaining)) s"
        if let lastCost { text += " · J \(StepperCommands.fixedSix(lastCost))" }
        return text + " · Ctrl-C stops"
    }

    private func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }

    private func format(_ value: Double) -> String {
        // A first, slow iteration can project an ETA of centuries: no number is useful there.
        guard value < 1e9 else { return "∞" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
