/// How a statement ended: normally, or by `return`, `break` or `continue` leaving its block.
/// A statement's result rather than an error, so expressions keep their typed `Diagnostic` throws.
enum Flow {
    case normal
    case returned(Value)
    case broke
    case continued
}
