/// An exception raised by Python's string formatting, with CPython's exact message
/// (`ValueError: Unknown format code 'd' for object of type 'float'`).
public struct PythonFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case valueError = "ValueError"
        case typeError = "TypeError"
        case overflowError = "OverflowError"
        case keyError = "KeyError"
        case indexError = "IndexError"
        /// A width too large to build the string (CPython fails to allocate it).
        case memoryError = "MemoryError"
        /// f-string bodies that CPython 3.11 rejects at compile time.
        case syntaxError = "SyntaxError"
    }

    public var kind: Kind
    public var message: String
    /// For a SyntaxError in an f-string body: the character (Unicode scalar) offset it points at.
    public var offset: Int?

    public init(_ kind: Kind, _ message: String, offset: Int? = nil) {
        (self.kind, self.message, self.offset) = (kind, message, offset)
    }

    static func value(_ message: String) -> PythonFormatError { PythonFormatError(.valueError, message) }
    static func type(_ message: String) -> PythonFormatError { PythonFormatError(.typeError, message) }

    /// Widths past this are refused instead of building a string of gigabytes.
    static let largestWidth = 1 << 28

    static func checkWidth(_ width: Int?) throws(PythonFormatError) {
        if let width, width > largestWidth { throw PythonFormatError(.memoryError, "") }
    }

    /// `ValueError: message`, as the traceback's last line shows it.
    public var description: String { "\(kind.rawValue): \(message)" }

    /// object.__format__ with a non-empty spec: `format(np.zeros(2), '.2f')`, `f"{[1]:>4}"`.
    public static func unsupportedFormatString(typeName: String) -> PythonFormatError {
        .type("unsupported format string passed to \(typeName).__format__")
    }
}
