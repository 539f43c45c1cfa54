@preconcurrency import Glibc
import NeuralNetwork

/// Finds the lesson files: `lessons/NN-name.md`, in the order of their numbers.
///
/// The folder is looked for in `$BACKPROP_LESSONS`, then beside the executable and in each folder
/// above it (so `swift run` and a built binary inside the repository both find `lessons/`), then in
/// the current directory.
public struct LessonCatalog: Sendable {
    public let directory: String

    public init?(directory: String? = nil) {
        if let directory {
            guard LessonCatalog.isDirectory(directory) else { return nil }
            self.directory = directory
            return
        }
        for candidate in LessonCatalog.candidateDirectories() where LessonCatalog.isDirectory(candidate) {
            self.directory = candidate
            return
        }
        return nil
    }

    /// The lesson files' names, sorted: `01-logistic-regression.md`, ...
    public var fileNames: [String] {
        guard let folder = opendir(directory) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasSuffix(".md"), !name.hasPrefix("."), name.uppercased() != "README.MD" { names.append(name) }
        }
        return names.sorted()
    }

    /// `logistic-regression` for `01-logistic-regression.md`.
    public static func lessonName(fileName: String) -> String {
        var name = Substring(fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName)
        let digits = name.prefix { $0.isNumber }
        if !digits.isEmpty, name.dropFirst(digits.count).first == "-" { name = name.dropFirst(digits.count + 1) }
        return String(name)
    }

    public var names: [String] { fileNames.map(LessonCatalog.lessonName) }

    /// Reads and parses the lesson called `name` (or the file `name` if it is a path to one).
    public func load(_ name: String) throws(LessonLoadError) -> Lesson {
        let files = fileNames
        if let exact = files.first(where: { $0 == name }) {
            return try LessonCatalog.load(path: directory + "/" + exact, displayPath: "lessons/" + exact)
        }
        let matching = files.filter { LessonCatalog.lessonName(fileName: $0) == name }
        guard let fileName = matching.first else { throw .unknown(name: name, known: names) }
        // Which one a learner gets must not depend on the order of file names.
        guard matching.count == 1 else { throw .ambiguous(name: name, files: matching.map { "lessons/" + $0 }) }
        return try LessonCatalog.load(path: directory + "/" + fileName, displayPath: "lessons/" + fileName)
    }

    /// Names that more than one lesson file gives (`00-tour.md` and `07-tour.md` are both `tour`).
    public var duplicateNames: Set<String> {
        var seen: Set<String> = [], duplicates: Set<String> = []
        for name in names where !seen.insert(name).inserted { duplicates.insert(name) }
        return duplicates
    }

    /// Every lesson, in order; the first format error stops it.
    public func loadAll() throws(LessonLoadError) -> [Lesson] {
        var lessons: [Lesson] = []
        let duplicates = duplicateNames
        for fileName in fileNames {
            if duplicates.contains(LessonCatalog.lessonName(fileName: fileName)) { _ = try load(LessonCatalog.lessonName(fileName: fileName)) }
            lessons.append(try LessonCatalog.load(path: directory + "/" + fileName, displayPath: "lessons/" + fileName))
        }
        return lessons
    }

    /// A lesson file anywhere (a teacher's draft): `backprop lesson ./my-lesson.md`.
    public static func load(path: String, displayPath: String? = nil) throws(LessonLoadError) -> Lesson {
        let text: String
        let shown = displayPath ?? path
        do {
            text = try TextFile.read(path: path)
        } catch {
            let reason: String
            switch error {
            case .notText: reason = "\(shown) is not UTF-8 text; a lesson file is Markdown, which is plain text"
            case .fileNotFound: reason = "no such file: \(shown)"
            case .notAFile: reason = "\(shown) is a directory, not a lesson file"
            case let .specialFile(_, kind): reason = "\(shown) is \(kind), not a lesson file"
            case let .unreadableFile(_, why): reason = "cannot read \(shown): \(why)"
            case .fileTooLarge: reason = "\(shown) is too large to be a lesson file"
            default: reason = error.description
            }
            throw .unreadable(path: shown, reason: reason)
        }
        let fileName = String(path.split(separator: "/").last ?? Substring(path))
        do {
            return try LessonParser.parse(text, name: lessonName(fileName: fileName), file: displayPath ?? path)
        } catch {
            throw .format(error)
        }
    }

    static func candidateDirectories() -> [String] {
        var result: [String] = []
        if let variable = getenv("BACKPROP_LESSONS") { result.append(String(cString: variable)) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let length = buffer.withUnsafeMutableBufferPointer { pointer in
            pointer.withMemoryRebound(to: CChar.self) { readlink("/proc/self/exe", $0.baseAddress!, $0.count - 1) }
        }
        if length > 0 {
            var folder = String(decoding: buffer[0..<length], as: UTF8.self)
            while let slash = folder.lastIndex(of: "/"), slash != folder.startIndex {
                folder = String(folder[..<slash])
                result.append(folder + "/lessons")
                result.append(folder + "/share/backprop/lessons")
            }
        }
        result.append("lessons")
        return result
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}

/// Why a lesson could not be loaded.
public enum LessonLoadError: Error, Sendable, CustomStringConvertible {
    case unknown(name: String, known: [String])
    case unreadable(path: String, reason: String)
    case ambiguous(name: String, files: [String])
    case format(LessonFormatError)

    public var description: String {
        switch self {
        case let .unknown(name, known):
            return "no lesson named '\(name)'; the lessons are: " + known.joined(separator: ", ")
        case let .unreadable(_, reason):
            return "cannot read the lesson: \(reason)"
        case let .ambiguous(name, files):
            return "\(files.count) lesson files are named '\(name)': \(files.joined(separator: " and ")); rename one (a lesson's name is its file name without the number)"
        case let .format(error):
            return error.description
        }
    }
}
