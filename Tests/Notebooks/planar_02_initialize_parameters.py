# Planar data classification with one hidden layer: initialize_parameters.
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    """
    Small random weights and zero biases for a two-layer network.

    Arguments:
    n_x -- input layer size
    n_h -- hidden layer size
    n_y -- output layer size

    Returns:
    parameters -- dict with
                    W1 (n_h, n_x), b1 (n_h, 1),
                    W2 (n_y, n_h), b2 (n_y, 1)
    """
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))

    parameters = {"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}

    return parameters


np.random.seed(2)
n_x, n_h, n_y = 3, 4, 1
parameters = initialize_parameters(n_x, n_h, n_y)

print("W1 = " + str(parameters["W1"]))
print("b1 = " + str(parameters["b1"]))
print("W2 = " + str(parameters["W2"]))
print("b2 = " + str(parameters["b2"]))

expected = {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (n_y, n_h), "b2": (n_y, 1)}
for name, value in parameters.items():
    assert value.shape == expected[name], name + " has the wrong shape"
    print(f"{name}: shape {value.shape}, ndarray {type(value) == np.ndarray}")

print("keys:", list(parameters.keys()))
print("biases all zero:", np.sum(np.abs(parameters["b1"])) + np.sum(np.abs(parameters["b2"])) == 0)
print("largest |W1| below 0.05:", np.max(np.abs(parameters["W1"])) < 0.05)
print("All tests passed!")
