import Foundation
import Testing

/// The stepper in a real terminal: a learner's first steps, a long `train` with its progress
/// line, and Ctrl-C stopping it between iterations with the prompt and the network intact.
@Suite(.serialized) struct StepperTerminalTests {
    @Test func stepsThroughAnIterationOnThePlanarData() throws {
        let tmux = try TmuxSession()
        for line in ["data planar", "layer 4 tanh", "layer 1 sigmoid", "init random 0.01 seed 2", "forward"] {
            try tmux.type(line)
            try tmux.press("Enter")
        }
        try tmux.waitFor("b1 is broadcast across the 400 columns")
        try tmux.type("where")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("next: forward layer 2")
        #expect(screen.contains("X → [1] → [2] → cost → d[2] → d[1] → update"))
    }

    @Test func ctrlCStopsTrainingBetweenIterations() throws {
        let tmux = try TmuxSession()
        for line in ["data planar", "layer 4 tanh", "layer 1 sigmoid", "init random 0.01 seed 2"] {
            try tmux.type(line)
            try tmux.press("Enter")
        }
        try tmux.waitFor("next: forward layer 1")
        try tmux.type("train 100000000 lr 1.2 every 1000")
        try tmux.press("Enter")
        try tmux.waitFor("it/s", timeout: 20)  // the progress line, on a terminal only
        try tmux.press("C-c")
        let screen = try tmux.waitForWords("training stops between iterations, never inside one", timeout: 20)
        #expect(screen.contains("interrupted after "))
        #expect(tmux.isAlive)
        try tmux.type("network")
        try tmux.press("Enter")
        try tmux.waitForWords("updates since; next: forward layer 1")
    }
}
