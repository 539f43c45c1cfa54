import Foundation
import Testing
@testable import BackpropLanguage

/// Random sequences of stepper commands, edits of the network's variables and bad arguments,
/// as a learner exploring might type them: every command must end (no hang), give output or an
/// error (no crash), and a refused command must leave the variables as they were.
@Suite struct StepperFuzzTests {
    static let setup = [
        "data planar size 30", "data moons size 24 seed 2", "data circles size 20", "data xor size 16", "data blobs size 20",
        "data logistic", "data nothere", "data planar size -3", "data planar size 1e12", "data X Y", "data Y X", "data load /dev/zero",
        "layer 3 tanh", "layer 2 relu", "layer 1 sigmoid", "layer 2 = 5 relu", "layer remove 1", "layer 0 tanh", "layer 4 nope",
        "network", "network clear",
        "init zeros", "init random", "init he seed 3", "init xavier", "init random 0.5 seed 1", "init bogus", "init random -1",
    ]
    static let stepping = [
        "forward", "forward all", "cost", "backward", "backward all", "update", "update lr 0.5", "update lr -1", "step", "step all",
        "rewind", "where", "shapes", "explain dW1", "explain Z2", "explain nothing", "show cache 1", "show cache 9", "show layer 2",
        "train 3", "train 5 every 2 lr 0.1", "train 0", "train -1", "train abc", "train 2 every 0", "predict", "gradcheck",
        "plot cost", "plot data", "plot boundary", "plot W1", "forward 7",
    ]
    static let edits = [
        "W1 = zeros((3, 2))", "W1 = W1 * 2", "X = X * 2", "Y = 1 - Y", "b1 = 5", "clear W1", "clear X", "A1 = 3", "dZ2 = nan",
        "W1[0, 0] = inf", "X = ones((2, 5))", "Y = ones((1, 7))", "W2 = W2.T", "b2 = np.zeros((1, 1))", "lr = 2", "m",
    ]

    static let workingSetups = [
        ["data planar size 30", "layer 3 tanh", "layer 1 sigmoid", "init random seed 2"],
        ["data moons size 20", "layer 4 relu", "layer 2 tanh", "layer 1 sigmoid", "init he seed 1"],
        ["X = np.random.randn(3, 10)", "Y = (np.random.rand(1, 10) > 0.5) * 1.0", "data X Y", "layer 1 sigmoid", "init zeros"],
    ]

    @Test func twoThousandRandomSequencesNeverCrashOrHang() {
        // BACKPROP_FUZZ_SEED explores other sequences; the default keeps CI reproducible.
        let seed = ProcessInfo.processInfo.environment["BACKPROP_FUZZ_SEED"].flatMap(UInt64.init) ?? 20261201
        var generator = RandomInputTests.Generator(state: seed)
        var commands = 0, refused = 0
        var slowest = (seconds: 0.0, line: "")
        // `BACKPROP_PROBE_SCALE=6 swift test --filter StepperFuzz` runs 12,000.
        let scale = ProcessInfo.processInfo.environment["BACKPROP_PROBE_SCALE"].flatMap(Int.init).map { max($0, 1) } ?? 1
        for _ in 0..<(2000 * scale) {
            var session = Session()
            // Half the sequences start from a working network, so the stepping goes deep.
            let prefix = generator.next() % 2 == 0 ? generator.pick(Self.workingSetups) : []
            let length = 3 + Int(generator.next() % 10)
            for position in 0..<(prefix.count + length) {
                let pool = position < 2 ? Self.setup : generator.pick([Self.setup, Self.stepping, Self.stepping, Self.edits])
                let line = position < prefix.count ? prefix[position] : generator.pick(pool)
                let before = session.environment.variableNames
                let start = Date()
                let result = session.execute(line)
                _ = OutputRenderer().render(result, line: line, options: session.environment.printOptions)
                let seconds = Date().timeIntervalSince(start)
                if seconds > slowest.seconds { slowest = (seconds, line) }
                commands += 1
                if result.failed {
                    refused += 1
                    #expect(session.environment.variableNames == before, "'\(line)' was refused but changed the variables")
                }
            }
        }
        if scale > 1 { print("probe stepper fuzz: \(2000 * scale) sequences, \(commands) commands, \(refused) refused, slowest \(slowest.seconds) s ('\(slowest.line)')") }
        #expect(commands > 10_000 * scale)
        #expect(refused > 1_000 * scale, "the sequences should hit plenty of refusals")
        #expect(slowest.seconds < 5, "'\(slowest.line)' took \(slowest.seconds) s")
    }
}

extension StepperFuzzTests {
    /// Found by the fuzz: Y reassigned with another m between the cost and backward trapped in
    /// `A - Y` (the guard rails checked Y only at the cost).
    @Test func aYOfAnotherWidthAfterTheCostIsRefusedAtBackward() {
        var session = Session()
        for line in ["X = np.random.randn(3, 10)", "Y = (np.random.rand(1, 10) > 0.5) * 1.0", "data X Y", "layer 1 sigmoid",
                     "init zeros", "forward", "cost", "Y = ones((1, 7))"] {
            #expect(!session.execute(line).failed, "\(line)")
        }
        let result = session.execute("backward")
        #expect(result.diagnostics.first?.message == "Y is (1, 7) but A1 is (1, 10): Y must be (n[1], m)")
    }
}
