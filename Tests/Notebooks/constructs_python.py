"""
The Python the notebooks lean on, outside the graded functions: statements, assignment forms,
lists, dicts, tuples, strings and the builtins. A module docstring prints nothing.
"""
import math
import copy
import numpy as np

print("--- numbers")
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1)
print(10 ** 400 // 10 ** 399, 2 ** 100, len(str(3 ** 200)))
print(0.1 + 0.2, 1e-7, 1.5e16, 3.0, -0.0, 1 / 3)
print(int(3.9), int(-3.9), int("42"), float("2.5"), float(3), int(True) + 1)
print(round(2.5), round(3.5), round(2.675, 2), round(-1.25, 1), round(7))
print(abs(-3), abs(-2.5), min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3]), sum([0.5, 0.25]))
print(math.sqrt(16), math.log(math.e), math.exp(0), math.pi)
print(True, False, None, True + True, not None, 3 == 3.0)

print("--- types")
values = [1, 2.0, "three", (4,), [5], {"six": 6}, None, True, np.zeros((1, 2))]
for v in values:
    print(type(v))
print(isinstance(1, int), isinstance(1.0, float), isinstance(1, float), isinstance(True, int))
print(isinstance((1, 2), tuple), isinstance([1], list), isinstance({}, dict), isinstance(np.zeros(2), np.ndarray))
print(type(np.float64(1.5)) == np.float64, isinstance(np.float64(1.5), float))

print("--- assignment")
a = b = 0
print(a, b)
x, y = 1, 2
x, y = y, x
print("swapped:", x, y)
(p, q, r) = (10, 20, 30)
print(p + q + r)
first, second = [3.5, "s"]
print(first, second)
n = 5
n += 2
n -= 1
n *= 3
n //= 4
n **= 2
print("n =", n)
s = "ab"
s += "cd"
s *= 2
print(s)
counts = [0, 0, 0]
counts[1] += 5
counts[-1] -= 1
print(counts)
totals = {"cost": 1.0, "steps": 0}
totals["cost"] *= 0.5
totals["steps"] += 1
totals["new"] = totals.get("new", 0) + 7
print(totals)
M = np.zeros((2, 3))
M[0, :] += 1
M[:, 1] -= 2.5
M[1, 2] = 4
print(M)

print("--- if / elif / else")
for value in [-2, 0, 3, 12]:
    if value < 0:
        kind = "negative"
    elif value == 0:
        kind = "zero"
    elif value > 10:
        kind = "big"
    else:
        kind = "small"
    print(value, kind)
if not [] and {} == {} and (1 in [1, 2] or False):
    print("empty list is falsy")

print("--- loops")
for i in range(3):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=",")
print()
for i in reversed(range(4)):
    print(i, end="")
print()
for i, name in enumerate(["W1", "b1", "W2"]):
    print(i, name)
for i, name in enumerate(["a", "b"], 1):
    print(i, name)
for w, g in zip([1.0, 2.0, 3.0], [0.1, 0.2]):
    print(w - g)
for key in {"x": 1, "y": 2}:
    print("key", key)
for key, value in {"x": 1, "y": 2}.items():
    print(key, "->", value)
for item in (1, "two", 3.0):
    print(repr(item))
for row in np.array([[1, 2], [3, 4], [5, 6]]):
    print(row, row.shape, row.sum())
for ch in "abc":
    print(ch.upper(), end="")
print()

k = 0
while True:
    k += 1
    if k % 2 == 0:
        continue
    if k > 7:
        break
    print("odd", k)
while k > 0:
    k -= 3
print("k after while:", k)
for i in range(5):
    pass
print("i after pass loop:", i)
for i in range(3):
    if i == 1:
        break
print("broke at", i)

print("--- functions")


def scale(values, factor=2, offset=0.0):
    """Multiply then shift each value."""
    return [v * factor + offset for v in values]


print(scale([1, 2]))
print(scale([1, 2], 3))
print(scale([1, 2], offset=0.5))
print(scale(factor=-1, values=[4]))


def min_max(values):
    return min(values), max(values)


result = min_max([3, 8, -1])
low, high = min_max([3, 8, -1])
print(result, low, high, type(result))


def nothing():
    pass


print(nothing())

call_count = 0


def counted(x):
    global call_count
    call_count += 1
    return x * x


total = sum([counted(i) for i in range(4)])
print("total", total, "calls", call_count)


def make_step(learning_rate):
    def step(w, dw):
        return w - learning_rate * dw
    return step


step = make_step(0.1)
print(step(1.0, 2.0), make_step(1)(5, 2))


def outer():
    history = []

    def record(v):
        history.append(v)

    for v in [3, 1, 2]:
        record(v)
    return history


print(outer())


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(factorial(5), factorial(30), [fib(i) for i in range(10)])

assert factorial(3) == 6
assert len([1, 2]) == 2, "a list of two has length two"

print("--- lists")
L = [3, 1, 2]
L.append(5)
L.extend([8, 13])
print(L, len(L), L[0], L[-1], L[1:3], L[::2], L[::-1])
last = L.pop()
print(last, L.pop(0), L)
print(2 in L, 7 in L, 7 not in L)
print([1, 2] + [3], [0] * 3, [[0] * 2 for _ in range(2)])
squares = [i * i for i in range(6) if i % 2 == 0]
print(squares, sorted([3, -1, 2]), sorted(["b", "A", "a"]), sorted([3, 1, 2], reverse=True))
nested = [[1, 2], [3, 4]]
print(nested[1][0], [v for row in nested for v in row])
copied = copy.deepcopy(nested)
copied[0][0] = 99
print(nested, copied)
del L[0]
print(L)
L[1] = "changed"
print(L, L.index("changed"))

print("--- dicts")
d = {"W1": 1, "b1": 2}
d["W2"] = 3
print(d, len(d), d["W1"], d.get("nope"), d.get("nope", -1))
print(list(d.keys()), list(d.values()), list(d.items()))
print("W1" in d, "W9" in d)
del d["b1"]
print(d)
inverse = {v: k for k, v in d.items()}
print(inverse)
shapes = {"W" + str(l): (l + 1, l) for l in range(1, 4)}
print(shapes)
for key in sorted(shapes):
    print(key, shapes[key])
empty = {}
empty["x"] = []
empty["x"].append(1)
print(empty)

print("--- tuples")
t = (1, 2, 3)
print(t, t[1], len(t), t + (4,), (5,), (), t[::-1], 2 in t)
single = 7,
print(single, type(single))
pair = ("W1", np.array([[1.5, 2.0]]))
print(pair)
print([np.array([1.0, 2.0]), np.array([[3]])])

print("--- strings")
name = "  Deep Learning  "
print(name.strip(), name.upper(), name.lower(), len(name))
words = "forward backward update".split()
print(words, "-".join(words), " + ".join(["a", "b"]))
print("a,b,,c".split(","))
print("W" + str(3), str(2.50), str(None), repr("it's"), repr('say "hi"'))
print("back" in "backprop", "x" in "backprop")
print("abc"[0], "abc"[-1], "abcdef"[1:4], "-" * 10)
cost = 0.6931471805599453
i = 42
print("Cost after iteration %i: %f" % (i, cost))
print("%d%% done, %s, %5.2f, %-4d|, %e" % (50, "ok", 3.14159, 7, 12345.678))
print("{} and {}".format(1, "two"), "{0}{1}{0}".format("a", "b"), "{:.3f}".format(cost))
print("{name}={value:.2f}".format(name="lr", value=0.0075))
print(f"Cost after iteration {i:5d}: {cost:.6f}")
print(f"{i}|{i:>6}|{i:<6}|{i:06d}|{cost:10.4f}|{cost:e}|{2 * i}|{'nested'}")
print(f"{[1, 2]} {(3,)} {d} {None} {True}")
print("multi", "arguments", 3, 4.5, None, sep="_")
print("no newline", end="")
print(" -- then this", end="!\n")
print()
print("", sep="x")

print("--- numpy values in Python containers")
A = np.array([[1.0, 2.0], [3.0, 4.0]])
cache = (A, A.T)
print(cache)
print(str(A), repr(A))
print([A.shape, A.T.shape], {"A": A.sum()})
print(float(np.squeeze(A[0:1, 0:1])), int(np.sum(A)))
B = A
del A
print("B survives del A:", B.shape)
print("done")
