import MatrixEngine

/// numpy's RuntimeWarnings: "divide by zero encountered in divide", "invalid value encountered in
/// log", "overflow encountered in exp". numpy reports the IEEE flags its loop raised; Backprop
/// reads the same events off the result: an infinity or nan that no operand already held.
enum RuntimeWarnings {
    /// numpy's name for each operator's ufunc, as its warnings say it.
    static func ufuncName(_ op: BinaryOperator) -> String {
        switch op {
        case .add: return "add"
        case .subtract: return "subtract"
        case .multiply: return "multiply"
        case .divide: return "divide"
        case .floorDivide: return "floor_divide"
        case .modulo: return "remainder"
        case .power: return "power"
        case .bitwiseAnd: return "bitwise_and"
        case .bitwiseOr: return "bitwise_or"
        case .bitwiseXor: return "bitwise_xor"
        case .leftShift: return "left_shift"
        case .rightShift: return "right_shift"
        default: return op.rawValue
        }
    }

    /// The warnings `a op b` gives in numpy, in numpy's order (divide by zero before invalid).
    static func binary(_ op: BinaryOperator, _ a: NDArray, _ b: NDArray, result: NDArray, scalarLoop: Bool = false) -> [String] {
        // numpy names its scalar loops apart: "divide by zero encountered in scalar divide".
        // (Named only when there is something to say: this runs after every operation.)
        var name: String {
            // numpy computes ** 2, ** 0.5 and ** -1 with square, sqrt and reciprocal, and says so.
            if op == .power, b.count == 1, a.dtype == .float64 {
                switch b.elements[0] {
                case 2: return "square"
                case 0.5: return "sqrt"
                case -1: return "reciprocal"
                default: break
                }
            }
            return (scalarLoop ? "scalar " : "") + ufuncName(op)
        }
        if result.dtype != .float64 {
            // Integer division by zero gives 0, but numpy still says so.
            if (op == .floorDivide || op == .modulo) && b.elements.contains(0) { return ["divide by zero encountered in \(name)"] }
            if result.dtype == .int64 && integerOverflows(op, a, b, scalarLoop: scalarLoop) { return ["overflow encountered in \(name)"] }
            return []
        }
        guard result.storage.hasNonFiniteElement,
              let x = try? a.broadcast(to: result.shape), let y = try? b.broadcast(to: result.shape) else { return [] }
        var events = Set<Event>()
        for (i, value) in result.elements.enumerated() where !value.isFinite {
            let p = x.elements[i], q = y.elements[i]
            // A nan from no nan is invalid (0 * inf, inf - inf); an infinity from finite operands
            // divided by zero or overflowed.
            if value.isNaN {
                if !p.isNaN && !q.isNaN { events.insert(.invalid) }
            } else if !p.isFinite || !q.isFinite {
                continue
            } else if (op == .divide || op == .floorDivide) && q == 0 || op == .power && p == 0 && q < 0 {
                events.insert(.divideByZero)
            } else if op == .floorDivide {
                // numpy's floor of an overflowed quotient subtracts inf from inf on the way: invalid too.
                events.insert(.overflow)
                events.insert(.invalid)
            } else {
                events.insert(.overflow)
            }
        }
        // numpy's float remainder by zero is nan with only "invalid value" (fmod's flag).
        return Event.allCases.filter(events.contains).map { "\($0.rawValue) encountered in \(name)" }
    }

    /// Whether int64 arithmetic wrapped around where numpy says so: in its scalar +, - and *
    /// (numpy's arrays and powers wrap silently), and in the one floor division past int64, -2**63 // -1.
    private static func integerOverflows(_ op: BinaryOperator, _ a: NDArray, _ b: NDArray, scalarLoop: Bool) -> Bool {
        if op == .floorDivide { return a.integerElements.contains(.min) && b.elements.contains(-1) }
        guard scalarLoop, a.count == 1, b.count == 1 else { return false }
        let x = a.integerElement(at: 0), y = b.integerElement(at: 0)
        switch op {
        case .add: return x.addingReportingOverflow(y).overflow
        case .subtract: return x.subtractingReportingOverflow(y).overflow
        case .multiply: return x.multipliedReportingOverflow(by: y).overflow
        default: return false  // numpy's scalar power wraps around silently
        }
    }

    /// The warnings of a one-argument function (`np.log(0)` divides by zero, `np.exp(1000)` overflows).
    static func unary(_ name: String, _ x: NDArray, result: NDArray) -> [String] {
        guard result.dtype == .float64, result.storage.hasNonFiniteElement else { return [] }
        var events = Set<Event>()
        for (i, value) in result.elements.enumerated() where !value.isFinite && !x.elements[i].isNaN {
            if value.isNaN { events.insert(.invalid) } else if !x.elements[i].isFinite { continue } else if isPole(name, x.elements[i]) { events.insert(.divideByZero) } else { events.insert(.overflow) }
        }
        return Event.allCases.filter(events.contains).map { "\($0.rawValue) encountered in \(name)" }
    }

    /// The warning of a sum or product over many elements (numpy's `reduce`, or `accumulate` for a
    /// running one): an infinity from finite elements overflowed, a nan from no nan (inf - inf) is
    /// invalid.
    static func reduction(_ loop: String, _ x: NDArray, result: NDArray) -> [String] {
        guard result.dtype == .float64, result.storage.hasNonFiniteElement, !x.elements.contains(where: \.isNaN) else { return [] }
        if result.elements.contains(where: \.isNaN) { return ["invalid value encountered in \(loop)"] }
        return x.storage.hasNonFiniteElement ? [] : ["overflow encountered in \(loop)"]
    }

    /// Where a logarithm is infinite: numpy calls that a division by zero, not an overflow.
    private static func isPole(_ name: String, _ x: Double) -> Bool {
        switch name {
        case "log", "log2", "log10": return x == 0
        case "log1p": return x == -1
        default: return false
        }
    }

    enum Event: String, CaseIterable {
        case divideByZero = "divide by zero"
        case overflow = "overflow"
        case invalid = "invalid value"
    }
}

extension Evaluator {
    /// Whether numpy computes `left op right` in its scalar loop: two numpy scalars, or a numpy
    /// scalar with a Python number of no higher kind (np.int64 with a Python float takes the
    /// array loop).
    static func usesScalarLoop(_ left: Value, _ right: Value) -> Bool {
        func kind(_ value: Value) -> Int? {
            switch value {
            case .boolean: return 0
            case .integer: return 1
            case .float: return 2
            case let .array(a) where a.isNumpyScalar:
                switch a.dtype {
                case .bool: return 0
                case .int64: return 1
                case .float64: return 2
                }
            default: return nil
            }
        }
        func isNumpyScalar(_ value: Value) -> Bool { if case let .array(a) = value { return a.isNumpyScalar } else { return false } }
        guard let l = kind(left), let r = kind(right), isNumpyScalar(left) || isNumpyScalar(right) else { return false }
        if isNumpyScalar(left) && isNumpyScalar(right) { return true }
        return isNumpyScalar(left) ? r <= l : l <= r
    }

    /// Shows numpy's RuntimeWarnings for `lhs op rhs`, once per statement each.
    mutating func warnAboutFloatingPoint(_ op: BinaryOperator, _ a: NDArray, _ b: NDArray, result: NDArray, scalarLoop: Bool,
                                         lhs: Expression, rhs: Expression, whole: Expression) {
        for message in RuntimeWarnings.binary(op, a, b, result: result, scalarLoop: scalarLoop) {
            var hint: String?
            if message.hasPrefix("divide by zero") { hint = "\(text(of: rhs)) has a zero element" }
            if message == "invalid value encountered in divide" { hint = "0/0 and inf/inf are nan" }
            var note = Diagnostic.at(whole.span, "RuntimeWarning: " + message, hint: hint)
            note.topic = message
            warn(note)
        }
    }
}

extension CallContext {
    /// numpy's RuntimeWarnings for a one-argument function of `argument`.
    /// `argument` is read only when there is a warning to give.
    /// numpy's RuntimeWarnings for a sum or product of `x`'s elements (`loop`: "reduce" or "accumulate").
    mutating func warnAboutReduction(_ loop: String, _ x: NDArray, result: NDArray) {
        for message in RuntimeWarnings.reduction(loop, x, result: result) {
            var note = Diagnostic(.warning, message: "RuntimeWarning: " + message, span: callSpan,
                                  hint: message.hasPrefix("overflow") ? "the total is beyond float64 (about 1.8e308)" : "inf and -inf were added")
            note.topic = message
            warnings.append(note)
        }
    }

    mutating func warnAboutFloatingPoint(_ name: String, _ x: NDArray, result: NDArray, argument argumentText: () -> String) {
        for message in RuntimeWarnings.unary(name, x, result: result) {
            let argument = argumentText()
            var hint: String?
            switch message {
            case "divide by zero encountered in log": hint = "\(argument) has a 0, and log(0) is -inf (the cost meets it when A[L] is exactly 0 or 1)"
            case "invalid value encountered in log", "invalid value encountered in sqrt": hint = "\(argument) has a negative element"
            case "overflow encountered in exp": hint = "\(argument) has an element above 709.78, and e to that is beyond float64"
            default: break
            }
            var note = Diagnostic(.warning, message: "RuntimeWarning: " + message, span: callSpan, hint: hint)
            note.topic = message
            warnings.append(note)
        }
    }
}
