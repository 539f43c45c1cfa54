# Planar data classification with one hidden layer: forward_propagation.
import numpy as np


def sigmoid(x):
    s = 1 / (1 + np.exp(-x))
    return s


def forward_propagation(X, parameters):
    """
    The forward pass: tanh hidden layer, sigmoid output.

    Argument:
    X -- input, shape (n_x, m)
    parameters -- dict with W1, b1, W2, b2

    Returns:
    A2 -- the output probabilities, shape (1, m)
    cache -- dict with Z1, A1, Z2 and A2 for the backward pass
    """
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]

    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)

    assert(A2.shape == (1, X.shape[1]))

    cache = {"Z1": Z1,
             "A1": A1,
             "Z2": Z2,
             "A2": A2}

    return A2, cache


def forward_propagation_test_case():
    np.random.seed(6)
    X_assess = np.random.randn(2, 3)
    b1 = np.random.randn(4, 1)
    b2 = np.array([[-0.8]])
    parameters = {"W1": np.random.randn(4, 2) * 0.1,
                  "W2": np.random.randn(1, 4) * 0.1,
                  "b1": b1,
                  "b2": b2}
    return X_assess, parameters


t_X, parameters = forward_propagation_test_case()
A2, cache = forward_propagation(t_X, parameters)
print("A2 = " + str(A2))

for key in ["Z1", "A1", "Z2", "A2"]:
    print(f"mean({key}) = {np.mean(cache[key]):.8f}", "shape", cache[key].shape)

print("Z1 =", cache["Z1"])
print("tanh keeps values inside (-1, 1):", np.max(np.abs(cache["A1"])) < 1)
print("All tests passed!")
