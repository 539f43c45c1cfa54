#!/usr/bin/env python3
"""Differential fixtures for the notebooks' Python: many small seeded programs, run under CPython.

    python3 scripts/generate-python-differential-fixtures.py            # writes the Swift fixture file
    python3 scripts/generate-python-differential-fixtures.py --check .build/debug/backprop
                                                                        # runs every program through Backprop

Writes Tests/BackpropLanguageTests/PythonDifferentialFixtures.swift: each program (a few lines
of the Python that deeplearning.ai's Course 1 notebooks use: functions, loops, collections,
strings, formatting, builtins, big ints, float repr, numpy calls and printing, error cases),
CPython's stdout for it and the name of the exception it raised (nil when it ran to the end).
For a raising program only "it fails" and the stdout before the failure must match, not the
message. The programs are drawn from a seeded random.Random, so reruns give the same file.

--check runs `BACKPROP run prog.py` on each program and compares: stdout must be CPython's exactly;
a raising program must make Backprop exit with status 1 and print CPython's stdout before the
error; exit statuses from signals and time-outs are reported first, as crashes and hangs.
"""
import concurrent.futures
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Tests/BackpropLanguageTests/PythonDifferentialFixtures.swift"
SEED = 20261202
TIMEOUT = 20

rng = random.Random(SEED)
PROGRAMS = []  # (family, source)


def family(fn):
    fn.family = fn.__name__
    FAMILIES.append(fn)
    return fn


FAMILIES = []


def pick(*xs):
    return rng.choice(xs)


def rint(a, b):
    return rng.randint(a, b)


def rfloat():
    return pick(0.1, 0.5, 1.5, 2.25, -3.75, 1e-3, 12345.678, 1 / 3, 2 / 3, 1e16, 1e-7, 0.30000000000000004,
                round(rng.uniform(-10, 10), rint(0, 6)), rng.uniform(-1, 1))


def lit(x):
    return repr(x)


# ---- functions ---------------------------------------------------------------------------------

@family
def defaults_keywords():
    a, b, c = rint(-5, 9), rint(-5, 9), rint(-5, 9)
    calls = pick(
        f"f({a})", f"f({a}, {b})", f"f({a}, c={c})", f"f(b={b}, a={a})", f"f({a}, {b}, {c})",
        f"f({a}, {b}, {c}, {a + b})", f"f(*[{a}, {b}])", f"f({a}, *({b}, {c}, 7))")
    return f'''def f(a, b=10, *args, c=3):
    print("a =", a, "b =", b, "args =", args, "c =", c)
    return a + b + c + sum(args)

r = {calls}
print(r)
print(f({b}, c={a}) * 2)
'''


@family
def keyword_only_and_kwargs():
    a = rint(0, 9)
    return f'''def g(x, y=2, **kw):
    print(x, y, sorted(kw.items()))
    return len(kw)

print(g({a}))
print(g({a}, y={a + 1}, z=3, w="hi"))
def h(n, scale=1.0, name="layer"):
    return name + str(n) + ":" + str(n * scale)
print(h({a}), h({a}, 0.5), h(n={a}, name="W"))
'''


@family
def return_tuples_unpacking():
    x = rint(-4, 9)
    form = pick("a, b, c = f(x)", "(a, b, c) = f(x)", "a, (b, c) = f(x)[0], f(x)[1:]", "[a, b, c] = f(x)",
                "a, *rest = f(x); b, c = rest", "*front, c = f(x); a, b = front")
    return f'''def f(x):
    return x, x * 2, x ** 2

x = {x}
t = f(x)
print(t, type(t), len(t))
{form}
print(a, b, c)
a, b = b, a
print(a, b)
p = q = {x + 1}
p += 1
print(p, q)
'''


@family
def return_none_and_multiple():
    v = rint(-3, 3)
    return f'''def sign(v):
    if v > 0:
        return 1, "positive"
    elif v < 0:
        return -1, "negative"
    return 0, "zero"

def nothing():
    pass

s, word = sign({v})
print(s, word)
print(nothing())
print(sign({v}))
r = nothing()
print(r is None, r == None)
'''


@family
def closures_nested():
    k = rint(1, 5)
    return f'''def make_adder(n):
    def add(x):
        return x + n
    return add

add{k} = make_adder({k})
print(add{k}(10), make_adder(-1)(1))

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = counter()
for _ in range({k}):
    c()
print(c())

def outer(a):
    def inner(b):
        return a * b
    return [inner(i) for i in range(a)]
print(outer({k}))
'''


@family
def globals_():
    n = rint(1, 6)
    return f'''total = 0
def bump(by):
    global total
    total += by
    return total

for i in range({n}):
    bump(i)
print("total:", total)

counter = 100
def read():
    return counter + 1
print(read())
'''


@family
def recursion():
    n = rint(0, 20)
    return f'''def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fib({n}), fact({n}), fact({n + 15}))
'''


# ---- loops -------------------------------------------------------------------------------------

@family
def for_range():
    args = pick(f"{rint(0, 8)}", f"{rint(-3, 3)}, {rint(0, 9)}", f"{rint(0, 9)}, {rint(-5, 5)}, {pick(-3, -1, 2, 3)}",
                f"1, {rint(2, 6)}", f"{rint(5, 9)}, 0, -1", "0")
    return f'''r = range({args})
print(list(r), len(r))
acc = []
for i in r:
    acc.append(i * i)
print(acc)
for l in range(1, 4):
    print("W" + str(l), end=" ")
print()
print(list(reversed(range({args}))))
'''


@family
def for_enumerate_zip():
    xs = [rint(0, 9) for _ in range(rint(0, 5))]
    ys = [pick("a", "b", "c", "dd") for _ in range(rint(0, 5))]
    start = rint(0, 3)
    return f'''xs = {xs}
ys = {ys}
for i, x in enumerate(xs):
    print(i, x)
for i, y in enumerate(ys, start={start}):
    print(i, y, end="; ")
print()
for x, y in zip(xs, ys):
    print(x, y)
print(list(zip(xs, ys)))
print(list(enumerate(ys)))
for i, (x, y) in enumerate(zip(xs, ys)):
    print(i, x, y)
'''


@family
def for_reversed_dict_items():
    d = {pick("W", "b", "dW", "db") + str(i): rint(0, 9) for i in range(1, rint(1, 4))}
    return f'''d = {d}
for k, v in d.items():
    print(k, v)
for k in d:
    print(k, end=",")
print()
for k in reversed(list(d.keys())):
    print(k)
for v in d.values():
    print(v * 2)
print(list(reversed([1, 2, 3])), list(reversed("abc")), tuple(reversed((1, 2))))
'''


@family
def for_numpy_rows():
    rows, cols = rint(1, 4), rint(1, 3)
    return f'''import numpy as np
A = np.arange({rows * cols}).reshape({rows}, {cols}) * 1.0
for row in A:
    print(row, row.shape)
for i, row in enumerate(A):
    print(i, row.sum())
print([r.shape for r in A])
'''


@family
def while_break_continue():
    n = rint(3, 15)
    skip = rint(2, 4)
    stop = rint(4, 20)
    return f'''i = 0
out = []
while i < {n}:
    i += 1
    if i % {skip} == 0:
        continue
    if i > {stop}:
        break
    out.append(i)
print(out, i)
for j in range({n}):
    if j == {stop}:
        print("found", j)
        break
else:
    print("no break")
k = 0
while k < 3:
    k += 1
else:
    print("while else", k)
'''


@family
def if_elif_else():
    x = pick(rint(-5, 5), rfloat(), 0, None, "", "s", [], [0])
    return f'''x = {x!r}
if x is None:
    print("none")
elif isinstance(x, str):
    print("str", len(x))
elif isinstance(x, list):
    print("list", bool(x))
elif x > 0:
    print("pos")
elif x == 0:
    print("zero")
else:
    print("neg")
print("truthy" if x else "falsy")
print(x or "default", x and "both")
print(not x)
'''


@family
def chained_comparisons():
    a, b, c = rint(0, 5), rint(0, 5), rint(0, 5)
    return f'''a, b, c = {a}, {b}, {c}
print(a < b < c, a <= b <= c, a == b == c, a != b != c, a < b > c)
print(1 < 2.5, 3 == 3.0, True == 1, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(max(a, b, c), min(a, b, c), a is b)
'''


# ---- collections -------------------------------------------------------------------------------

@family
def list_methods():
    xs = [rint(-5, 9) for _ in range(rint(1, 6))]
    v = rint(-5, 9)
    op = pick(f"xs.append({v})", f"xs.extend([{v}, {v + 1}])", f"xs.insert({rint(-2, 3)}, {v})", "xs.pop()",
              "xs.pop(0)", f"xs.remove(xs[0])", "xs.sort()", "xs.sort(reverse=True)", "xs.reverse()",
              "xs.clear()", "del xs[0]", "del xs[1:3]", f"xs += [{v}]", f"xs *= 2", f"xs[0] = {v}",
              f"xs[-1] += {v}", f"xs[1:2] = [{v}, {v}, {v}]")
    return f'''xs = {xs}
{op}
print(xs, len(xs))
ys = xs.copy()
ys.append(99)
print(xs, ys)
print(xs.count({v}), {v} in xs, {v} not in xs)
print(sorted(xs), sorted(xs, reverse=True), xs + [0] * 2, [0] * 3)
print(sum(xs), min(xs + [100]), max(xs + [-100]))
if xs:
    print(xs.index(xs[-1]), xs[0], xs[-1])
'''


@family
def list_aliasing_nested():
    n = rint(1, 4)
    return f'''a = [[0] * {n} for _ in range(2)]
a[0][0] = 5
print(a)
b = [[0] * {n}] * 2
b[0][0] = 5
print(b)
c = a
c.append([1])
print(a, a is c, a == c)
import copy
d = copy.deepcopy(a)
d[0][0] = -1
print(a[0][0], d[0][0])
e = list(range({n}))
print(e, list("ab"), list((1, 2)), tuple(e))
'''


@family
def dict_methods():
    keys = ["W1", "b1", "W2", "b2", "dW1"][:rint(1, 5)]
    d = {k: rint(0, 9) for k in keys}
    probe = pick("W1", "b2", "zz", "dW1")
    op = pick(f'd["new"] = 1', f'd.pop("{keys[0]}")', f'del d["{keys[0]}"]', f'd.update({{"x": 2}})',
              f'd.setdefault("s", 5)', f'd["{keys[0]}"] += 10', f'd["{keys[0]}"] *= 3', 'd.clear()')
    return f'''d = {d}
print(d, len(d))
print(d.get("{probe}"), d.get("{probe}", -1), "{probe}" in d, "{probe}" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
{op}
print(d)
e = dict(d)
e["copy"] = True
print(len(d), len(e), d == e)
print(sorted(d), {{k: v * 2 for k, v in d.items()}})
print(dict(zip(["a", "b"], [1, 2])), dict(a=1, b=2.5))
'''


@family
def dict_nested_keys():
    L = rint(2, 4)
    return f'''parameters = {{}}
for l in range(1, {L}):
    parameters["W" + str(l)] = l * 10
    parameters["b" + str(l)] = 0.0
print(parameters)
grads = {{"dW" + str(l): l for l in range(1, {L})}}
for l in range(1, {L}):
    parameters["W" + str(l)] -= 0.5 * grads["dW" + str(l)]
print(parameters)
print(len(parameters) // 2)
d = {{1: "one", 2.5: "x", (1, 2): "tup", None: 0, True: "t"}}
print(d)
print(d[1], d[(1, 2)])
'''


@family
def tuples():
    t = tuple(rint(0, 9) for _ in range(rint(0, 4)))
    return f'''t = {t!r}
print(t, len(t), type(t))
print((1,), (), (1, 2) + (3,), (0,) * 3)
u = t + (7,)
print(u[-1], u[:2], u.count(7), u.index(7))
x = 1, 2
print(x)
print(tuple([1, 2]), tuple("ab"))
s = (3, 1, 2)
print(sorted(s), min(s), max(s), sum(s))
'''


@family
def comprehensions():
    n = rint(0, 7)
    m = rint(1, 3)
    return f'''n = {n}
print([i * i for i in range(n)])
print([i for i in range(n) if i % {m} == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({{i: i ** 2 for i in range(n)}})
print([[i * j for j in range(3)] for i in range(2)])
print(sum(i for i in range(n)), max((i % 3 for i in range(n + 1))))
print([c.upper() for c in "abc" if c != "b"])
print([x if x > 1 else -x for x in range(n)])
'''


@family
def slicing():
    xs = list(range(rint(0, 8)))
    s = pick("hello world", "deeplearning", "", "ab")
    i, j, k = pick(None, rint(-9, 9)), pick(None, rint(-9, 9)), pick(None, -1, 2, -2, 3)
    sl = ":".join("" if v is None else str(v) for v in (i, j, k))
    return f'''xs = {xs}
s = {s!r}
print(xs[{sl}], s[{sl}], tuple(xs)[{sl}])
print(xs[::-1], s[::-1], xs[1:], xs[:-1], s[-3:])
print(xs[100:], s[5:2])
ys = xs[:]
ys[0:0] = [-1]
print(ys)
'''


@family
def in_operator():
    return f'''print(3 in [1, 2, 3], "a" in "cat", "x" in "cat", "k" in {{"k": 1}}, 1 in {{"k": 1}})
print((1, 2) in [(1, 2)], [1] in [[1]], 2 in (1, 2), "" in "abc", 1.0 in [1])
print("ell" in "hello", "W1" in ["W1", "b1"])
'''


# ---- strings -----------------------------------------------------------------------------------

@family
def string_methods():
    s = pick("  Hello, World  ", "deep learning", "a,b,,c", "W1 b1 W2", "", "MiXeD CaSe", "x\ty z\n")
    call = pick("upper()", "lower()", "split()", "split(',')", "split(' ', 1)", "strip()", "lstrip()", "rstrip()",
                "strip(' H')", "replace('l', 'L')", "startswith('de')", "endswith('  ')", "find('o')", "find('zz')",
                "count('l')", "title()", "capitalize()", "center(20, '*')", "ljust(18) + '|'", "rjust(18)",
                "zfill(20)", "isdigit()", "isalpha()", "swapcase()", "rsplit(',', 1)", "splitlines()",
                "partition(' ')", "index(s[-1]) if s else 0")
    return f'''s = {s!r}
r = s.{call}
print(r)
print(repr(r))
print(len(s), s * 2, s + "!", "-".join(["a", "b", "c"]), ", ".join(str(i) for i in range(3)))
print(str(12), str(1.5), str(None), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("a\\nb"))
print("W" + str(3), "x".join("abc"), "abc"[1], "%s" % s)
'''


@family
def percent_format():
    v = rfloat()
    i = rint(-1000, 100000)
    spec = pick("%d", "%5d", "%-5d|", "%05d", "%f", "%.2f", "%8.3f", "%e", "%.3e", "%g", "%s", "%r", "%x", "%i",
                "%+d", "%.0f", "%10.4f|")
    arg = pick(lit(v), lit(i))
    return f'''print("{spec}" % {arg})
print("cost after iteration %i: %f" % ({i}, {lit(v)}))
print("%s and %s" % ("a", [1, 2]))
print("%d%%" % 50, "%s" % (1,), "%5s|%-5s|" % ("ab", "cd"))
print("Accuracy: %d" % float({lit(v)} * 100) + "%")
'''


@family
def str_format():
    v = rfloat()
    i = rint(-1000, 100000)
    tmpl = pick("{}", "{:.2f}", "{:>10}", "{:<8}|", "{:^9}|", "{:,}", "{:08.3f}", "{:e}", "{:g}", "{!r}", "{:+}",
                "{0} {0}", "{:5}|", "{:.3}")
    arg = pick(lit(v), lit(i), "'txt'")
    return f'''print("{tmpl}".format({arg}))
print("{{}} + {{}} = {{}}".format(1, 2, 1 + 2))
print("{{0}}-{{1}}-{{0}}".format("a", "b"), "{{name}}={{val:.3f}}".format(name="cost", val={lit(v)}))
print("{{:d}} items".format({i}), "{{{{literal}}}}".format())
'''


@family
def fstrings():
    v = rfloat()
    i = rint(-1000, 100000)
    spec = pick(":.6f", ":5d", ":>10", ":.2e", ":,", ":08.2f", "!r", ":g", "", ":+.1f", ":<6|")
    val = lit(i) if "d" in spec or spec == ":," else lit(v)
    return f'''x = {val}
cost = {lit(v)}
i = {i}
print(f"{{x{spec}}}")
print(f"Cost after iteration {{i}}: {{cost}}")
print(f"{{cost:.6f}} {{i:5d}} {{i:>8}}|{{cost:10.3f}}|")
w, p = 10, 3
print(f"{{cost:{{w}}.{{p}}f}}|", f"{{'nested'}}", f"{{[1, 2]}}", f"{{i * 2 + 1}}", f"{{i=}}")
name = "W1"
print(f"{{name}} has {{len(name)}} chars", f"{{name!r}}", f"{{{{braces}}}}")
'''


# ---- builtins and numbers ----------------------------------------------------------------------

@family
def builtins_numbers():
    v = rfloat()
    i = rint(-100, 100)
    nd = pick(None, 0, 1, 2, 3, -1)
    rnd = f"round({lit(v)})" if nd is None else f"round({lit(v)}, {nd})"
    return f'''print(int({lit(v)}), int("{i}"), int(-2.5), int(True), float({i}), float("1e-3"), float("  2.5 "))
print({rnd}, round(2.5), round(-0.5), round(1.5), round({i}, -1), round(0.125, 2))
print(abs({lit(v)}), abs({i}), abs(-0.0))
print(min({i}, 3), max([{lit(v)}, 1]), sum([0.1] * 10), sum([1, 2], 10), sum([]))
print(sorted([3, 1, 2.5, -1]), sorted(["b", "A", "a"]), sorted("hello"), sorted([[2, 1], [1, 2]]))
print(isinstance({i}, int), isinstance({lit(v)}, float), isinstance(True, int), isinstance({i}, (int, float)))
print(isinstance([1], list), isinstance((1,), tuple), isinstance({{}}, dict), isinstance("s", str))
print(type({i}), type({lit(v)}), type("s"), type([]), type({{}}), type(()), type(None), type(True))
print(len("abc"), len([1, 2]), len({{"a": 1}}), len(()), len(range(5)))
print(bool(0), bool(0.0), bool(""), bool([]), bool({{}}), bool(None), bool("0"))
print(divmod({i}, 7), pow(2, 10), pow(2, -1), {i} // 7, {i} % 7, -{i} // 7, {i} / 7)
'''


@family
def big_ints():
    a = rint(2, 9) ** rint(20, 120) + rint(0, 1000)
    b = rint(2, 10 ** 6)
    return f'''a = {a}
b = {b}
print(a, -a)
print(a * a, a // b, a % b, -a // b, -a % b, a - a * 2)
print(2 ** 100, 10 ** 400 // 10 ** 399, 3 ** 64, len(str(a)))
print(a > 10 ** 18, a == a + 0, a / b if a < 10 ** 300 else 0)
print(float(2 ** 60), int(1e20), 2 ** 63, -2 ** 63, 2 ** 64 - 1)
x = 1
for i in range(1, 30):
    x *= i
print(x, x % 1000007, str(x)[:5])
print(abs(-a) == a, -a < a)
'''


@family
def float_repr():
    vals = [rfloat() for _ in range(4)]
    ops = pick("a + b", "a - b", "a * b", "a / b if b else 0.0", "a ** 2", "a // 1", "a % 1.5", "-a", "a * 1e10",
               "a / 1e10", "1 / (a * a + 1)")
    return f'''a, b = {lit(vals[0])}, {lit(vals[1])}
print(a, b, {ops})
print([a, b], (a,), {{"v": b}})
print(str(a), repr(b), 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1.0, -0.0, 100.0, 1e-5, 0.0001)
print(1e300 * 1e10, -1e300 * 1e10, float("nan"), float("inf") - float("inf"), 3 * 1.1, 7.0 / 2)
print({lit(vals[2])} * 3, {lit(vals[3])} + 1, 2 ** 0.5, 10 / 4, 9 / 3, 5e-324, 1.7976931348623157e308)
'''


@family
def math_module():
    v = abs(rfloat()) + 0.5
    return f'''import math
print(math.sqrt({lit(v)}), math.log({lit(v)}), math.exp(1), math.pi, math.e)
print(math.floor({lit(v)}), math.ceil({lit(v)}), math.log(8, 2), math.log10(1000), math.fabs(-2))
print(math.isclose(0.1 + 0.2, 0.3), math.inf, math.isnan(float("nan")), math.tanh(0.5), math.pow(2, 3))
'''


@family
def print_options():
    return f'''print("a", "b", sep="")
print("a", 1, 2.5, None, sep=", ", end="!\\n")
print()
print("no newline", end="")
print(" then", "more")
print(*[1, 2, 3])
print(*[1, 2], sep="-")
print("x", end="")
print()
'''


@family
def misc_statements():
    n = rint(1, 5)
    return f'''"""A docstring prints nothing."""
def f(n):
    """Docstring of f."""
    pass
    return n

x = {n}
x += 2; x -= 1; x *= 3; x //= 2; x **= 2; x %= 1000
print(x)
y = 7
y /= 2
print(y)
a = b = c = [{n}]
a.append(1)
print(a, b, c)
del a
print(b)
print(f({n}))
assert x >= 0
assert isinstance(x, int), "x must be an int"
z = None
print(z is None, z is not None, type(z), type(x))
'''


# ---- numpy -------------------------------------------------------------------------------------

@family
def numpy_init():
    seed = rint(0, 10)
    n_x, n_h = rint(1, 4), rint(1, 4)
    return f'''import numpy as np
np.random.seed({seed})
W1 = np.random.randn({n_h}, {n_x}) * 0.01
b1 = np.zeros(({n_h}, 1))
W2 = np.random.randn(1, {n_h}) * 0.01
b2 = np.zeros((1, 1))
parameters = {{"W1": W1, "b1": b1, "W2": W2, "b2": b2}}
print("W1 = " + str(parameters["W1"]))
print("b1 = " + str(parameters["b1"]))
print(W2)
print(b2, b2.shape, W1.shape, W1.T.shape)
print(np.ones(({n_x}, 2)), np.zeros(({n_x}, {n_h})).shape)
'''


@family
def numpy_forward():
    seed = rint(0, 10)
    n, m = rint(1, 4), rint(1, 5)
    act = pick("sigmoid", "relu", "tanh")
    body = {"sigmoid": "1 / (1 + np.exp(-Z))", "relu": "np.maximum(0, Z)", "tanh": "np.tanh(Z)"}[act]
    return f'''import numpy as np
np.random.seed({seed})
X = np.random.randn({n}, {m})
W = np.random.randn(2, {n})
b = np.random.randn(2, 1)
def forward(X, W, b):
    Z = np.dot(W, X) + b
    A = {body}
    cache = (X, W, b, Z)
    return A, cache
A, cache = forward(X, W, b)
print("A = " + str(A))
print(A.shape, len(cache), cache[3].shape)
print(np.sum(A, axis=1, keepdims=True))
print(np.sum(A, axis=0), np.sum(A))
print(np.mean(A), np.mean(A, axis=1, keepdims=True).shape)
'''


@family
def numpy_cost():
    seed = rint(0, 10)
    m = rint(1, 6)
    return f'''import numpy as np
np.random.seed({seed})
A2 = 1 / (1 + np.exp(-np.random.randn(1, {m})))
Y = (np.random.randn(1, {m}) > 0).astype(float)
m = Y.shape[1]
logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
cost = -np.sum(logprobs) / m
print(cost)
cost = float(np.squeeze(cost))
print("cost = " + str(cost))
print(isinstance(cost, float), type(cost))
J = -1 / m * np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))
print(J, np.squeeze(J), round(J, 4))
print(f"cost {{J:.6f}}", "%.4f" % J)
'''


@family
def numpy_scalars_in_containers():
    seed = rint(0, 10)
    return f'''import numpy as np
np.random.seed({seed})
A = np.random.randn(2, 3)
s = np.sum(A)
print(s, type(s))
print([s], (s, 1), {{"cost": s}})
costs = []
for i in range(3):
    costs.append(np.sum(A * i))
print(costs)
print(np.float64(1.5), [np.float64(1.5), np.float64(2.0)], repr(np.float64(0.1)))
print(float(s), [float(s)], np.squeeze(np.array([[s]])), [np.squeeze(np.array([[2.0]]))])
print(A.shape, [A.shape], A.shape[0] * A.shape[1], type(A.shape[0]))
print(np.max(A) > 0, [np.max(A) > 0], np.argmax(A))
'''


@family
def numpy_arrays_in_containers():
    seed = rint(0, 10)
    r, c = rint(1, 3), rint(1, 3)
    return f'''import numpy as np
np.random.seed({seed})
A = np.random.randn({r}, {c})
b = np.zeros(({r}, 1))
print([A, b])
print((A, b))
print({{"W": A, "b": b}})
print(repr(A))
print(str(b), repr(b))
cache = ((A, b), A)
print(cache)
print([np.ones((1, 1))], (np.array([[1.0, 2.0]]),))
'''


@family
def numpy_elementwise():
    seed = rint(0, 10)
    r, c = rint(1, 3), rint(1, 4)
    f = pick("np.exp(A)", "np.log(np.abs(A) + 1)", "np.tanh(A)", "np.maximum(0, A)", "np.multiply(A, A)",
             "np.abs(A)", "np.where(A > 0, 1.0, 0.0)", "np.where(A > 0, A, 0.01 * A)", "A ** 2", "1 - np.tanh(A) ** 2",
             "np.sqrt(np.abs(A))", "A * (A > 0)", "np.power(A, 2)", "np.square(A)", "-A", "A / 2", "np.round(A, 2)",
             "np.clip(A, -0.5, 0.5)", "(A > 0).astype(int)", "np.minimum(A, 0.1)", "np.sign(A)")
    return f'''import numpy as np
np.random.seed({seed})
A = np.random.randn({r}, {c})
B = {f}
print(B)
print(B.shape, B.dtype)
print(np.sum(B, axis=0, keepdims=True), np.sum(B, axis=1, keepdims=True))
'''


@family
def numpy_reshape_T():
    r, c = rint(1, 4), rint(1, 4)
    return f'''import numpy as np
A = np.arange({r * c}).reshape({r}, {c})
print(A)
print(A.T, A.T.shape)
print(A.reshape(-1, 1).shape, A.reshape({c}, {r}))
print(A.astype(float))
print(A.astype(float) / 3)
print(A.shape[0], A.size, A.ndim, A.dtype)
B = A.reshape(A.shape[0], -1).T
print(B.shape)
print(np.dot(A, A.T))
'''


@family
def numpy_array_literal():
    cols = rint(1, 3)
    rows = [[round(rng.uniform(-5, 5), rint(0, 3)) for _ in range(cols)] for _ in range(rint(1, 3))]
    ints = [[rint(-9, 9) for _ in range(len(rows[0]))] for _ in rows]
    return f'''import numpy as np
A = np.array({rows})
B = np.array({ints})
print(A)
print(B)
print(A + B, (A + B).dtype)
print(A * 2, B * 2, B / 2, B // 2)
print(np.array([[1, 2], [3, 4]]) @ np.array([[5], [6]]))
print(A.shape == B.shape, A.shape)
'''


@family
def numpy_rank1():
    n = rint(1, 5)
    return f'''import numpy as np
v = np.arange({n})
print(v, v.shape, v.dtype)
print(np.zeros({n}), np.ones({n}) * 2.5)
print(v.reshape(1, -1), v.reshape(-1, 1).shape)
print(np.squeeze(np.ones((1, {n}))))
print(np.sum(np.ones((2, {n})), axis=0))
print([v], (v,))
'''


@family
def numpy_update_loop():
    seed = rint(0, 10)
    iters = rint(1, 4)
    return f'''import numpy as np
np.random.seed({seed})
X = np.random.randn(2, 4)
Y = (np.random.randn(1, 4) > 0) * 1.0
w = np.zeros((2, 1))
b = 0
costs = []
for i in range({iters}):
    A = 1 / (1 + np.exp(-(np.dot(w.T, X) + b)))
    m = X.shape[1]
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dw = np.dot(X, (A - Y).T) / m
    db = np.sum(A - Y) / m
    w = w - 0.1 * dw
    b = b - 0.1 * db
    costs.append(cost)
    print("Cost after iteration %i: %f" % (i, cost))
print(w, b)
print(costs)
print("dw = " + str(dw))
print("db = " + str(db))
grads = {{"dw": dw, "db": db}}
print(grads)
'''


@family
def numpy_misc():
    seed = rint(0, 10)
    return f'''import numpy as np
np.random.seed({seed})
A = np.random.rand(2, 3)
print(A)
print(np.random.randn(1, 2))
Y_prediction = np.zeros((1, 3))
for i in range(A.shape[1]):
    Y_prediction[0, i] = 1 if A[0, i] > 0.5 else 0
print(Y_prediction)
print(A[0, 1], A[1], A[:, 0:1], A[:, 1].shape)
print(np.mean(Y_prediction == 1) * 100)
print("accuracy: {{}} %".format(100 - np.mean(np.abs(Y_prediction - 1)) * 100))
print(np.linalg.norm(A), np.max(A, axis=1, keepdims=True))
print(A.sum(axis=1), A.mean(), A.max())
'''


# ---- less common builtins, each in its own program so that one gap hides nothing else -----------

@family
def builtins_rare():
    a, b = rint(1, 300), rint(1, 70)
    return pick(
        f"print(pow({a}, {b}, 7), pow({a}, 2), pow(2.0, {b % 5}))\n",
        f"print({a} & {b}, {a} | {b}, {a} ^ {b}, ~{a}, {a} >> 2, 1 << {b})\n",
        f"print(hex({a}), bin({b}), oct({a}), chr(65 + {b % 26}), ord('a'))\n",
        f"print(({a} ** 20).bit_length(), int('ff', 16), int('101', 2))\n",
        f"s = {{1, 2, {b % 4}}}\nprint(s, len(s), 2 in s, set([{a % 3}, 1, 1]), {{x % 3 for x in range({b})}})\n",
        f"def f():\n    \"\"\"Doc of f.\"\"\"\n    return {a}\nprint(f.__name__, f.__doc__, type({a}).__name__, type(None).__name__)\n",
        f"print(any([0, {a % 2}]), all([1, {b % 2}]), list(map(str, [{a}, {b}])), list(filter(None, [0, {a}, ''])))\n",
        f"print(hasattr('s', 'upper'), callable(len), id(1) == id(1), hash(5) == 5)\n",
        f"print(type(zip([1], [2])), type(enumerate([])), type(range({a})), type(reversed([1])))\n",
    )


@family
def big_int_float_mix():
    e = rint(300, 1100)
    return pick(
        f"print(2 ** {e} / 2 ** {e - 1})\n",
        f"print(2 ** {e} > 1e308, 10 ** 400 > 1.5, 2 ** {e} == float('inf'), 3 < 10 ** 400)\n",
        f"print((10 ** {e // 10} + 1) / 3, 10 ** 30 / 10 ** 10, 2 ** 64 / 3)\n",
        f"print(max(2 ** {e}, 1.0) == 2 ** {e}, min(1e308, 10 ** 309))\n",
        f"x = 10 ** {e // 50}\nprint(x / 7, x // 7, float(x) if x < 10 ** 308 else 'big', int(x * 1.5) if x < 10 ** 300 else 0)\n",
    )


@family
def key_functions():
    xs = [rint(-9, 9) for _ in range(rint(1, 6))]
    return pick(
        f"xs = {xs}\nprint(sorted(xs, key=abs), max(xs, key=abs), min(xs, key=abs))\n",
        f"words = ['ccc', 'a', 'bb', 'dddd'][:{len(xs) % 4 + 1}]\nprint(sorted(words, key=len), max(words, key=len))\n",
        f"d = {{'a': {xs[0]}, 'b': 3, 'c': -1}}\nprint(sorted(d, key=d.get), max(d, key=d.get))\n",
        f"xs = {xs}\nxs.sort(key=lambda v: -v)\nprint(xs, sorted(xs, key=lambda v: (v % 3, v)))\n",
        f"pairs = [(1, 'b'), (0, 'c'), (2, 'a')]\nprint(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, reverse=True))\n",
        f"f = len\nprint(f('abc'), list(map(abs, {xs})))\n",
        f"up = 'abc'.upper\nprint(up(), [s.strip() for s in [' a ', 'b ']])\n",
    )


@family
def recursion_depth():
    n = pick(rint(50, 150), rint(150, 400), rint(400, 950))
    return (f"def depth(n):\n    if n == 0:\n        return 0\n    return 1 + depth(n - 1)\n\n"
            f"print(depth({n}))\n")


@family
def numpy_aliasing():
    v = rint(1, 9)
    return pick(
        f"import numpy as np\nA = np.zeros((2, 2))\nB = A\nB[0, 0] = {v}\nprint(A)\nprint(A is B)\n",
        f"import numpy as np\nA = np.zeros((1, 2))\nB = A\nB += {v}\nprint(A)\nC = A.copy()\nC[0, 0] = 100\nprint(A, C)\n",
        f"import numpy as np\nparams = {{'W': np.zeros((1, 2))}}\nW = params['W']\nW -= {v}\nprint(params['W'])\n",
        f"import numpy as np\nparams = {{'W': np.zeros((1, 2))}}\nW = params['W']\nparams['W'] -= {v}\nprint(W)\n",
        f"import numpy as np\ndef f(A):\n    A[0, 0] = {v}\nA = np.zeros((1, 2))\nf(A)\nprint(A)\n",
        f"import numpy as np\ndef f(A):\n    A += {v}\n    return None\nA = np.zeros((1, 2))\nf(A)\nprint(A)\n",
        f"import numpy as np\ndef update(p):\n    p['W'] -= {v}\np = {{'W': np.ones((1, 1))}}\nupdate(p)\nprint(p)\n",
        f"import numpy as np\nA = np.zeros((2, 2))\nrow = A[0:1, :]\nrow[0, 0] = {v}\nprint(A)\n",
        f"import numpy as np\nL = [np.zeros((1, 1))]\nx = L[0]\nx += {v}\nprint(L)\n",
        f"import numpy as np\nA = np.ones((2, 3))\nB = A.T\nB[0, 1] = {v}\nprint(A)\n",
        f"import numpy as np\nZ = np.array([[1.0, -2.0], [3.0, -0.5]])\ndZ = np.array(Z, copy=True)\ndZ[Z <= 0] = 0\nprint(Z, dZ)\n",
        f"import copy\nimport numpy as np\np = {{'W': np.ones((1, 1))}}\nq = copy.deepcopy(p)\nq['W'] += {v}\nprint(p, q)\n",
        f"a = [1]\nb = a\nb += [{v}]\nprint(a)\ndef g(xs):\n    xs.append({v})\ng(a)\nprint(a, b)\n",
    )


@family
def python_basics_numpy():
    seed = rint(0, 9)
    return pick(
        f"import numpy as np\nnp.random.seed({seed})\nx = np.random.randn(2, 3)\nx_norm = np.linalg.norm(x, axis=1, keepdims=True)\nprint(x_norm)\nprint(x / x_norm)\n",
        f"import numpy as np\nnp.random.seed({seed})\nx = np.random.randn(2, 3)\nprint(np.linalg.norm(x), np.sqrt(np.sum(x * x)))\n",
        f"import numpy as np\nnp.random.seed({seed})\nx = np.random.randn(2, 3)\nx_exp = np.exp(x)\ns = x_exp / np.sum(x_exp, axis=1, keepdims=True)\nprint(s)\n",
        f"import numpy as np\nimage = np.arange({seed + 12}.0, {seed + 30}.0).reshape(3, 3, 2)\nv = image.reshape(image.shape[0] * image.shape[1] * image.shape[2], 1)\nprint(v.shape, v[:3])\n",
        f"import numpy as np\nx = np.array([{seed}, 2, 3])\nprint(np.exp(x), x + 3, 1 / (1 + np.exp(-x)), x.shape)\n",
        f"import numpy as np\nyhat = np.array([.9, 0.2, 0.1, .4, .9])\ny = np.array([1, 0, 0, 1, {seed % 2}])\nprint('L1 = ' + str(np.sum(np.abs(y - yhat))))\nprint('L2 = ' + str(np.dot(y - yhat, y - yhat)))\n",
        f"import numpy as np\nx1 = [9, 2, 5, {seed}]\nx2 = [9, 2, 2, 9]\nprint(np.dot(x1, x2), np.outer(x1, x2), np.multiply(x1, x2))\n",
        f"import numpy as np\nA = np.arange({seed + 1}, dtype=float)\nprint(A, A.dtype)\n",
        f"import numpy as np\nx = np.array([[1.0, {seed}.0]])\nprint(x.flatten(), x.ravel(), x.tolist(), x[0, ::-1])\n",
    )


@family
def string_title_and_math():
    return pick(
        "print('x\\ty z'.title(), 'hello-world foo_bar'.title(), 'ab12cd'.title(), \"it's\".title())\n",
        "print('a b'.swapcase(), 'a,b,c'.rsplit(',', 1), 'abc'.isalnum())\n",
        f"import math\nprint(math.log10({pick(1000, 10, 100000, 1e-3, 2)}), math.log2({pick(8, 1024, 3)}), math.log(100, 10))\n",
        "print(int('0x1f', 16), int(' 7 '), float('1_0.5'))\n",
    )


@family
def list_semantics_extra():
    v = rint(1, 9)
    return pick(
        f"grid = [[0, 0], [0, 0]]\ngrid[1][0] += {v}\nprint(grid)\n",
        f"d = {{'a': {{'b': 1}}}}\nd['a']['b'] *= {v}\nprint(d)\n",
        f"d = {{'a': [1]}}\nx = d['a']\nd['a'] += [{v}]\nprint(d, x, d['a'] is x)\n",
        f"xs = [[1], [2]]\ny = xs[0]\nxs[0] += [{v}]\nprint(xs, y)\n",
        f"x = [1, 2, 3]\nfor v in x:\n    x.append(v * {v})\n    if len(x) > 8:\n        break\nprint(x)\n",
        f"x = [1, 2, 3, 4]\nfor v in x:\n    if v % 2 == {v % 2}:\n        x.remove(v)\nprint(x)\n",
        f"print(0x1{v}, 0o1{v % 8}, 0b1{v % 2}, 1_000_{v}00)\n",
        f"x = -9223372036854775808\nprint(-x, x * -1, x // -1, -(x - {v}), abs(x))\n",
        f"print(round(2 ** 70, -{v}), round(10 ** 25 + {v}, -3), round(123456789 * 10 ** 20, -{v + 10}))\n",
    )


@family
def crash_cyclic_and_deep():
    n = pick(30000, 100000, 200000)
    return pick(
        "x = []\nx.append(x)\nprint(x)\n",
        "d = {}\nd['self'] = d\nprint(d)\n",
        "x = [1]\ny = [x]\nx.append(y)\nprint(len(x), str(x))\n",
        "import copy\nx = []\nx.append(x)\ny = copy.deepcopy(x)\nprint(len(y), y[0] is y)\n",
        f"x = 1\nfor i in range({n}):\n    x = [x]\nprint('built', len(x))\n",
        f"x = {{}}\nfor i in range({n}):\n    x = {{'a': x}}\nprint('built', len(x))\n",
    )


@family
def crash_huge_sizes():
    return pick(
        "print('before')\nprint(len('x'.center(2 ** 62)))\n",
        "print('before')\nprint(len('x'.ljust(2 ** 40)))\n",
        "print('before')\nprint(len('x'.zfill(2 ** 62)))\n",
        "print('before')\nprint(len('ab' * (2 ** 62)))\n",
        "print('before')\nprint(len('x'.rjust(2 ** 50)))\n",
        "print('before')\nprint(len(str(int('9' * 5000))))\n",
    )


# ---- errors ------------------------------------------------------------------------------------

ERROR_COUNTER = [0]


@family
def errors():
    ERROR_COUNTER[0] += 1
    pre = pick("", 'print("before")\n', 'print("start", 1)\nx = [1, 2]\nprint(x)\n')
    bodies = (
        'd = {"a": 1}\nprint(d["b"])',
        'parameters = {"W1": 1}\nL = 2\nfor l in range(1, L + 1):\n    print(parameters["W" + str(l)])',
        'd = {1: 2}\nd.pop(3)',
        'print(nmae)',
        'def f():\n    return undefined_helper(1)\nprint(f())',
        'del x',
        'xs = [1, 2]\nxs[-3] = 0',
        'for i in range(5):\n    print([0, 1, 2][i])',
        'x = 5\ndef f():\n    x = x + 1\n    return x\nprint(f())',
        'def cost(A):\n    assert A.shape == (1, 3), "A has shape " + str(A.shape)\nimport numpy as np\ncost(np.zeros((2, 3)))',
        'assert isinstance("s", int)',
        'xs = [1, 2, 3]\nprint(xs[3])',
        'xs = []\nxs.pop()',
        'print("a" + 1)',
        'print(1 + "a")',
        'print(len(5))',
        'print(1 / 0)',
        'print(5 // 0)',
        'print(5 % 0)',
        'print(1.0 / 0)',
        'x = -1\nassert x > 0, "x must be positive, got " + str(x)',
        'assert 1 == 2',
        'print(undefined_name)',
        'def f():\n    print(y)\n    y = 1\nf()',
        'def f():\n    total += 1\ntotal = 0\nf()',
        'def f(a, b):\n    return a\nf(1)',
        'def f(a):\n    return a\nf(1, 2)',
        'def f(a):\n    return a\nf(b=1)',
        'a, b = [1, 2, 3]',
        'a, b, c = (1, 2)',
        '"abc"[10]',
        't = (1, 2)\nt[0] = 5',
        's = "abc"\ns[0] = "x"',
        'int("abc")',
        'float("x1")',
        '[1, 2].index(5)',
        '[1].remove(2)',
        'for i in range(3):\n    print(i)\n    if i == 1:\n        print({}["k"])',
        'def g(n):\n    if n == 0:\n        return 1 / 0\n    return g(n - 1)\nprint(g(3))',
        'import numpy as np\nA = np.zeros((2, 3))\nB = np.zeros((2, 3))\nprint(np.dot(A, B))',
        'import numpy as np\nA = np.zeros((2, 3))\nprint(A + np.zeros((3, 2)))',
        'x = None\nprint(x + 1)',
        'print([1, 2] * 2.0)',
        'print(sum(["a", "b"]))',
        'print(max([]))',
        'd = {}\nd[[1]] = 2',
        'print(round("1.5"))',
        'def f():\n    return f()\nf()',
        'import numpy as np\nA = np.zeros((2, 2))\nprint(A[5, 0])',
    )
    body = bodies[(ERROR_COUNTER[0] - 1) % len(bodies)]
    post = pick("", '\nprint("after")')
    return pre + body + post + "\n"


# ---- numpy fidelity: scalars, bool dtypes, keyword arguments, summation order -------------------
# Appended after every other family, so the cases above keep their numbers.

NUMPY_GAP_PROGRAMS = (
    # numpy scalars: what functions of Python numbers, reductions and indexing hand back
    'print(repr(np.round(15, -1)), repr(np.round(15)), repr(np.round(2.5)), repr(np.round(np.int64(15), -1)))',
    'print(repr(np.float64(2.5)), repr(np.sum(np.array([1, 2]))), repr(np.mean(np.array([1, 2]))))\nprint(type(np.sum(np.array([1, 2]))), np.sum(np.array([1, 2])))',
    'A = np.array([[1.5, 2], [3, 4]])\nprint(repr(A[0, 0]), A[0, 0], type(A[0, 0]), repr(A[1][0]))',
    'print(repr(np.sqrt(4)), np.sqrt(4), type(np.sqrt(4)), repr(float(np.float64(2.5))), type(float(np.float64(2.5))))',
    'print(isinstance(np.float64(1), float), isinstance(np.int64(1), int), isinstance(np.float64(1), np.floating))\nprint(isinstance(1.5, np.floating), isinstance(np.int64(2), np.integer), isinstance(3, np.integer))',
    'print(repr(np.True_), np.True_, type(np.True_), repr(np.False_), np.True_ == True, repr(np.bool_(1)), repr(~np.True_))',
    'print(repr(-np.float64(2.5)), repr(-np.array(2.5)), repr(+np.float64(2.5)), repr(-np.int64(3)), repr(abs(np.float64(-2.5))))',
    'print(repr(np.linalg.norm(np.array([3.0, 4.0]))), repr(np.linalg.norm([3, 4])), repr(np.abs(-3)), repr(np.maximum(2, 3)))',
    'print(repr(np.any(np.array([1, 0]))), repr(np.all([1, 1])), np.any(np.array([[1, 0], [0, 0]]), axis=0), np.all(np.array([[1, 0], [1, 1]]), axis=1))',
    'x = np.array([[1.5]])\nprint(x.item(), repr(x.item()), type(x.item()), np.array([7]).item(), type(np.array([7]).item()), repr(np.array(True).item()))',
    'x = np.array([[1.5, 2], [3, 0]])\nprint(x.item(1), x.item(1, 0), x.item(-1), repr(np.float64(2.5).item()), repr(np.int64(4).item()))',
    'x = np.array([[1.5, 2], [3, 0]])\nprint(x.tolist(), np.array([1, 2]).tolist(), np.array(2.5).tolist(), type(x.tolist()[0][0]), np.array([[True, False]]).tolist())',
    'x = np.array([[1.5, 2], [3, 0]])\nx.item(4)',
    'np.random.seed(1)\np = list(np.random.permutation(6))\nprint(p)\nprint(repr(np.random.permutation(4)[0]))',
    'print(repr(np.count_nonzero(np.array([1, 0, 2]))), repr(np.prod(np.array([1, 2, 3]))), repr(np.std(np.array([1.0, 2.0, 4.0]))))',
    # bool arrays
    'mask = np.array([[True, False, True], [False, True, True]])\nprint(repr(np.sum(mask)), np.sum(mask, axis=0), np.sum(mask, axis=1).dtype, repr(np.mean(mask)))',
    'mask = np.array([True, False, True])\nprint(mask + mask, (mask + mask).dtype, mask * 1.0, mask * 2, (mask * 2).dtype)',
    'mask = np.array([True, False, True])\nprint(-mask)',
    'mask = np.array([True, False, True])\nprint(mask - mask)',
    'mask = np.array([True, False, True])\nprint(+mask)',
    'mask = np.array([True, False, True])\nprint(~mask, (~mask).dtype, mask & np.array([True, True, False]), mask | False, mask ^ mask)',
    'a = np.array([True, False, True])\nb = np.array([True, True, False])\na &= b\nprint(a)\na |= np.array([False, True, True])\nprint(a)\na ^= b\nprint(a)',
    'x = np.array([1, 2, 3])\nprint(x & 1, x | 4, x ^ x, ~x, 5 & 3, 5 | 3, 5 ^ 3, ~5, True & False, True | False, True ^ True, ~True)',
    'x = np.array([1.5, 2])\nprint(x & 1)',
    'x = np.array([1.5, 2])\nprint(~x)',
    'A = np.array([[0.7, 0.2], [0.1, 0.9]])\nprint((A > 0.5) & (A < 0.8), (A < 0.15) | (A > 0.85), ~(A > 0.5), np.logical_not(A > 0.5))',
    'mask = np.array([True, False, True])\nprint(np.logical_and(mask, [True, True, False]), np.logical_or(mask, 0), np.logical_xor(mask, mask), np.logical_not(mask))',
    'mask = np.array([True, False, True])\nprint(repr(np.mean(mask)), np.exp(mask.astype(float)), mask.astype(int), mask.astype(float), mask.astype(int).dtype)',
    'mask = np.array([True, False, True])\nprint(np.maximum(mask, 0), np.maximum(mask, 0).dtype, np.maximum(mask, False).dtype, mask == True, mask > False, mask < mask, mask == 1)',
    'mask = np.array([True, False, True])\nprint(np.sum(mask, dtype=float), repr(np.max(mask)), repr(np.argmax(mask)), repr(mask[0]), np.cumsum(mask), repr(np.std(mask)))',
    'Y = np.array([[1, 0, 1]])\nP = np.array([[0.8, 0.3, 0.4]]) > 0.5\nprint("accuracy", np.mean(P == Y) * 100, float(np.sum(P == Y)) / Y.size * 100, np.count_nonzero(P == Y))',
    # ints past 64 bits next to an int64 array
    'print(np.array([1, 2]) + 2**63)',
    'print(np.array([1.5, 2]) + 2**63)',
    # keyword arguments and the functions the notebooks call
    'x = np.array([[3.0, 4.0], [1.0, 2.0]])\nprint(np.linalg.norm(x, axis=0), np.linalg.norm(x, axis=1), np.linalg.norm(x, axis=1, keepdims=True), np.linalg.norm(x, axis=0, keepdims=True))',
    'x = np.array([[3.0, 4.0], [1.0, 2.0]])\nprint(np.linalg.norm(x, ord=1), np.linalg.norm(x, ord=np.inf), np.linalg.norm(x, ord="fro"), np.linalg.norm(x, ord=-1), np.linalg.norm(x, keepdims=True))',
    'x = np.array([3.0, -4.0, 0])\nprint(np.linalg.norm(x, ord=1), np.linalg.norm(x, ord=2), np.linalg.norm(x, ord=np.inf), np.linalg.norm(x, 1), np.linalg.norm(x, 0), np.linalg.norm(x, 3), np.linalg.norm(x, -np.inf), np.linalg.norm(x, axis=0))',
    'def normalize_rows(x):\n    x_norm = np.linalg.norm(x, ord=2, axis=1, keepdims=True)\n    return x / x_norm\n\nprint(normalize_rows(np.array([[0, 3, 4], [1, 6, 4]])))',
    'x = np.array([[1, 2], [3, 4]])\nprint(np.sum(x, dtype=float), np.sum(x, axis=0, dtype=float), repr(np.sum(np.array([1.5, 2.5]), dtype=int)), repr(np.sum(np.array([1, 2]), dtype=bool)), repr(np.mean(np.array([1, 2]), dtype=int)))',
    'x = np.array([[1.5, 2], [3, 0]])\nprint(np.zeros_like(x, dtype=int), np.ones_like(x, dtype=int), np.argmax(x, axis=0), np.argmax(x, axis=1), np.max(x, axis=1, keepdims=True), np.min(x, axis=0, keepdims=True))',
    'x = np.array([[1.5, -2], [0.3, 0]])\nprint(np.clip(x, a_min=0, a_max=1), np.clip(x, 0, None), np.clip(x, None, 1), repr(np.clip(5, 0, 3)), np.clip(np.array([1, 5]), 0, None).dtype, np.clip(np.array([1, 5]), None, None))',
    'np.random.seed(1)\nprint(np.random.rand(3, 2), np.random.rand(2), np.random.permutation(5), np.random.permutation(np.array([10, 20, 30])))\nprint(np.random.permutation(np.array([[1, 2], [3, 4], [5, 6]])))',
    'np.random.seed(3)\nprint(np.random.permutation(300)[:20], np.random.permutation(70000)[:5])',
    'np.random.seed(0)\nprint(np.random.uniform(0, 1, (2,)), np.random.normal(0, 1, 2), np.random.uniform(-2, 3), np.random.normal(), np.random.uniform(size=(2, 2)), np.random.normal(5, 0.5, (1, 3)))',
    'print(np.linspace(0, 1, 4, endpoint=False), np.linspace(0, 1, 5), np.linspace(0, 10, num=3), np.linspace(2, 3, 1, endpoint=False), np.linspace(-1, 1, 7, endpoint=False))',
    'print(np.arange(0, 1, 0.25), np.arange(5, dtype=float), np.arange(1, 10, 3), np.arange(5.0), np.arange(3, dtype=int), np.arange(0.5, 3, dtype=float))',
    'x = np.zeros((3, 1))\nprint(np.squeeze(x, axis=1).shape, np.squeeze(np.zeros((1, 3)), axis=0).shape, np.squeeze(np.zeros((1, 1)), axis=1).shape)',
    'x = np.zeros((3, 1))\nprint(np.squeeze(x, axis=0))',
    'x = np.array([[1.5, 2], [3, 0]])\ny = x.copy()\ny[0, 0] = 9\nprint(x, y, np.copy(x))',
    'a = np.array([[1, 2]])\nb = np.array([[3, 4]])\nprint(np.concatenate([a, b]), np.concatenate((a, b), axis=1), np.hstack([a, b]), np.vstack([a, b]))',
    'a = np.array([1, 2])\nb = np.array([3, 4])\nprint(np.stack([a, b]), np.stack((a, b), axis=1), np.ravel(np.array([[1, 2], [3, 4]])), np.ndim(np.zeros((2, 3))), np.ndim(5))',
    'x = np.array([[1.0, 2.0], [3.0, 4.0]])\nprint(np.std(x), np.std(x, axis=0), np.var(x, axis=1), np.var(x, axis=1, keepdims=True), np.std(x.T, axis=0, keepdims=True), np.var(x, ddof=1))',
    'x = np.array([[1.0, 2.0], [3.0, 4.0]])\nprint(x.std(), x.var(axis=0), x.prod(), x.any(), x.all(), x.cumsum(), repr(x.std()), x.sum(axis=0), x.mean(axis=1, keepdims=True))',
    'x = np.array([[1, 2], [3, 4]])\nprint(np.prod(x), np.prod(x, axis=0), np.prod(x, axis=1, keepdims=True), np.cumsum(x), np.cumsum(x, axis=0), np.cumsum(x, axis=1), np.cumsum(x > 2))',
    'x = np.array([[1.0, 2.0], [3.0, np.inf]])\nprint(np.isinf(x), np.isfinite(x), np.log10(x), np.log2(x), np.count_nonzero(x > 1), np.count_nonzero(x > 1, axis=0))',
    'print(np.array_equal(np.array([1, 2]), np.array([1, 2])), np.array_equal(np.array([1, 2]), np.array([[1, 2]])), np.expand_dims(np.array([1, 2]), axis=1).shape, np.expand_dims(np.array([1, 2]), 0).shape, np.expand_dims(np.array(5), 0))',
    'np.random.seed(2)\nM = np.random.randn(40, 70)\nprint(repr(np.std(M)), repr(np.var(M.T)), np.std(M, axis=1)[:4].tolist(), np.var(M, axis=0)[:4].tolist(), repr(np.std(M > 0)))',
    'np.random.seed(2)\nM = np.random.rand(30, 40) + 0.5\nprint(repr(np.prod(M)), np.prod(M, axis=0)[:3].tolist(), np.cumsum(M)[-3:].tolist(), repr(M.prod()))',
    # the Course 1 notebooks' own lines
    'w = np.zeros((3, 1))\nassert(w.dtype == float)\nprint(w.dtype == float, w.dtype == np.float64, w.dtype == "float64", np.zeros((2, 1), dtype=int).dtype == int, w.dtype == np.int64, w.dtype != bool, str(w.dtype))',
    'Y = np.array([[1, 0, 1, 1]])\nA2 = np.array([[0.8, 0.4, 0.3, 0.9]])\npredictions = (A2 > 0.5)\nprint("Accuracy: %d" % float((np.dot(Y, predictions.T) + np.dot(1 - Y, 1 - predictions.T)) / float(Y.size) * 100) + "%")\nprint(np.dot(Y, predictions.T).dtype, 1 - predictions.T, np.dot(predictions, predictions.T))',
    'cost = np.float64(0.693147)\nprint("Cost after iteration %i: %f" % (100, cost))\nprint("Cost after iteration {}: {}".format(100, cost), "cost = " + str(cost))',
    'x = np.array([[9, 2, 5, 0, 0], [7, 5, 0, 0, 0]])\nx_exp = np.exp(x)\nx_sum = np.sum(x_exp, axis=1, keepdims=True)\nprint(x_exp / x_sum)',
    'yhat = np.array([.9, 0.2, 0.1, .4, .9])\ny = np.array([1, 0, 0, 1, 1])\nprint(repr(np.sum(np.abs(y - yhat))), repr(np.dot(y - yhat, y - yhat)))',
    'b = np.array([1, 2, 3])\nprint(b[:, None], b[None, :], b[None], b[np.newaxis, :], b[:, np.newaxis].shape, b[1:, None], b[None, ::-1])',
    'A = np.array([[1, 2], [3, 4]])\nprint(A[:, None].shape)',
    'a = np.array([1, 2])\nb = np.array([3, 4])\nprint(np.c_[a, b], np.r_[a, b], np.c_[np.array([[1], [2]]), b], np.r_[a, 5, b], np.c_[1, 2], np.r_[np.array([[1, 2]]), np.array([[3, 4]])])',
    'xx, yy = np.array([[0.0, 1.0], [0.0, 1.0]]), np.array([[0.0, 0.0], [1.0, 1.0]])\nZ = np.c_[xx.ravel(), yy.ravel()]\nprint(Z, Z.shape, np.c_[np.array([1.5]), np.array([True])])',
    'print(np.c_[np.array([1, 2]), np.array([1, 2, 3])])',
    'x = np.array([[1.5, 2], [3, 0]])\nprint(np.sum(x, axis=(0, 1)), np.mean(x, axis=(1, 0)), np.sum(x, axis=(1,)), np.sum(x, axis=(0, 1), keepdims=True), np.max(x, axis=(0, 1)), np.std(x, axis=(0, 1)), np.linalg.norm(x, axis=(0, 1)))',
    'x = np.array([[1.5, 2], [3, 0]])\nprint(np.sum(x, axis=(0, 0)))',
    'print(np.isclose(np.array([1.0, 2.0]), np.array([1.0 + 1e-9, 2.1])), np.isclose(1.0, 1.0), repr(np.isclose(1.0, 1.1)), np.log1p(np.array([1e-10, 1.0])))',
    'np.random.seed(0)\nprint(repr(np.random.choice(5)), repr(np.random.choice(5, 3)), repr(np.random.choice([10, 20, 30], 4)), repr(np.random.choice(5, 3, replace=False)), repr(np.random.choice(4, (2, 2))))',
    'np.random.seed(1)\nprint(repr(np.random.choice(4, 6, p=[0.1, 0.2, 0.3, 0.4])), repr(np.random.choice(np.array([1.5, 2.5]))), repr(np.random.choice(3, p=[0.5, 0.25, 0.25])), np.random.choice(1000, 5, replace=False))',
    'print(np.random.choice(3, 5, replace=False))',
    'np.random.seed(3)\nM = np.random.randn(40, 209)\nprint(repr(np.sum(M.T.copy())), repr(np.sum(np.copy(M.T))), repr(np.sum(np.array(M.T))), repr(np.sum(M.T)), repr(np.float64(2.5).copy()), M.T.copy().shape)',
)
NUMPY_GAP_COUNTER = [0]


@family
def numpy_gaps():
    NUMPY_GAP_COUNTER[0] += 1
    return "import numpy as np\n" + NUMPY_GAP_PROGRAMS[(NUMPY_GAP_COUNTER[0] - 1) % len(NUMPY_GAP_PROGRAMS)] + "\n"


REDUCTION_SHAPES = [(1, 1), (1, 7), (1, 8), (1, 9), (1, 16), (1, 17), (3, 5), (8, 8), (13, 129), (50, 300), (300, 50),
                    (2, 1000), (1000, 3), (7, 256), (129, 1), (64, 64), (5, 200), (200, 5), (20, 209), (1, 209), (4, 400)]
REDUCTION_COUNTER = [0]


@family
def numpy_reduction_bits():
    """numpy's summation order: pairwise over blocks of 8 along a contiguous run, rows in order
    across a non-contiguous axis. Every result printed to the last bit (repr of floats)."""
    REDUCTION_COUNTER[0] += 1
    rows, columns = REDUCTION_SHAPES[(REDUCTION_COUNTER[0] - 1) % len(REDUCTION_SHAPES)]
    seed = rint(0, 10000)
    scale, offset = pick(("10", "3"), ("1", "0"), ("1e-3", "1e3"), ("100", "-0.5"))
    make = pick(f"np.random.randn({rows}, {columns}) * {scale} + {offset}", f"np.random.rand({rows}, {columns}) * {scale} - {offset}")
    return f"""import numpy as np
np.random.seed({seed})
M = {make}
print(repr(np.sum(M)), repr(np.sum(M.T)), repr(np.mean(M)), repr(np.mean(M.T)))
print(np.sum(M, axis=0).tolist())
print(np.sum(M, axis=1).tolist())
print(np.sum(M.T, axis=0).tolist())
print(np.sum(M.T, axis=1, keepdims=True).T.tolist())
print(np.mean(M, axis=0).tolist())
print(np.mean(M, axis=1).tolist())
print(np.linalg.norm(M, axis=0).tolist())
print(np.linalg.norm(M, axis=1, keepdims=True).T.tolist())
print(repr(np.sum(M * M)), repr(np.sum(M[0])), repr(np.sum(M[:, 0])), repr(np.sum(np.abs(M.T))), repr(np.mean(M > 0)))
print(repr(np.std(M)), np.std(M, axis=1).tolist()[:5], np.var(M.T, axis=1).tolist()[:5])
"""


VIEW_SHAPES = [(300, 50), (40, 209), (100, 100), (12288, 20), (5, 3000), (3, 10000), (50, 300), (209, 12), (64, 129)]
VIEW_COUNTER = [0]


@family
def numpy_view_sums():
    """Whole-array sums of slices, which numpy makes views: one evenly spaced run in memory is
    summed pairwise at once; anything else goes through numpy's 8192-element buffer a block of
    whole rows at a time, in the view's memory order (rows of M, or of M for a slice of M.T)."""
    VIEW_COUNTER[0] += 1
    rows, columns = VIEW_SHAPES[(VIEW_COUNTER[0] - 1) % len(VIEW_SHAPES)]
    seed = rint(0, 10000)

    def part(n):
        a = rint(0, n // 3)
        return pick(f"{a}:", f":{n - a}", f"{a}:{n - rint(0, n // 3)}", f"::{rint(2, 4)}", ":", f"{a}::2", "::-1", f":{a}:-1" if a else "::-1")

    views = []
    for _ in range(8):
        base = pick("M", "M", "T")
        r, c = (rows, columns) if base == "M" else (columns, rows)
        views.append(f"{base}[{part(r)}, {part(c)}]")
    views.append(pick("M[1:]", "M[:, 1:]", "T[:, 1:]"))
    return f"""import numpy as np
np.random.seed({seed})
M = np.random.randn({rows}, {columns}) * 10 + 3
T = M.T
for X in [{", ".join(views)}]:
    print(X.shape, repr(np.sum(X)), repr(np.mean(X)), repr(np.sum(X, keepdims=True)[0, 0]))
V = M[:, 1:]
print(repr(np.std(V)), repr(np.sum(V * 1.0)), repr(np.sum(np.array(V))), repr(np.sum(V.copy())), repr(np.sum(np.asarray(V))), repr(V.sum()), repr(np.sum(V.T)))
"""


# ---- generation ------------------------------------------------------------------------------

PER_FAMILY = {"errors": 100, "builtins_numbers": 14, "float_repr": 14, "fstrings": 14, "percent_format": 14,
              "str_format": 14, "string_methods": 16, "list_methods": 16, "dict_methods": 12, "slicing": 12,
              "numpy_elementwise": 14, "builtins_rare": 12, "big_int_float_mix": 8, "key_functions": 10,
              "recursion_depth": 8, "numpy_aliasing": 16, "python_basics_numpy": 12, "string_title_and_math": 6,
              "list_semantics_extra": 12, "crash_cyclic_and_deep": 6, "crash_huge_sizes": 6,
              "numpy_gaps": len(NUMPY_GAP_PROGRAMS), "numpy_reduction_bits": 2 * len(REDUCTION_SHAPES),
              "numpy_view_sums": 3 * len(VIEW_SHAPES)}
DEFAULT_PER_FAMILY = 8


def build_programs():
    programs = []
    seen = set()
    for fam in FAMILIES:
        count = PER_FAMILY.get(fam.family, DEFAULT_PER_FAMILY)
        made, tries = 0, 0
        while made < count and tries < count * 10:
            tries += 1
            src = fam()
            if src in seen:
                continue
            seen.add(src)
            programs.append((fam.family, src))
            made += 1
    return programs


def run_cpython(src):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "prog.py"
        p.write_text(src)
        r = subprocess.run([sys.executable, str(p)], capture_output=True, text=True, timeout=60, cwd=d)
    raises = None
    if r.returncode != 0:
        last = [l for l in r.stderr.strip().splitlines() if l and not l.startswith(" ")]
        name = last[-1].split(":")[0] if last else "Error"
        raises = name.split(".")[-1]
    return r.stdout, raises


def swift_raw(text, indent):
    n = 1
    while ('"' + "#" * n) in text or ("\\" + "#" * n) in text:
        n += 1
    h = "#" * n
    lines = [(indent + l) if l else l for l in text.split("\n")]
    return h + '"""\n' + "\n".join(lines) + "\n" + indent + '"""' + h


def write_fixtures():
    import numpy
    programs = build_programs()
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as ex:
        results = list(ex.map(lambda fs: run_cpython(fs[1]), programs))
    out = []
    out.append("// Generated by scripts/generate-python-differential-fixtures.py; do not edit by hand.")
    out.append("// Regenerate with `python3 scripts/generate-python-differential-fixtures.py` (seed %d)." % SEED)
    out.append("// CPython %s, numpy %s. Each case: a small program in the Course 1 notebooks' Python,"
               % (sys.version.split()[0], numpy.__version__))
    out.append("// CPython's stdout for it, and the name of the exception it raised (nil when it ran to the")
    out.append("// end). For a raising program only \"it fails\" (exit status 1) and the stdout before the")
    out.append("// failure must match, not the message. Check a build with")
    out.append("// `python3 scripts/generate-python-differential-fixtures.py --check .build/debug/backprop`.")
    out.append("")
    out.append("enum PythonDifferentialFixtures {")
    out.append("    static let cases: [(program: String, stdout: String, raises: String?)] = [")
    ind = " " * 12
    for (fam, src), (stdout, raises) in zip(programs, results):
        out.append("        (")
        out.append("            // " + fam)
        out.append("            program: " + swift_raw(src, ind) + ",")
        out.append("            stdout: " + swift_raw(stdout, ind) + ",")
        out.append("            raises: " + ("nil" if raises is None else '"%s"' % raises))
        out.append("        ),")
    out.append("    ]")
    out.append("}")
    OUT.write_text("\n".join(out) + "\n")
    print("wrote %d programs (%d raise) to %s, %d bytes" % (len(programs), sum(r[1] is not None for r in results),
                                                             OUT.relative_to(ROOT), OUT.stat().st_size))


def read_fixtures():
    """Parses the Swift file back (the check runs what the tests will hold)."""
    text = OUT.read_text()
    cases = []
    lines = text.split("\n")
    i = 0

    def read_raw(i, prefix):
        line = lines[i].strip()
        assert line.startswith(prefix), (i, line)
        h = line[len(prefix):].split('"""')[0]
        close = '"""' + h
        body = []
        i += 1
        while lines[i].strip() != close and lines[i].strip() != close + ",":
            body.append(lines[i][12:] if lines[i].startswith(" " * 12) else lines[i].lstrip())
            i += 1
        return "\n".join(body), i + 1

    fam = None
    while i < len(lines):
        s = lines[i].strip()
        if s.startswith("// ") and lines[i].startswith(" " * 12):
            fam = s[3:]
        if s.startswith("program: "):
            prog, i = read_raw(i, "program: ")
            out, i = read_raw(i, "stdout: ")
            r = lines[i].strip()[len("raises: "):]
            cases.append((fam, prog, out, None if r == "nil" else r.strip('"')))
        i += 1
    return cases


def limit_memory():
    """A program that asks for terabytes must fail, not take the machine with it."""
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (8 << 30, 8 << 30))


def check(backprop):
    backprop = os.path.abspath(backprop)
    cases = read_fixtures()

    def run(case):
        fam, prog, expected, raises = case
        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / "prog.py"
            p.write_text(prog)
            try:
                r = subprocess.run([backprop, "run", str(p)], capture_output=True, timeout=TIMEOUT, cwd=d,
                                   preexec_fn=limit_memory)
            except subprocess.TimeoutExpired:
                return "HANG", None, b"", b""
        return r.returncode, None, r.stdout, r.stderr

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as ex:
        results = list(ex.map(run, cases))
    bad = {"crash": [], "hang": [], "mismatch": [], "should-fail": [], "should-succeed": []}
    for n, (case, (rc, _, out, err)) in enumerate(zip(cases, results)):
        fam, prog, expected, raises = case
        got = out.decode("utf-8", "replace")
        if rc == "HANG":
            bad["hang"].append((n, case, got, ""))
            continue
        errtext = err.decode("utf-8", "replace")
        if rc < 0 or rc > 1:
            bad["crash"].append((n, case, got, "exit %d\n%s" % (rc, errtext)))
            continue
        if raises is None and rc != 0:
            bad["should-succeed"].append((n, case, got, errtext))
        elif raises is not None and rc == 0:
            bad["should-fail"].append((n, case, got, errtext))
        elif got != expected:
            bad["mismatch"].append((n, case, got, errtext))
    total = len(cases)
    nbad = sum(len(v) for v in bad.values())
    verbose = "-v" in sys.argv
    for kind, items in bad.items():
        for n, (fam, prog, expected, raises), got, err in items:
            print("=" * 78)
            print("#%d [%s] %s%s" % (n, fam, kind, "" if raises is None else " (CPython raises %s)" % raises))
            if verbose:
                print("--- program\n" + prog)
            print("--- CPython stdout\n" + expected)
            print("--- Backprop stdout\n" + got)
            if err:
                print("--- Backprop stderr\n" + err[:1500])
    print("=" * 78)
    print("%d programs, %d match, %d differ: %s" % (total, total - nbad, nbad,
                                                    ", ".join("%d %s" % (len(v), k) for k, v in bad.items())))
    by_fam = {}
    for kind, items in bad.items():
        for n, case, _, _ in items:
            by_fam[case[0]] = by_fam.get(case[0], 0) + 1
    print("by family:", ", ".join("%s %d" % kv for kv in sorted(by_fam.items(), key=lambda kv: -kv[1])))
    return 1 if nbad else 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--check":
        sys.exit(check(sys.argv[2]))
    write_fixtures()
