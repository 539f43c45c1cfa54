import MatrixEngine

/// The notes' activation functions g(z), their derivatives g'(z), and the course's
/// `*_backward(dA, Z)` helpers that return dZ = dA * g'(Z). These are Backprop's own (not numpy's).
extension BuiltinLibrary {
    static func backward(_ name: String, summary: String, example: String,
                         _ dZ: @escaping @Sendable (Matrix, Matrix) -> Matrix) -> BuiltinFunction {
        BuiltinFunction(name, [.required("dA"), .required("Z")], isNumpy: false, summary: summary, example: example) { context throws(Diagnostic) in
            let dA = try context.array("dA"), z = try context.array("Z")
            guard dA.shape == z.shape else {
                throw Diagnostic(message: "\(name): dA and Z must have the same shape, got \(dA.shapeDescription) and \(z.shapeDescription)",
                                 span: context.callSpan, notes: ["rule: dA has A's shape, and A has Z's shape"])
            }
            return Value.wrapping(dA.withStorage(dZ(dA.storage, z.storage), dtype: .float64))
        }
    }

    static let activations: [BuiltinFunction] = [
        unary("sigmoid", isNumpy: false, summary: "σ(z) = 1 / (1 + e^-z), element-wise", example: "A2 = sigmoid(Z2)") { $0.sigmoid() },
        unary("relu", isNumpy: false, summary: "max(0, z), element-wise", example: "A1 = relu(Z1)") { $0.relu() },
        BuiltinFunction("leaky_relu", [.required("z"), .optional("slope", .float(0.01))], isNumpy: false,
                        summary: "z where z > 0, slope·z elsewhere", example: "leaky_relu(Z1, 0.01)") { context throws(Diagnostic) in
            let slope = try context.double("slope")
            let z = try context.array("z")
            return Value.wrapping(z.withStorage(z.storage.leakyRelu(slope: slope), dtype: .float64))
        },
        unary("sigmoid_derivative", isNumpy: false, summary: "σ'(z) = σ(z)(1 − σ(z))", example: "dZ2 = dA2 * sigmoid_derivative(Z2)") { $0.sigmoidDerivative() },
        unary("tanh_derivative", isNumpy: false, summary: "tanh'(z) = 1 − tanh²(z)", example: "dZ1 = dA1 * tanh_derivative(Z1)") { $0.tanhDerivative() },
        unary("relu_derivative", isNumpy: false, summary: "1 where z > 0, else 0", example: "dZ1 = dA1 * relu_derivative(Z1)") { $0.reluDerivative() },
        BuiltinFunction("leaky_relu_derivative", [.required("z"), .optional("slope", .float(0.01))], isNumpy: false,
                        summary: "1 where z > 0, slope elsewhere", example: "leaky_relu_derivative(Z1)") { context throws(Diagnostic) in
            let slope = try context.double("slope")
            let z = try context.array("z")
            return Value.wrapping(z.withStorage(z.storage.leakyReluDerivative(slope: slope), dtype: .float64))
        },
        backward("sigmoid_backward", summary: "dZ = dA * σ'(Z), as the course's helper", example: "dZ2 = sigmoid_backward(dA2, Z2)") { dA, z in try! dA * z.sigmoidDerivative() },
        backward("tanh_backward", summary: "dZ = dA * (1 − tanh²(Z))", example: "dZ1 = tanh_backward(dA1, Z1)") { dA, z in try! dA * z.tanhDerivative() },
        backward("relu_backward", summary: "dZ = dA where Z > 0, else 0, as the course's helper", example: "dZ1 = relu_backward(dA1, Z1)") { dA, z in
            // As the course's helper: a copy of dA with dZ[Z <= 0] = 0, so a zeroed entry is +0, never -0.
            try! Matrix.broadcasting(dA, z, name: "relu_backward") { d, zz in zz > 0 ? d : 0 }
        },
    ]
}
