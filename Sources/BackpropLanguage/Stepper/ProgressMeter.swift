import NeuralNetwork

/// The status line of a long `train`: a bar, iterations per second, the time left and the last cost.
/// Redrawn at most every 0.1 s so drawing never costs more than the training it reports.
final class ProgressMeter: @unchecked Sendable {
    private let total: Int
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant
    private var lastCost: Double?

    /// Columns the status line may use: wider, it would wrap, and redrawing it in place would
    /// leave its first part behind on the screen.
    private let width: Int

    init(total: Int, width: Int = 79) {
        self.total = total
        self.width = width
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
        func bar(_ width: Int) -> String {
            let filled = min(width, progress.completed * width / max(total, 1))
            return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
        }
        let counts = "\(progress.completed)/\(total) · \(Int(rate)) it/s · ETA \(format(remaining)) s"
        let cost = lastCost.map { " · J \(StepperCommands.fixedSix($0))" } ?? ""
        // The most that fits: the full line, then without the reminder, a shorter bar, no cost.
        for candidate in [bar(24) + counts + cost + " · Ctrl-C stops", bar(24) + counts + cost, bar(12) + counts + cost,
                          bar(12) + counts, counts] where candidate.count <= width {
            return candidate
        }
        return String(counts.prefix(max(width, 1)))
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
