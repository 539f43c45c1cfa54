import BackpropLanguage
import Drills
import Foundation
import Testing

/// What the README promises, each through the real binary: a script on standard input, the
/// command line, or a terminal in tmux.
@Suite struct ReadmePipeTests {
    static func freshHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bp-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    /// Runs `lines` as a piped script in a fresh HOME (or `home`).
    static func script(_ lines: [String], arguments: [String] = [], home: URL? = nil) throws -> ProcessResult {
        let home = try home ?? freshHome()
        return try ProcessResult.run(BinaryLocator.backprop, arguments, input: lines.joined(separator: "\n") + "\n",
                                     environment: ["HOME": home.path])
    }

    /// `layer remove`, `network clear` and `init xavier`; Xavier's W is numpy's
    /// np.random.seed(1); np.random.randn(4, 2) / np.sqrt(2), then randn(1, 4) / np.sqrt(4).
    @Test func layerRemoveNetworkClearAndInitXavier() throws {
        let result = try Self.script(["data planar", "layer 4 tanh", "layer 3 relu", "layer 1 sigmoid", "layer remove 2",
                                      "network", "init xavier seed 1", "W1", "W2", "network clear", "network", "W1"])
        #expect(result.status == 1, "the last line fails: the parameters went with the layers")
        let out = result.standardOutput
        #expect(out.contains("""
            layer_dims [2, 4, 1]   (n[0] = 2 from X)
              layer 1  4 units  tanh     W1 (4, 2)  b1 (4, 1)
              layer 2  1 unit   sigmoid  W2 (1, 4)  b2 (1, 1)
            parameters: not initialised (init random)
            """), "\(out)")
        #expect(out.contains("initialised Xavier: randn / sqrt(n[l-1]) after np.random.seed(1):"))
        #expect(out.contains("""
            [[ 1.14858562 -0.43257711]
             [-0.37347383 -0.75870339]
             [ 0.6119356  -1.62743362]
             [ 1.23376823 -0.53825456]]  (4, 2)
            [[ 0.15951955 -0.12468519  0.73105397 -1.03007035]]  (1, 4)
            """), "\(out)")
        #expect(out.contains("the network has no layers now\nno layers yet: layer 4 tanh adds a hidden layer of 4 tanh units"), "\(out)")
        #expect(result.standardError.contains("error: name 'W1' is not defined"), "\(result.standardError)")
        let removeTooFar = try Self.script(["data planar", "layer 4 tanh", "layer remove 3"])
        #expect(removeTooFar.status == 1 && removeTooFar.standardError.contains("layer remove 3"), "\(removeTooFar.standardError)")
    }

    @Test(arguments: [
        ("functions", "numpy functions (the np. prefix is optional):", "np.random.randn"),
        ("commands", "whos", "help [TOPIC | NAME]"),
        ("language", "The language is numpy's notation:", "[1 2 -1; 3 4 -3.2]"),
        ("stepper", "The network stepper: one iteration of gradient descent, a layer at a time.", "init random"),
    ])
    func helpTopics(_ topic: String, _ start: String, _ inside: String) throws {
        let result = try Self.script(["help \(topic)"])
        #expect(result.status == 0)
        #expect(result.standardOutput.trimmingCharacters(in: .whitespaces).hasPrefix(start), "\(result.standardOutput.prefix(200))")
        #expect(result.standardOutput.contains(inside))
        #expect(result.standardOutput.count > 400, "a topic is a page, not a line")
    }

    @Test func helpForAnUnknownTopicFails() throws {
        let result = try Self.script(["help bogus"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: no help for 'bogus'"))
    }

    @Test func helpFlagListsTheSubcommands() throws {
        let result = try ProcessResult.run(BinaryLocator.backprop, ["--help"])
        #expect(result.status == 0)
        for word in ["USAGE: backprop <subcommand>", "repl (default)", "run", "lesson", "replay", "drill", "--version"] {
            #expect(result.standardOutput.contains(word), "\(word) in:\n\(result.standardOutput)")
        }
    }

    /// `backprop lesson` lists every lesson with its progress: new, in progress, done.
    @Test func theLessonListShowsProgress() throws {
        let home = try Self.freshHome()
        func list() throws -> String {
            let result = try ProcessResult.run(BinaryLocator.backprop, ["lesson"], environment: ["HOME": home.path])
            #expect(result.status == 0)
            return result.standardOutput
        }
        let fresh = try list()
        #expect(fresh.hasPrefix("Lessons (backprop lesson NAME, or lesson NAME in the REPL):\n"))
        for name in ["tour", "logistic-regression", "two-layer-network", "deep-network-building-blocks", "matrix-dimensions",
                     "activation-functions", "random-initialisation"] {
            #expect(fresh.split(separator: "\n").contains { $0.hasPrefix("  \(name) ") && $0.contains(" new ") }, "\(name): \(fresh)")
        }
        // The tour up to its question, then (resumed there) to its end.
        _ = try Self.script([""], arguments: ["lesson", "tour"], home: home)
        let later = try list()
        func tourLine(_ text: String) -> String { text.split(separator: "\n").first { $0.hasPrefix("  tour ") }.map(String.init) ?? "" }
        #expect(tourLine(later).contains(" in progress ") && tourLine(later).hasSuffix("A two-minute tour of Backprop"), "\(later)")
        _ = try Self.script(["W1 @ X", "", "", ""], arguments: ["lesson", "tour"], home: home)
        let done = tourLine(try list())
        #expect(done.contains(" done ") && done.hasSuffix("A two-minute tour of Backprop"), "\(done)")
    }

    @Test func gradedLessonsRefuseSkipAndSolution() throws {
        let result = try Self.script(["", "skip", "solution", "W1 @ X"], arguments: ["lesson", "tour", "--graded"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("skip is off in graded mode\nsolution is off in graded mode\n"), "\(result.standardOutput)")
        #expect(!result.standardOutput.contains("skipped; the answer is"))
        let ungraded = try Self.script(["", "skip"], arguments: ["lesson", "tour"])
        #expect(ungraded.standardOutput.contains("skipped; the answer is: W1 @ X"))
    }

    /// `backprop replay FILE` exits 1 when a checkpoint fails and 0 when all hold; a lesson that
    /// would run `drill` or `lesson` is refused with its line.
    @Test func replayExitsOneOnAFailedCheckpoint() throws {
        let directory = try Self.freshHome()
        func replay(_ name: String, _ text: String) throws -> ProcessResult {
            let file = directory.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return try ProcessResult.run(BinaryLocator.backprop, ["replay", file.path], environment: ["HOME": directory.path])
        }
        let body = "# Checked\n\nA lesson with one checkpoint.\n\n```repl\nx = 2 * 3\n```\n\n```check\n"
        let failing = try replay("01-failing.md", body + "x ≈ 7\nx == 6\n```\n")
        #expect(failing.status == 1)
        // Prose is wrapped at 80 columns in a pipe; the words are what count.
        let words = failing.standardOutput.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("CHECKPOINT FAILED at \(directory.path)/01-failing.md:10: x ≈ 7 — but x is 6"), "\(failing.standardOutput)")
        #expect(failing.standardOutput.contains("✓ x == 6"))
        let passing = try replay("02-passing.md", body + "x ≈ 6\n```\n")
        #expect(passing.status == 0, "\(passing.standardOutput)")
        #expect(passing.standardOutput.contains("✓ x ≈ 6"))
        for (name, line) in [("03-drill.md", "drill"), ("04-lesson.md", "lesson tour")] {
            let refused = try replay(name, "# No\n\nNo.\n\n```repl\n\(line)\n```\n")
            #expect(refused.status != 0)
            #expect(refused.standardError.contains("\(name):6: a lesson cannot run '\(line.split(separator: " ")[0])': it only drives the REPL"),
                    "\(refused.standardError)")
        }
    }

    /// Typed in a lesson, `lesson` and `drill` are refused (they are the REPL's), and the lesson goes on.
    @Test func lessonsRefuseLessonAndDrill() throws {
        let result = try Self.script(["drill", "lesson logistic-regression", "", "W1 @ X"], arguments: ["lesson", "tour"])
        #expect(result.status == 0)
        let out = result.standardOutput.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(out.contains("'drill' is not available inside a lesson: quit leaves the lesson, then drill in the REPL"), "\(out)")
        #expect(out.contains("'lesson' is not available inside a lesson"))
        #expect(!out.contains("Logistic regression as a neural network"))
        #expect(!out.contains("Drill ·"))
        #expect(result.standardOutput.contains("\nright"), "the tour went on to its question")
    }

    /// `data load FILE.csv [label COLUMN]`: one example per line, the label last unless told.
    @Test func dataLoadACSVAsACommand() throws {
        let directory = try Self.freshHome()
        let last = directory.appendingPathComponent("last.csv"), first = directory.appendingPathComponent("first.csv")
        try "1.5,2,1\n-0.5,3,0\n4,-1,1\n".write(to: last, atomically: true, encoding: .utf8)
        try "0,1.5,2\n1,-0.5,3\n1,4,-1\n".write(to: first, atomically: true, encoding: .utf8)
        let result = try Self.script(["data load \(last.path)", "X", "Y", "data load \(first.path) label 1", "X", "Y", "m"], home: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == """
            X (2, 3), Y (1, 3): last.csv: 3 examples, 2 features, labels from column 3
            n[0] = 2 features, m = 3 examples
            [[ 1.5 -0.5  4. ]
             [ 2.   3.  -1. ]]  (2, 3)
            [[1. 0. 1.]]  (1, 3)
            X (2, 3), Y (1, 3): first.csv: 3 examples, 2 features, labels from column 1
            n[0] = 2 features, m = 3 examples
            [[ 1.5 -0.5  4. ]
             [ 2.   3.  -1. ]]  (2, 3)
            [[0. 1. 1.]]  (1, 3)
            3

            """)
        let missing = try Self.script(["data load \(directory.path)/none.csv"], home: directory)
        #expect(missing.status == 1 && missing.standardError.contains("none.csv"), "\(missing.standardError)")
    }

    /// `data moons size … noise … seed …`: numpy's make_moons recipe (scripts/generate-dataset-
    /// fixtures.py: moons(11, 0.2, 3)) gives these first three points and these labels.
    @Test func dataMoonsWithOptions() throws {
        let result = try Self.script(["data moons size 11 noise 0.2 seed 3", "print(X[0, 0], X[0, 1], X[0, 2], X[1, 0], X[1, 1], X[1, 2])",
                                      "Y", "np.sum(Y)"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        // The summary is prose, wrapped at 80 columns in a pipe.
        let summary = lines.prefix(2).joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(summary == "X (2, 11), Y (1, 11): two moons (sklearn's make_moons): 11 points, noise 0.2, seed 3", "\(lines)")
        let numpy = [-0.09200842413253674, -0.5844851725774343, 0.8949540590514097, 0.48841583188112886, -0.12026249523782581, 0.47102505807102757]
        let printed = try #require(lines.first { $0.split(separator: " ").count == 6 }).split(separator: " ").compactMap { Double($0) }
        #expect(printed.count == 6, "\(lines)")
        for (ours, theirs) in zip(printed, numpy) { #expect(abs(ours - theirs) <= 1e-12, "\(ours) vs numpy \(theirs)") }
        #expect(lines.contains("[[1. 0. 0. 0. 1. 1. 1. 0. 0. 1. 1.]]  (1, 11)"), "\(lines)")
    }

    /// `plot data` on a pipe: ASCII, each example where its features put it.
    @Test func plotDataThroughAPipe() throws {
        let result = try Self.script(["X = [0 1 2; 0 1 2]", "Y = [0 1 0]", "data X Y", "plot data"])
        #expect(result.status == 0, "\(result.standardError)")
        let plot = try #require(result.standardOutput.components(separatedBy: "m = 3 examples\n").last)
        #expect(plot.hasPrefix("X, Y: 3 examples\n"), "\(plot)")
        #expect(plot.hasSuffix("o label 0   x label 1\n"), "\(plot)")
        // Each example where its features put it: (2, 2) label 0 at the top right, (1, 1) label 1
        // in the middle, (0, 0) label 0 at the bottom left.
        let marks = plot.split(separator: "\n").compactMap { row -> (Character, Int)? in
            guard let bar = row.firstIndex(of: "|"), let mark = row[bar...].firstIndex(where: { $0 == "o" || $0 == "x" }) else { return nil }
            return (row[mark], row.distance(from: bar, to: mark))
        }
        #expect(marks.map(\.0) == ["o", "x", "o"], "\(plot)")
        #expect(marks.count == 3 && marks[0].1 > marks[1].1 && marks[1].1 > marks[2].1, "\(plot)")
        #expect(!plot.contains("\u{1B}["), "no colour on a pipe")
    }

    /// A drill without --seed draws a fresh one and shows it; that seed replays the same questions.
    @Test func aDrillWithoutSeedShowsItsFreshSeed() throws {
        let first = try Self.script(["skip"], arguments: ["drill", "--count", "1"])
        let header = try #require(first.standardOutput.split(separator: "\n").first)
        let seedText = try #require(header.components(separatedBy: " · seed ").last)
        let seed = try #require(Int(seedText), "\(header)")
        let again = try Self.script(["skip"], arguments: ["drill", "--count", "1", "--seed", "\(seed)"])
        #expect(again.standardOutput == first.standardOutput, "the shown seed replays the same drill")
        let other = try Self.script(["skip"], arguments: ["drill", "--count", "1"])
        #expect(other.standardOutput.split(separator: "\n").first != header, "two fresh seeds in a row are (almost surely) different")
    }
}

/// The README's terminal features in tmux: the history's cap, ↑ in a fix drill, and colour and
/// braille when colour is on (every other tmux test runs with NO_COLOR=1).
@Suite(.serialized) struct ReadmeTerminalTests {
    /// ~/.backprop_history keeps the last 1000 lines: 1100 stored ones and a new one leave 1000.
    @Test func historyKeepsTheLast1000Lines() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bp-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let file = home.appendingPathComponent(".backprop_history")
        try ("_HiStOrY_V2_\n" + (1...1100).map { "v\($0)\n" }.joined()).write(to: file, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(home: home)
        try tmux.press("Up")
        try tmux.waitFor("backprop> v1100")
        try tmux.press("C-u")
        try tmux.type("last = 7")
        try tmux.press("Enter")
        try tmux.waitFor("backprop>", count: 2)
        try tmux.press("C-d")
        let deadline = Date().addingTimeInterval(5)
        while tmux.isAlive && Date() < deadline { usleep(50_000) }
        let entries = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(entries.count == 1000, "\(entries.count) lines kept")
        #expect(entries.first == "v102", "the oldest go first: \(entries.prefix(2))")
        #expect(entries.last?.hasPrefix("last") == true, "\(entries.suffix(2))")
    }

    /// In a fix drill, ↑ brings the buggy line back to edit.
    @Test func upRecallsTheBuggyLineInAFixDrill() throws {
        var replay = DrillSession(options: DrillOptions(kinds: [.fix], count: 1, seed: 7))
        _ = replay.start()
        guard case let .fix(question)? = replay.current else {
            Issue.record("drill 7 should be a fix question")
            return
        }
        let tmux = try TmuxSession(arguments: "drill --kind fix --count 1 --seed 7", readyText: "drill 1/1>", keepsPaneAfterExit: true)
        try tmux.press("Up")
        try tmux.waitFor("drill 1/1> \(question.buggyLine)")
        try tmux.press("C-u")
        try tmux.type(question.referenceLine)
        try tmux.press("Enter")
        try tmux.waitFor("✓ Right")
    }

    /// With colour on (no NO_COLOR, a colour TERM): the prompt and errors in colour, the
    /// decision regions as coloured cells, the cost curve in braille.
    @Test func colourAndBrailleOnARealTerminal() throws {
        let tmux = try TmuxSession(colour: true)
        let escape = "\u{1B}["
        try tmux.type("X = [1 2; 3 4]; X @ [1 2 3]")
        try tmux.press("Enter")
        try tmux.waitFor("rule:")
        let error = try tmux.screenWithEscapes()
        #expect(error.contains("\(escape)1m\(escape)34mbackprop>"), "a bold blue prompt:\n\(error)")
        #expect(error.contains("\(escape)1m\(escape)31merror:"), "a bold red error:\n\(error)")
        for line in ["data planar", "layer 4 tanh", "layer 1 sigmoid", "init random 0.01 seed 2", "train 200 lr 1.2 every 100", "plot cost"] {
            try tmux.type(line)
            try tmux.press("Enter")
        }
        try tmux.waitFor("iteration 0 → 199, cost 0.693 → 0.346", timeout: 20)
        let screen = try tmux.screenWithEscapes()
        #expect(screen.contains("\(escape)38;5;"), "256-colour curve")
        let braille = screen.unicodeScalars.filter { (0x2801...0x28FF).contains($0.value) }.count
        #expect(braille > 50, "the cost curve is drawn in braille: \(braille) dots")
        try tmux.type("plot boundary")
        try tmux.press("Enter")
        try tmux.waitFor("predicted 1", timeout: 20)
        let boundary = try tmux.screenWithEscapes()
        #expect(boundary.contains("\(escape)48;5;"), "regions as coloured backgrounds")
        #expect(boundary.contains("●") && boundary.contains("▲"), "labels as coloured glyphs")

        // The same lines with NO_COLOR: no colour at all (the curve is still braille: this is a terminal).
        let plain = try TmuxSession()
        for line in ["data planar", "layer 4 tanh", "layer 1 sigmoid", "init random 0.01 seed 2", "train 20", "plot cost", "X @ W1"] {
            try plain.type(line)
            try plain.press("Enter")
        }
        try plain.waitFor("rule:", timeout: 20)
        let plainScreen = try plain.screenWithEscapes()
        #expect(!plainScreen.contains("\(escape)3") && !plainScreen.contains("\(escape)4"), "no colour with NO_COLOR:\n\(plainScreen)")
        #expect(plainScreen.contains("iteration 0 → 19") && plainScreen.contains("error: matrix product X @ W1"), "\(plainScreen)")
    }
}
