/// One character of a plot's drawing area with its colours (256-palette indices).
struct Cell: Equatable {
    var character: Character = " "
    var foreground: UInt8?
    var background: UInt8?
}

/// A rectangle of cells that renders to lines, emitting an escape only where the colours change
/// and resetting at the end of every line, so a line can be printed or cut on its own.
struct CellGrid {
    let width: Int
    let height: Int
    private var cells: [Cell]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        cells = Array(repeating: Cell(), count: width * height)
    }

    subscript(row: Int, column: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    func line(_ row: Int, color: Bool) -> String {
        var text = ""
        var current: (UInt8?, UInt8?) = (nil, nil)
        for column in 0..<width {
            let cell = self[row, column]
            let wanted = color ? (cell.foreground, cell.background) : (nil, nil)
            if wanted != current {
                text += wanted == (nil, nil) ? ANSI.reset : ANSI.attributes(foreground: wanted.0, background: wanted.1)
                current = wanted
            }
            text.append(cell.character)
        }
        if current != (nil, nil) { text += ANSI.reset }
        return text
    }
}
