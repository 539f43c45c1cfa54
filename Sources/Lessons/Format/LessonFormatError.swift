/// A mistake in a lesson file, with the line it is on: `lessons/x.md:42: unknown block 'aks'`.
public struct LessonFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
