/// The element-wise passes of a training iteration (bias add, the activations' derivatives, the
/// update), as loops over whole buffers compiled with the engine's vector code.
///
/// Each computes exactly what the notes' formula does element by element, with the same
/// roundings in the same order (no fused multiply-add): only the loop is faster than a closure
/// called per element from another module.
extension Matrix {
    /// self[r, c] += column[r] for every c: numpy's `Z + b` with b of shape (rows, 1), in place.
    public mutating func addColumnInPlace(_ column: Matrix) {
        precondition(column.count == rows, "addColumnInPlace: a column of \(rows) values is needed")
        let columns = self.columns
        elements.withUnsafeMutableBufferPointer { z in
            column.elements.withUnsafeBufferPointer { bias in
                guard let z = z.baseAddress, let bias = bias.baseAddress else { return }
                for r in 0..<rows {
                    let value = bias[r], row = z + r &* columns
                    for c in 0..<columns { row[c] = row[c] + value }
                }
            }
        }
    }

    /// factor · self, element by element (the notes' `1/m * dZ`).
    public func scaled(by factor: Double) -> Matrix {
        elementwise(self) { x in factor * x }
    }

    /// True when every element is in the open interval (0, 1): a sigmoid output whose cost is finite.
    public var isStrictlyInsideUnitInterval: Bool {
        elements.withUnsafeBufferPointer { a in
            var outside = 0
            // A count instead of `&&`, so that the loop has no branch and runs in vectors.
            for x in a { outside &+= (x > 0 && x < 1) ? 0 : 1 }
            return outside == 0
        }
    }

    /// self − α · gradient (the course's `W = W - learning_rate * dW`), and whether every result is
    /// finite. A new matrix: W is also held by the iteration's cache, so updating it in place would
    /// copy it first, one more pass over a first layer's W.
    public func subtractingScaled(_ gradient: Matrix, by α: Double) -> (result: Matrix, isFinite: Bool) {
        precondition(gradient.count == count, "subtractingScaled: shapes differ")
        let count = self.count
        var check = 0.0
        let result = [Double](count: count) { buffer in
            elements.withUnsafeBufferPointer { v in
                gradient.elements.withUnsafeBufferPointer { g in
                    guard let out = buffer.baseAddress, let v = v.baseAddress, let g = g.baseAddress else { return }
                    // x - x is 0 for every finite x and nan otherwise: one subtraction per element
                    // checks them all, and keeps the loop free of branches.
                    var sum = 0.0
                    for i in 0..<count {
                        let x = v[i] - α * g[i]
                        out[i] = x
                        sum += x - x
                    }
                    check = sum
                }
            }
        }
        return (Matrix(uncheckedRows: rows, columns: columns, elements: result), check == 0)
    }

    /// dA * (A * (1 − A)): the sigmoid's derivative from its output A, multiplied into self (dA).
    public func timesSigmoidDerivative(output A: Matrix) -> Matrix {
        elementwise(A) { d, a in d * (a * (1 - a)) }
    }

    /// dA * (1 − A²): tanh's derivative from its output A, multiplied into self (dA).
    public func timesTanhDerivative(output A: Matrix) -> Matrix {
        elementwise(A) { d, a in d * (1 - a * a) }
    }

    /// dA where Z > 0, else 0 (ReLU's derivative from Z, multiplied into self; nan in Z gives 0).
    public func timesReluDerivative(input Z: Matrix) -> Matrix {
        elementwise(Z) { d, z in z > 0 ? d : 0 }
    }

    /// dA where Z > 0, else dA · slope (leaky ReLU's derivative from Z, multiplied into self).
    public func timesLeakyReluDerivative(input Z: Matrix, slope: Double) -> Matrix {
        elementwise(Z) { d, z in z > 0 ? d : d * slope }
    }

    @inline(__always)
    private func elementwise(_ other: Matrix, _ operation: (Double, Double) -> Double) -> Matrix {
        precondition(other.count == count, "elementwise: shapes differ")
        let count = self.count
        let result = [Double](count: count) { buffer in
            elements.withUnsafeBufferPointer { x in
                other.elements.withUnsafeBufferPointer { y in
                    if let out = buffer.baseAddress, let x = x.baseAddress, let y = y.baseAddress {
                        for i in 0..<count { out[i] = operation(x[i], y[i]) }
                    }
                }
            }
        }
        return Matrix(uncheckedRows: rows, columns: columns, elements: result)
    }

    @inline(__always)
    private func elementwise(_: Matrix, _ operation: (Double) -> Double) -> Matrix {
        let count = self.count
        let result = [Double](count: count) { buffer in
            elements.withUnsafeBufferPointer { x in
                if let out = buffer.baseAddress, let x = x.baseAddress {
                    for i in 0..<count { out[i] = operation(x[i]) }
                }
            }
        }
        return Matrix(uncheckedRows: rows, columns: columns, elements: result)
    }
}
