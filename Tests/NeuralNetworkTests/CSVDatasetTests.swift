import Foundation
import Testing
import MatrixEngine
@testable import NeuralNetwork

@Suite struct CSVDatasetTests {
    private func parse(
        _ text: String, labelColumn: LabelColumn = .last, hasHeader: Bool? = nil
    ) throws(DatasetError) -> Dataset {
        try CSVDataset.parse(text, name: "data.csv", labelColumn: labelColumn, hasHeader: hasHeader)
    }

    private func message(_ text: String, labelColumn: LabelColumn = .last, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        datasetError({ () throws(DatasetError) in try parse(text, labelColumn: labelColumn) }, sourceLocation: sourceLocation)?.description
    }

    // MARK: Reading

    @Test func rowsAreExamplesAndFeaturesBecomeRows() throws {
        let data = try parse("1,2,1\n3,4,0\n-1,-3.2,1\n")
        #expect(data.X == (try Matrix([[1, 3, -1], [2, 4, -3.2]])))
        #expect(data.Y == (try Matrix([[1, 0, 1]])))
        #expect(data.name == "data.csv")
        #expect(data.origin == "data.csv: 3 examples, 2 features, labels from column 3")
    }

    @Test func aHeaderIsDetectedAndNamesTheLabelColumn() throws {
        let data = try parse("x1,x2,label\n1,2,1\n3,4,0\n")
        #expect(data.exampleCount == 2)
        #expect(data.origin == "data.csv: 2 examples, 2 features, labels from column 3 ('label')")
    }

    @Test func toleratesSpacesCRLFBlankLinesAndAByteOrderMark() throws {
        let data = try parse("\u{FEFF} x1 , x2 ,y\r\n 1 ,\t2, 1 \r\n\r\n3, 4 ,0\r\n\r\n  \r\n")
        #expect(data.X == (try Matrix([[1, 3], [2, 4]])))
        #expect(data.Y == (try Matrix([[1, 0]])))
    }

    @Test func noTrailingNewlineIsFine() throws {
        #expect(try parse("1,0\n2,1").exampleCount == 2)
    }

    @Test func quotedFieldsMayHoldCommasAndQuotes() throws {
        let data = try parse("\"width, cm\",\"say \"\"hi\"\"\",label\n\"1.5\",2,\"yes\"\n3,4,no\n", labelColumn: .named("label"))
        #expect(data.X == (try Matrix([[1.5, 3], [2, 4]])))
        #expect(data.Y == (try Matrix([[1, 0]])))
    }

    @Test func theLabelColumnCanBeChosenByPositionOrName() throws {
        let text = "label,x1,x2\n1,10,20\n0,30,40\n"
        let byPosition = try parse(text, labelColumn: .position(1))
        #expect(byPosition.X == (try Matrix([[10, 30], [20, 40]])))
        #expect(byPosition.Y == (try Matrix([[1, 0]])))
        #expect(try parse(text, labelColumn: .named("label")) == byPosition)
        let middle = try parse("1,1,9\n2,0,8\n", labelColumn: .position(2))
        #expect(middle.X == (try Matrix([[1, 2], [9, 8]])))
    }

    @Test func textLabelsAreMappedAlphabeticallyAndReported() throws {
        let data = try parse("sepal,petal,species\n5.1,1.4,setosa\n7.0,4.7,versicolor\n4.9,1.4,setosa\n")
        #expect(data.Y == (try Matrix([[0, 1, 0]])))
        #expect(data.origin == "data.csv: 3 examples, 2 features, labels from column 3 ('species'): setosa = 0, versicolor = 1")
    }

    @Test func textLabelsWithoutAHeaderAreNotMistakenForOne() throws {
        let data = try parse("5.1,setosa\n7.0,versicolor\n")
        #expect(data.exampleCount == 2)
        #expect(data.Y == (try Matrix([[0, 1]])))
    }

    @Test func twoNumericLabelsMapByValue() throws {
        let signs = try parse("1,1\n2,-1\n3,1.0\n")
        #expect(signs.Y == (try Matrix([[1, 0, 1]])))
        #expect(signs.origin.hasSuffix("labels from column 2: -1 = 0, 1 = 1"))
        let twos = try parse("1,2\n2,10\n")
        #expect(twos.Y == (try Matrix([[0, 1]])))
        #expect(twos.origin.hasSuffix(": 2 = 0, 10 = 1"))
    }

    @Test func zeroOneLabelsInAnySpellingStayAsTheyAre() throws {
        let data = try parse("1,0.0\n2,1e0\n3,1\n")
        #expect(data.Y == (try Matrix([[0, 1, 1]])))
        #expect(!data.origin.contains("="))
        #expect(try parse("1,1\n2,1\n").Y == (try Matrix([[1, 1]])))
    }

    @Test func aHeaderCanBeForcedEitherWay() throws {
        #expect(try parse("1,2,1\n3,4,0\n", hasHeader: true).exampleCount == 1)
        let error = datasetError { () throws(DatasetError) in try parse("x,y\n1,0\n", hasHeader: false) }
        #expect(error?.description == "data.csv: line 1, column 1: 'x' is not a number")
    }

    @Test func loadReadsAFileAndNamesTheDatasetAfterIt() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/tiny.csv"
            try "a,b,y\n1,2,0\n3,4,1\n".write(toFile: path, atomically: true, encoding: .utf8)
            let data = try CSVDataset.load(path: path)
            #expect(data.name == "tiny.csv")
            #expect(data.X == (try Matrix([[1, 3], [2, 4]])))
        }
    }

    @Test func loadReadsLargeFiles() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/wide.csv"
            let line = (0..<3000).map(String.init).joined(separator: ",") + ",1\n"
            try String(repeating: line, count: 40).write(toFile: path, atomically: true, encoding: .utf8)
            let data = try CSVDataset.load(path: path)
            #expect(data.X.shape == Shape(3000, 40))
            #expect(data.X[2999, 39] == 2999)
        }
    }

    // MARK: Errors, each with a specific message

    @Test func emptyFile() {
        #expect(message("") == "data.csv is empty: a CSV file needs one example per line")
        #expect(message("\n  \r\n\n") == "data.csv is empty: a CSV file needs one example per line")
    }

    @Test func headerOnly() {
        #expect(message("x1,x2,label\n") == "data.csv has a header line but no examples")
        #expect(message("x1,x2,label\n", labelColumn: .named("label")) == "data.csv has a header line but no examples")
    }

    @Test func singleColumn() {
        #expect(message("1\n0\n1\n") == "data.csv has a single column; it needs at least one feature column and a label column")
    }

    @Test func raggedRowNamesBothLines() {
        let text = "a,b,c,y\n1,2,3,0\n1,2,3,1\n\n1,2,3,1\n1,2,3,1\n1,2,1\n"
        #expect(message(text) == "data.csv: line 7 has 3 fields, but line 1 has 4")
        let error = datasetError { () throws(DatasetError) in try parse(text) }
        #expect(error?.line == 7)
        #expect(message("1,2,0\n1,0\n3,4,1\n") == "data.csv: line 2 has 2 fields, but line 1 has 3")
        #expect(message("1,2,0\n1\n") == "data.csv: line 2 has 1 field, but line 1 has 3")
    }

    @Test func textInANumericColumnNamesLineColumnAndHeader() {
        let lines = ["sepal,petal,y"] + (2...11).map { "\($0),1,0" } + ["1,abc,1"]
        #expect(message(lines.joined(separator: "\n")) == "data.csv: line 12, column 2 ('petal'): 'abc' is not a number")
        let error = datasetError { () throws(DatasetError) in try parse(lines.joined(separator: "\n")) }
        #expect(error?.line == 12 && error?.column == 2)
        #expect(message("1,2,0\n1,x,1\n") == "data.csv: line 2, column 2: 'x' is not a number")
    }

    @Test func nonFiniteNumbersAreRefused() {
        #expect(message("1,2,0\nnan,2,1\n") == "data.csv: line 2, column 1: 'nan' is not a finite number")
        #expect(message("1,2,0\n1,-inf,1\n") == "data.csv: line 2, column 2: '-inf' is not a finite number")
    }

    @Test func missingValues() {
        #expect(message("a,b,y\n1,,0\n") == "data.csv: line 2, column 2 ('b') is empty; every example needs every value")
        #expect(message("1,2,0\n1,2,\n") == "data.csv: line 2, column 3 is empty; every example needs every value")
    }

    @Test func unterminatedQuote() {
        #expect(message("1,2,0\n1,\"2,1\n") == "data.csv: line 2, column 2: a quote (\") opens a field but never closes")
    }

    @Test func labelsThatAreNotBinary() {
        #expect(message("a,species\n1,setosa\n2,versicolor\n3,virginica\n")
            == "data.csv: column 2 ('species') has 3 distinct labels ('setosa', 'versicolor', 'virginica'); labels must be 0 and 1, or exactly two distinct values")
        #expect(message("1,yes\n2,yes\n")
            == "data.csv: column 2 has only one label value, 'yes'; labels must be 0 and 1, or exactly two distinct values")
        #expect(message((0..<9).map { "1,\($0)" }.joined(separator: "\n"))
            == "data.csv: column 2 has 9 distinct labels ('0', '1', '2', '3', '4', …); labels must be 0 and 1, or exactly two distinct values")
        #expect(message("1,2\n2,2\n")
            == "data.csv: column 2 has only one label value, '2'; labels must be 0 and 1, or exactly two distinct values")
    }

    @Test func labelColumnThatDoesNotExist() {
        #expect(message("a,b,y\n1,2,0\n", labelColumn: .named("label")) == "data.csv has no column named 'label'; its columns are 'a', 'b', 'y'")
        #expect(message("1,2,0\n", labelColumn: .position(4)) == "data.csv has 3 columns, so there is no column 4 to take labels from (columns count from 1)")
        #expect(message("1,2,0\n", labelColumn: .position(0)) == "data.csv has 3 columns, so there is no column 0 to take labels from (columns count from 1)")
        let noHeader = datasetError { () throws(DatasetError) in try parse("1,2,0\n", labelColumn: .named("y"), hasHeader: false) }
        #expect(noHeader?.description == "data.csv has no header line, so there is no column named 'y'; choose the label column by number")
    }

    @Test func missingFile() {
        let error = datasetError { () throws(DatasetError) in try CSVDataset.load(path: "/nonexistent/dir/data.csv") }
        #expect(error == .fileNotFound(path: "/nonexistent/dir/data.csv"))
        #expect(error?.description == "no such file: /nonexistent/dir/data.csv")
    }

    @Test func directoryInsteadOfAFile() throws {
        try withTemporaryDirectory { directory in
            let error = datasetError { () throws(DatasetError) in try CSVDataset.load(path: directory) }
            #expect(error?.description == "\(directory) is a directory, not a CSV file")
        }
    }

    @Test func unreadableFile() throws {
        try withTemporaryDirectory { directory in
            // A path through a regular file cannot be stat'ed as ENOENT: it is ENOTDIR, also "no such file".
            let path = directory + "/locked.csv"
            try "1,0\n".write(toFile: path, atomically: true, encoding: .utf8)
            chmod(path, 0)
            defer { chmod(path, 0o644) }
            // root reads any file, so only check the message when the permission bites.
            if access(path, R_OK) != 0 {
                let error = datasetError { () throws(DatasetError) in try CSVDataset.load(path: path) }
                #expect(error?.description == "cannot read \(path): Permission denied")
            }
        }
        // Even root cannot read a process's memory from offset 0: fread fails with EIO.
        let error = datasetError { () throws(DatasetError) in try CSVDataset.load(path: "/proc/self/mem") }
        #expect(error?.description == "cannot read /proc/self/mem: Input/output error")
    }

    @Test func binaryFile() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/image.png"
            try Data([0x89, 0x50, 0x4E, 0x47, 0xFF, 0xFE, 0x00, 0x0A]).write(to: URL(fileURLWithPath: path))
            let error = datasetError { () throws(DatasetError) in try CSVDataset.load(path: path) }
            #expect(error?.description == "\(path) is not UTF-8 text; a CSV file should be plain text")
        }
    }

    @Test func emptyFileOnDisk() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/empty.csv"
            try "".write(toFile: path, atomically: true, encoding: .utf8)
            let error = datasetError { () throws(DatasetError) in try CSVDataset.load(path: path) }
            #expect(error == .emptyFile(file: "empty.csv"))
        }
    }
}
