// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Backprop",
    products: [
        .executable(name: "backprop", targets: ["backprop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    ],
    targets: [
        // The pure-Swift matrix engine: Matrix, broadcasting, products, reductions,
        // numpy-identical random numbers and numpy-style printing.
        .target(
            name: "MatrixEngine",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")]
        ),
        // The network the learner steps through: layers, activations, forward and backward for one
        // layer, caches, the iteration cursor, training, gradient checking and the data sets.
        .target(
            name: "NeuralNetwork",
            dependencies: ["MatrixEngine", .product(name: "RealModule", package: "swift-numerics")]
        ),
        // Pictures in the terminal: cost curves, data with decision regions, heat maps.
        .target(
            name: "Plotting",
            dependencies: ["MatrixEngine"]
        ),
        // The numpy-flavoured language: lexer, parser, evaluator, commands, diagnostics, and the
        // stepper's commands over NeuralNetwork.
        .target(
            name: "BackpropLanguage",
            dependencies: ["MatrixEngine", "NeuralNetwork", "Plotting"]
        ),
        // Progress across sessions: one JSON file in ~/.backprop, written atomically, shared by
        // drills and (later) lessons.
        .target(name: "Progress"),
        // Shape-debugging practice: shape questions, fix-the-formula, predict-the-error, the
        // session with its score and the record of misses.
        .target(
            name: "Drills",
            dependencies: ["BackpropLanguage", "NeuralNetwork", "MatrixEngine", "Progress"]
        ),
        // libedit, reachable from Swift through non-variadic wrappers. Only Terminal uses it.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The interactive front end: line editor, plain-pipe reader, colours, the REPL loop.
        .target(
            name: "Terminal",
            dependencies: ["BackpropLanguage", "Plotting", "CLibEdit", "Drills", "Progress"]
        ),
        .executableTarget(
            name: "backprop",
            dependencies: [
                "Terminal",
                "BackpropLanguage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MatrixEngineTests",
            dependencies: ["MatrixEngine"]
        ),
        .testTarget(
            name: "NeuralNetworkTests",
            dependencies: ["NeuralNetwork"]
        ),
        .testTarget(
            name: "PlottingTests",
            dependencies: ["Plotting"],
            // Expected plots, read and (with UPDATE_GOLDENS=1) rewritten in place via #filePath.
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "BackpropLanguageTests",
            dependencies: ["BackpropLanguage"]
        ),
        .testTarget(
            name: "ProgressTests",
            dependencies: ["Progress"]
        ),
        .testTarget(
            name: "DrillsTests",
            dependencies: ["Drills", "Progress"]
        ),
        .testTarget(
            name: "TerminalTests",
            dependencies: ["Terminal"]
        ),
        // Drives the built `backprop` binary (pipes, scripts, and tmux like a person at a terminal).
        .testTarget(
            name: "EndToEndTests",
            // Drills: the tests replay a seeded drill with the library to know the right answers.
            dependencies: ["backprop", "Drills", "BackpropLanguage"]
        ),
    ]
)
