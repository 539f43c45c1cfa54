/// Element-wise functions computed a group of lanes at a time (see `VectorMath`).
extension Matrix {
    /// Applies `vector` to each group of `Lanes.scalarCount` elements for which `fits` holds, and
    /// `scalar` to the elements of any other group, so a nan or an out-of-range value takes the C
    /// library's path without slowing the others. The last, partial group is padded with zeros.
    @inline(__always)
    func mapLanes(fits: (VectorMath.Lanes) -> Bool, vector: (VectorMath.Lanes) -> VectorMath.Lanes,
                  scalar: (Double) -> Double) -> Matrix {
        let count = self.count
        let result = [Double](count: count) { buffer in
            elements.withUnsafeBufferPointer { source in
                guard let input = source.baseAddress, let output = buffer.baseAddress else { return }
                var index = 0
                while index < count {
                    let width = Swift.min(VectorMath.Lanes.scalarCount, count - index)
                    var lanes = VectorMath.Lanes()
                    // A whole group moves as one vector load and store; lane by lane, the copies
                    // cost about as much as the function itself.
                    if width == VectorMath.Lanes.scalarCount {
                        lanes = UnsafeRawPointer(input + index).loadUnaligned(as: VectorMath.Lanes.self)
                    } else {
                        for lane in 0..<width { lanes[lane] = input[index + lane] }
                    }
                    if fits(lanes) {
                        let values = vector(lanes)
                        if width == VectorMath.Lanes.scalarCount {
                            UnsafeMutableRawPointer(output + index).storeBytes(of: values, as: VectorMath.Lanes.self)
                        } else {
                            for lane in 0..<width { output[index + lane] = values[lane] }
                        }
                    } else {
                        for lane in 0..<width { output[index + lane] = scalar(input[index + lane]) }
                    }
                    index += width
                }
            }
        }
        return Matrix(uncheckedRows: rows, columns: columns, elements: result)
    }
}

extension VectorMath {
    /// Every lane is inside the fast exp's domain (nan is not).
    @inline(__always)
    static func fitsExp(_ x: Lanes) -> Bool {
        all((x .>= expDomain.lowerBound) .& (x .<= expDomain.upperBound))
    }

    /// Every lane is a positive normal number.
    @inline(__always)
    static func fitsLog(_ x: Lanes) -> Bool {
        all((x .>= logDomain.lowerBound) .& (x .<= logDomain.upperBound))
    }

    /// No lane is nan.
    @inline(__always)
    static func fitsTanh(_ x: Lanes) -> Bool { all(x .== x) }

    /// σ(z) = 1 / (1 + e^(−z)) needs −z in exp's domain.
    @inline(__always)
    static func fitsSigmoid(_ z: Lanes) -> Bool { fitsExp(-z) }

    @inline(__always)
    static func sigmoid(_ z: Lanes) -> Lanes { 1 / (1 + exp(-z)) }
}
