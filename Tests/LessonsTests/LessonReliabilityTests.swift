import Foundation
import Testing
import BackpropLanguage
import Progress
@testable import Lessons

/// What a lesson file or the progress file can do wrong, and how each is reported rather than
/// passed over: failing repl lines, a block that never ends, commands a lesson may not run,
/// binary and duplicate lesson files, damaged progress.
@Suite struct LessonReliabilityTests {
    static func lesson(_ body: String) throws(LessonFormatError) -> Lesson {
        try LessonParser.parse("# T\n\nIntro.\n\n" + body, name: "t", file: "lessons/t.md")
    }

    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bp-lessons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func aReplLineThatFailsFailsTheReplayWithItsLine() throws {
        let result = LessonReplay.run(try Self.lesson("```repl\nx = 1\ny = undefined_name + 1\n```\n"))
        #expect(result.failures == ["lessons/t.md:7: the repl line 'y = undefined_name + 1' failed: name 'undefined_name' is not defined"])
    }

    @Test func aLineMarkedErrorMustFailAndIsShownWithoutTheMarker() throws {
        let lesson = try Self.lesson("```repl\nones((2, 3)) @ ones((2, 3))  # error\n1 + 1  # error\n```\n")
        guard case let .commands(lines) = lesson.items[1].kind else { Issue.record("no repl block"); return }
        #expect(lines.map(\.text) == ["ones((2, 3)) @ ones((2, 3))", "1 + 1"])
        #expect(lines.map(\.expectsError) == [true, true])
        let result = LessonReplay.run(lesson)
        #expect(result.failures == ["lessons/t.md:7: the repl line '1 + 1' is marked '# error' but ran without one"])
        #expect(result.transcript.contains("backprop> ones((2, 3)) @ ones((2, 3))\nerror: matrix product"))
        #expect(!result.transcript.contains("# error"))
        // A '# error' inside a string is not the marker.
        var quoted = "print('# error')"
        #expect(!LessonParser.removeErrorMarker(&quoted))
    }

    @Test(arguments: ["drill", "drill shapes count 2", "lesson tour", "lessons", "quit", "x = 1; drill"])
    func frontEndCommandsAreRefusedWhenTheLessonIsRead(line: String) throws {
        do throws(LessonFormatError) {
            _ = try Self.lesson("```repl\n\(line)\n```\n")
            Issue.record("'\(line)' was accepted in a repl block")
        } catch {
            #expect(error.description.contains("a lesson cannot run"), "\(error)")
            #expect(error.description.hasPrefix("lessons/t.md:6:"))
        }
    }

    /// `train 100000000` would run for hours: the budget stops it at the next iteration and the
    /// replay fails there, with the rest of the block not run.
    @Test func aBlockPastItsBudgetStopsAndFailsTheReplay() throws {
        let lesson = try Self.lesson("```repl\ndata planar size 40\nlayer 1 sigmoid\ninit zeros\ntrain 100000000\nafter = 1\n```\n")
        let start = Date()
        let result = LessonReplay.run(lesson, budget: LessonBudget(seconds: 0.3))
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.hasPrefix("lessons/t.md:9: the repl block ran past its budget of 0.3 s at 'train 100000000'") == true,
                "\(result.failures)")
        #expect(!result.transcript.contains("after = 1"), "the rest of the block is not run")
    }

    /// The budget is the one that ships: it is there to stop a runaway block, and a debug build
    /// sharing two cores with every other suite runs the slowest block (build-your-own's
    /// `train 999`: 0.6 s in a release build, 6 s in a debug build alone) several times slower still.
    @Test func theRealLessonsReplayWithinTheirBudget() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let catalog = try #require(LessonCatalog(directory: repository.appendingPathComponent("lessons").path))
        #expect(catalog.duplicateNames.isEmpty)
        for lesson in try catalog.loadAll() {
            let result = LessonReplay.run(lesson, budget: LessonBudget())
            #expect(result.failures.isEmpty, "\(lesson.name): \(result.failures)")
        }
    }

    @Test func twoFilesWithOneNameAreReportedNotShadowed() throws {
        let directory = try Self.temporaryDirectory()
        try "# One\n\nFirst.\n".write(toFile: directory + "/01-same.md", atomically: true, encoding: .utf8)
        try "# Two\n\nSecond.\n".write(toFile: directory + "/02-same.md", atomically: true, encoding: .utf8)
        try "# Other\n\nThird.\n".write(toFile: directory + "/03-other.md", atomically: true, encoding: .utf8)
        let catalog = try #require(LessonCatalog(directory: directory))
        #expect(catalog.duplicateNames == ["same"])
        #expect(throws: LessonLoadError.self) { try catalog.load("same") }
        do throws(LessonLoadError) {
            _ = try catalog.load("same")
        } catch {
            #expect(error.description == "2 lesson files are named 'same': lessons/01-same.md and lessons/02-same.md; rename one (a lesson's name is its file name without the number)")
        }
        #expect(try catalog.load("01-same.md").title == "One", "a file name still picks one")
        #expect(try catalog.load("other").title == "Other")
        #expect(throws: LessonLoadError.self) { try catalog.loadAll() }
        let list = LessonList.render(catalog: catalog, progress: LessonProgress())
        #expect(list.contains("(2 lesson files are named 'same'"), "\(list)")
    }

    @Test func aBinaryLessonFileIsNamedAsALessonNotACSV() throws {
        let directory = try Self.temporaryDirectory()
        try Data([0x89, 0x50, 0x4E, 0x47, 0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: directory + "/01-picture.md"))
        let catalog = try #require(LessonCatalog(directory: directory))
        do throws(LessonLoadError) {
            _ = try catalog.load("picture")
            Issue.record("a binary file loaded")
        } catch {
            #expect(error.description == "cannot read the lesson: lessons/01-picture.md is not UTF-8 text; a lesson file is Markdown, which is plain text")
            #expect(!error.description.contains(directory), "the path is the one the learner knows")
            #expect(!error.description.contains("CSV"))
        }
    }

    // MARK: Progress

    @Test func lessonProgressOfTheWrongFormIsNamed() {
        #expect(LessonProgress.problem(in: .string("lots")) == "it is the string \"lots\", not an object")
        #expect(LessonProgress.problem(in: .object(["lessons": .object(["tour": .object(["position": .number(-2)])])]))
                == "lesson 'tour': 'position' is -2, but a count cannot be negative")
        #expect(LessonProgress.problem(in: .object(["tourDone": .string("yes")])) == "'tourDone' is the string \"yes\", not true or false")
        #expect(LessonProgress.problem(in: .object(["tourDone": .bool(true), "lessons": .object([:])])) == nil)
        #expect(LessonProgress.problem(in: LessonProgress().json) == nil, "what Backprop writes is right")
    }

    @Test func withoutHomeNothingIsSavedAndTheOutcomeSaysWhy() {
        #expect(LessonProgress.update(in: nil) { $0.tourDone = true } == .notSaved(reason: ProgressStore.noHomeReason))
    }

    @Test func theListSaysWhenProgressCouldNotBeRead() throws {
        let directory = try Self.temporaryDirectory()
        let store = ProgressStore(directory: directory)
        try "not json".write(toFile: store.path, atomically: true, encoding: .utf8)
        #expect(LessonProgress.read(from: store).note?.contains("is not a progress file Backprop can read (it is not valid JSON)") == true)
        // The next save keeps the damaged file; the list then says where it went.
        guard case let .saved(notices) = LessonProgress.update(in: store, { $0.tourDone = true }) else {
            Issue.record("not saved")
            return
        }
        #expect(notices.count == 1)
        let note = try #require(LessonProgress.read(from: store).note)
        #expect(note.hasPrefix("earlier progress could not be read and was kept as "), "\(note)")
        #expect(note.contains("progress.json.corrupt-"))

        let unreadable = ProgressStore(directory: directory, reader: { _ in .failed(reason: "Permission denied") })
        #expect(LessonProgress.read(from: unreadable).note?.contains("Permission denied") == true)
        guard case let .notSaved(reason) = LessonProgress.update(in: unreadable, { $0.tourDone = true }) else {
            Issue.record("saved over an unreadable file")
            return
        }
        #expect(reason.contains("Permission denied"))
    }
}
