#!/usr/bin/env python3
"""numpy as the oracle for every number a lesson shows or asks for.

For each lesson in lessons/ (all of them, the tour included) this script runs the lesson's own
lines in numpy: every ```repl line, every reference answer, and the stepper's commands through the
course's code (initialize_parameters / initialize_parameters_deep, the forward and backward
functions of the deep network notebook, compute_cost, nn_model's update loop, predict). Backprop's
output is never the reference. Then it checks, against what numpy computes at that point:

  1. every ```check line: `EXPRESSION ≈ NUMBERS ± TOLERANCE` must be within its tolerance of
     numpy's value, and `EXPRESSION == VALUE` must hold in numpy too;
  2. every `number:` answer: numpy's value of what the question asks for (the expression in
     NUMBER_ANSWERS below) must be within the question's tolerance of the answer written;
  3. every result the lesson's golden transcript (Tests/LessonsTests/Golden/NAME.txt, which
     `swift test` compares with the engine's replay character for character) prints: each value
     an expression prints, the stepper's costs, J, accuracies and caches. So a change in the
     engine's numbers cannot be accepted by rewriting the transcripts with UPDATE_GOLDENS=1.

Tolerances are what numpy agreement justifies. A value printed rounded (matrices to `precision`
digits, costs to six places) must round to what was printed: half a unit in the last place.
A value printed in full must agree to 1e-12 relative (Backprop and numpy differ by a few ulp:
summation order in products, exp/tanh within 2 ulp). And where a run is chaotic (the planar run
at α = 1.2 after about 7,700 iterations: the loss spike near 7,800 amplifies last-bit differences)
only what is stable is checked: the lessons are also run in NOISY_WORLDS copies of numpy whose
stepper moves 1 % of its activations by one ulp (course_model.LastBitNoise, as another exp/tanh
would), and each value may differ from numpy's by 1.5 times the spread those copies show. Where
the run is stable that spread is about 1e-16; for the planar costs after 7,800 iterations it is
about 3e-4 and for the final accuracy 0.25 points (one of 400 examples). A checkpoint or answer
whose written tolerance is tighter than that spread is reported as unstable.

Finally the numpy value of each `number:` answer is written to Tests/LessonsTests/
LessonNumberFixtures.swift, which the replay tests compare with the engine's own value, so
`swift test` needs no Python. Without --write-fixtures the committed file must agree with numpy.

Run from the package root:  python3 scripts/check-lesson-values.py [--write-fixtures] [-v]
(about half a minute). Exits 1 if anything disagrees with numpy or has no numpy value.
"""

import ast
import math
import pathlib
import re
import sys
import textwrap

import numpy as np

import host
from course_model import LastBitNoise, load_planar_dataset, sigmoid

ROOT = pathlib.Path(__file__).resolve().parent.parent
LESSONS = ROOT / "lessons"
GOLDEN = ROOT / "Tests" / "LessonsTests" / "Golden"
FIXTURE = ROOT / "Tests" / "LessonsTests" / "LessonNumberFixtures.swift"

NOISY_WORLDS = 6
SPREAD_FACTOR = 1.5
FULL_PRECISION = 1e-12  # relative: a value printed in full, or an engine value, where the run is stable

# What each `number:` question asks for, as an expression in both numpy and Backprop's language,
# evaluated where the question stands (L is the stepper's number of layers). In lesson order:
# (the answer as written, the expression). An expression answer is its own expression.
NUMBER_ANSWERS = {
    "logistic-regression": [
        ("3", "np.sum(predictions)"),
    ],
    "two-layer-network": [
        ("90.75 ± 0.25", "100 * np.mean(predictions == Y)"),
        ("66.75", "100 * np.mean(predictions == Y)"),
    ],
    "deep-network-building-blocks": [
        ("3", "L"),
        ("2", "L - 1"),
        ("3", "L"),  # one cache per layer
    ],
    "activation-functions": [
        ("0.25", "sigmoid_derivative(0)"),
        ("4.54e-5 ± 5e-8", "sigmoid_derivative(10)"),
        ("4", "tanh_derivative(0) / sigmoid_derivative(0)"),
        ("62.75", "100 * np.mean(predictions == Y)"),
        ("89.25", "100 * np.mean(predictions == Y)"),
    ],
    "random-initialisation": [
        ("0", "np.max(np.abs(A1))"),
        ("0.5", "np.max(np.abs(A2))"),
        ("0 ± 1e-12", "db2[0, 0]"),
        ("1", "1 + np.sum(np.max(np.abs(dW1 - dW1[0:1, :]), axis=1) > 0)"),  # rows unlike the first, and it
        ("1", "1 + np.sum(np.max(np.abs(W1 - W1[0:1, :]), axis=1) > 0)"),
        ("np.mean(np.abs(A1) > 0.99)", None),
        ("np.mean(tanh_derivative(Z1)) ± 5e-5", None),
        ("72.75", "100 * np.mean(predictions == Y)"),
    ],
    "build-your-own": [
        ("0.440804 ± 5e-3", 'compute_cost(L_model_forward(X, {"W1": W1, "b1": b1, "W2": W2, "b2": b2})[0], Y)'),
    ],
}

# The course's dnn_utils helpers, as `from dnn_utils import …` defines them in Backprop
# (Sources/BackpropLanguage/Checking/CourseHelpers.swift).
DNN_UTILS = """
def sigmoid(Z):
    return 1 / (1 + np.exp(-Z)), Z

def relu(Z):
    return np.maximum(0, Z), Z

def relu_backward(dA, cache):
    dZ = np.array(dA, copy=True)
    dZ[cache <= 0] = 0
    return dZ

def sigmoid_backward(dA, cache):
    s = 1 / (1 + np.exp(-cache))
    return dA * s * (1 - s)
"""

# The reference solutions `define:` questions take as their answer: the `reference:` of each
# entry of check's catalogue, read from the Swift source that holds them.
CATALOGUE_SOURCES = sorted((pathlib.Path(__file__).resolve().parent.parent / "Sources" / "BackpropLanguage" / "Checking").glob("*Functions.swift"))


def reference_definition(name):
    for path in CATALOGUE_SOURCES:
        match = re.search(r'name: "' + re.escape(name) + r'".*?reference: """\n(.*?)\n\s*"""', path.read_text(), re.S)
        if match:
            return textwrap.dedent(match.group(1))
    raise Failure(f"define: {name}: check's catalogue has no reference for it")


# `==` checkpoints where numpy and Backprop differ by design, with the reason.
BY_DESIGN = {}


# --- The course's functions and Backprop's helpers, in numpy -----------------------------------

def relu(z):
    return np.maximum(0, z)


def leaky_relu(z, slope=0.01):
    return np.where(z > 0, z, slope * z)


def sigmoid_derivative(z):
    s = sigmoid(z)
    return s * (1 - s)


def tanh_derivative(z):
    t = np.tanh(z)
    return 1 - t * t


def relu_derivative(z):
    return np.where(np.asarray(z) > 0, 1.0, 0.0)


def leaky_relu_derivative(z, slope=0.01):
    return np.where(np.asarray(z) > 0, 1.0, slope)


HELPERS = dict(sigmoid=sigmoid, relu=relu, leaky_relu=leaky_relu, sigmoid_derivative=sigmoid_derivative,
               tanh_derivative=tanh_derivative, relu_derivative=relu_derivative,
               leaky_relu_derivative=leaky_relu_derivative)

ACTIVATIONS = {
    "sigmoid": (sigmoid, lambda dA, Z, A: dA * A * (1 - A)),
    "tanh": (np.tanh, lambda dA, Z, A: dA * (1 - np.power(A, 2))),
    "relu": (relu, lambda dA, Z, A: np.where(Z <= 0, 0.0, dA)),  # relu_backward: dZ[Z <= 0] = 0
    "linear": (lambda Z: Z, lambda dA, Z, A: dA),
    "leaky_relu": (leaky_relu, lambda dA, Z, A: dA * leaky_relu_derivative(Z)),
}


class Failure(Exception):
    pass


# --- The stepper, with the course's code ---------------------------------------------------------

class Stepper:
    """The network commands a lesson types, computed with the notebooks' formulas. Parameters
    and every quantity live in the session's variables, as in Backprop."""

    def __init__(self, world):
        self.world = world
        self.layers = []  # [(units, activation)]
        self.iteration = 0
        self.position = None  # ("forward", l) | ("cost",) | ("backward", l) | ("update",)
        self.rate = 0.01  # the stepper's α until `update lr` or `train … lr` sets it

    @property
    def scope(self):
        return self.world.scope

    @property
    def L(self):
        return len(self.layers)

    def activate(self, name, Z):
        noise = self.world.noise
        if noise is not None and name in ("sigmoid", "tanh"):
            return noise.sigmoid(Z) if name == "sigmoid" else noise.tanh(Z)
        return ACTIVATIONS[name][0](Z)

    def command(self, name, words):
        getattr(self, "do_" + name)(words)

    def do_data(self, words):
        if words == ["planar"]:
            X, Y = load_planar_dataset()
            self.scope["X"], self.scope["Y"] = X, Y
        elif len(words) == 2:
            X, Y = self.scope[words[0]], self.scope[words[1]]
            self.scope["X"], self.scope["Y"] = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
        else:
            raise Failure(f"data {' '.join(words)}: no numpy mirror")
        self.scope["m"] = self.scope["X"].shape[1]
        self.world.result("data", m=self.scope["m"], n0=self.scope["X"].shape[0])
        self.position = ("forward", 1) if self.layers else None

    def do_layer(self, words):
        if len(words) == 2 and words[0] == "remove":
            del self.layers[int(words[1]) - 1]
        elif len(words) == 2:
            self.layers.append((int(words[0]), words[1]))
        elif len(words) == 4 and words[1] == "=":
            self.layers[int(words[0]) - 1] = (int(words[2]), words[3])
        else:
            raise Failure(f"layer {' '.join(words)}: no numpy mirror")

    def do_network(self, words):
        if words == ["clear"]:
            self.layers = []

    def units(self, l):
        return self.scope["X"].shape[0] if l == 0 else self.layers[l - 1][0]

    def do_init(self, words):
        kind, rest = words[0], words[1:]
        scale = 0.01
        if kind == "random" and rest and rest[0] != "seed":
            scale = float(rest[0])
            rest = rest[1:]
        if rest[:1] == ["seed"]:
            np.random.seed(int(rest[1]))
        for l in range(1, self.L + 1):
            n, n_prev = self.units(l), self.units(l - 1)
            if kind == "zeros":
                W = np.zeros((n, n_prev))
            elif kind == "random":  # initialize_parameters: randn * 0.01, W1 first
                W = np.random.randn(n, n_prev) * scale
            elif kind == "he":  # initialize_parameters_he
                W = np.random.randn(n, n_prev) * np.sqrt(2 / n_prev)
            elif kind == "xavier":
                W = np.random.randn(n, n_prev) / np.sqrt(n_prev)
            else:
                raise Failure(f"init {kind}: no numpy mirror")
            self.scope[f"W{l}"], self.scope[f"b{l}"] = W, np.zeros((n, 1))
        self.iteration = 0
        self.position = ("forward", 1)

    # One step at a time, as L_model_forward and L_model_backward do it.

    def forward(self, l):
        A_prev = self.scope["X"] if l == 1 else self.scope[f"A{l - 1}"]
        Z = np.dot(self.scope[f"W{l}"], A_prev) + self.scope[f"b{l}"]
        self.scope[f"Z{l}"], self.scope[f"A{l}"] = Z, self.activate(self.layers[l - 1][1], Z)
        if l == 1:
            self.scope["A0"] = self.scope["X"]

    def cost(self):
        A, Y = self.scope[f"A{self.L}"], self.scope["Y"]
        m = Y.shape[1]
        return float(np.squeeze(-np.sum(np.multiply(np.log(A), Y) + np.multiply(np.log(1 - A), 1 - Y)) / m))

    def backward(self, l):
        s = self.scope
        m = s["Y"].shape[1]
        A_prev = s["X"] if l == 1 else s[f"A{l - 1}"]
        if l == self.L:  # sigmoid output with cross-entropy: dZ = A - Y, as nn_model writes it
            A, Y = s[f"A{l}"], s["Y"]
            s[f"dA{l}"] = -(np.divide(Y, A) - np.divide(1 - Y, 1 - A))
            dZ = A - Y
        else:
            dZ = ACTIVATIONS[self.layers[l - 1][1]][1](s[f"dA{l}"], s[f"Z{l}"], s[f"A{l}"])
        s[f"dZ{l}"] = dZ
        s[f"dW{l}"] = 1 / m * np.dot(dZ, A_prev.T)
        s[f"db{l}"] = 1 / m * np.sum(dZ, axis=1, keepdims=True)
        s[f"dA{l - 1}"] = np.dot(s[f"W{l}"].T, dZ)

    def update(self, rate):
        for l in range(1, self.L + 1):
            self.scope[f"W{l}"] = self.scope[f"W{l}"] - rate * self.scope[f"dW{l}"]
            self.scope[f"b{l}"] = self.scope[f"b{l}"] - rate * self.scope[f"db{l}"]
        self.iteration += 1

    def step(self):
        kind = self.position
        if kind[0] == "forward":
            self.forward(kind[1])
            self.position = ("forward", kind[1] + 1) if kind[1] < self.L else ("cost",)
        elif kind[0] == "cost":
            self.scope["J"] = self.cost()
            self.world.result("J", value=self.scope["J"])
            self.position = ("backward", self.L)
        elif kind[0] == "backward":
            self.backward(kind[1])
            self.position = ("backward", kind[1] - 1) if kind[1] > 1 else ("update",)
        return kind

    def do_forward(self, words):
        while True:
            self.step()
            if words != ["all"] or self.position[0] != "forward":
                break

    def do_cost(self, words):
        if self.position != ("cost",):
            raise Failure(f"cost at {self.position}: the mirror follows the lesson's order")
        self.step()

    def do_backward(self, words):
        while True:
            self.step()
            if words != ["all"] or self.position[0] != "backward":
                break

    def do_update(self, words):
        if words[:1] == ["lr"]:
            self.rate = float(words[1])  # α is remembered, as the stepper remembers it
        self.update(self.rate)
        self.position = ("forward", 1)

    def do_train(self, words):
        n = int(words[0])
        options = dict(zip(words[1::2], words[2::2]))
        self.rate = float(options.get("lr", self.rate))
        rate, every = self.rate, int(options.get("every", max(1, n // 10)))
        start = self.iteration
        for i in range(start, start + n):  # nn_model's loop
            for l in range(1, self.L + 1):
                self.forward(l)
            cost = self.cost()
            for l in range(self.L, 0, -1):
                self.backward(l)
            self.update(rate)
            if (i - start) % every == 0 or i == start + n - 1:
                self.world.result("cost", iteration=i, value=cost)
        self.world.result("trained", total=self.iteration)
        if n > 0:
            self.scope["J"] = cost  # the last iteration's cost, as training leaves it (Network.finishTraining)
        self.position = ("forward", 1)

    def do_predict(self, words):
        A = self.scope["X"]
        for l in range(1, self.L + 1):
            A = self.activate(self.layers[l - 1][1], np.dot(self.scope[f"W{l}"], A) + self.scope[f"b{l}"])
        predictions = (A > 0.5) * 1.0
        self.scope["predictions"] = predictions
        Y = self.scope["Y"]
        right = int(np.sum(predictions == Y))
        self.world.result("accuracy", value=100 * right / Y.size, right=right, m=Y.size)

    def do_where(self, words):
        if self.position and self.position[0] in ("backward", "update"):
            self.world.result("J", value=self.scope["J"])

    def do_show(self, words):
        what, l = words[0], int(words[1])
        names = [f"A{l - 1}", f"W{l}", f"b{l}", f"Z{l}"] if what == "cache" else []
        self.world.result("show", values={name: self.scope[name] for name in names}, precision=self.world.precision)

    def do_shapes(self, words):
        pass

    def do_use(self, words):
        pass  # `use mine` runs the learner's functions beside the stepper's, whose numbers stay

    def do_from(self, words):
        # `from dnn_utils import sigmoid, …`: the course's helpers, whose sigmoid and relu return (A, cache).
        if words and words[0] in ("dnn_utils", "dnn_utils_v2"):
            exec(DNN_UTILS, self.world.scope)

    def do_explain(self, words):
        pass

    def do_plot(self, words):
        pass  # a picture: the regions are not numbers the lesson states

    def do_precision(self, words):
        self.world.precision = int(words[0])


COMMANDS = {"data", "layer", "network", "init", "forward", "cost", "backward", "update", "train", "predict",
            "where", "show", "shapes", "explain", "plot", "precision", "use", "from"}


# --- One numpy session running a lesson ---------------------------------------------------------

class World:
    def __init__(self, noise=None):
        self.noise = noise
        self.scope = {"np": np, **HELPERS}
        self.stepper = Stepper(self)
        self.precision = 8
        self.results = []  # what the current input printed, in order

    def result(self, kind, **fields):
        self.results.append((kind, fields))

    def run(self, line):
        """Runs one input line (or a `def`); returns what it printed: [(kind, fields)]."""
        self.results = []
        if line.startswith("def "):
            exec(line, self.scope)
            return self.results
        for statement, silenced in split_statements(line):
            command = statement.split()[0] if statement.split() else ""
            if command in COMMANDS and not re.match(r"^\w+\s*(=[^=]|\(|\.|\[)", statement):
                self.stepper.command(command, statement.split()[1:])
                continue
            target, value = split_assignment(statement)
            self.scope["L"] = self.stepper.L
            try:
                result = eval(to_python(value), self.scope)
            except Exception as error:  # numpy refuses it too (or the mirror cannot run it: reported)
                self.result("error", message=f"{value!r} → {type(error).__name__}: {error}")
                break  # as in Backprop, the statements after a failed one do not run
            if target is not None:
                self.scope[target] = result
            elif not silenced and result is not None:
                self.result("value", value=result, precision=self.precision)
        return self.results

    def evaluate(self, text):
        self.scope["L"] = self.stepper.L
        try:
            return eval(to_python(text), self.scope)
        except Exception as error:
            raise Failure(f"numpy cannot evaluate {text!r} ({to_python(text)}): {error}")


def split_statements(line):
    """Top-level `;` splits statements; a statement followed by `;` prints nothing."""
    parts, depth, current = [], 0, ""
    for character in line:
        if character in "([{":
            depth += 1
        elif character in ")]}":
            depth -= 1
        if character == ";" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += character
    parts.append(current)
    statements = []
    for index, part in enumerate(parts):
        if part.strip():
            statements.append((part.strip(), index < len(parts) - 1))
    return statements


def split_assignment(statement):
    match = re.match(r"^([A-Za-z_]\w*)\s*=(?!=)\s*(.*)$", statement)
    return (match.group(1), match.group(2)) if match else (None, statement)


def to_python(text):
    """Backprop's language is numpy's but for its Octave matrix literals, `[1 2 -1; 3 4 -3.2]`
    (and a bracket literal is a float matrix, not a list)."""
    stripped = text.strip()
    if stripped.startswith("[") and stripped.endswith("]") and stripped.count("[") == stripped.count("]"):
        inner = stripped[1:-1]
        if "[" not in inner:  # Octave: spaces or commas split columns, ; ends a row
            rows = [re.split(r"[\s,]+", row.strip()) for row in inner.split(";")]
            return "np.array(" + repr([[float(x) for x in row if x] for row in rows]) + ")"
        return f"np.array({stripped}, dtype=float)"
    return text


# --- Reading lessons and transcripts -------------------------------------------------------------

def half_unit(text):
    """ShapeText.halfUnitInLastPlace: half a unit in the last digit written, None for an expression."""
    numbers = [n for n in re.split(r"[\[\],; ]+", text) if n]
    units = []
    for number in numbers:
        digits = number.lstrip("-")
        try:
            float(digits)
        except ValueError:
            return None
        if "e" in digits.lower():
            return None
        units.append(0.5 if "." not in digits else float("5e-%d" % (len(digits.split(".")[1]) + 1)))
    return max(units) if units else None


def value_and_tolerance(text):
    for separator in ("±", "+-"):
        if separator in text:
            value, tolerance = text.split(separator, 1)
            return value.strip(), float(tolerance)
    return text.strip(), None


def parse_lesson(path):
    """The lesson's items in order: ("repl", line, [lines]), ("question", line, fields),
    ("check", [(line, text)]), as lessons/*.md are written (see LessonParser.swift)."""
    lines = path.read_text().splitlines()
    items, index = [], 0
    while index < len(lines):
        if lines[index].strip().startswith("```"):
            kind, start = lines[index].strip()[3:].strip(), index + 1
            body = []
            index += 1
            while lines[index].strip() != "```":
                body.append((index + 1, lines[index]))
                index += 1
            if kind == "repl":
                # A line meant to fail carries a trailing `# error` marker, which the transcript does not show.
                repl_lines = [re.sub(r"\s*# error$", "", text.strip()) for _, text in body if text.strip()]
                items.append(("repl", start, repl_lines))
            elif kind == "question":
                fields = []
                for number, text in body:
                    if not text.strip():
                        continue
                    if text.startswith(" ") and fields:
                        fields[-1] = (fields[-1][0], fields[-1][1] + " " + text.strip(), fields[-1][2])
                        continue
                    key, value = text.split(":", 1)
                    fields.append((key.strip(), value.strip(), number))
                items.append(("question", start, fields))
            elif kind == "check":
                items.append(("check", [(number, text.strip()) for number, text in body if text.strip()]))
        index += 1
    return items


def replay_answer(fields):
    """What `backprop replay` types: a choice by its number, else the reference answer."""
    keys = [key for key, _, _ in fields]
    if "option" in keys or "correct" in keys:
        options = [key for key in keys if key in ("option", "correct")]
        return str(options.index("correct") + 1), "choice"
    for k, value, _ in fields:
        if k == "define":
            return reference_definition(value), "define"
    for key in ("expect", "shape", "number"):
        for k, value, _ in fields:
            if k == key:
                if key == "shape":
                    sizes = re.findall(r"\d+", value)
                    return ("(%s,)" % sizes[0] if len(sizes) == 1 else "(%s)" % ", ".join(sizes)), key
                if key == "number":
                    return value_and_tolerance(value)[0], key
                return value, key
    raise Failure(f"a question without an answer: {fields}")


def transcript_blocks(path):
    """[input line, output lines, checkpoint lines after it] for each `backprop>` and `answer>`
    line of a golden transcript, in order. An output ends at a blank line, a verdict, a hint or
    a checkpoint."""
    blocks, closed, in_check = [], True, False
    for line in path.read_text().splitlines():
        if in_check and line.startswith("  "):  # a long checkpoint wrapped onto the next line
            blocks[-1][2].append(line)
            continue
        in_check = False
        if line.startswith("backprop> ") or line.startswith("answer> "):
            blocks.append([line, [], []])
            closed = False
        elif line.startswith("   ...: ") and blocks and not closed and not blocks[-1][1]:
            blocks[-1][0] += "\n" + line  # a definition typed on continuation lines
        elif not blocks:
            continue
        elif line.startswith("✓ ") or line.startswith("CHECKPOINT FAILED"):
            blocks[-1][2].append(line)
            closed, in_check = True, True
        elif line == "" or line.startswith(("right", "not quite", "(answer with", "(that was not", "hint ", "skipped;")):
            closed = True
        elif not closed:
            blocks[-1][1].append(line)
    return blocks


NUMBER_TOKEN = re.compile(r"nan|-?inf|True|False|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def printed_array(text):
    """The numbers of a printed value (a matrix followed by its shape, a number, True/False)."""
    match = re.match(r"^(.*?)\s{2}\((?:\d+(?:, \d+)*,?)?\)$", text, re.S)
    body = match.group(1) if match else text
    return [token for token in NUMBER_TOKEN.findall(body)]


def token_value(token):
    return {"True": 1.0, "False": 0.0, "nan": math.nan, "inf": math.inf, "-inf": -math.inf}.get(token) if token in (
        "True", "False", "nan", "inf", "-inf") else float(token)


def rounding_unit(token, precision):
    """Half a unit in the last place numpy's printing keeps for this token: `precision` digits
    after the point, or of the mantissa in scientific notation."""
    if token in ("True", "False", "nan", "inf", "-inf"):
        return 0.0
    if "e" in token.lower():
        exponent = int(token.lower().split("e")[1])
        return 0.5 * 10.0 ** (exponent - precision)
    return 0.5 * 10.0 ** -precision


# --- Checking --------------------------------------------------------------------------------------

class Report:
    def __init__(self, verbose):
        self.verbose = verbose
        self.problems = 0
        self.checked = 0

    def ok(self, where, message):
        self.checked += 1
        if self.verbose:
            print(f"ok  {where}: {message}")

    def bad(self, where, message):
        self.problems += 1
        print(f"BAD {where}: {message}")


def as_numbers(value):
    return np.asarray(value, dtype=float).ravel()


def spread_of(values):
    """How far the noisy worlds' values stray from the exact one (element-wise maximum)."""
    exact = as_numbers(values[0])
    spread = 0.0
    for other in values[1:]:
        other = as_numbers(other)
        if other.shape != exact.shape:
            return math.inf
        with np.errstate(invalid="ignore"):
            difference = np.abs(other - exact)
        difference = difference[~(np.isnan(other) & np.isnan(exact))]
        if difference.size:
            spread = max(spread, float(np.max(difference)))
    return spread


def summarised_view(values, count):
    """The elements numpy's summarisation shows with some edgeitems (the leading and trailing
    rows and columns of each long axis), flattened, when they are `count` numbers; else None."""
    array = np.asarray(values, dtype=float)
    if array.ndim == 0:
        return None
    for edge in range(1, 4):
        view = array
        for axis in range(array.ndim):
            if view.shape[axis] > 2 * edge:
                view = np.concatenate([np.take(view, range(edge), axis=axis),
                                       np.take(view, range(view.shape[axis] - edge, view.shape[axis]), axis=axis)], axis=axis)
        if view.size == count:
            return view.reshape(-1)
    return None


def close(printed, numpy_values, rounding, spread, where, what, report):
    """Each printed number against numpy's: rounding, FULL_PRECISION (relative to the value's
    largest element) and the chaos spread."""
    numbers = as_numbers(numpy_values)
    if len(printed) < numbers.size:
        # Summarised to fit the screen (`...`): the numbers shown are numpy's edge rows and columns.
        view = summarised_view(numpy_values, len(printed))
        if view is not None:
            numbers = view
    if len(printed) != numbers.size:
        report.bad(where, f"{what}: printed {len(printed)} numbers, numpy has {numbers.size}")
        return
    scale = float(np.max(np.abs(numbers[np.isfinite(numbers)]))) if np.any(np.isfinite(numbers)) else 0.0
    worst, allowed_at_worst = 0.0, 0.0
    for token, value in zip(printed, numbers):
        p = token_value(token)
        if math.isnan(p) or math.isnan(value):
            if not (math.isnan(p) and math.isnan(value)):
                report.bad(where, f"{what}: printed {token}, numpy {value!r}")
                return
            continue
        if math.isinf(p) or math.isinf(value):
            if p != value:
                report.bad(where, f"{what}: printed {token}, numpy {value!r}")
                return
            continue
        allowed = rounding(token) * (1 + 1e-9) + FULL_PRECISION * max(scale, abs(value)) + SPREAD_FACTOR * spread
        if abs(p - value) > allowed:
            report.bad(where, f"{what}: printed {token}, numpy {value!r} (|difference| {abs(p - value):.3g} > {allowed:.3g})")
            return
        if abs(p - value) >= worst:
            worst, allowed_at_worst = abs(p - value), allowed
    report.ok(where, f"{what}: {numbers.size} number(s), worst |printed − numpy| {worst:.3g} ≤ {allowed_at_worst:.3g}"
              + (f" (chaotic: spread {spread:.3g})" if spread > 1e-9 else ""))


def without_notes(lines):
    """The output lines without Backprop's notes (a `note:` line and its indented echo, caret and
    hint) and without the line that says a value was summarised to fit the screen."""
    kept, in_note = [], False
    for line in lines:
        if line.startswith(("note:", "warning:")):
            in_note = True
            continue
        if in_note and line.startswith("  "):
            continue
        in_note = False
        if line.startswith("(... summarised"):  # how to see every number: not a value
            continue
        kept.append(line)
    return kept


def check_printed(block_output, results, where, report):
    """The output lines of one input against what numpy printed (results of every world)."""
    exact = results[0]
    text = "\n".join(without_notes(block_output))
    errors = [fields["message"] for kind, fields in exact if kind == "error"]
    if errors:
        if text.startswith("error:"):
            report.ok(where, f"an error in numpy too: {errors[0]}")
        else:
            report.bad(where, f"numpy raises an error here, the transcript shows none: {errors[0]}")
        return
    if text.startswith("error:"):
        report.bad(where, "the transcript shows an error; numpy runs the line")
        return
    if not exact:
        if re.match(r"^(\[|-?\d|True$|False$|nan$)", text):
            report.bad(where, f"the transcript prints a value numpy's line does not: {text.splitlines()[0]}")
        return
    values = [r for r in exact if r[0] == "value"]
    if values:
        # Every printed value, one after the other: a line starting with [ or a number begins one.
        chunks, current = [], []
        for line in text.split("\n"):
            if current and re.match(r"^(\[|[-\d]|True|False|nan|\()", line) and not line.startswith(" "):
                chunks.append("\n".join(current))
                current = []
            current.append(line)
        if current:
            chunks.append("\n".join(current))
        if len(chunks) != len(values):
            report.bad(where, f"{len(chunks)} printed value(s), numpy printed {len(values)}")
            return
        for n, (chunk, (_, fields)) in enumerate(zip(chunks, values)):
            across = [world[[i for i, r in enumerate(world) if r[0] == "value"][n]][1]["value"] for world in results]
            tokens = printed_array(chunk)
            value = fields["value"]
            if isinstance(value, tuple):  # a shape: numbers, not formatting ((5,) and (1, 5) are five numbers)
                continue
            close(tokens, value, lambda t: rounding_unit(t, fields["precision"]) if "[" in chunk else
                  (0.0 if t in ("True", "False") else FULL_PRECISION * abs(token_value(t))),
                  spread_of(across), where, "value", report)
        return
    for n, (kind, fields) in enumerate(exact):
        across = [world[n][1] for world in results]
        if kind == "cost":
            match = re.search(rf"^Cost after iteration {fields['iteration']}: (\S+)$", text, re.M)
            if not match:
                report.bad(where, f"no 'Cost after iteration {fields['iteration']}' line; numpy prints {fields['value']:.6f}")
                continue
            close([match.group(1)], fields["value"], lambda t: 5e-7, spread_of([a["value"] for a in across]), where,
                  f"cost at iteration {fields['iteration']}", report)
        elif kind == "trained":
            if not re.search(rf"; {fields['total']} in all since init$", text, re.M):
                report.bad(where, f"numpy has done {fields['total']} iterations since init")
            else:
                report.ok(where, f"{fields['total']} iterations since init")
        elif kind == "J":
            match = re.search(r"J = (-?[\d.e+-]+)$", text, re.M)
            if not match:
                report.bad(where, f"no J printed; numpy's is {fields['value']!r}")
                continue
            close([match.group(1)], fields["value"], lambda t: 0.0, spread_of([a["value"] for a in across]), where, "J", report)
        elif kind == "accuracy":
            match = re.search(r"^accuracy: ([\d.]+)% \((\d+) of (\d+) examples\)$", text, re.M)
            if not match:
                report.bad(where, f"no accuracy printed; numpy's is {fields['value']}%")
                continue
            spread = spread_of([a["value"] for a in across])
            # Printed to two decimals (with the exact count beside it): half a unit of the last digit.
            close([match.group(1)], fields["value"], lambda t: 0.5 * 10.0 ** -len(t.split(".")[1]) if "." in t else 0.5,
                  spread, where, "accuracy", report)
            close([match.group(2)], fields["right"], lambda t: 0.0, spread * fields["m"] / 100, where, "examples right", report)
        elif kind == "data":
            match = re.search(r"^n\[0\] = (\d+) features?, m = (\d+) examples?$", text, re.M)
            if not match or (int(match.group(1)), int(match.group(2))) != (fields["n0"], fields["m"]):
                report.bad(where, f"numpy's data has n[0] = {fields['n0']}, m = {fields['m']}")
            else:
                report.ok(where, f"n[0] = {fields['n0']}, m = {fields['m']}")
        elif kind == "show":
            sections = re.split(r"^(\w+) \(\d+, \d+\)$", text, flags=re.M)
            shown = dict(zip(sections[1::2], sections[2::2]))
            for name, value in fields["values"].items():
                if name not in shown:
                    report.bad(where, f"{name} is not shown")
                    continue
                spread = spread_of([a["values"][name] for a in across])
                close(printed_array(shown[name].strip()), value, lambda t: rounding_unit(t, fields["precision"]), spread, where, name,
                      report)


def check_lesson(path, report, fixtures):
    name = re.sub(r"^\d+-", "", path.stem)
    file = f"lessons/{path.name}"
    golden = GOLDEN / f"{name}.txt"
    items = parse_lesson(path)

    # The inputs the replay types, and the lines numpy must run.
    expected_inputs = []
    for item in items:
        if item[0] == "repl":
            expected_inputs += [("backprop> " + line, line, True) for line in item[2]]
        elif item[0] == "question":
            answer, kind = replay_answer(item[2])
            shown = answer.replace("\n", "\n   ...: ")  # a definition's lines, as the replay types them
            expected_inputs.append(("answer> " + shown, answer, kind in ("expect", "define")))

    if not golden.exists():
        report.bad(file, f"no transcript {golden.relative_to(ROOT)}")
        return
    blocks = transcript_blocks(golden)
    transcript_inputs = [block[0] for block in blocks]
    if transcript_inputs != [text for text, _, _ in expected_inputs]:
        first = next((i for i, (a, b) in enumerate(zip(transcript_inputs, expected_inputs)) if a != b[0]),
                     min(len(transcript_inputs), len(expected_inputs)))
        report.bad(file, f"the transcript's inputs are not the lesson's at input {first + 1}: "
                         f"{transcript_inputs[first:first + 1]} vs {[t for t, _, _ in expected_inputs[first:first + 1]]}")
        return
    failed = [line for block in blocks for line in block[2] if line.startswith("CHECKPOINT FAILED")]
    for line in failed:
        report.bad(file, f"the transcript records {line}")

    worlds = [World()] + [World(LastBitNoise(seed)) for seed in range(1, NOISY_WORLDS + 1)]
    # Each world runs the lesson in turn; np.random is global, so they never interleave.
    outcomes = []
    for world in worlds:
        outcomes.append(run_lesson(world, items, expected_inputs, file))
    printed = [o["printed"] for o in outcomes]
    for index, block in enumerate(blocks):
        check_printed(block[1], [p[index] for p in printed], f"{golden.relative_to(ROOT)}: {block[0]}", report)

    # Checkpoints, in the transcript's order and the lesson's.
    written_checks = [text for item in items if item[0] == "check" for _, text in item[1]]
    # A checkpoint longer than the line is wrapped onto indented continuation lines.
    shown_checks = []
    for block in blocks:
        for line in block[2]:
            if line.startswith("✓ "):
                shown_checks.append(line[2:])
            elif line.startswith("  ") and shown_checks and not line.startswith("   "):
                shown_checks[-1] += " " + line[2:]
    if shown_checks != written_checks and not failed:
        report.bad(file, "the transcript's checkpoints are not the lesson's")
    for n, (line, text, kind, value, written, tolerance) in enumerate(outcomes[0]["checks"]):
        where = f"{file}:{line}"
        if kind == "equal":
            holds = all(o["checks"][n][3] for o in outcomes)
            if text in BY_DESIGN:
                report.ok(where, f"{text}: not numpy's, by design: {BY_DESIGN[text]}")
            elif holds:
                report.ok(where, f"{text} holds in numpy")
            else:
                report.bad(where, f"{text} does not hold in numpy")
            continue
        numbers, expected = as_numbers(value), as_numbers(written)
        if numbers.size != expected.size:
            report.bad(where, f"{text}: numpy's value has {numbers.size} numbers, the checkpoint {expected.size}")
            continue
        difference = float(np.max(np.abs(numbers - expected))) if numbers.size else 0.0
        # Stable: numpy with another last bit (every noisy world) must hold the checkpoint too.
        noisy = max((float(np.max(np.abs(as_numbers(o["checks"][n][3]) - expected))) if numbers.size else 0.0
                     for o in outcomes[1:]), default=0.0)
        if not difference <= tolerance:
            report.bad(where, f"{text}: |numpy − written| = {difference:.3g} > {tolerance:g} (numpy: {np.array2string(numbers, precision=17)})")
        elif not noisy <= tolerance:
            report.bad(where, f"{text}: holds in numpy, but not after a last-bit difference (off by {noisy:.3g}): "
                              f"the run is chaotic there, and ± {tolerance:g} is tighter than what is stable")
        else:
            report.ok(where, f"{text}: |numpy − written| = {difference:.3g} ≤ {tolerance:g}"
                      + (f" (chaotic: {noisy:.3g} after a last-bit difference)" if noisy > 1e-9 else ""))

    # `number:` answers.
    asked = outcomes[0]["numbers"]
    table = NUMBER_ANSWERS.get(name, [])
    if len(table) != len(asked):
        report.bad(file, f"{len(asked)} number question(s), NUMBER_ANSWERS has {len(table)}: say what each one asks for")
        return
    for n, ((line, block_line, written_text, value, tolerance), (listed, _)) in enumerate(zip(asked, table)):
        where = f"{file}:{line}"
        if listed != written_text:
            report.bad(where, f"number: {written_text}, but NUMBER_ANSWERS lists {listed!r} here")
            continue
        spread = spread_of([o["numbers"][n][3] for o in outcomes])
        engine_tolerance = FULL_PRECISION * max(1.0, abs(value)) + SPREAD_FACTOR * spread
        written, _ = value_and_tolerance(written_text)
        try:
            written_value = float(written)
            # Stable: numpy with another last bit (every noisy world) must give the answer too.
            noisy = max((abs(written_value - o["numbers"][n][3]) for o in outcomes[1:]), default=0.0)
        except ValueError:
            # An expression answer: the engine evaluates it where it stands; the fixture holds numpy's value.
            written_value, noisy = value, 0.0
        if not abs(written_value - value) <= tolerance:
            report.bad(where, f"number: {written_text}, numpy's value is {value!r}")
        elif not noisy <= tolerance:
            report.bad(where, f"number: {written_text}: after a last-bit difference numpy gives {noisy:.3g} away; "
                              f"± {tolerance:g} is tighter than what is stable")
        else:
            report.ok(where, f"number: {written_text}: numpy {value!r}")
        fixtures.append((name, block_line, line, outcomes[0]["number_expressions"][n], value, engine_tolerance))


def run_lesson(world, items, expected_inputs, file):
    """Runs a lesson's lines in one world: what each input printed, each checkpoint's numpy
    value, and each number question's."""
    printed, checks, numbers, expressions = [], [], [], []
    np.random.seed(0)  # Backprop's generator before any seed() is numpy's seed 0 (Environment.swift)
    table = iter(NUMBER_ANSWERS.get(re.sub(r"^lessons/\d+-|\.md$", "", file), []))
    inputs = iter(expected_inputs)
    for item in items:
        if item[0] == "repl":
            for _ in item[2]:
                _, line, _ = next(inputs)
                printed.append(world.run(line))
        elif item[0] == "question":
            _, answer, runs = next(inputs)
            fields = item[2]
            number = [(value, line) for key, value, line in fields if key == "number"]
            if number:
                text, line = number[0]
                value_text, tolerance = value_and_tolerance(text)
                default = half_unit(value_text)
                tolerance = tolerance if tolerance is not None else (default if default is not None else 1e-9)
                listed = next(table, (None, None))
                expression = listed[1] or value_text
                expressions.append(expression)
                numbers.append((line, item[1], text, float(np.squeeze(world.evaluate(expression))), tolerance))
            printed.append(world.run(answer) if runs else [])
        elif item[0] == "check":
            for line, text in item[1]:
                checks.append((line,) + evaluate_checkpoint(world, text))
    return dict(printed=printed, checks=checks, numbers=numbers, number_expressions=expressions)


def evaluate_checkpoint(world, text):
    for separator in (" ≈ ", " ~= "):
        if separator in text:
            expression, written = text.rsplit(separator, 1)
            written, tolerance = value_and_tolerance(written)
            if tolerance is None:
                tolerance = half_unit(written)
            value = world.evaluate(expression.strip())
            if re.match(r"^[\s\[\],0-9eE+.\-]+$", written):
                written_value = np.array(ast.literal_eval(written), dtype=float)
            else:
                written_value = world.evaluate(written)
            return text, "approx", value, written_value, tolerance if tolerance is not None else 1e-9
    expression, written = text.rsplit(" == ", 1)
    a, b = world.evaluate(expression.strip()), world.evaluate(written.strip())
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        holds = isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.shape == b.shape and np.array_equal(a, b)
    else:
        holds = bool(a == b)
    return text, "equal", holds, None, None


# --- The fixtures the replay tests read -----------------------------------------------------------

def swift_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fixture_text(entries):
    lines = [
        f"// Generated by scripts/check-lesson-values.py --write-fixtures with numpy {np.__version__}",
        f"// on {host.description()}.",
        "// Do not edit: rerun the script after changing a lesson's questions.",
        "",
        "/// For each lesson, each `number:` question: the expression (Backprop's language and numpy's",
        "/// alike; L is the stepper's layer count) whose value the question asks for, numpy's value of it",
        "/// where the question stands, and how far the engine's value may be from numpy's: 1e-12",
        "/// relative, plus 1.5 times the spread numpy's own value shows under last-bit noise where the",
        "/// run before the question is chaotic (see the script).",
        "enum LessonNumberFixtures {",
        "    struct Answer: Sendable {",
        "        /// The line of the question's ```question block, and of its `number:`.",
        "        let line: Int",
        "        let numberLine: Int",
        "        let expression: String",
        "        let numpy: Double",
        "        let tolerance: Double",
        "    }",
        "",
        "    static let answers: [String: [Answer]] = [",
    ]
    names = []
    for name, *_ in entries:
        if name not in names:
            names.append(name)
    for name in names:
        lines.append(f"        {swift_string(name)}: [")
        for entry_name, line, number_line, expression, value, tolerance in entries:
            if entry_name == name:
                lines.append(f"            Answer(line: {line}, numberLine: {number_line}, expression: {swift_string(expression)}, "
                             f"numpy: {value!r}, tolerance: {tolerance:.3g}),")
        lines.append("        ],")
    lines += ["    ]", "}", ""]
    return "\n".join(lines)


def committed_fixtures():
    if not FIXTURE.exists():
        return None
    pattern = re.compile(r'^\s+"([\w-]+)": \[$|Answer\(line: (\d+), numberLine: (\d+), expression: "((?:[^"\\]|\\.)*)", '
                         r'numpy: ([^,]+), tolerance: ([^)]+)\)')
    entries, name = [], None
    for line in FIXTURE.read_text().splitlines():
        match = pattern.search(line)
        if not match:
            continue
        if match.group(1):
            name = match.group(1)
        else:
            expression = match.group(4).replace('\\"', '"').replace("\\\\", "\\")
            entries.append((name, int(match.group(2)), int(match.group(3)), expression, float(match.group(5)), float(match.group(6))))
    return entries


def compare_fixtures(entries, report):
    committed = committed_fixtures()
    where = str(FIXTURE.relative_to(ROOT))
    if committed is None:
        report.bad(where, "missing: run python3 scripts/check-lesson-values.py --write-fixtures")
        return
    if [e[:4] for e in committed] != [e[:4] for e in entries]:
        report.bad(where, "its questions are not the lessons' (lines or expressions moved): rerun with --write-fixtures")
        return
    for (name, line, _, expression, value, tolerance), (_, _, _, _, numpy_value, _) in zip(committed, entries):
        if not abs(value - numpy_value) <= FULL_PRECISION * max(1.0, abs(numpy_value)) + tolerance:
            report.bad(where, f"{name}:{line}: {expression} is {value!r}, numpy now {numpy_value!r}: rerun with --write-fixtures")
            return
    report.ok(where, f"{len(entries)} number answers agree with numpy")


def main():
    verbose = "-v" in sys.argv
    report = Report(verbose)
    fixtures = []
    paths = sorted(LESSONS.glob("[0-9][0-9]-*.md"))
    if not paths:
        report.bad("lessons", "no lessons found")
    for path in paths:
        try:
            check_lesson(path, report, fixtures)
        except Failure as failure:
            report.bad(f"lessons/{path.name}", str(failure))
    if "--write-fixtures" in sys.argv:
        FIXTURE.write_text(fixture_text(fixtures))
        print(f"wrote {FIXTURE.relative_to(ROOT)}")
    else:
        compare_fixtures(fixtures, report)
    if report.problems:
        print(f"{report.problems} problem(s); {report.checked} check(s) agree with numpy")
        sys.exit(1)
    print(f"every number of the {len(paths)} lessons agrees with numpy: {report.checked} checks "
          f"(checkpoints, number answers, printed results)")


if __name__ == "__main__":
    main()
