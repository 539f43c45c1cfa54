#!/usr/bin/env python3
"""Generate Tests/BackpropLanguageTests/ExactIntegerFixtures.swift: small programs on int64
values of 2**53 and more (which a Double cannot hold exactly), with what CPython + numpy print.

numpy keeps int64 values exactly up to 2**63 and wraps around past it; Backprop must print the
same digits. Each program runs here once with python3 and numpy; the Swift test runs it in
Backprop and compares stdout. RuntimeWarnings go to stderr and are not compared here.

Run from the package root:  python3 scripts/generate-exact-integer-fixtures.py
Only this script needs numpy; the Swift test reads the generated file.
"""

import pathlib
import subprocess
import sys

import numpy as np

OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/BackpropLanguageTests/ExactIntegerFixtures.swift"

# (name, program): each program a few lines, as a learner would write them.
PROGRAMS = [
    ("wrapping arithmetic", """
a = np.array([2**62, -2**63, 7, -7, 2**53 + 1])
print(a * 4)
print(a + a)
print(a - 1)
print(a // -1)
print(a % 3)
print(a // 0, a % 0)
"""),
    ("powers and products", """
print(np.array([2**62]) ** 2, np.array([3]) ** 40, np.power(np.array([2]), 62))
print(np.array([[1, 2], [3, 4]]) * 2**61)
print(np.dot(np.array([2**60 + 1]), np.array([1])), np.array([[2**60]]) @ np.array([[1]]))
print(np.array([[2**40, 1], [3, 2**30]]) @ np.array([[2**20], [5]]))
print(np.array([2**60 + 1]) * np.array([[1], [2]]))
"""),
    ("comparisons are exact", """
big = np.array([2**53 + 1, 2**53, -2**60 - 1])
print(big == 2**53, big > 2**53, big == np.array([2**53]))
print(big < 2**53 + 0.5, big + 0.0, big / 1)
print(np.array([2**60 + 1]) == 2**60 + 1, np.array([2**60]) != 2**60 + 1)
"""),
    ("printing, scalars and Python numbers", """
x = np.array([2**63 - 1, 1, -2**63])
print(x)
print(repr(x))
print(np.array([[2**60, 1], [3, -4]]))
s = x[0]
print(s, repr(s), type(s).__name__, int(s), float(s), s + 0, s - 1)
print(f"{x[1] * 2**60 + 1}", "%d" % (x[1] * 2**60 + 1), str(np.int64(2**60 + 1)), repr(np.int64(2**53 + 1)))
print(x.tolist(), x.item(0), round(np.int64(2**60 + 1)), abs(np.int64(-2**60 - 1)))
print(np.array(2**62) * 2, np.int64(2**62) * 2)
"""),
    ("sums and extremes", """
v = np.array([2**62, 2**62, 2**62, 1])
print(np.sum(v), v.sum(), np.max(v), np.min(-v), np.argmax(np.array([2**60 + 1, 2**60])))
M = np.array([[2**60, 2**60 + 7], [1, 2]])
print(np.sum(M, axis=0), np.sum(M, axis=1, keepdims=True), np.max(M, axis=0), np.argmin(M, axis=1))
print(np.sum(np.array([2**52, 2**52, 1])), np.mean(np.array([2**60 + 1, 1])))
print(max(np.array([2**60 + 1, 2**60])), np.maximum(np.array([2**60 + 1]), 2**60), np.minimum(np.array([2**60 + 1]), 2**60 + 2))
"""),
    ("unary functions", """
a = np.array([-2**63, -2**60 - 1, 2**60 + 1])
print(-a, np.abs(a), np.sign(a), np.square(np.array([2**31 + 1])), ~np.array([2**60]))
print(np.floor(a), np.ceil(a), np.sqrt(np.array([2**60])), np.exp(np.array([0])))
"""),
    ("indexing, slicing and views", """
c = np.array([[1, 2**60 + 3], [5, 6]])
print(c[0, 1], c[:, 1], c[c > 2], c[[1, 0]], c.T, c.reshape(4), c.ravel(), c.flatten())
v = c[:, 1:]
v += 1
print(c)
b = np.array([1, 2])
b[0] = 2**60 + 1
b[1] = 1e18
print(b, b[0] + b[1])
for e in np.array([2**60 + 1, 3]):
    print(e)
p, q = np.array([2**60 + 1, 3])
print(p, q)
for row in c:
    print(row)
"""),
    ("making big integer arrays", """
print(np.array([2**60 + 1]).astype(float), np.array([1e18, -2.5e17]).astype(int), np.array([2**60 + 1], dtype=float))
print(np.full((1, 2), 2**60 + 1), np.ones((2,), dtype=int) * (2**60 + 1), np.zeros((2, 2), dtype=int) + 2**60)
print(np.arange(2**60, 2**60 + 3), np.arange(2**62, 2**62 + 10, 4))
t = 2**63 - 1
np.random.seed(1)
print(np.random.randint(t - 5, t, size=(1, 4)), np.random.randint(-2**63, -2**63 + 2, size=3))
print(np.int64(2**63 - 1), np.array(2**62).dtype, np.array([2**60 + 1]).astype(bool))
"""),
    ("running sums, products, rounding and clipping", """
print(np.cumsum(np.array([2**60, 2**60, 2**62])), np.cumsum(np.array([[2**60, 1], [2**60, 2]]), axis=0))
print(np.prod(np.array([2**32, 2**32])), np.prod(np.array([[2**31, 3], [2, 2**40]]), axis=1), np.prod(np.array([True, True])))
print(np.round(np.array([2**60 + 1])), np.around(np.array([2**60 + 1]), -2), np.round(np.array([2**60 + 1]), 3))
print(np.clip(np.array([2**60 + 1, -5, 7]), 0, 2**60), np.clip(np.array([2**60 + 1, -5]), None, 2**60 - 1), np.clip(np.array([2**60 + 1]), 0.5, 1e30))
print(np.outer(np.array([2**40, 3]), np.array([2**20, 1])), np.array_equal(np.array([2**60 + 1]), np.array([2**60])))
"""),
    ("in place and numpy scalars", """
x = np.array([2**60 + 1, 2])
x += 2**60
print(x)
x[0] += 1
print(x)
y = np.array([1, 2])
y *= 2**61
print(y)
d = {"a": np.array([2**60 + 1])}
d["a"] -= 2
print(d["a"])
s = np.int64(2**60 + 1)
print(s // 3, s % 1000, s ** 1, -s, s * 2, 2**60 * np.int64(5), np.int64(2**62) + np.int64(2**62))
print(sum(np.array([2**60 + 1, 1])), sorted(np.array([2**60 + 1, 2**60])), list(np.array([2**60 + 1])))
np.random.seed(3)
print(np.random.permutation(np.array([2**60 + 1, 2, 2**61])), np.random.choice(np.array([2**60 + 1, 5]), 3))
"""),
    ("writes into parts, views, and Python numbers among moved elements", """
s = np.array([1, 2, 3, 4])
s[:] = 2**53 + 1
s[1:3] = 2**60 + 1
s[[0, 3]] = np.int64(2**53 + 5)
print(s)
M = np.zeros((2, 2), dtype=int)
M[:, 0] = 2**53 + 3
M[0, :] = [2**60 + 1, 2**60 + 3]
print(M)
big = np.array([2**53 + 1, -(2**53 + 3), 5, 2**62 + 7])
print(np.concatenate([big, [1]]), np.hstack([big, [0, 1]]), np.concatenate([big, [2**53 + 5]]))
print(np.vstack([big, [0, 1, 2, 3]]), np.where(big > 0, big, True), np.where(np.array([True, False]), 2**53 + 1, 0))
W = np.array([[2**53 + 1, 2], [3, -(2**60 + 5)]])
v = W.reshape(4)
v[0] = 1
print(W)
W[1, 1] = 0
print(v)
r = np.ravel(W)
r += 2**60
print(W)
t = np.transpose(W)
t[0, 1] = 9
print(W, np.int64(-2.0**63), np.int64(1e18))
x = np.array([[1, 2], [3, 4]])
k = x.T.ravel('K')
k[0] = 9
print(x)
"""),
    ("moving elements", """
a = np.array([2**60 + 1, 1])
print(np.concatenate([a, np.array([7])]), np.hstack([a, a]), np.vstack([a, a]), np.stack([a, a]))
print(np.where(np.array([True, False]), a, 0), np.where(a > 1, a, -a), np.copy(a), a.copy(), np.squeeze(np.array([[2**60 + 1]])))
print(np.expand_dims(a, 0), np.transpose(np.array([[2**60 + 1, 2]])), np.array(a), np.asarray(a))
"""),
]


def swift_string(text):
    return '"""\n' + text.replace("\\", "\\\\") + '\n"""'


def main():
    cases = []
    for name, program in PROGRAMS:
        source = "import numpy as np\n" + program.strip("\n") + "\n"
        run = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{name}: python3 failed:\n{run.stderr}")
        cases.append(f"        (name: {name!r}, source: {swift_string(source.rstrip())},\n"
                     f"         expectedOutput: {swift_string(run.stdout.rstrip())}),".replace("'", '"'))
    OUTPUT.write_text(
        f"// Generated by scripts/generate-exact-integer-fixtures.py from numpy {np.__version__}; do not edit by hand.\n"
        "// Programs on int64 values of 2**53 and more, with what CPython + numpy print.\n\n"
        "enum ExactIntegerFixtures {\n"
        "    static let programs: [(name: String, source: String, expectedOutput: String)] = [\n"
        + "\n".join(cases) + "\n    ]\n}\n")


if __name__ == "__main__":
    main()
