/// Makes a coloured prompt safe for libedit's column accounting (EL_PROMPT_ESC).
///
/// libedit would count every byte of `ESC[1;34m` as a column and misplace the cursor.
/// With EL_PROMPT_ESC it skips whatever lies between two `ignore` bytes, but attaches that
/// run to the next visible character and drops a run at the very end of the prompt. So:
/// each group of escape sequences is bracketed by `ignore`, and a trailing group (typically
/// the reset) is moved before the last visible character, where it still takes effect.
enum PromptMarkup {
    /// The bracketing byte: SOH, which never occurs in a prompt otherwise.
    static var ignore: Unicode.Scalar { "\u{01}" }

    private enum Piece {
        case visible(Unicode.Scalar)
        case escapes(String.UnicodeScalarView)
    }

    static func bracketingEscapes(in prompt: String) -> String {
        var pieces = split(prompt)
        if case .escapes(let trailing)? = pieces.last {
            pieces.removeLast()
            if let lastVisible = pieces.lastIndex(where: { if case .visible = $0 { true } else { false } }) {
                pieces.insert(.escapes(trailing), at: lastVisible)
            }
            // No visible character at all: there is nothing to attach the escapes to.
        }
        var result = String.UnicodeScalarView()
        for piece in pieces {
            switch piece {
            case .visible(let scalar):
                result.append(scalar)
            case .escapes(let escapes):
                result.append(ignore)
                result.append(contentsOf: escapes)
                result.append(ignore)
            }
        }
        return String(result)
    }

    /// Splits into visible scalars and maximal runs of escape sequences (adjacent runs merged,
    /// since two bracketed runs in a row would attach the first one to the second's `ignore`).
    private static func split(_ prompt: String) -> [Piece] {
        var pieces: [Piece] = []
        var scalars = prompt.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\u{1B}" else {
                if scalar != ignore { pieces.append(.visible(scalar)) }
                continue
            }
            var sequence = String.UnicodeScalarView([scalar])
            sequence.append(contentsOf: escapeSequenceBody(&scalars))
            if case .escapes(let previous)? = pieces.last {
                pieces[pieces.count - 1] = .escapes(previous + sequence)
            } else {
                pieces.append(.escapes(sequence))
            }
        }
        return pieces
    }

    /// Consumes what follows an ESC: a CSI sequence (`[` parameters, final byte 0x40–0x7E),
    /// an OSC string (`]` … BEL or ESC `\`), or a single character.
    private static func escapeSequenceBody(_ scalars: inout Substring.UnicodeScalarView) -> [Unicode.Scalar] {
        guard let introducer = scalars.popFirst() else { return [] }
        var body = [introducer]
        switch introducer {
        case "[":
            while let next = scalars.popFirst() {
                body.append(next)
                if (0x40...0x7E).contains(next.value) { break }
            }
        case "]":
            while let next = scalars.popFirst() {
                body.append(next)
                if next == "\u{07}" { break }
                if next == "\u{1B}", scalars.first == "\\" {
                    body.append(scalars.removeFirst())
                    break
                }
            }
        default:
            break
        }
        return body
    }
}
