extension Matrix {
    /// Whether any element is an infinity or a nan: numpy's RuntimeWarnings ask it after every
    /// operation, so it reads eight lanes at a time. `x * 0` is ±0 for a finite x and nan
    /// otherwise, and a sum that meets a nan stays nan.
    public var hasNonFiniteElement: Bool {
        elements.withUnsafeBufferPointer { buffer in
            typealias Lanes = SIMD8<Double>
            let count = buffer.count
            var lanes = Lanes.zero
            var index = 0
            if let base = buffer.baseAddress {
                // Four sums side by side, so that each addition need not wait for the one before.
                var (l0, l1, l2, l3) = (Lanes.zero, Lanes.zero, Lanes.zero, Lanes.zero)
                while index + 4 * Lanes.scalarCount <= count {
                    let p = UnsafeRawPointer(base + index)
                    l0 += p.loadUnaligned(as: Lanes.self) * 0
                    l1 += p.loadUnaligned(fromByteOffset: 64, as: Lanes.self) * 0
                    l2 += p.loadUnaligned(fromByteOffset: 128, as: Lanes.self) * 0
                    l3 += p.loadUnaligned(fromByteOffset: 192, as: Lanes.self) * 0
                    index += 4 * Lanes.scalarCount
                }
                lanes = (l0 + l1) + (l2 + l3)
                while index + Lanes.scalarCount <= count {
                    let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: Lanes.self)
                    lanes += chunk * 0
                    index += Lanes.scalarCount
                }
            }
            var sum = lanes.sum()
            while index < count {
                sum += buffer[index] * 0
                index += 1
            }
            return sum.isNaN
        }
    }
}
