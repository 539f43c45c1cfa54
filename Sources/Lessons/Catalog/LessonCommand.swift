import BackpropLanguage

/// The in-REPL `lesson` command: lists the lessons, or hands the terminal to the lesson player.
/// The REPL's own workspace is left as it was; a lesson plays in a workspace of its own.
public enum LessonCommand {
    /// The `ModeRequest` mode that plays a lesson: words are the name and optionally `graded`.
    public static let modeName = "lesson"

    /// `progress` is read each time the list is shown, from the same file `backprop lesson` reads
    /// (so a lesson finished earlier in this session shows as such), and says when it could not be read.
    public static func make(catalog: LessonCatalog?,
                            progress: @escaping @Sendable () -> (progress: LessonProgress, note: String?) = { LessonProgress.read() }) -> Command {
        Command("lesson", aliases: ["lessons"], usage: "lesson [NAME [graded]]",
                summary: "lists the lessons with your progress, or plays one (your workspace is kept for when it ends)",
                example: "lesson logistic-regression", argumentWords: catalog?.names ?? []) { context throws(Diagnostic) in
            guard let catalog else {
                throw Diagnostic(message: "the lessons folder was not found", span: context.span,
                                 hint: "set BACKPROP_LESSONS to the folder that holds the lesson files")
            }
            let spaced = context.spacedWords
            // A quoted name (`lesson "tour"`) is the name.
            let words = spaced.map { $0.text.count > 2 && ($0.text.first == "\"" || $0.text.first == "'") && $0.text.last == $0.text.first
                                     ? String($0.text.dropFirst().dropLast()) : $0.text }
            guard let name = words.first else {
                let current = progress()
                context.write(LessonList.render(catalog: catalog, progress: current.progress, note: current.note, width: context.console.width))
                return
            }
            guard catalog.names.contains(name) else {
                throw Diagnostic(message: "no lesson named '\(name)'", span: spaced[0].span,
                                 hint: (Spelling.closest(to: name, among: catalog.names).map { "did you mean '\($0)'? " } ?? "")
                                    + "lessons: " + catalog.names.joined(separator: ", "))
            }
            guard words.count == 1 || (words.count == 2 && words[1] == "graded") else {
                throw Diagnostic(message: "lesson takes a name and optionally 'graded'", span: context.span)
            }
            context.modeRequest = ModeRequest(mode: modeName, words: words)
        }
    }
}

/// The lesson list with each lesson's progress.
public enum LessonList {
    /// The list in `width` columns: a title too long for its line wraps under the titles. `note`
    /// (why the progress shown may be incomplete) follows the list.
    public static func render(catalog: LessonCatalog, progress: LessonProgress, note: String? = nil, width: Int = Console.defaultWidth) -> String {
        var rows: [[String]] = []
        for fileName in catalog.fileNames {
            let name = LessonCatalog.lessonName(fileName: fileName)
            let title: String
            do {
                title = try catalog.load(name).title
            } catch {
                if case .ambiguous = error { title = "(\(error.description))" } else { title = "(cannot be read: \(error.description))" }
            }
            let status: String
            if let entry = progress.lessons[name] {
                status = entry.completed ? "done" : "in progress"
            } else {
                status = "new"
            }
            rows.append(["  " + name, status, title])
        }
        let list = "Lessons (backprop lesson NAME, or lesson NAME in the REPL):\n" + TextTable.render(rows, width: width)
        guard let note else { return list }
        return list + "\n" + TextWrap.wrap("note: " + note, width: width).joined(separator: "\n")
    }
}

extension String {
    func padding(to length: Int) -> String { count >= length ? self + " " : self + String(repeating: " ", count: length - count) }
}
