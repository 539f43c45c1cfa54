import MatrixEngine

/// The dtypes numpy picks for bool operands where it has no bool loop: int8 for `b // b`,
/// `b % b`, `b ** b` and `np.square(b)`, float16 for `np.tanh(b)`, `np.exp(b)`… Backprop has
/// neither, so it computes in int64 or float64 and says where numpy's result differs.
enum NarrowDTypes {
    /// The note for a bool ⊕ bool operator whose numpy result is int8, or nil.
    static func binaryNote(_ op: BinaryOperator, _ a: NDArray, _ b: NDArray, written: String, span: SourceSpan) -> Diagnostic? {
        guard a.dtype == .bool, b.dtype == .bool, [.floorDivide, .modulo, .power, .leftShift, .rightShift].contains(op) else { return nil }
        return int8Note(written, span: span)
    }

    /// The note for a numpy function of a bool array whose numpy result is int8 or float16, or nil.
    static func functionNote(_ name: String, resultType: DType, argument: NDArray, written: String, span: SourceSpan) -> Diagnostic? {
        guard argument.dtype == .bool else { return nil }
        if resultType == .int64 { return int8Note("np.\(name)(\(written))", span: span) }
        guard resultType == .float64 else { return nil }
        var note = Diagnostic(.warning, message: "numpy computes np.\(name) of a bool array in float16 (about 4 significant digits); Backprop computes it in float64, so numpy prints fewer digits",
                              span: span, hint: "np.\(name)(\(written).astype(float)) is float64 in numpy too")
        note.topic = "float16"
        return note
    }

    private static func int8Note(_ written: String, span: SourceSpan) -> Diagnostic {
        var note = Diagnostic(.warning, message: "numpy makes \(written) an int8 array (bools have no loop of their own here); Backprop's is int64, with the same values",
                              span: span, hint: "numpy's repr shows dtype=int8; .astype(int) makes both int64")
        note.topic = "int8"
        return note
    }
}
