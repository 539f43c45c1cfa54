/// Padding, sign, prefix and digit grouping of a formatted number, as CPython's
/// `calc_number_widths` and `fill_number` lay it out:
///
///     <left padding> <sign> <prefix> <sign-aware padding> <grouped digits> <decimal> <remainder> <right padding>
///
/// With fill '0' and '=' alignment the zeros become digits, so they are grouped too
/// (`format(1234, '010,')` is '00,001,234').
struct NumberLayout {
    var sign: Unicode.Scalar?
    var prefix: String = ""
    /// The digits before the decimal point (none for 'c' and for inf/nan).
    var digits: [Unicode.Scalar]
    var hasDecimalPoint = false
    /// Whatever follows the decimal point: fraction digits, exponent, '%', or 'inf'.
    var remainder: [Unicode.Scalar] = []
    var uppercase = false

    func render(_ spec: FormatSpecification) -> String {
        var signText: Unicode.Scalar?
        switch spec.sign {
        case "+": signText = sign == "-" ? "-" : "+"
        case " ": signText = sign == "-" ? "-" : " "
        default: signText = sign == "-" ? "-" : nil
        }
        let width = spec.width ?? -1
        let prefixCount = prefix.unicodeScalars.count
        let nonDigits = (signText == nil ? 0 : 1) + prefixCount + (hasDecimalPoint ? 1 : 0) + remainder.count
        let minimumWidth = spec.fill == "0" && spec.align == "=" ? width - nonDigits : 0
        let groupSize: Int? = switch spec.grouping {
        case ",": 3
        case "_": spec.type == "b" || spec.type == "o" || spec.type == "x" || spec.type == "X" ? 4 : 3
        default: nil
        }
        let grouped = digits.isEmpty ? [] : Self.group(digits, size: groupSize, separator: spec.grouping ?? ",", minimumWidth: minimumWidth)
        let padding = width - (nonDigits + grouped.count)
        var left = 0, inner = 0, right = 0
        if padding > 0 {
            switch spec.align {
            case "<": right = padding
            case "^": left = padding / 2; right = padding - left
            case "=": inner = padding
            default: left = padding
            }
        }
        var out = String.UnicodeScalarView()
        func fill(_ n: Int) { for _ in 0..<n { out.append(spec.fill) } }
        fill(left)
        if let signText { out.append(signText) }
        out.append(contentsOf: uppercase ? prefix.uppercased().unicodeScalars : prefix.unicodeScalars)
        fill(inner)
        if uppercase {
            out.append(contentsOf: String(String.UnicodeScalarView(grouped)).uppercased().unicodeScalars)
        } else {
            out.append(contentsOf: grouped)
        }
        if hasDecimalPoint { out.append(".") }
        out.append(contentsOf: remainder)
        fill(right)
        return String(out)
    }

    /// `_PyUnicode_InsertThousandsGrouping`: groups from the right; leading zeros make up
    /// `minimumWidth` (separators included) when zero padding asks for it.
    static func group(_ digits: [Unicode.Scalar], size: Int?, separator: Unicode.Scalar, minimumWidth: Int) -> [Unicode.Scalar] {
        var pieces: [[Unicode.Scalar]] = []  // right to left
        var remaining = digits.count
        var minimumWidth = minimumWidth
        var end = digits.count
        func take(_ l: Int) {
            let zeros = max(0, l - remaining)
            let chars = max(0, min(remaining, l))
            pieces.append(Array(repeating: "0", count: zeros) + digits[(end - chars)..<end])
            end -= chars
            remaining -= chars
        }
        var brokeOut = false
        if let size {
            while true {
                let l = min(size, max(max(remaining, minimumWidth), 1))
                take(l)
                minimumWidth -= l
                if remaining <= 0 && minimumWidth <= 0 { brokeOut = true; break }
                minimumWidth -= 1  // the separator
            }
        }
        if !brokeOut { take(max(max(remaining, minimumWidth), 1)) }
        var out: [Unicode.Scalar] = []
        for (index, piece) in pieces.reversed().enumerated() {
            if index > 0 { out.append(separator) }
            out.append(contentsOf: piece)
        }
        return out
    }
}
