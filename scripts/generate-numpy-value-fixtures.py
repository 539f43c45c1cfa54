#!/usr/bin/env python3
"""Generate Tests/BackpropLanguageTests/NumpyValueFixtures.swift: random expressions over
rank-0, rank-1 and rank-2 arrays of float64, int64 and bool, with what numpy gives for each.

Every expression is valid in both numpy and Backprop's language. For each, numpy's result is
recorded as `str(result)` (what `print` shows), its shape and dtype, and the RuntimeWarnings
numpy raised; an expression numpy refuses is recorded as an error. The Swift test evaluates the
same setup and expressions and compares everything, so Backprop's values, shapes, dtypes and
printing are numpy's (arithmetic, broadcasting, reductions with axis/keepdims, slices, masks,
integer arrays, comparisons, where, clip, round, //, %, **).

Run from the package root:  python3 scripts/generate-numpy-value-fixtures.py
Only this script needs numpy; the Swift test reads the generated file.
"""

import pathlib
import platform
import random
import warnings

import numpy as np

OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/BackpropLanguageTests/NumpyValueFixtures.swift"

# The variables every expression may use, written so both numpy and Backprop read them alike.
SETUP = [
    "F = np.array([[1.5, -2.0, 0.0], [3.25, -0.5, 4.0]])",
    "G = np.array([[0.25, 2.0, -3.0], [1.0, -0.0, 0.5]])",
    "I = np.array([[1, -2, 3], [4, 0, -6]])",
    "J = np.array([[2, 5, -1], [-3, 7, 2]])",
    "B = np.array([[True, False, True], [False, True, True]])",
    "C = np.array([[2.0], [-1.0]])",
    "K = np.array([[3], [-2]])",
    "v = np.array([0.5, -1.5, 2.0])",
    "w = np.array([-1.0, 0.0, 3.5])",
    "k = np.array([3, -1, 2])",
    "t = np.array([True, False, True])",
    "u = np.array([4.0, -2.0])",
    "z = np.squeeze(np.array([[2.5]]))",
    "H = np.array([[0.0, 1.0, -2.0], [0.0, -0.0, 3.0]])",
]
SETUP_TEXT = "\n".join(SETUP)

MATRICES_2x3 = ["F", "G", "I", "J", "B", "H"]
COLUMNS = ["C", "K"]
VECTORS_3 = ["v", "w", "k", "t"]
SCALARS = ["2", "3", "-1", "0.5", "2.5", "0", "z", "True"]
ARITHMETIC = ["+", "-", "*", "/", "//", "%"]
COMPARISONS = ["<", "<=", ">", ">=", "==", "!="]
REDUCTIONS = ["np.sum", "np.mean", "np.max", "np.min", "np.argmax", "np.argmin"]


def operand(rng):
    """A value of one of the shapes that broadcast with (2, 3): (2, 3), (2, 1), (3,), ()."""
    pool = rng.choice([MATRICES_2x3, MATRICES_2x3, COLUMNS, VECTORS_3, SCALARS])
    return rng.choice(pool)


def array_operand(rng):
    return rng.choice(MATRICES_2x3 + COLUMNS + VECTORS_3)


def arithmetic(rng):
    return f"{operand(rng)} {rng.choice(ARITHMETIC)} {operand(rng)}"


def power(rng):
    base = rng.choice(MATRICES_2x3 + VECTORS_3 + COLUMNS)
    exponent = rng.choice(["2", "3", "0", "1", "0.5", "-1", "k", "J"])
    return f"{base} ** {exponent}"


def comparison(rng):
    return f"{operand(rng)} {rng.choice(COMPARISONS)} {operand(rng)}"


def reduction(rng):
    name = rng.choice(REDUCTIONS)
    source = rng.choice(MATRICES_2x3 + COLUMNS + VECTORS_3 + ["F.T", "I.T", "(F + G)", "(I * 2)"])
    choice = rng.randrange(5)
    if choice == 0:
        return f"{name}({source})"
    axis = rng.choice(["0", "1", "-1"]) if source not in VECTORS_3 else rng.choice(["0", "-1"])
    if name in ("np.argmax", "np.argmin"):
        return f"{name}({source}, axis={axis})"
    keep = rng.choice(["True", "False"])
    return f"{name}({source}, axis={axis}, keepdims={keep})"


def indexing(rng):
    m = rng.choice(MATRICES_2x3)
    vector = rng.choice(VECTORS_3)
    forms = [
        f"{m}[0]", f"{m}[-1]", f"{m}[1, 2]", f"{m}[:, 0]", f"{m}[:, 1:]", f"{m}[0, :]", f"{m}[::-1]",
        f"{m}[:, ::2]", f"{m}[1:, 1:]", f"{m}[0][2]", f"{vector}[1]", f"{vector}[1:]", f"{vector}[::-1]",
        f"{m}[B]", f"{m}[{m} > 0]", f"{vector}[t]", f"{vector}[{vector} > 0]", f"{m}[[1, 0]]",
        f"{m}[:, [2, 0]]", f"{vector}[[0, 2, 2]]", f"{m}[:, t]", f"{m}[0, [True, False, True]]",
        f"{m}.T[2]", f"{m}.T[:, 1]",
    ]
    return rng.choice(forms)


def functions(rng):
    a = array_operand(rng)
    b = operand(rng)
    forms = [
        f"np.where({a} > 0, {a}, {b})", f"np.where(B, {a}, {b})", f"np.where(t, {a}, 0)",
        f"np.clip({a}, 0, 2)", f"np.clip({a}, -1, 1.5)", f"np.round({a})", f"np.round({a} * 1.37, 1)",
        f"np.abs({a})", f"np.square({a})", f"np.sign({a})", f"np.maximum({a}, {b})", f"np.minimum({a}, {b})",
        f"np.sqrt(np.abs({a}))", f"{a}.T", f"np.transpose({a})", f"{a}.reshape(-1)", f"{a}.flatten()",
        f"np.squeeze({a})", f"{a}.astype(int)", f"{a}.astype(float)", f"{a}.astype(bool)",
        f"np.array({a}, dtype=float)", f"np.zeros_like({a})", f"np.ones_like({a})", f"-({a})",
        f"np.dot(v, w)", f"np.dot(k, k)", f"F @ v", f"v @ F.T", f"I @ k", f"F @ G.T", f"I @ J.T", f"k @ I.T",
        f"np.sum({a} > 0)", f"np.mean({a} > 0)", f"np.sum(B, axis=0)", f"np.any({a} > 2)", f"np.all({a} > -7)",
        f"np.hstack((v, k))", f"np.vstack((v, k))", f"np.hstack((F, C))", f"np.vstack((F, I))",
        f"np.concatenate((v, w))", f"np.concatenate((F, G), axis=1)", f"np.arange(5)", f"np.arange(0, 1, 0.25)",
        f"np.zeros(3)", f"np.ones((2, 1), dtype=int)", f"np.zeros((2, 2), dtype=bool)", f"np.full((2, 2), 7)",
        f"np.linspace(0, 1, 5)", f"np.array([1, 2, 3]) * 2", f"np.array([[1, 2]]) / 2", f"np.array([True, False]) + 1",
        f"np.round(np.array([1.5, 2.5, -0.5, 3.5]))",
        f"np.where(F > 0)", f"np.where(v > 0)",
        f"np.log({a})", f"np.sqrt({a})", f"np.log(np.abs({a}))", f"np.exp({a} * 300)", f"np.exp(-{a})",
        f"1 / (1 + np.exp(-{a}))", f"{a} / H", f"H / H", f"I // H", f"{a} * np.inf",
    ]
    return rng.choice(forms)


def compound(rng):
    """Two pieces joined: results of one kind feeding another."""
    first = rng.choice([arithmetic, comparison, reduction, indexing, power])(rng)
    second = rng.choice([arithmetic, reduction, indexing])(rng)
    joiner = rng.choice(ARITHMETIC + ["*", "+"])
    return f"({first}) {joiner} ({second})"


# Cases from numpy's own test suite that the language can express, with the test each comes
# from (numpy/_core/tests/test_arrayprint.py and numpy/random/tests/test_randomstate.py). The
# expected values are what numpy prints for them here; a 1-tuple `(x,)` prints x's repr.
PORTED = [
    ("test_arrayprint TestArray2String.test_basic", [], "np.arange(3)"),
    ("test_arrayprint TestArray2String.test_basic", [], "(np.arange(3),)"),
    ("test_arrayprint TestArray2String.test_summarize_1d", [], "np.arange(1001)"),
    ("test_arrayprint TestArray2String.test_summarize_1d", [], "(np.arange(1001),)"),
    ("test_arrayprint TestArray2String.test_summarize_2d", [], "np.arange(1002).reshape(2, 501)"),
    ("test_arrayprint TestArray2String.test_summarize_2d", [], "(np.arange(1002).reshape(2, 501),)"),
    ("test_arrayprint TestArray2String.test_linewidth", ["np.set_printoptions(linewidth=10)"], "np.full(6, 1)"),
    ("test_arrayprint TestArray2String.test_linewidth", ["np.set_printoptions(linewidth=9)"], "np.full(6, 1)"),
    ("test_arrayprint TestArray2String.test_linewidth", ["np.set_printoptions(linewidth=10)"], "np.full((1, 6), 1)"),
    ("test_arrayprint TestArray2String.test_linewidth", ["np.set_printoptions(linewidth=9)"], "np.full((1, 6), 1)"),
    ("test_arrayprint TestArray2String.test_edgeitems", ["np.set_printoptions(edgeitems=1, threshold=1)"], "np.arange(10)"),
    ("test_arrayprint TestArray2String.test_edgeitems", ["np.set_printoptions(edgeitems=1, threshold=1)"], "np.arange(12).reshape(3, 4)"),
    ("test_arrayprint TestArray2String.test_edgeitems", ["np.set_printoptions(edgeitems=0, threshold=1)"], "np.arange(12).reshape(3, 4)"),
    ("test_arrayprint TestPrintOptions.test_basic", [], "(np.array([1.5, 0, 1.234567890]),)"),
    ("test_arrayprint TestPrintOptions.test_basic", ["np.set_printoptions(precision=4)"], "(np.array([1.5, 0, 1.234567890]),)"),
    ("test_arrayprint TestPrintOptions.test_precision_zero", ["np.set_printoptions(precision=0)"], "np.array([0., 1., -1., 1.5, -1.5, 123.])"),
    ("test_arrayprint TestPrintOptions.test_0d_arrays", [], "(np.array(1.),)"),
    ("test_arrayprint TestPrintOptions.test_0d_arrays", [], "np.array(1.)"),
    ("test_arrayprint TestPrintOptions.test_0d_arrays", [], "(np.array(3),)"),
    ("test_arrayprint TestPrintOptions.test_bool_spacing", [], "(np.array([True, True]),)"),
    ("test_arrayprint TestPrintOptions.test_bool_spacing", [], "(np.array([True, False]),)"),
    ("test_arrayprint TestPrintOptions.test_bool_spacing", [], "(np.array([True]),)"),
    ("test_arrayprint TestPrintOptions.test_bool_spacing", [], "(np.array(True),)"),
    ("test_arrayprint TestPrintOptions.test_float_spacing", [], "(np.array([1., 2., 3.]),)"),
    ("test_arrayprint TestPrintOptions.test_float_spacing", [], "(np.array([1., 2., 3.1]),)"),
    ("test_arrayprint TestPrintOptions.test_float_spacing", [], "(np.array([1., 2., 3.1, 10.5]),)"),
    ("test_arrayprint TestPrintOptions.test_sign_spacing", [], "(np.arange(4.),)"),
    ("test_arrayprint TestPrintOptions.test_sign_spacing", [], "(np.array([1., -1.]),)"),
    ("test_arrayprint TestPrintOptions.test_sign_spacing", [], "(np.array([-1., 0., 1.]),)"),
    ("test_arrayprint TestPrintOptions.test_suppress", ["np.set_printoptions(suppress=True)"], "np.array([1e-10, 1.0, 1e10])"),
    ("test_arrayprint TestPrintOptions.test_suppress", [], "np.array([1e-10, 1.0])"),
    ("test_arrayprint TestArrayRepr.test_nan_inf", [], "(np.array([np.nan, np.inf]),)"),
    ("test_arrayprint TestArrayRepr.test_nan_inf", [], "np.array([np.nan, -np.inf, 1.5])"),
    ("test_arrayprint TestPrintOptions.test_int_repr", [], "(np.array([-1, 2, 300]),)"),
    ("test_arrayprint TestPrintOptions.test_big_and_small", [], "np.array([1e20, 1.])"),
    ("test_arrayprint TestPrintOptions.test_big_and_small", [], "np.array([1e-5, 1.])"),
    ("test_arrayprint TestPrintOptions.test_big_and_small", [], "(np.array([1e-5, 1.]),)"),
    ("test_arrayprint test_empty", [], "(np.zeros((0, 3)),)"),
    ("test_arrayprint test_empty", [], "(np.array([]),)"),
    ("test_arrayprint test_empty", [], "np.zeros((2, 0))"),
    ("test_randomstate TestRandomDist.test_rand", ["np.set_printoptions(precision=17)", "np.random.seed(1234567890)"], "np.random.rand(3, 2)"),
    ("test_randomstate TestRandomDist.test_randn", ["np.set_printoptions(precision=17)", "np.random.seed(1234567890)"], "np.random.randn(3, 2)"),
    ("test_randomstate TestRandomDist.test_random_integers", ["np.random.seed(1234567890)"], "np.random.randint(-99, 99, size=(3, 2))"),
    ("test_randomstate TestRandomDist.test_random_sample", ["np.set_printoptions(precision=17)", "np.random.seed(1234567890)"], "np.random.random_sample((3, 2))"),
    ("test_randomstate TestRandomDist.test_standard_normal", ["np.set_printoptions(precision=17)", "np.random.seed(1234567890)"], "np.random.standard_normal(size=(3, 2))"),
    ("test_randomstate TestSeed.test_scalar", ["np.random.seed(0)"], "np.random.randint(1000)"),
    ("test_randomstate TestSeed.test_scalar", ["np.random.seed(4294967295)"], "np.random.randint(1000)"),
    ("test_randomstate TestSeed.test_array", ["np.random.seed(np.arange(10))"], "np.random.randint(1000)"),
    ("test_randomstate TestSeed.test_array", ["np.random.seed(np.array([0]))"], "np.random.randint(1000)"),
    ("test_randomstate TestSeed.test_array", ["np.random.seed(np.array([4294967295]))"], "np.random.randint(1000)"),
    ("test_randomstate TestSeed.test_invalid_scalar", [], "np.random.seed(-0.5)"),
    ("test_randomstate TestSeed.test_invalid_scalar", [], "np.random.seed(-1)"),
    ("test_randomstate TestSeed.test_invalid_array", [], "np.random.seed([-0.5])"),
    ("test_randomstate TestSeed.test_invalid_array", [], "np.random.seed([-1])"),
    ("test_randomstate TestSeed.test_invalid_array", [], "np.random.seed([4294967296])"),
    ("test_randomstate TestSeed.test_invalid_array", [], "np.random.seed([1, 2, 4294967296])"),
    ("test_randomstate TestSeed.test_invalid_array", [], "np.random.seed([1, -2, 4294967296])"),
    ("test_randomstate TestRandint.test_rng_zero_and_extremes", ["np.random.seed(1234)"], "np.random.randint(0, 1, size=5)"),
    ("test_randomstate TestRandint.test_rng_zero_and_extremes", ["np.random.seed(1234)"], "np.random.randint(-5, -4, size=3)"),
    ("test_randomstate TestRandomDist.test_randint_size_zero", [], "np.random.randint(0, 3, size=(0, 2))"),
]


GENERATORS = [compound, compound, arithmetic, arithmetic, power, comparison, reduction, reduction, indexing, indexing, functions, functions, functions]


def describe(result):
    """(printed, shape, dtype) as the Swift test reads them back."""
    if isinstance(result, tuple):
        return str(result), "", "tuple"
    if isinstance(result, (bool, np.bool_)):
        return str(result), "()", "bool"
    array = np.asarray(result)
    return str(result), str(array.shape), str(array.dtype)


def evaluate(expression, namespace):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = eval(expression, namespace)
        except Exception as error:  # numpy refuses it: Backprop must too
            return None, type(error).__name__
    texts = sorted({str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)})
    return (result, texts), None


def swift_string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    assert all(32 <= ord(c) < 127 for c in escaped), repr(text)
    return f'"{escaped}"'


def ported_cases():
    """numpy's own test cases, each in a fresh namespace after its setup lines."""
    cases = []
    for source, setup, expression in PORTED:
        np.set_printoptions()  # numpy's defaults
        np.set_printoptions(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False)
        namespace = {"np": np}
        exec(SETUP_TEXT + "\n" + "\n".join(setup), namespace)
        outcome, error = evaluate(expression, namespace)
        if error:
            cases.append((source, setup, expression, None, None, None, [], error))
            continue
        result, runtime_warnings = outcome
        if result is None:
            continue
        printed, shape, dtype_name = describe(result)
        cases.append((source, setup, expression, printed, shape, dtype_name, runtime_warnings, None))
    np.set_printoptions(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False)
    return cases


def main():
    namespace = {"np": np}
    exec(SETUP_TEXT, namespace)
    rng = random.Random(12)
    seen = set()
    cases = []
    while len(cases) < 3000:
        expression = rng.choice(GENERATORS)(rng)
        if expression in seen:
            continue
        seen.add(expression)
        outcome, error = evaluate(expression, namespace)
        if error:
            cases.append((expression, None, None, None, [], error))
            continue
        result, runtime_warnings = outcome
        dtype = getattr(np.asarray(result), "dtype", None)
        if dtype is not None and str(dtype) not in ("float64", "int64", "bool") and not isinstance(result, tuple):
            continue  # numpy's int8 from bool // bool and friends: not a dtype Backprop has
        printed, shape, dtype_name = describe(result)
        cases.append((expression, printed, shape, dtype_name, runtime_warnings, None))

    lines = [
        f"// Generated by scripts/generate-numpy-value-fixtures.py from numpy {np.__version__} on "
        f"{platform.machine()} ({platform.processor() or 'unknown CPU'}); do not edit by hand.",
        "// Each case: an expression over the setup's arrays and what numpy gives: print's text, the",
        "// shape, the dtype and its RuntimeWarnings, or the exception numpy raises.",
        "",
        "enum NumpyValueFixtures {",
        "    static let setup = [",
    ]
    lines += [f"        {swift_string(line)}," for line in SETUP]
    lines += ["    ]", "", "    static let cases: [NumpyValueCase] = ["]
    for expression, printed, shape, dtype, runtime_warnings, error in cases:
        if error:
            lines.append(f"        .init(expression: {swift_string(expression)}, numpyError: {swift_string(error)}),")
        else:
            warning_list = ", ".join(swift_string(w) for w in runtime_warnings)
            lines.append(f"        .init(expression: {swift_string(expression)}, printed: {swift_string(printed)}, "
                         f"shape: {swift_string(shape)}, dtype: {swift_string(dtype)}, warnings: [{warning_list}]),")
    lines += ["    ]", "", "    /// numpy's own test cases (test_arrayprint.py, test_randomstate.py) that the language can express.",
              "    static let ported: [NumpyValueCase] = ["]
    for source, setup, expression, printed, shape, dtype, runtime_warnings, error in ported_cases():
        setup_list = ", ".join(swift_string(line) for line in setup)
        if error:
            lines.append(f"        .init(expression: {swift_string(expression)}, numpyError: {swift_string(error)}, setup: [{setup_list}], source: {swift_string(source)}),")
        else:
            warning_list = ", ".join(swift_string(w) for w in runtime_warnings)
            lines.append(f"        .init(expression: {swift_string(expression)}, printed: {swift_string(printed)}, "
                         f"shape: {swift_string(shape)}, dtype: {swift_string(dtype)}, warnings: [{warning_list}], "
                         f"setup: [{setup_list}], source: {swift_string(source)}),")
    lines += ["    ]", "}", ""]
    OUTPUT.write_text("\n".join(lines))
    errors = sum(1 for c in cases if c[5])
    print(f"wrote {len(cases)} cases ({errors} numpy errors) to {OUTPUT}")


if __name__ == "__main__":
    main()
