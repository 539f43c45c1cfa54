import NeuralNetwork

/// A drill's network: its `layer_dims` headline over the shared drawing (`NetworkDrawing`, the
/// one the stepper's `network` command draws too).
public enum DrillNetworkDrawing {
    public static func draw(_ architecture: DrillNetwork) -> String {
        ([headline(architecture)] + NetworkDrawing.draw(units: architecture.units, activations: architecture.activations))
            .joined(separator: "\n")
    }

    static func headline(_ a: DrillNetwork) -> String {
        let data = a.isSingleExample
            ? "one example: x is (n[0], 1) = (\(a.units[0]), 1)"
            : "m = \(a.examples) examples: X is (n[0], m) = (\(a.units[0]), \(a.examples))"
        return "layer_dims = \(a.layerDims)   L = \(a.depth)   \(data)"
    }
}
