import ArgumentParser
import Drills
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Terminal

/// The command line: `backprop` starts the REPL (or reads a piped script), `backprop run FILE`
/// executes a script, `backprop drill` practises shapes. All logic lives in the library targets.
struct Backprop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backprop",
        abstract: "A REPL that teaches how a neural network computes, in numpy's notation.",
        version: BackpropVersion.current,
        subcommands: [Start.self, Run.self, Lesson.self, Replay.self, Drill.self],
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

    struct Drill: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Shape-debugging practice: shapes, fixing buggy formulas, predicting errors (progress in ~/.backprop).",
            discussion: """
                Answer shapes as (4, 3), 4x3 or 4,3; formulas as a line of Backprop (dW2 = 1/m * dZ2 @ A1.T, or just \
                the right-hand side); predictions as error or a shape. At the prompt: hint, skip, again, quit. \
                With piped input, one answer per line.
                """)

        @Option(name: .long, help: "Replay a session: the same seed draws the same questions.")
        var seed: Int?

        @Option(name: .long, help: "Questions in the session (1 to 100).")
        var count: Int = DrillOptions.defaultCount

        @Option(name: .long, parsing: .upToNextOption, help: "Which kinds: shapes, fix, predict (several allowed, or a comma list; all by default).")
        var kind: [String] = []

        func validate() throws {
            guard DrillOptions.countRange.contains(count) else {
                throw ValidationError("--count must be from \(DrillOptions.countRange.lowerBound) to \(DrillOptions.countRange.upperBound)")
            }
            if let seed, seed < 0 || seed > Int(UInt32.max) { throw ValidationError("--seed must be from 0 to \(UInt32.max)") }
            for name in kind.flatMap({ $0.split(separator: ",") }) where DrillKind(name: String(name)) == nil && name != "all" {
                throw ValidationError("unknown kind '\(name)': use shapes, fix or predict")
            }
        }

        func run() throws {
            var kinds: [DrillKind] = []
            for name in kind.flatMap({ $0.split(separator: ",") }) {
                if let drillKind = DrillKind(name: String(name)), !kinds.contains(drillKind) { kinds.append(drillKind) }
            }
            let status = DrillRunner.runStandalone(options: DrillOptions(kinds: kinds, count: count, seed: seed))
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

Startup.prepare()
// `backprop` and `backprop run FILE`, what a learner types most, start without the argument
// parser: reading its command types by reflection was two thirds of the start-up's work.
// Everything else (options, help, the other commands, mistakes) goes through it.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.isEmpty || arguments == ["repl"] {
    exit(REPL.runFromStandardInput())
} else if arguments.count == 2, arguments[0] == "run", !arguments[1].hasPrefix("-") {
    exit(ScriptRunner.run(path: arguments[1]))
} else {
    Backprop.main()
}
