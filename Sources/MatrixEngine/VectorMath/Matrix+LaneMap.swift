/// Element-wise functions computed a group of lanes at a time (see `VectorMath`).
extension Matrix {
    /// Applies `Function.vector` to each group of `Lanes.scalarCount` elements that `fits`, and
    /// `Function.scalar` to the elements of any other group, so a nan or an out-of-range value
    /// takes the C library's path without slowing the others. The last, partial group is padded
    /// with zeros.
    ///
    /// Generic over the function, so that each gets its own loop with the polynomial inlined: a
    /// closure was called once per group, its vector passed in pieces, and one group's long
    /// chain of fused multiply-adds waited for the last. Two groups go side by side where the
    /// vector unit has 32 registers (AVX-512): their chains then overlap. On AVX2's 16, a second
    /// group spills registers and was slower.
    @inline(__always)
    func mapLanes<Function: LaneFunction>(_ function: Function.Type) -> Matrix {
        typealias Lanes = VectorMath.Lanes
        let width = Lanes.scalarCount
        let count = self.count
        let pairs = HostCPU.hasWideVectors
        let result = [Double](count: count) { buffer in
            elements.withUnsafeBufferPointer { source in
                guard let input = source.baseAddress, let output = buffer.baseAddress else { return }
                var index = 0
                if pairs {
                    while index + 2 * width <= count {
                        let first = UnsafeRawPointer(input + index).loadUnaligned(as: Lanes.self)
                        let second = UnsafeRawPointer(input + index + width).loadUnaligned(as: Lanes.self)
                        if Function.fits(first) && Function.fits(second) {
                            let (a, b) = (Function.vector(first), Function.vector(second))
                            UnsafeMutableRawPointer(output + index).storeBytes(of: a, as: Lanes.self)
                            UnsafeMutableRawPointer(output + index + width).storeBytes(of: b, as: Lanes.self)
                        } else {
                            mapGroup(Function.self, input + index, output + index, count: width)
                            mapGroup(Function.self, input + index + width, output + index + width, count: width)
                        }
                        index += 2 * width
                    }
                }
                while index < count {
                    let groupCount = Swift.min(width, count - index)
                    mapGroup(Function.self, input + index, output + index, count: groupCount)
                    index += groupCount
                }
            }
        }
        return Matrix(uncheckedRows: rows, columns: columns, elements: result)
    }

    /// One group of at most `Lanes.scalarCount` elements: in a vector when it fits, else one by one.
    @inline(__always)
    private func mapGroup<Function: LaneFunction>(_ function: Function.Type, _ input: UnsafePointer<Double>,
                                                   _ output: UnsafeMutablePointer<Double>, count: Int) {
        typealias Lanes = VectorMath.Lanes
        var lanes = Lanes()
        // A whole group moves as one vector load and store; lane by lane, the copies cost about
        // as much as the function itself.
        if count == Lanes.scalarCount {
            lanes = UnsafeRawPointer(input).loadUnaligned(as: Lanes.self)
        } else {
            for lane in 0..<count { lanes[lane] = input[lane] }
        }
        guard Function.fits(lanes) else {
            for lane in 0..<count { output[lane] = Function.scalar(input[lane]) }
            return
        }
        let values = Function.vector(lanes)
        if count == Lanes.scalarCount {
            UnsafeMutableRawPointer(output).storeBytes(of: values, as: Lanes.self)
        } else {
            for lane in 0..<count { output[lane] = values[lane] }
        }
    }
}

/// An element-wise function with a vector form (see `Matrix.mapLanes`).
protocol LaneFunction {
    /// Whether every lane is in the domain of `vector`.
    static func fits(_ x: VectorMath.Lanes) -> Bool
    static func vector(_ x: VectorMath.Lanes) -> VectorMath.Lanes
    /// The C library's function, for the groups that do not fit.
    static func scalar(_ x: Double) -> Double
}

extension VectorMath {
    enum Exp: LaneFunction {
        /// Every lane is inside the fast exp's domain (nan is not).
        @inline(__always)
        static func fits(_ x: Lanes) -> Bool { all((x .>= expDomain.lowerBound) .& (x .<= expDomain.upperBound)) }
        @inline(__always) static func vector(_ x: Lanes) -> Lanes { exp(x) }
        @inline(__always) static func scalar(_ x: Double) -> Double { Double.exp(x) }
    }

    enum Tanh: LaneFunction {
        /// No lane is nan.
        @inline(__always) static func fits(_ x: Lanes) -> Bool { all(x .== x) }
        @inline(__always) static func vector(_ x: Lanes) -> Lanes { tanh(x) }
        @inline(__always) static func scalar(_ x: Double) -> Double { Double.tanh(x) }
    }

    /// σ(z) = 1 / (1 + e^(−z)), written as the course writes it so values match the notebook.
    enum Sigmoid: LaneFunction {
        /// −z is in exp's domain.
        @inline(__always) static func fits(_ z: Lanes) -> Bool { Exp.fits(-z) }
        @inline(__always) static func vector(_ z: Lanes) -> Lanes { 1 / (1 + exp(-z)) }
        @inline(__always) static func scalar(_ z: Double) -> Double { 1 / (1 + Double.exp(-z)) }
    }

    enum Log: LaneFunction {
        /// Every lane is a positive normal number.
        @inline(__always)
        static func fits(_ x: Lanes) -> Bool { all((x .>= logDomain.lowerBound) .& (x .<= logDomain.upperBound)) }
        @inline(__always) static func vector(_ x: Lanes) -> Lanes { log(x) }
        @inline(__always) static func scalar(_ x: Double) -> Double { Matrix.naturalLog(x) }
    }
}
