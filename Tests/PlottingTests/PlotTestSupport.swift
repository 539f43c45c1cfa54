import MatrixEngine
@testable import Plotting

/// The text a terminal shows: escape sequences removed.
func visible(_ text: String) -> String {
    var result = ""
    var inEscape = false
    for character in text {
        if inEscape {
            if character == "m" { inEscape = false }
        } else if character == "\u{1B}" {
            inEscape = true
        } else {
            result.append(character)
        }
    }
    return result
}

/// The widest line as the terminal shows it (every character the plots use is one column wide).
func widestLine(_ text: String) -> Int {
    visible(text).split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
}

func matrix(_ rows: [[Double]]) -> Matrix {
    try! Matrix(rows)
}

let allStyles = [
    PlotStyle(unicode: false, color: false),
    PlotStyle(unicode: true, color: false),
    PlotStyle(unicode: true, color: true),
]
