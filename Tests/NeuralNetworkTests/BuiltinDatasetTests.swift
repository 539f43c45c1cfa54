import Testing
import MatrixEngine
@testable import NeuralNetwork

@Suite struct BuiltinDatasetTests {
    @Test func logisticIsTheNotesExample() throws {
        let data = try BuiltinDatasets.make("logistic")
        #expect(data.X == (try Matrix([[1, 2, -1], [3, 4, -3.2]])))
        #expect(data.Y == (try Matrix([[1, 0, 1]])))
    }

    @Test func planarIsTheCoursesFlower() throws {
        let data = try BuiltinDatasets.make("planar")
        #expect(data.X.shape == Shape(2, 400))
        #expect(data.Y.shape == Shape(1, 400))
        expectClose(data.X.elements, DatasetFixtures.planarX, "planar X")
        #expect(data.Y.elements == DatasetFixtures.planarY.map(Double.init))
        #expect(data.origin.hasPrefix("the course's flower"))
        // Most values are bit-identical; sin and cos may differ in the last bit for a few.
        let identical = zip(data.X.elements, DatasetFixtures.planarX).filter { $0.bitPattern == $1 }.count
        #expect(identical > 700, "only \(identical) of 800 values are bit-identical to numpy's")
    }

    @Test func planarWithAnotherSeedSaysSo() throws {
        let data = try Dataset.planar(seed: 2)
        #expect(data.origin.hasPrefix("a flower like the course's"))
        #expect(data.X != (try Dataset.planar()).X)
    }

    @Test(arguments: DatasetFixtures.smallCases)
    func smallDrawsMatchNumpysRecipe(_ fixture: GeneratedCase) throws {
        let data = try fixture.make()
        #expect(data.name == fixture.name)
        #expect(data.X.rows == 2)
        expectClose(data.X.elements, fixture.X, "\(fixture.name) X")
        #expect(data.Y.elements == fixture.Y.map(Double.init))
    }

    /// The default draws (size 200, seed 1) value by value and label by label, in order: a
    /// shuffle, a swapped feature or an X/Y pairing bug fails here though sums would not see it.
    @Test(arguments: DatasetFixtures.defaultCases)
    func defaultDrawsMatchNumpysRecipe(_ fixture: GeneratedCase) throws {
        let data = try fixture.make()
        #expect(data.name == fixture.name)
        #expect(data.X.shape == Shape(2, 200))
        #expect(data.Y.shape == Shape(1, 200))
        expectClose(data.X.elements, fixture.X, "\(fixture.name) X")
        #expect(data.Y.elements == fixture.Y.map(Double.init), "\(fixture.name) Y")
    }

    @Test func everyDefaultDrawHasAFixture() {
        #expect(Set(DatasetFixtures.defaultCases.map(\.name)) == ["moons", "circles", "xor", "blobs"])
    }

    @Test func permutationIsNumpys() throws {
        var generator = try NumpyRandom(seed: DatasetFixtures.permutationSeed)
        #expect(generator.permutation(37) == DatasetFixtures.permutation37)
        #expect(generator.permutation(0) == [])
        #expect(generator.permutation(1) == [0])
    }

    @Test func sameSeedSameData() throws {
        for name in BuiltinDatasets.names {
            #expect(try BuiltinDatasets.make(name) == BuiltinDatasets.make(name), "\(name)")
        }
        #expect(try Dataset.moons(seed: 1) != Dataset.moons(seed: 2))
    }

    @Test func registryPassesOptionsOn() throws {
        let options = DatasetOptions(size: 31, noise: 0.05, seed: 8, factor: 0.2)
        #expect(try BuiltinDatasets.make("circles", options: options) == Dataset.circles(size: 31, noise: 0.05, factor: 0.2, seed: 8))
        let blobs = try BuiltinDatasets.make("blobs", options: DatasetOptions(size: 60, centers: 6))
        #expect(blobs == (try Dataset.blobs(size: 60, centers: 6)))
        #expect(blobs.Y.elements.reduce(0, +) == 30)
    }

    @Test func registryListsEveryDatasetWithASummary() {
        #expect(BuiltinDatasets.names == ["logistic", "planar", "moons", "circles", "xor", "blobs"])
        for entry in BuiltinDatasets.all {
            #expect(!entry.summary.isEmpty && !entry.summary.contains("\n"))
            #expect(entry.acceptedOptions.allSatisfy(DatasetOptions.allNames.contains))
        }
        #expect(BuiltinDatasets.entry(named: "circles")?.acceptedOptions == ["size", "noise", "factor", "seed"])
    }

    @Test func oddSizesSplitTheClasses() throws {
        for name in ["planar", "moons", "circles", "xor", "blobs"] {
            let data = try BuiltinDatasets.make(name, options: DatasetOptions(size: 1))
            #expect(data.X.shape == Shape(2, 1), "\(name)")
            let three = try BuiltinDatasets.make(name, options: DatasetOptions(size: 3))
            #expect(three.exampleCount == 3, "\(name)")
        }
    }

    @Test func unknownNamesListTheKnownOnes() {
        let error = datasetError { () throws(DatasetError) in try BuiltinDatasets.make("moon") }
        #expect(error == .unknownDataset(name: "moon", known: BuiltinDatasets.names))
        #expect(error?.description == "no data set named 'moon'; the built-in ones are logistic, planar, moons, circles, xor, blobs")
    }

    @Test func optionsADatasetDoesNotTakeAreRefused() {
        let error = datasetError { () throws(DatasetError) in
            try BuiltinDatasets.make("moons", options: DatasetOptions(factor: 0.5))
        }
        #expect(error?.description == "moons has no option 'factor'; it takes size, noise, seed")
        let logistic = datasetError { () throws(DatasetError) in
            try BuiltinDatasets.make("logistic", options: DatasetOptions(seed: 3))
        }
        #expect(logistic?.description == "logistic has no option 'seed'; it takes no options")
    }

    @Test func invalidOptionValuesStateTheRule() {
        let cases: [(DatasetOptions, String, String)] = [
            (DatasetOptions(size: 0), "moons", "size = 0: the number of examples must be from 1 to 100000"),
            (DatasetOptions(size: 100_001), "planar", "size = 100001: the number of examples must be from 1 to 100000"),
            (DatasetOptions(noise: -0.1), "xor", "noise = -0.1: a standard deviation must be a finite number ≥ 0"),
            (DatasetOptions(noise: .nan), "moons", "noise = nan: a standard deviation must be a finite number ≥ 0"),
            (DatasetOptions(seed: -1), "planar", "seed = -1: a seed must be between 0 and 2**32 - 1, as in numpy"),
            (DatasetOptions(seed: 4_294_967_296), "blobs", "seed = 4294967296: a seed must be between 0 and 2**32 - 1, as in numpy"),
            (DatasetOptions(factor: 1), "circles", "factor = 1.0: the inner circle's relative radius must be in [0, 1)"),
            (DatasetOptions(centers: 1), "blobs", "centers = 1: the number of clusters must be from 2 to 20"),
        ]
        for (options, name, message) in cases {
            let error = datasetError { () throws(DatasetError) in try BuiltinDatasets.make(name, options: options) }
            #expect(error?.description == message)
        }
    }

    @Test func largestSeedIsAccepted() throws {
        #expect(try Dataset.moons(size: 4, seed: NumpyRandom.maximumSeed).exampleCount == 4)
    }
}
