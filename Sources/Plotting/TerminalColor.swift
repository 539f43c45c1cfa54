/// The ANSI 256-colour palette indices the plots use, chosen to stay legible on both dark and light
/// terminal backgrounds. Class 0 is red and class 1 blue, as in the course's matplotlib figures.
enum PlotColor {
    static let class0Point: UInt8 = 160
    static let class1Point: UInt8 = 27
    static let class0Region: UInt8 = 217
    static let class1Region: UInt8 = 153
    static let curve: UInt8 = 33
    static let marker: UInt8 = 201
    /// viridis from dark purple to yellow: ordered by lightness, readable without a legend.
    static let sequential: [UInt8] = [53, 60, 24, 30, 36, 72, 77, 113, 148, 220]
}

/// The escape sequences, kept in one place so colour can be switched off entirely.
enum ANSI {
    static let reset = "\u{1B}[0m"

    /// Select Graphic Rendition for the given colours, starting from a reset so no earlier
    /// attribute leaks in.
    static func attributes(foreground: UInt8?, background: UInt8?, bold: Bool = false) -> String {
        var parts = ["0"]
        if bold { parts.append("1") }
        if let foreground { parts.append("38;5;\(foreground)") }
        if let background { parts.append("48;5;\(background)") }
        return "\u{1B}[" + parts.joined(separator: ";") + "m"
    }

    static func bold(_ text: String, enabled: Bool) -> String {
        enabled && !text.isEmpty ? "\u{1B}[1m\(text)\(reset)" : text
    }

    static func colored(_ text: String, foreground: UInt8? = nil, background: UInt8? = nil, enabled: Bool) -> String {
        guard enabled, !text.isEmpty, foreground != nil || background != nil else { return text }
        return attributes(foreground: foreground, background: background) + text + reset
    }
}
