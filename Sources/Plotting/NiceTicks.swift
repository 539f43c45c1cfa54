/// Round tick values for an axis: steps of 1, 2 or 5 times a power of ten, as people label charts.
struct NiceTicks {
    let values: [Double]
    /// Decimal places that show every tick exactly.
    let decimals: Int

    /// At most about `maximumCount` ticks inside [low, high].
    init(low: Double, high: Double, maximumCount: Int) {
        guard low.isFinite, high.isFinite, high > low, maximumCount >= 1 else {
            values = low.isFinite ? [low] : []
            decimals = 0
            return
        }
        let rough = (high - low) / Double(maximumCount)
        guard rough.isFinite, rough > 0 else {
            values = [low]
            decimals = 0
            return
        }
        let exponent = AxisNumber.decimalExponent(of: rough)
        let magnitude = AxisNumber.powerOfTen(exponent)
        let multiple = [1.0, 2, 5, 10].first { $0 * magnitude >= rough } ?? 10
        let step = multiple * magnitude
        let first = (low / step).rounded(.up), last = (high / step).rounded(.down)
        var values: [Double] = []
        // Far from zero relative to the step (1e20 ± 5), the multiples are not worth listing.
        if last >= first, last - first < 1000, first.magnitude < 1e15, last.magnitude < 1e15 {
            for k in Int(first)...Int(last) { values.append(Double(k) * step) }
        }
        self.values = values
        decimals = max(0, -(multiple == 10 ? exponent + 1 : exponent))
    }
}
