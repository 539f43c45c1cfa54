/// A surface of dots for line charts. In Unicode each character cell holds 2×4 braille dots
/// (U+2800–U+28FF), four times the vertical resolution of plain characters; in ASCII each
/// cell is one dot, '*' where a data point falls and '.' where only a connecting line passes.
struct DotCanvas {
    let columns: Int
    let rows: Int
    let unicode: Bool
    /// Braille dot bits per cell in Unicode; in ASCII 1 for a line, 2 for a data point.
    private var marks: [UInt8]

    init(columns: Int, rows: Int, unicode: Bool) {
        self.columns = max(columns, 1)
        self.rows = max(rows, 1)
        self.unicode = unicode
        marks = Array(repeating: 0, count: self.columns * self.rows)
    }

    var dotWidth: Int { unicode ? columns * 2 : columns }
    var dotHeight: Int { unicode ? rows * 4 : rows }

    /// The braille bit of the dot at (x, y) within its cell, numbered as the Unicode standard does:
    /// dots 1–3 and 7 down the left column, 4–6 and 8 down the right.
    private static let brailleBits: [[UInt8]] = [
        [0x01, 0x02, 0x04, 0x40],
        [0x08, 0x10, 0x20, 0x80],
    ]

    /// Sets the dot at (x, y), counted from the top left; dots outside are ignored.
    mutating func set(x: Int, y: Int, isDataPoint: Bool) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        if unicode {
            marks[(y / 4) * columns + x / 2] |= Self.brailleBits[x % 2][y % 4]
        } else {
            let index = y * columns + x
            marks[index] = max(marks[index], isDataPoint ? 2 : 1)
        }
    }

    /// Bresenham's line between two dots, both ends included; the ends are data points.
    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int)) {
        let dx = abs(end.x - start.x), dy = -abs(end.y - start.y)
        let stepX = start.x < end.x ? 1 : -1, stepY = start.y < end.y ? 1 : -1
        var x = start.x, y = start.y, error = dx + dy
        while true {
            set(x: x, y: y, isDataPoint: false)
            if x == end.x, y == end.y { break }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += stepX }
            if doubled <= dx { error += dx; y += stepY }
        }
        set(x: start.x, y: start.y, isDataPoint: true)
        set(x: end.x, y: end.y, isDataPoint: true)
    }

    /// The character of a cell, or nil when nothing is drawn there.
    func character(row: Int, column: Int) -> Character? {
        let mark = marks[row * columns + column]
        guard mark != 0 else { return nil }
        if unicode { return Character(Unicode.Scalar(0x2800 + UInt32(mark))!) }
        return mark == 2 ? "*" : "."
    }
}
