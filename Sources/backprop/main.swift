import ArgumentParser
import Terminal

/// The command line: `backprop` starts the REPL (or reads a piped script), `backprop run FILE`
/// executes a script. All logic lives in the library targets.
struct Backprop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backprop",
        abstract: "A REPL that teaches how a neural network computes, in numpy's notation.",
        version: BackpropVersion.current,
        subcommands: [Start.self, Run.self, Lesson.self, Replay.self],
        defaultSubcommand: Start.self)
}

extension Backprop {
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "repl",
            abstract: "Start the interactive REPL (the default). With piped input, runs it as a script.")

        func run() throws {
            let status = REPL.runFromStandardInput()
            if status != 0 { throw ExitCode(status) }
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Execute a script file non-interactively; errors are reported as FILE:LINE:COL.")

        @Argument(help: "The script to run (one statement or more per line, as typed in the REPL).")
        var file: String

        func run() throws {
            let status = ScriptRunner.run(path: file)
            if status != 0 { throw ExitCode(status) }
        }
    }
}

extension Backprop {
    struct Lesson: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the lessons with your progress, or play one (it resumes where you left it).")

        @Argument(help: "The lesson's name (see the list), or a lesson file's path.")
        var name: String?

        @Flag(help: "Graded use: skip and solution are refused.")
        var graded = false

        func run() throws {
            let status = name.map { LessonRunner.play(name: $0, graded: graded) } ?? LessonRunner.list()
            if status != 0 { throw ExitCode(status) }
        }
    }

    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a whole lesson, answering each question with its reference answer; exits 1 if a checkpoint fails.")

        @Argument(help: "The lesson's name, or a lesson file's path.")
        var name: String

        func run() throws {
            let status = LessonRunner.replay(name: name)
            if status != 0 { throw ExitCode(status) }
        }
    }
}

Backprop.main()
