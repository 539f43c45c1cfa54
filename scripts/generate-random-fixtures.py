#!/usr/bin/env python3
"""Write Tests/MatrixEngineTests/NumpyRandomFixtures.swift from numpy's legacy generator.

The Swift NumpyRandom must reproduce np.random.seed / rand / randn / randint bit for bit. This
script records what numpy itself produces, with doubles stored as their IEEE-754 bit patterns,
so the Swift tests compare exactly and need neither Python nor resource files.

Run from the package root:  python3 scripts/generate-random-fixtures.py
"""

import pathlib
import struct

import numpy as np

import host

OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/MatrixEngineTests/NumpyRandomFixtures.swift"

SEEDS = [0, 1, 2, 3, 42, 12345, 3_141_592_653, 2**32 - 1]
LONG_STREAM_SEED = 20240601
LONG_STREAM_LENGTH = 5000

# (low, high) pairs for randint, chosen to reach every branch of numpy's
# random_bounded_uint64_fill: empty range, masked 32-bit, the exact 32-bit range,
# masked 64-bit, and high rejection rates just above a power of two.
RANDINT_RANGES = [
    (0, 10),
    (-5, 5),
    (0, 2),
    (0, 8),
    (3, 4),  # a single value: numpy draws nothing
    (0, 2**31 + 1),
    (-(2**31), 2**31),  # exactly 2**32 values: raw 32-bit words
    (0, 2**32 + 1),  # first 64-bit range
    (-(2**40), 2**40),
    (100, 2**62 + 7),
    (-(2**63), 2**63 - 1),
]
RANDINT_COUNT = 12


def bits(value):
    return struct.unpack("<Q", struct.pack("<d", float(value)))[0]


def doubles_literal(values, indent="        "):
    """A Swift [UInt64] literal of bit patterns, eight per line."""
    values = [bits(v) for v in np.asarray(values, dtype=np.float64).ravel()]
    lines = []
    for start in range(0, len(values), 8):
        chunk = values[start:start + 8]
        lines.append(indent + "    " + ", ".join(f"0x{v:016X}" for v in chunk) + ",")
    return "[\n" + "\n".join(lines) + "\n" + indent + "]"


def ints_literal(values):
    return "[" + ", ".join(str(int(v)) for v in np.asarray(values).ravel()) + "]"


def error_message(action):
    try:
        action()
    except (ValueError, TypeError) as error:
        return str(error)
    raise AssertionError("numpy accepted what it should reject")


def seed_case(seed):
    np.random.seed(seed)
    key, position = np.random.get_state()[1:3]
    raw = np.random.RandomState(seed)._bit_generator.random_raw(8)
    np.random.seed(seed)
    randn_4x2 = np.random.randn(4, 2)
    randn_1x4 = np.random.randn(1, 4)
    rand_3x3 = np.random.rand(3, 3)
    randint_2x5 = np.random.randint(-10, 10, size=(2, 5))
    return f"""        SeedCase(
            seed: {seed},
            keyPrefix: {ints_literal(key[:4])},
            keyLast: {int(key[-1])},
            position: {int(position)},
            raw: {ints_literal(raw)},
            randn4x2: {doubles_literal(randn_4x2, indent="            ")},
            randn1x4: {doubles_literal(randn_1x4, indent="            ")},
            rand3x3: {doubles_literal(rand_3x3, indent="            ")},
            randint2x5: {ints_literal(randint_2x5)}
        ),"""


def randint_case(low, high):
    np.random.seed(7)
    values = np.random.randint(low, high, size=RANDINT_COUNT)
    after = np.random.rand()
    assert values.dtype == np.int64
    return f"""        RandintCase(low: {low}, high: {high}, values: {ints_literal(values)}, nextDouble: 0x{bits(after):016X}),"""


def main():
    seed_cases = "\n".join(seed_case(seed) for seed in SEEDS)
    randint_cases = "\n".join(randint_case(low, high) for low, high in RANDINT_RANGES)

    np.random.seed(9)
    randint_high_only = np.random.randint(6, size=RANDINT_COUNT)

    np.random.seed(1)
    randn_400x2 = np.random.randn(400, 2)

    # Box–Muller pairs: randn(3) twice must equal randn(6).
    np.random.seed(5)
    randn_three_then_three = np.concatenate([np.random.randn(3), np.random.randn(3)])
    np.random.seed(5)
    randn_six = np.random.randn(6)

    # rand between two randn calls neither uses nor clears the cached Gaussian.
    np.random.seed(11)
    interleaved = np.concatenate([np.random.randn(1), np.random.rand(2), np.random.randn(1)])

    # The cache numpy holds after an odd number of normals.
    np.random.seed(13)
    np.random.randn(1)
    _, _, _, has_gauss, cached_gauss = np.random.get_state()
    assert has_gauss == 1

    # Reseeding forgets the cache: seed, randn(1), seed again, randn(2).
    np.random.seed(17)
    np.random.randn(1)
    np.random.seed(17)
    after_reseed = np.random.randn(2)

    # The course's initialisation of a 2-4-1 network.
    np.random.seed(2)
    w1 = np.random.randn(4, 2) * 0.01
    b1 = np.zeros((4, 1))
    w2 = np.random.randn(1, 4) * 0.01
    assert not b1.any()

    # A long stream crossing many 624-word regenerations, then the state it leaves.
    np.random.seed(LONG_STREAM_SEED)
    long_randn = np.random.randn(LONG_STREAM_LENGTH)
    long_rand = np.random.rand(LONG_STREAM_LENGTH)
    _, long_key, long_position, long_has_gauss, _ = np.random.get_state()

    messages = {
        "negativeSeed": error_message(lambda: np.random.seed(-1)),
        "tooLargeSeed": error_message(lambda: np.random.seed(2**32)),
        "floatSeed": error_message(lambda: np.random.seed(2.0)),
        "emptyRange": error_message(lambda: np.random.randint(5, 2)),
        "nonPositiveHigh": error_message(lambda: np.random.randint(0)),
    }
    message_lines = "\n".join(f'    static let {name}Message = "{text}"' for name, text in messages.items())

    # Keep the stored long rand stream small: every 25th value and the last few.
    sampled_indices = list(range(0, LONG_STREAM_LENGTH, 25)) + list(range(LONG_STREAM_LENGTH - 5, LONG_STREAM_LENGTH))

    source = f"""// Generated by scripts/generate-random-fixtures.py with numpy {np.__version__}. Do not edit by hand.
// Generated on {host.description()}.
// Doubles are stored as IEEE-754 bit patterns so the tests compare bit for bit.

struct SeedCase {{
    let seed: Int
    /// The first words of the Mersenne Twister state after seeding (`get_state()[1][:4]`).
    let keyPrefix: [UInt32]
    let keyLast: UInt32
    let position: Int
    /// The first tempered 32-bit words.
    let raw: [UInt32]
    /// After seeding: randn(4, 2), then randn(1, 4), rand(3, 3), randint(-10, 10, size=(2, 5)).
    let randn4x2: [UInt64]
    let randn1x4: [UInt64]
    let rand3x3: [UInt64]
    let randint2x5: [Int]
}}

/// After seed(7): randint(low, high, size={RANDINT_COUNT}), then one rand().
struct RandintCase {{
    let low: Int
    let high: Int
    let values: [Int]
    let nextDouble: UInt64
}}

enum NumpyRandomFixtures {{
    static let numpyVersion = "{np.__version__}"

    static let seedCases: [SeedCase] = [
{seed_cases}
    ]

    static let randintCases: [RandintCase] = [
{randint_cases}
    ]

    /// seed(9); randint(6, size={RANDINT_COUNT})
    static let randintHighOnly: [Int] = {ints_literal(randint_high_only)}

    /// seed(1); randn(400, 2)
    static let seed1Randn400x2: [UInt64] = {doubles_literal(randn_400x2, indent="    ")}

    /// seed(5); randn(3) followed by randn(3)
    static let seed5RandnThreeThenThree: [UInt64] = {doubles_literal(randn_three_then_three, indent="    ")}
    /// seed(5); randn(6)
    static let seed5RandnSix: [UInt64] = {doubles_literal(randn_six, indent="    ")}

    /// seed(11); randn(1), rand(2), randn(1) concatenated
    static let seed11Interleaved: [UInt64] = {doubles_literal(interleaved, indent="    ")}

    /// seed(13); randn(1): the cached second value of the pair (`get_state()[4]`)
    static let seed13CachedGauss: UInt64 = 0x{bits(cached_gauss):016X}

    /// seed(17); randn(1); seed(17); randn(2)
    static let seed17AfterReseed: [UInt64] = {doubles_literal(after_reseed, indent="    ")}

    /// seed(2); W1 = randn(4, 2) * 0.01; b1 = zeros((4, 1)); W2 = randn(1, 4) * 0.01
    static let courseW1: [UInt64] = {doubles_literal(w1, indent="    ")}
    static let courseW2: [UInt64] = {doubles_literal(w2, indent="    ")}

    static let longStreamSeed = {LONG_STREAM_SEED}
    /// seed(longStreamSeed); randn({LONG_STREAM_LENGTH}), every value
    static let longRandn: [UInt64] = {doubles_literal(long_randn, indent="    ")}
    /// then rand({LONG_STREAM_LENGTH}), sampled at `longRandIndices`
    static let longRandIndices: [Int] = {ints_literal(sampled_indices)}
    static let longRandSamples: [UInt64] = {doubles_literal(long_rand[sampled_indices], indent="    ")}
    /// The state after both streams.
    static let longKeyPrefix: [UInt32] = {ints_literal(long_key[:4])}
    static let longKeyLast: UInt32 = {int(long_key[-1])}
    static let longPosition = {int(long_position)}
    static let longHasGauss = {"true" if long_has_gauss else "false"}

    // numpy's error messages
{message_lines}
}}
"""
    OUTPUT.write_text(source)
    print(f"wrote {OUTPUT} ({len(source.encode())} bytes)")


if __name__ == "__main__":
    main()
