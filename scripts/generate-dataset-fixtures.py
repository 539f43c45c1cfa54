#!/usr/bin/env python3
"""Write Tests/NeuralNetworkTests/DatasetFixtures.swift: the built-in data sets as numpy draws them.

planar is the course's own planar_utils.load_planar_dataset, copied verbatim. moons, circles, xor
and blobs are the recipes the Swift generators document (sklearn's make_moons / make_circles /
make_blobs, drawn from np.random.RandomState in sklearn's order), written here with plain numpy so
that neither sklearn nor the Swift code is the reference for itself.

Doubles are stored as IEEE-754 bit patterns. sin and cos may differ in the last bit between numpy
and the C library Swift calls, so the tests compare to about 1e-12 rather than bit for bit.

Run from the package root:  python3 scripts/generate-dataset-fixtures.py
"""

import pathlib
import struct

import numpy as np

import host

OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/NeuralNetworkTests/DatasetFixtures.swift"


def load_planar_dataset(m=400, noise=0.2, seed=1):
    """planar_utils.load_planar_dataset from the course, with m, noise and seed as parameters."""
    np.random.seed(seed)
    N = int(m / 2)
    D = 2
    X = np.zeros((m, D))
    Y = np.zeros((m, 1), dtype="uint8")
    a = 4
    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * noise
        r = a * np.sin(4 * t) + np.random.randn(N) * noise
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
    return X.T, Y.T


def shuffled_with_noise(X, y, noise, rng):
    order = rng.permutation(len(y))
    X, y = X[order], y[order]
    if noise is not None:
        X = X + rng.normal(scale=noise, size=X.shape)
    return X, y


def moons(m, noise, seed):
    rng = np.random.RandomState(seed)
    n_out = m // 2
    n_in = m - n_out
    outer_x = np.cos(np.linspace(0, np.pi, n_out))
    outer_y = np.sin(np.linspace(0, np.pi, n_out))
    inner_x = 1 - np.cos(np.linspace(0, np.pi, n_in))
    inner_y = 1 - np.sin(np.linspace(0, np.pi, n_in)) - 0.5
    X = np.vstack([np.append(outer_x, inner_x), np.append(outer_y, inner_y)]).T
    y = np.hstack([np.zeros(n_out), np.ones(n_in)])
    X, y = shuffled_with_noise(X, y, noise, rng)
    return X.T, y.reshape(1, -1)


def circles(m, noise, factor, seed):
    rng = np.random.RandomState(seed)
    n_out = m // 2
    n_in = m - n_out
    out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    inn = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    X = np.vstack([np.append(np.cos(out), np.cos(inn) * factor), np.append(np.sin(out), np.sin(inn) * factor)]).T
    y = np.hstack([np.zeros(n_out), np.ones(n_in)])
    X, y = shuffled_with_noise(X, y, noise, rng)
    return X.T, y.reshape(1, -1)


def clusters(m, centers, labels, std, rng):
    k = len(centers)
    counts = [m // k] * k
    for i in range(m % k):
        counts[i] += 1
    X = np.vstack([rng.normal(loc=centers[i], scale=std, size=(counts[i], 2)) for i in range(k)])
    y = np.hstack([np.full(counts[i], labels[i], dtype=float) for i in range(k)])
    order = rng.permutation(m)
    return X[order].T, y[order].reshape(1, -1)


def blobs(m, noise, n_centers, seed):
    rng = np.random.RandomState(seed)
    centers = rng.uniform(-10.0, 10.0, size=(n_centers, 2))
    return clusters(m, centers, [i % 2 for i in range(n_centers)], noise, rng)


def xor(m, noise, seed):
    rng = np.random.RandomState(seed)
    centers = np.array([[1.0, 1.0], [-1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]])
    return clusters(m, centers, [0, 1, 0, 1], noise, rng)


def bits(value):
    return struct.unpack("<Q", struct.pack("<d", float(value)))[0]


def doubles_literal(values, indent):
    values = [bits(v) for v in np.asarray(values, dtype=np.float64).ravel()]
    lines = [indent + "    " + ", ".join(f"0x{v:016X}" for v in values[i:i + 6]) + "," for i in range(0, len(values), 6)]
    return "[\n" + "\n".join(lines) + "\n" + indent + "]"


def labels_literal(values):
    return "[" + ", ".join(str(int(v)) for v in np.asarray(values).ravel()) + "]"


def case(name, call, X, Y, indent="        "):
    return (
        f"{indent}GeneratedCase(\n"
        f"{indent}    name: {name!r},\n".replace("'", '"')
        + f'{indent}    testDescription: "{call.replace(chr(34), chr(92) + chr(34))}",\n'
        + f"{indent}    make: {{ try {call} }},\n"
        f"{indent}    X: {doubles_literal(X, indent + '    ')},\n"
        f"{indent}    Y: {labels_literal(Y)}),"
    )


def main():
    X, Y = load_planar_dataset()
    small = [
        ("moons", "Dataset.moons(size: 11, noise: 0.2, seed: 3)", moons(11, 0.2, 3)),
        ("moons", "Dataset.moons(size: 8, noise: 0, seed: 0)", moons(8, 0.0, 0)),
        ("circles", "Dataset.circles(size: 9, noise: 0.1, factor: 0.3, seed: 7)", circles(9, 0.1, 0.3, 7)),
        ("xor", "Dataset.xor(size: 10, noise: 0.35, seed: 5)", xor(10, 0.35, 5)),
        ("blobs", "Dataset.blobs(size: 9, noise: 1.5, centers: 3, seed: 4)", blobs(9, 1.5, 3, 4)),
        ("planar", "Dataset.planar(size: 7, noise: 0.3, seed: 9)", None),
    ]
    cases = []
    for name, call, data in small:
        if data is None:
            # An odd size: the Swift generator gives the second class the extra point.
            m = 7
            np.random.seed(9)
            parts_x, parts_y = [], []
            for j, n in enumerate([m // 2, m - m // 2]):
                t = np.linspace(j * 3.12, (j + 1) * 3.12, n) + np.random.randn(n) * 0.3
                r = 4 * np.sin(4 * t) + np.random.randn(n) * 0.3
                parts_x.append(np.vstack([r * np.sin(t), r * np.cos(t)]))
                parts_y.append(np.full(n, j))
            data = (np.hstack(parts_x), np.hstack(parts_y))
        cases.append(case(name, call, data[0], data[1]))

    # The default draws (size 200, seed 1) in full, every value and label in order: a shuffle
    # or an X/Y pairing bug changes them even where sums and counts would not notice.
    defaults = [
        ("moons", moons(200, 0.2, 1)),
        ("circles", circles(200, 0.3, 0.5, 1)),
        ("xor", xor(200, 0.35, 1)),
        ("blobs", blobs(200, 1.0, 2, 1)),
    ]
    default_cases = [case(name, f'BuiltinDatasets.make("{name}")', DX, DY) for name, (DX, DY) in defaults]

    np.random.seed(2024)
    permutation_case = np.random.permutation(37)

    text = f'''// Generated by scripts/generate-dataset-fixtures.py with numpy {np.__version__} on {host.description()}.
// Do not edit by hand.
// Doubles are IEEE-754 bit patterns; see the script for the recipes.

import Testing
@testable import NeuralNetwork

/// A small draw compared value by value.
struct GeneratedCase: Sendable, CustomTestStringConvertible {{
    let name: String
    /// The Swift call, which names the case in test output.
    let testDescription: String
    let make: @Sendable () throws -> Dataset
    let X: [UInt64]
    let Y: [Int]
}}

enum DatasetFixtures {{
    static let numpyVersion = "{np.__version__}"

    /// planar_utils.load_planar_dataset(): X (2, 400) row-major, then Y (1, 400).
    static let planarX: [UInt64] = {doubles_literal(X, "    ")}
    static let planarY: [Int] = {labels_literal(Y)}

    static let smallCases: [GeneratedCase] = [
{chr(10).join(cases)}
    ]

    /// Each generator with its defaults (size 200, seed 1), every value.
    static let defaultCases: [GeneratedCase] = [
{chr(10).join(default_cases)}
    ]

    /// np.random.seed(2024); np.random.permutation(37)
    static let permutationSeed = 2024
    static let permutation37: [Int] = {labels_literal(permutation_case)}
}}
'''
    OUTPUT.write_text(text)
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
