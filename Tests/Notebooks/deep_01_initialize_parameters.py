# Building your deep neural network step by step: initialize_parameters (two layers).
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    """
    Arguments:
    n_x -- input size
    n_h -- hidden size
    n_y -- output size

    Returns:
    parameters -- dict with W1 (n_h, n_x), b1 (n_h, 1), W2 (n_y, n_h), b2 (n_y, 1)
    """
    np.random.seed(1)

    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))

    assert W1.shape == (n_h, n_x)
    assert b1.shape == (n_h, 1)
    assert W2.shape == (n_y, n_h)
    assert b2.shape == (n_y, 1)

    parameters = {"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}

    return parameters


print("Test Case 1:\n")
parameters = initialize_parameters(3, 2, 1)

print("W1 = " + str(parameters["W1"]))
print("b1 = " + str(parameters["b1"]))
print("W2 = " + str(parameters["W2"]))
print("b2 = " + str(parameters["b2"]))

print("\nTest Case 2:\n")
parameters = initialize_parameters(4, 3, 2)

print("W1 = " + str(parameters["W1"]))
print("b1 = " + str(parameters["b1"]))
print("W2 = " + str(parameters["W2"]))
print("b2 = " + str(parameters["b2"]), end="\n\n")

# The same seed gives the same weights every call.
again = initialize_parameters(4, 3, 2)
print("repeatable:", np.sum(again["W1"] == parameters["W1"]) == again["W1"].size)
count = sum([value.size for value in parameters.values()])
print("parameter count:", count)
print("All tests passed!")
