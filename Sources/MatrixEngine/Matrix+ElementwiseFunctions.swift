import RealModule

/// The element-wise functions of the notes: exp, log, tanh, sigmoid, ReLU and friends, and the
/// derivatives g'(z) that backward propagation multiplies into dA. They follow IEEE/numpy:
/// log(0) is -inf, log(-1) is nan, and nothing traps.
extension Matrix {
    /// `x ** y` as numpy computes it, which is C's `pow`: a negative base with an integral exponent
    /// is allowed, and signed zeros, infinities and nan follow C99 ((-0.)**-1 = -inf, 0**nan = nan).
    @inlinable
    public static func pow(_ x: Double, _ y: Double) -> Double {
        if y == 0 { return 1 }
        // RealModule's Int overload is C's pow for every base.
        if y.rounded() == y, y.magnitude < 0x1p63 { return Double.pow(x, Int(y)) }
        // Its real overload returns nan for any negative base; C's pow depends only on |x| when the
        // exponent is ±inf or an even integer beyond Int (|y| ≥ 2^63), and when the base is -inf.
        if x < 0, !y.isNaN, y.rounded() == y || x == -.infinity { return Double.pow(-x, y) }
        return Double.pow(x, y)
    }

    public func exp() -> Matrix {
        mapLanes(VectorMath.Exp.self)
    }
    public func log() -> Matrix {
        mapLanes(VectorMath.Log.self)
    }
    public func sqrt() -> Matrix { map { $0.squareRoot() } }
    public func abs() -> Matrix { map { Swift.abs($0) } }
    public func tanh() -> Matrix {
        mapLanes(VectorMath.Tanh.self)
    }
    public func square() -> Matrix { map { $0 * $0 } }

    /// log with numpy's edge cases: log(0) = -inf, log(negative) = nan.
    @inlinable
    public static func naturalLog(_ x: Double) -> Double {
        if x == 0 { return -.infinity }
        if x < 0 { return .nan }
        return Double.log(x)
    }

    /// σ(z) = 1 / (1 + e^(−z)), written as the course writes it so values match the notebook.
    public func sigmoid() -> Matrix {
        mapLanes(VectorMath.Sigmoid.self)
    }

    /// max(0, z); nan stays nan, as `np.maximum(0, z)`.
    public func relu() -> Matrix { map { $0.isNaN ? .nan : Swift.max(0, $0) } }

    /// z for z > 0, slope·z otherwise (the notes' leaky ReLU uses slope 0.01).
    public func leakyRelu(slope: Double = 0.01) -> Matrix { map { $0 > 0 ? $0 : slope * $0 } }

    /// σ'(z) = σ(z)(1 − σ(z)).
    public func sigmoidDerivative() -> Matrix { sigmoid().map { s in s * (1 - s) } }

    /// tanh'(z) = 1 − tanh²(z).
    public func tanhDerivative() -> Matrix { tanh().map { t in 1 - t * t } }

    /// ReLU'(z) = 1 for z > 0, else 0 (the course's convention at z = 0).
    public func reluDerivative() -> Matrix { map { $0 > 0 ? 1 : 0 } }

    public func leakyReluDerivative(slope: Double = 0.01) -> Matrix { map { $0 > 0 ? 1 : slope } }
}
