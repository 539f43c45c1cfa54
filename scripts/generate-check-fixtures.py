#!/usr/bin/env python3
"""Writes Tests/BackpropLanguageTests/CheckFixtures.swift: what numpy gives, as repr(result), for
every `check` catalogue entry's reference solution on the course's own test case. Run once with
the CPython + numpy the project follows; the tests never run Python.

The reference `def`s and the course helpers are read from the Swift sources (the catalogue's
`reference: \"\"\"...\"\"\"` blocks), so the fixture is of the very solution `check` runs. The
test cases' setup is this script's own copy, written as the course's test-case generators and
test cells write it: the Swift test runs the catalogue's first case instead, so the fixture also
holds the two to the same inputs.
"""
import copy
import platform
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CHECKING = ROOT / "Sources/BackpropLanguage/Checking"
OUT = ROOT / "Tests/BackpropLanguageTests/CheckFixtures.swift"
FILES = ["LogisticRegressionFunctions.swift", "ShallowNetworkFunctions.swift", "DeepNetworkFunctions.swift"]
WEEKS = {"logisticRegression": 2, "shallowNetwork": 3, "deepNetwork": 4}

# The course's test cases, as its notebooks (week 2) and testCases modules (weeks 3, 4) make them.
TRAINED_W3 = """{"W1": np.array([[-0.00615039, 0.0169021], [-0.02311792, 0.03137121], [-0.0169217, -0.01752545], [0.00935436, -0.05018221]]),
              "W2": np.array([[-0.0104319, -0.04019007, 0.01607211, 0.04440255]]),
              "b1": np.array([[-8.97523455e-07], [8.15562092e-06], [6.04810633e-07], [-2.54560700e-06]]),
              "b2": np.array([[9.14954378e-05]])}"""
W1_W3 = "np.array([[-0.00416758, -0.00056267], [-0.02136196, 0.01640271], [-0.01793436, -0.00841747], [0.00502881, -0.01245288]])"
W2_W3 = "np.array([[-0.01057952, -0.00909008, 0.00551454, 0.02292208]])"
PROPAGATE = """
w = np.array([[1.], [2.]])
b = 2.
X = np.array([[1., 2., -1.], [3., 4., -3.2]])
Y = np.array([[1, 0, 1]])
"""
NEWER_PROPAGATE = """
w = np.array([[1.], [2]])
b = 1.5
X = np.array([[1., -2., -1.], [3., 0.5, -3.2]])
Y = np.array([[1, 1, 0]])
"""
# Later cases of an entry that are the course's too (the newer notebook's), by their index among the entry's cases.
LATER_COURSE_CASES = {
    (2, "propagate", 1): NEWER_PROPAGATE,
    (2, "optimize", 1): NEWER_PROPAGATE + "num_iterations = 100\nlearning_rate = 0.009\nprint_cost = False\n",
}
COURSE_CASES = {
    (2, "sigmoid"): "z = np.array([0, 2])",
    (2, "initialize_with_zeros"): "dim = 2",
    (2, "propagate"): PROPAGATE,
    (2, "optimize"): PROPAGATE + "num_iterations = 100\nlearning_rate = 0.009\nprint_cost = False\n",
    (2, "predict"): """
w = np.array([[0.1124579], [0.23106775]])
b = -0.3
X = np.array([[1., -1.1, -3.2], [1.2, 2., 0.1]])
""",
    (3, "layer_sizes"): """
np.random.seed(1)
X = np.random.randn(5, 3)
Y = np.random.randn(2, 3)
""",
    (3, "initialize_parameters"): "np.random.seed(2)\nn_x, n_h, n_y = 2, 4, 1\n",
    (3, "forward_propagation"): f"""
np.random.seed(1)
X = np.random.randn(2, 3)
b1 = np.random.randn(4, 1)
b2 = np.array([[-1.3]])
parameters = {{"W1": {W1_W3}, "W2": {W2_W3}, "b1": b1, "b2": b2}}
""",
    (3, "compute_cost"): """
np.random.seed(1)
Y = (np.random.randn(1, 3) > 0)
A2 = np.array([[0.5002307, 0.49985831, 0.50023963]])
""",
    (3, "backward_propagation"): f"""
np.random.seed(1)
X = np.random.randn(2, 3)
Y = (np.random.randn(1, 3) > 0)
parameters = {{"W1": {W1_W3}, "W2": {W2_W3}, "b1": np.array([[0.], [0.], [0.], [0.]]), "b2": np.array([[0.]])}}
cache = {{"A1": np.array([[-0.00616578, 0.0020626, 0.00349619], [-0.05225116, 0.02725659, -0.02646251],
                        [-0.02009721, 0.0036869, 0.02883756], [0.02152675, -0.01385234, 0.02599885]]),
         "A2": np.array([[0.5002307, 0.49985831, 0.50023963]]),
         "Z1": np.array([[-0.00616586, 0.0020626, 0.0034962], [-0.05229879, 0.02726335, -0.02646869],
                        [-0.02009991, 0.00368692, 0.02884556], [0.02153007, -0.01385322, 0.02600471]]),
         "Z2": np.array([[0.00092281, -0.00056678, 0.00095853]])}}
""",
    (3, "update_parameters"): f"""
parameters = {TRAINED_W3}
grads = {{"dW1": np.array([[0.00023322, -0.00205423], [0.00082222, -0.00700776], [-0.00031831, 0.0028636], [-0.00092857, 0.00809933]]),
         "dW2": np.array([[-1.75740039e-05, 3.70231337e-03, -1.25683095e-03, -2.55715317e-03]]),
         "db1": np.array([[1.05570087e-07], [-3.81814487e-06], [-1.90155145e-07], [5.46467802e-07]]),
         "db2": np.array([[-1.08923140e-05]])}}
learning_rate = 1.2
""",
    (3, "nn_model"): """
np.random.seed(1)
X = np.random.randn(2, 3)
Y = (np.random.randn(1, 3) > 0)
n_h = 4
num_iterations = 100
print_cost = False
""",
    (3, "predict"): f"""
np.random.seed(1)
X = np.random.randn(2, 3)
parameters = {TRAINED_W3}
""",
    (4, "initialize_parameters"): "n_x, n_h, n_y = 3, 2, 1",
    (4, "initialize_parameters_deep"): "layer_dims = [5, 4, 3]",
    (4, "linear_forward"): """
np.random.seed(1)
A = np.random.randn(3, 2)
W = np.random.randn(1, 3)
b = np.random.randn(1, 1)
""",
    (4, "linear_activation_forward"): """
np.random.seed(2)
A_prev = np.random.randn(3, 2)
W = np.random.randn(1, 3)
b = np.random.randn(1, 1)
activation = "sigmoid"
""",
    (4, "L_model_forward"): """
np.random.seed(6)
X = np.random.randn(5, 4)
W1 = np.random.randn(4, 5)
b1 = np.random.randn(4, 1)
W2 = np.random.randn(3, 4)
b2 = np.random.randn(3, 1)
W3 = np.random.randn(1, 3)
b3 = np.random.randn(1, 1)
parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}
""",
    (4, "compute_cost"): "Y = np.asarray([[1, 1, 0]])\nAL = np.array([[.8, .9, 0.4]])\n",
    (4, "linear_backward"): """
np.random.seed(1)
dZ = np.random.randn(3, 4)
A = np.random.randn(5, 4)
W = np.random.randn(3, 5)
b = np.random.randn(3, 1)
cache = (A, W, b)
""",
    (4, "linear_activation_backward"): """
np.random.seed(2)
dA = np.random.randn(1, 2)
A = np.random.randn(3, 2)
W = np.random.randn(1, 3)
b = np.random.randn(1, 1)
Z = np.random.randn(1, 2)
cache = ((A, W, b), Z)
activation = "sigmoid"
""",
    (4, "L_model_backward"): """
np.random.seed(3)
AL = np.random.randn(1, 2)
Y = np.array([[1, 0]])
A1 = np.random.randn(4, 2)
W1 = np.random.randn(3, 4)
b1 = np.random.randn(3, 1)
Z1 = np.random.randn(3, 2)
A2 = np.random.randn(3, 2)
W2 = np.random.randn(1, 3)
b2 = np.random.randn(1, 1)
Z2 = np.random.randn(1, 2)
caches = (((A1, W1, b1), Z1), ((A2, W2, b2), Z2))
""",
    (4, "update_parameters"): """
np.random.seed(2)
W1 = np.random.randn(3, 4)
b1 = np.random.randn(3, 1)
W2 = np.random.randn(1, 3)
b2 = np.random.randn(1, 1)
params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
np.random.seed(3)
dW1 = np.random.randn(3, 4)
db1 = np.random.randn(3, 1)
dW2 = np.random.randn(1, 3)
db2 = np.random.randn(1, 1)
grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
learning_rate = 0.1
""",
}


def swift_multiline(body):
    """The text of a Swift multi-line string literal: the closing delimiter's indentation is stripped."""
    lines = body.split("\n")
    indent = len(lines[-1]) - len(lines[-1].lstrip(" "))
    return "\n".join(line[indent:] for line in lines[:-1]) + "\n"


def course_helpers():
    text = (CHECKING / "CourseHelpers.swift").read_text()
    helpers = {}
    for name in ["planarUtils", "dnnUtils"]:
        match = re.search(r'static let ' + name + r' = """\n(.*?\n\s*)"""', text, re.S)
        helpers[name] = swift_multiline(match.group(1))
    return {2: "", 3: helpers["planarUtils"], 4: helpers["dnnUtils"]}


def catalogue():
    """(week, name, parameters, reference) of every entry, in the course's order."""
    entries = []
    pattern = re.compile(r'name: "(\w+)", week: \.(\w+),\s*parameters: \[([^\]]*)\].*?reference: """\n(.*?\n\s*)"""', re.S)
    for file in FILES:
        for name, week, parameters, body in pattern.findall((CHECKING / file).read_text()):
            entries.append((WEEKS[week], name, re.findall(r'"(\w+)"', parameters), swift_multiline(body)))
    return entries


def swift_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main():
    entries = catalogue()
    helpers = course_helpers()
    rows = []
    for week in sorted(set(e[0] for e in entries)):
        program = helpers[week] + "\n\n".join(e[3] for e in entries if e[0] == week)
        references = {"np": np, "copy": copy}  # the notebooks' imports
        exec(program, references)
        for entry_week, name, parameters, _ in entries:
            if entry_week != week:
                continue
            cases = [(0, COURSE_CASES[(week, name)])]
            cases += [(key[2], setup) for key, setup in LATER_COURSE_CASES.items() if key[:2] == (week, name)]
            for index, setup in cases:
                namespace = dict(references)
                exec(setup, namespace)
                result = namespace[name](*[copy.deepcopy(namespace[p]) for p in parameters])
                later = f", case: {index}" if index else ""
                rows.append(f"        .init(week: {week}, name: {swift_string(name)}{later}, repr: {swift_string(repr(result))}),")
    missing = set(COURSE_CASES) - set((e[0], e[1]) for e in entries)
    if missing:
        sys.exit(f"course cases without a catalogue entry: {sorted(missing)}")
    OUT.write_text(f"""// Generated by scripts/generate-check-fixtures.py from numpy {np.__version__} on CPython {platform.python_version()}; do not edit by hand.
// Each entry: repr of what the catalogue's reference solution returns on the course's own test case
// (the entry's first case, or the one at `case`).

enum CheckFixtures {{
    static let courseCases: [CheckFixture] = [
{chr(10).join(rows)}
    ]
}}
""")
    print(f"wrote {len(rows)} fixtures to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
