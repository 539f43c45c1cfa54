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
        // Python's int is arbitrary precision (`10**400 // 10**399` is 10).
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        // The pure-Swift matrix engine: Matrix, broadcasting, products, reductions,
        // numpy-identical random numbers and numpy-style printing.
        .target(
            name: "MatrixEngine",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: hostVectorCode
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
            dependencies: ["MatrixEngine", "NeuralNetwork", "Plotting", .product(name: "BigInt", package: "BigInt"),
                           .product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: interpreterCode
        ),
        // Progress across sessions: one JSON file in ~/.backprop, written atomically, a section
        // for each part of Backprop that remembers something (lessons, drills).
        .target(name: "Progress"),
        // Lessons: the lesson file format, judging answers by value and shape, the player.
        .target(
            name: "Lessons",
            dependencies: ["BackpropLanguage", "NeuralNetwork", "MatrixEngine", "Progress"]
        ),
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
            dependencies: ["BackpropLanguage", "Lessons", "Drills", "Progress", "Plotting", "CLibEdit"]
        ),
        .executableTarget(
            name: "backprop",
            dependencies: [
                "Terminal",
                "BackpropLanguage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput and start-up figures, each the median of several runs:
        // `swift build -c release --static-swift-stdlib && .build/release/backprop-bench`
        // (scripts/compare-with-numpy.py runs numpy beside it).
        .executableTarget(
            name: "backprop-bench",
            dependencies: ["MatrixEngine", "NeuralNetwork"],
            path: "Sources/BackpropBench"
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
            name: "LessonsTests",
            dependencies: ["Lessons"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "DrillsTests",
            dependencies: ["Drills", "Progress", "NeuralNetwork"]
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

/// Compile the matrix engine for the vector unit of the machine that builds it (AVX2 or AVX-512
/// with FMA on x86-64, NEON on arm64). Without it x86-64 code targets SSE2, where every fused
/// multiply-add of the product kernels becomes a call to the C library's `fma`. The engine
/// picks kernels shaped for the host's vector width at run time, and all of them stay correct
/// on any machine.
var hostVectorCode: [SwiftSetting] {
    [
        .unsafeFlags(["-target-cpu", "native"]),
        // Optimised in debug builds too: unoptimised generic SIMD code is some 50 times slower,
        // and every test that multiplies matrices runs through it.
        .unsafeFlags(["-O"], .when(configuration: .debug)),
    ]
}

/// The interpreter's values live in class instances (frames, lists, dicts) that every statement
/// reads and writes; Swift's run-time exclusivity check on each of those accesses costs a few
/// percent of an interpreted loop. The compile-time check stays.
var interpreterCode: [SwiftSetting] {
    [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
}
