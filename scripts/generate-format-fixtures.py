#!/usr/bin/env python3
"""Generate Tests/MatrixEngineTests/FormattingFixtures.swift from numpy's own printing.

Each matrix case records the input (float64 bit patterns, so every value arrives in Swift
exactly), the shape, the print options and what `str(a)` gives under those options.
Each scalar case records a float and `str(np.float64(x))`, which numpy 2 makes equal to
Python's `repr(float(x))` (checked below).

Run from the package root:  python3 scripts/generate-format-fixtures.py
Only this script needs numpy; the Swift tests read the generated file.
"""

import math
import pathlib
import struct

import numpy as np

import host

OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/MatrixEngineTests/FormattingFixtures.swift"

DEFAULTS = dict(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False)


def bits(value):
    return struct.unpack("<Q", struct.pack("<d", float(value)))[0]


def swift_string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    assert all(32 <= ord(c) < 127 for c in escaped), repr(text)
    return f'"{escaped}"'


matrix_cases = []
scalar_cases = []


def matrix(name, values, shape=None, **options):
    array = np.array(values, dtype=np.float64)
    if shape is not None:
        array = array.reshape(shape)
    if array.ndim == 1:
        array = array.reshape(1, -1)
    assert array.ndim == 2, name
    settings = {**DEFAULTS, **options}
    with np.printoptions(**settings, floatmode="maxprec", sign="-", legacy=False):
        expected = str(array)
    matrix_cases.append((name, array, settings, expected))


def scalar(name, value):
    value = float(value)
    expected = str(np.float64(value))
    # numpy 2 prints float64 scalars like Python floats; the Swift formatter promises both.
    assert expected == repr(value), (name, expected, repr(value))
    scalar_cases.append((name, value, expected))


# --- Hand-picked matrices ----------------------------------------------------------------

matrix("integers 2x2", [[1, 2], [3, 4]])
matrix("aligned fractions", [[1.5, 2.25]])
matrix("aligned fraction column", [[1.5], [2.25], [-10.125]])
matrix("0.1 + 0.2", [[0.1 + 0.2]])
matrix("thirds", [[1 / 3, 2 / 3]])
matrix("thirds negative", [[-1 / 3], [2 / 3]])
matrix("one over seven grid", np.arange(1, 10).reshape(3, 3) / 7)
matrix("1e-5 alone", [[1e-5]])
matrix("1e8 alone", [[1e8]])
matrix("just below 1e8", [[99999999.0]])
matrix("rounds up to 1e8", [[99999999.999999999]])
matrix("123456.789", [[123456.789]])
matrix("1e-4 boundary", [[1e-4, 0.5]])
matrix("below 1e-4", [[9.99e-5, 0.5]])
matrix("ratio exactly 1000", [[1, 1000]])
matrix("ratio above 1000", [[1, 1000.5]])
matrix("mixed magnitudes", [[1e-5, 1], [100, 1e3]])
matrix("mixed magnitudes wide", [[1e-12, 3.5e7, -2.25e-3, 6.02214076e23]])
matrix("exponent with three digits", [[1e-100, 1e100], [-2.5e-10, 1]])
matrix("negative columns", [[-1, 2], [3, -4.5]])
matrix("all negative", [[-1.25, -2], [-300, -0.5]])
matrix("all integers", np.arange(12).reshape(3, 4))
matrix("negative integers", np.arange(-6, 6).reshape(4, 3))
matrix("negative zero", [[-0.0, 1]])
matrix("zero and negative zero", [[0.0, -0.0]])
matrix("zeros", np.zeros((2, 3)))
matrix("single zero", [[0.0]])
matrix("single negative zero", [[-0.0]])
matrix("scalar shaped", [[5.0]])
matrix("scalar shaped fraction", [[-2.5]])
matrix("nan alone", [[np.nan]])
matrix("inf alone", [[np.inf]])
matrix("minus inf alone", [[-np.inf]])
matrix("nan and inf", [[np.nan, 1], [np.inf, -np.inf]])
matrix("nan with fractions", [[np.nan, 1.5], [2.25, -3]])
matrix("nan with small", [[np.nan, 1e-5]])
matrix("inf with large", [[np.inf, 1e10]])
matrix("minus inf with large", [[-np.inf, 1e10], [3, 4]])
matrix("non-finite only", [[np.nan, np.inf], [-np.inf, np.nan]])
matrix("nan column", [[np.nan], [np.nan]])
matrix("minus inf long fraction", [[-np.inf, 0.123456]])
matrix("negative nan", [[-np.nan, 1.0]])
matrix("column vector", [[1.0], [2.5], [-3.75], [100.0]])
matrix("row vector", [[1.0, 2.5, -3.75, 100.0]])
matrix("powers of ten", [[10.0 ** k for k in range(-4, 4)]])
matrix("powers of ten positional", [[10.0 ** k for k in range(-3, 1)]])
matrix("precision rounding up to integer", [[9.999999999, 0.5]])
matrix("precision rounding 0.99999999999", [[0.99999999999]])
matrix("rounds to 1e8 in scientific", [[99999999.99999999, 1e-5]])
matrix("ties at precision 2", [[0.125, 0.375, 2.675, 1.005]], precision=2)
matrix("ties at precision 0", [[0.5, 1.5, 2.5, -0.5]], precision=0)
matrix("precision 0 scientific", [[1.5e-5, 2.5e10, 3.49e3]], precision=0)
matrix("precision 1", [[0.05, 0.15, 0.25, 0.35]], precision=1)
matrix("precision 3", [[1 / 3, 2 / 3, 10.0, -1e-3]], precision=3)
matrix("precision 3 thirds grid", np.arange(1, 13).reshape(3, 4) / 3, precision=3)
matrix("precision 4", [[np.pi, np.e], [-np.sqrt(2), 1e3]], precision=4)
matrix("precision 4 scientific", [[np.pi * 1e-6, np.e * 1e6]], precision=4)
matrix("precision 12", [[np.pi, 1 / 3]], precision=12)
matrix("precision 17", [[0.1, 1 / 3]], precision=17)
matrix("precision 20", [[0.1, 2 / 3, 1e-3]], precision=20)
matrix("suppress tiny", [[1e-10, 1]], suppress=True)
matrix("suppress negative tiny", [[-1e-10, 1]], suppress=True)
matrix("suppress wide ratio", [[1e-5, 1e5]], suppress=True)
matrix("suppress still scientific above 1e8", [[1e9, 1]], suppress=True)
matrix("suppress small only", [[1e-20, -3e-12]], suppress=True)
matrix("suppress precision 3", [[0.0004, 0.0006, 12.5]], suppress=True, precision=3)
matrix("subnormal", [[5e-324, 1.0]])
matrix("smallest normal", [[2.2250738585072014e-308]])
matrix("largest", [[1.7976931348623157e308, -1.7976931348623157e308]])
matrix("powers of two", [[2.0 ** -1074, 2.0 ** -1022, 2.0 ** 60, 2.0 ** 1023]])
matrix("1e23", [[1e23]])
matrix("2^53 + 2", [[9007199254740994.0]])
matrix("1e7 positional", [[1e7, 1.5e7, 12345678.9]])
matrix("tiny ratio just under 1000", [[0.001, 0.999]])
matrix("mixed sign scientific", [[-1e-6, 2e-6], [3e-6, -4e-6]])
matrix("ragged digit counts", [[1.0, 22.5, 333.125], [4444.0625, 0.5, 6.0]])

# Wrapping and summarising.
rng = np.random.default_rng(20240611)
matrix("wide row wraps", rng.normal(size=(1, 30)))
matrix("wide rows wrap", rng.normal(size=(3, 20)))
matrix("wide scientific rows wrap", rng.normal(size=(2, 12)) * 1e-6)
matrix("wide integers wrap", np.arange(40).reshape(2, 20))
matrix("wrap at linewidth 20", np.arange(12.0).reshape(2, 6) / 4, linewidth=20)
matrix("wrap at linewidth 40", rng.uniform(-1, 1, size=(4, 8)), linewidth=40)
matrix("wrap at linewidth 100", rng.uniform(-1, 1, size=(2, 15)), linewidth=100)
matrix("linewidth narrower than one element", [[123.456, 7.5], [1, 2]], linewidth=5)
matrix("linewidth 1", [[1.0, 2.0, 3.0]], linewidth=1)
matrix("40x40", rng.normal(size=(40, 40)))
matrix("40x40 integers", np.arange(1600.0).reshape(40, 40))
matrix("2x1000", np.arange(2000.0).reshape(2, 1000) / 8)
matrix("1001x1", np.linspace(-1, 1, 1001).reshape(1001, 1))
matrix("1000x1 not summarised", np.linspace(0, 1, 1000).reshape(1000, 1))
matrix("1x1001", np.arange(1001.0).reshape(1, 1001))
matrix("33x33 summarised", rng.uniform(0, 100, size=(33, 33)))
matrix("31x32 not summarised", rng.uniform(-5, 5, size=(31, 32)))
matrix("summary decides format from corners", np.concatenate(
    [np.full((3, 40), 1.5), np.full((30, 40), 1e-9), np.full((3, 40), 2.25)]))
matrix("summary with nan in corner", np.where(np.eye(40) > 0, np.nan, np.arange(1600.0).reshape(40, 40)))
matrix("threshold 5", np.arange(9.0).reshape(3, 3), threshold=5)
matrix("threshold 5 edgeitems 1", np.arange(16.0).reshape(4, 4), threshold=5, edgeitems=1)
matrix("threshold 5 edgeitems 2 rows only", np.arange(10.0).reshape(10, 1), threshold=5, edgeitems=2)
matrix("edgeitems 0", np.arange(25.0).reshape(5, 5) - 3.5, threshold=4, edgeitems=0)
matrix("edgeitems 0 picks format from all", np.concatenate([[[1e-9] * 4], np.ones((3, 4))]), threshold=4, edgeitems=0)
matrix("edgeitems 5", np.arange(144.0).reshape(12, 12) / 3, threshold=100, edgeitems=5)
matrix("threshold 0", [[1.0, 2.0]], threshold=0, edgeitems=1)
matrix("summarised wrapping", np.arange(3000.0).reshape(3, 1000) * 1.001, linewidth=30)

# Empty matrices.
matrix("empty 0x3", np.zeros((0, 3)))
matrix("empty 3x0", np.zeros((3, 0)))
matrix("empty 0x0", np.zeros((0, 0)))

# --- Random matrices across magnitudes -------------------------------------------------

rng = np.random.default_rng(1234)
option_choices = [
    {}, {}, {}, {},
    {"precision": 3}, {"precision": 4}, {"precision": 2}, {"precision": 0}, {"precision": 12},
    {"suppress": True}, {"suppress": True, "precision": 3},
    {"linewidth": 40}, {"linewidth": 120}, {"linewidth": 20, "precision": 5},
]
for case in range(280):
    rows, columns = int(rng.integers(1, 9)), int(rng.integers(1, 9))
    kind = case % 10
    if kind == 0:
        values = rng.uniform(-1, 1, size=(rows, columns))
    elif kind == 1:
        values = rng.normal(size=(rows, columns)) * 10.0 ** int(rng.integers(-12, 13))
    elif kind == 2:
        values = rng.integers(-1000, 1000, size=(rows, columns)).astype(np.float64)
    elif kind == 3:
        values = np.round(rng.normal(size=(rows, columns)) * 100, int(rng.integers(0, 5)))
    elif kind == 4:
        exponents = rng.uniform(-10, 10, size=(rows, columns))
        values = np.sign(rng.normal(size=(rows, columns))) * 10.0 ** exponents
    elif kind == 5:
        values = rng.normal(size=(rows, columns))
        values[rng.random(size=(rows, columns)) < 0.3] = rng.choice([np.nan, np.inf, -np.inf, 0.0, -0.0])
    elif kind == 6:
        values = rng.normal(size=(rows, columns)) * 1e-4 + rng.choice([0.0, 1.0])
    elif kind == 7:
        values = 1.0 / rng.integers(1, 50, size=(rows, columns))
    elif kind == 8:
        raw = rng.integers(0, 2 ** 64, size=(rows, columns), dtype=np.uint64)
        values = raw.view(np.float64)
        values[~np.isfinite(values)] = 1.0
    else:
        values = rng.uniform(0, 1e9, size=(rows, columns)) * rng.choice([1.0, 0.1, 1e-3])
    options = option_choices[int(rng.integers(0, len(option_choices)))]
    matrix(f"random {case}", values, **options)

# --- Scalars -------------------------------------------------------------------------

for name, value in [
    ("5.0", 5.0), ("0.0025", 0.0025), ("1e-05", 1e-5), ("1e+16", 1e16),
    ("123456789012345.0", 123456789012345.0), ("nan", math.nan), ("inf", math.inf),
    ("-inf", -math.inf), ("zero", 0.0), ("negative zero", -0.0), ("0.1 + 0.2", 0.1 + 0.2),
    ("1/3", 1 / 3), ("2/3", 2 / 3), ("0.0001", 1e-4), ("just below 1e-4", 9.999999999999999e-05),
    ("just below 1e16", 9999999999999998.0), ("1e15", 1e15), ("1e22", 1e22), ("1e23", 1e23),
    ("2^63", 2.0 ** 63), ("subnormal", 5e-324), ("largest", 1.7976931348623157e308),
    ("smallest normal", 2.2250738585072014e-308), ("negative", -2.5), ("pi", math.pi),
    ("400", 400.0), ("-1e-7", -1e-7), ("1.5e300", 1.5e300), ("0.5", 0.5), ("100.0", 100.0),
]:
    scalar(name, value)

rng = np.random.default_rng(99)
for case in range(120):
    scalar(f"random magnitude {case}", rng.normal() * 10.0 ** int(rng.integers(-25, 26)))
for case in range(80):
    raw = np.array([rng.integers(0, 2 ** 64, dtype=np.uint64)], dtype=np.uint64).view(np.float64)[0]
    if np.isfinite(raw):
        scalar(f"random bits {case}", raw)


# --- Output ------------------------------------------------------------------------

def swift_options(settings):
    changed = [f"{key}: {str(value).lower() if isinstance(value, bool) else value}"
               for key, value in settings.items() if DEFAULTS[key] != value]
    return f"PrintOptions({', '.join(changed)})"


def swift_bits(array):
    # Hex bit patterns in one string literal: thousands of integer literals would make the
    # Swift type checker spend many seconds on this file.
    words = [f"{bits(v):016x}" for v in array.ravel()]
    if len(words) <= 4:
        return swift_string(" ".join(words))
    rows = [" ".join(words[i:i + 4]) for i in range(0, len(words), 4)]
    return '"""\n' + "".join(f"                {row}\n" for row in rows) + '                """'


lines = [
    "// Generated by scripts/generate-format-fixtures.py from numpy "
    f"{np.__version__}; do not edit by hand.",
    f"// Generated on {host.description()}: the random inputs'",
    "// last bits depend on numpy's SIMD exp and power; the expected text is numpy's for these bits.",
    "// Each case: input bit patterns (hex, row-major), shape, options, and numpy's str() of the array.",
    "",
    "@testable import MatrixEngine",
    "",
    "enum FormattingFixtures {",
    "    static let matrices: [MatrixFormattingFixture] = [",
]
for name, array, settings, expected in matrix_cases:
    lines.append("        MatrixFormattingFixture(")
    lines.append(f"            name: {swift_string(name)}, rows: {array.shape[0]}, columns: {array.shape[1]},")
    lines.append(f"            options: {swift_options(settings)},")
    lines.append(f"            bits: {swift_bits(array)},")
    lines.append(f"            expected: {swift_string(expected)}),")
lines.append("    ]")
lines.append("")
lines.append("    static let scalars: [ScalarFormattingFixture] = [")
for name, value, expected in scalar_cases:
    lines.append(f"        ScalarFormattingFixture(name: {swift_string(name)}, bits: 0x{bits(value):016x}, "
                 f"expected: {swift_string(expected)}),")
lines.append("    ]")
lines.append("}")
lines.append("")

OUTPUT.write_text("\n".join(lines))
print(f"wrote {len(matrix_cases)} matrix cases and {len(scalar_cases)} scalar cases to {OUTPUT}")
