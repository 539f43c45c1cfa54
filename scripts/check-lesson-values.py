#!/usr/bin/env python3
"""numpy as the oracle for the lessons' checkpoints.

Replays what lessons/02-06 do, with numpy and the course's own code (nn_model from the planar
notebook, initialize_parameters_deep / L_model_forward / L_model_backward from the deep network
notebook), and checks every numeric checkpoint written in the lesson files against it: each
`EXPRESSION ≈ NUMBERS ± TOLERANCE` line of a ```check block must be within its tolerance of what
numpy computes. Backprop's own output is never the reference.

Run from the package root:  python3 scripts/check-lesson-values.py   (takes a few seconds)
Exits 1 if a checkpoint disagrees with numpy or a checkpoint has no numpy value here.
"""

import math
import pathlib
import re
import sys

import numpy as np

from course_model import load_planar_dataset, sigmoid

ROOT = pathlib.Path(__file__).resolve().parent.parent


X_PLANAR, Y_PLANAR = load_planar_dataset()


def cross_entropy(A, Y):
    m = Y.shape[1]
    return float(np.squeeze(-np.sum(np.multiply(np.log(A), Y) + np.multiply(np.log(1 - A), 1 - Y)) / m))


# --- The planar notebook's 2-layer network (hidden activation as a parameter) -------------------

ACTIVATIONS = {
    "tanh": (np.tanh, lambda A, Z: 1 - np.power(A, 2)),
    "sigmoid": (sigmoid, lambda A, Z: A * (1 - A)),
}


def two_layer_forward(p, X, hidden):
    Z1 = p["W1"] @ X + p["b1"]
    A1 = ACTIVATIONS[hidden][0](Z1)
    Z2 = p["W2"] @ A1 + p["b2"]
    A2 = sigmoid(Z2)
    return dict(Z1=Z1, A1=A1, Z2=Z2, A2=A2)


def two_layer_backward(p, c, X, Y, hidden):
    m = X.shape[1]
    dZ2 = c["A2"] - Y
    dW2 = 1 / m * np.dot(dZ2, c["A1"].T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(p["W2"].T, dZ2) * ACTIVATIONS[hidden][1](c["A1"], c["Z1"])
    dW1 = 1 / m * np.dot(dZ1, X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
    return dict(dW1=dW1, db1=db1, dW2=dW2, db2=db2)


def two_layer_init(n_h, scale=0.01, seed=2):
    """initialize_parameters: W = randn * scale in the order W1, W2, after np.random.seed."""
    np.random.seed(seed)
    W1 = np.random.randn(n_h, 2) * scale
    W2 = np.random.randn(1, n_h) * scale
    return dict(W1=W1, b1=np.zeros((n_h, 1)), W2=W2, b2=np.zeros((1, 1)))


def two_layer_train(p, iterations, lr=1.2, hidden="tanh"):
    """nn_model's loop: forward, cost, backward, update; returns the parameters after it."""
    p = {k: v.copy() for k, v in p.items()}
    for _ in range(iterations):
        c = two_layer_forward(p, X_PLANAR, hidden)
        g = two_layer_backward(p, c, X_PLANAR, Y_PLANAR, hidden)
        p = {k: p[k] - lr * g["d" + k] for k in p}
    return p


def accuracy_and_cost(p, hidden="tanh"):
    A2 = two_layer_forward(p, X_PLANAR, hidden)["A2"]
    return float(np.mean((A2 > 0.5) == Y_PLANAR)), cross_entropy(A2, Y_PLANAR)


# --- The deep network notebook's building blocks ----------------------------------------------

def initialize_parameters_deep(layer_dims, seed=3, he=False):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        scale = np.sqrt(2.0 / layer_dims[l - 1]) if he else 0.01
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * scale
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L + 1):
        A_prev = A
        Z = np.dot(parameters["W" + str(l)], A_prev) + parameters["b" + str(l)]
        A = sigmoid(Z) if l == L else np.maximum(0, Z)
        caches.append(((A_prev, parameters["W" + str(l)], parameters["b" + str(l)]), Z))
    return A, caches


def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    grads["dA" + str(L)] = dAL
    dA = dAL
    for l in reversed(range(1, L + 1)):
        (A_prev, W, b), Z = caches[l - 1]
        if l == L:
            s = sigmoid(Z)
            dZ = dA * s * (1 - s)
        else:
            dZ = np.array(dA, copy=True)
            dZ[Z <= 0] = 0
        m = A_prev.shape[1]
        grads["dW" + str(l)] = 1 / m * np.dot(dZ, A_prev.T)
        grads["db" + str(l)] = 1 / m * np.sum(dZ, axis=1, keepdims=True)
        dA = np.dot(W.T, dZ)
        grads["dA" + str(l - 1)] = dA
    return grads


# --- What each lesson's checkpoints should be -------------------------------------------------
# For each lesson, the checkpoint expressions in the order they appear, with numpy's value.

def lesson_two_layer_network():
    v = []
    np.random.seed(1)
    X = np.random.randn(3, 5)
    W1 = np.random.randn(4, 3)
    b1 = np.random.randn(4, 1)
    W2 = np.random.randn(1, 4)
    b2 = np.random.randn(1, 1)
    x = X[:, 0:1]
    z1 = W1 @ x + b1
    a2 = sigmoid(W2 @ sigmoid(z1) + b2)
    A2 = sigmoid(W2 @ sigmoid(W1 @ X + b1) + b2)
    v += [("z1", z1), ("a2", a2), ("A2", A2)]

    p = two_layer_init(4)
    c = two_layer_forward(p, X_PLANAR, "tanh")
    g = two_layer_backward(p, c, X_PLANAR, Y_PLANAR, "tanh")
    v += [("J", cross_entropy(c["A2"], Y_PLANAR))]
    v += [(k, g[k]) for k in ("dW2", "db2", "dW1", "db1")]

    accuracy, _ = accuracy_and_cost(two_layer_train(p, 10000))
    v += [("np.mean(predictions == Y)", accuracy)]

    accuracy, _ = accuracy_and_cost(two_layer_train(two_layer_init(5), 300))
    v += [("np.mean(predictions == Y)", accuracy)]
    return v


def lesson_deep_network_building_blocks():
    v = []
    np.random.seed(1)
    X = np.random.randn(5, 6)
    Y = np.array([[1.0, 0, 1, 1, 0, 0]])
    p = initialize_parameters_deep([5, 4, 3, 1])
    notebook = initialize_parameters_deep([5, 4, 3])  # the notebook's own test: the same W1, W2
    assert np.array_equal(notebook["W1"], p["W1"]) and np.array_equal(notebook["W2"], p["W2"])
    v += [("W1", p["W1"]), ("W2", p["W2"]), ("W3", p["W3"])]
    AL, caches = L_model_forward(X, p)
    v += [("A2", caches[2][0][0])]  # A_prev of layer 3 is A2
    v += [("J", cross_entropy(AL, Y))]
    grads = L_model_backward(AL, Y, caches)
    v += [(k, grads[k]) for k in ("dA3", "dW2", "db2", "dW1", "db1")]
    lr = 0.0075
    v += [("W3", p["W3"] - lr * grads["dW3"]), ("b3", p["b3"] - lr * grads["db3"])]
    return v


def lesson_matrix_dimensions():
    v = []
    np.random.seed(1)
    X = np.random.randn(2, 7)
    Y = np.array([[1.0, 0, 0, 1, 1, 0, 1]])
    p = initialize_parameters_deep([2, 3, 5, 4, 2, 1], seed=19, he=True)
    v += [("W1", p["W1"]), ("W2", p["W2"])]
    AL, caches = L_model_forward(X, p)
    grads = L_model_backward(AL, Y, caches)
    v += [("J", cross_entropy(AL, Y)), ("dW1", grads["dW1"]), ("db1", grads["db1"])]
    db_row = grads["db1"].reshape(-1)  # numpy's rank-1 (3,), as np.sum(dZ1, axis=1) / m gives
    assert (p["b1"] - 0.01 * db_row).shape == (3, 3)
    v += [("(b1 - 0.01 * db_row)[0, 2]", (p["b1"] - 0.01 * db_row)[0, 2])]
    np.random.seed(0)
    v += [("a", np.random.randn(5).reshape(5, 1))]
    return v


def lesson_activation_functions():
    z = np.array([[-10.0, -2.0, -0.5, 0.0, 0.5, 2.0, 10.0]])
    a = sigmoid(z)
    t = np.tanh(z)
    v = [("a", a), ("sigmoid_derivative(z)", a * (1 - a)), ("tanh_derivative(z)", 1 - t ** 2)]
    accuracy, _ = accuracy_and_cost(two_layer_train(two_layer_init(4), 1000, hidden="sigmoid"), "sigmoid")
    v += [("np.mean(predictions == Y)", accuracy)]
    accuracy, J = accuracy_and_cost(two_layer_train(two_layer_init(4), 1000))
    v += [("np.mean(predictions == Y)", accuracy), ("J", J)]
    return v


def lesson_random_initialisation():
    v = []
    zeros = dict(W1=np.zeros((4, 2)), b1=np.zeros((4, 1)), W2=np.zeros((1, 4)), b2=np.zeros((1, 1)))
    c = two_layer_forward(zeros, X_PLANAR, "tanh")
    v += [("J", cross_entropy(c["A2"], Y_PLANAR)), ("np.max(np.abs(A1))", np.max(np.abs(c["A1"])))]
    after = two_layer_train(zeros, 500)
    v += [("np.max(np.abs(W1))", np.max(np.abs(after["W1"]))), ("np.max(np.abs(W2))", np.max(np.abs(after["W2"])))]

    equal = dict(zeros, W1=np.full((4, 2), 0.01), W2=np.full((1, 4), 0.01))
    after = two_layer_train(equal, 1000)
    v += [("np.max(np.abs(W1 - W1[0:1, :]))", np.max(np.abs(after["W1"] - after["W1"][0:1, :]))),
          ("np.max(np.abs(b1 - b1[0, 0]))", np.max(np.abs(after["b1"] - after["b1"][0, 0]))),
          ("W1", after["W1"]), ("b1", after["b1"]),
          ("np.mean(predictions == Y)", accuracy_and_cost(after)[0])]

    v += [("np.mean(predictions == Y)", accuracy_and_cost(two_layer_train(two_layer_init(4), 1000))[0])]

    large = two_layer_init(4, scale=10, seed=1)
    c = two_layer_forward(large, X_PLANAR, "tanh")
    v += [("np.mean(np.abs(A1) > 0.99)", np.mean(np.abs(c["A1"]) > 0.99)),
          ("np.mean(tanh_derivative(Z1))", np.mean(1 - np.tanh(c["Z1"]) ** 2)),
          ("J", cross_entropy(c["A2"], Y_PLANAR)),
          ("np.mean(predictions == Y)", accuracy_and_cost(two_layer_train(large, 1000))[0])]
    return v


LESSONS = {
    "02-two-layer-network.md": lesson_two_layer_network,
    "03-deep-network-building-blocks.md": lesson_deep_network_building_blocks,
    "04-matrix-dimensions.md": lesson_matrix_dimensions,
    "05-activation-functions.md": lesson_activation_functions,
    "06-random-initialisation.md": lesson_random_initialisation,
}

# --- Reading the lesson files -----------------------------------------------------------------

NUMBER = re.compile(r"^[\s\[\],0-9eE+.\-]+$")


def numeric_checkpoints(path):
    """(line, expression, written value, tolerance) for each `EXPR ≈ NUMBERS [± TOL]` checkpoint."""
    result = []
    in_check = False
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if line.strip() == "```check":
            in_check = True
            continue
        if line.strip() == "```":
            in_check = False
            continue
        if not in_check or " ≈ " not in line:
            continue
        expression, value = line.strip().split(" ≈ ", 1)
        tolerance = None
        if "±" in value:
            value, tolerance = value.split("±")
            tolerance = float(tolerance)
        value = value.strip()
        if not NUMBER.match(value):
            continue  # compared with another expression: nothing for numpy to say
        if tolerance is None:  # half a unit in the last digit written, as the lesson parser does
            digits = [len(n.split(".")[1]) if "." in n else 0 for n in re.findall(r"-?\d+(?:\.\d+)?", value)]
            tolerance = 0.5 * 10.0 ** -max(digits)
        result.append((number, expression.strip(), np.array(eval(value), dtype=float), tolerance))
    return result


def main():
    failures = 0
    for file, compute in LESSONS.items():
        path = ROOT / "lessons" / file
        expected = compute()
        for number, expression, written, tolerance in numeric_checkpoints(path):
            index = next((i for i, (name, _) in enumerate(expected) if name == expression), None)
            if index is None:
                print(f"{file}:{number}: {expression}: no numpy value for this checkpoint")
                failures += 1
                continue
            _, value = expected.pop(index)
            value = np.array(value, dtype=float)
            if value.shape != written.shape and value.size != written.size:
                print(f"{file}:{number}: {expression}: numpy's shape {value.shape}, written {written.shape}")
                failures += 1
                continue
            difference = float(np.max(np.abs(value.reshape(written.shape) - written)))
            status = "ok " if difference <= tolerance else "BAD"
            if difference > tolerance:
                failures += 1
            print(f"{status} {file}:{number}: {expression}: |numpy − written| = {difference:.3g} ≤ {tolerance:g}")
        for name, _ in expected:
            print(f"{file}: numpy value for {name} has no checkpoint")
            failures += 1
    if failures:
        print(f"{failures} problem(s)")
        sys.exit(1)
    print("every numeric checkpoint agrees with numpy")


if __name__ == "__main__":
    main()
