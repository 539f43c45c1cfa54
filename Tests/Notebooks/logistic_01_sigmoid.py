# Logistic regression with a neural network mindset: sigmoid.
import numpy as np


def sigmoid(z):
    """
    The logistic function, applied to every entry of z.

    Arguments:
    z -- a number or a numpy array

    Return:
    s -- 1 / (1 + e^(-z)), same shape as z
    """
    s = 1 / (1 + np.exp(-z))
    return s


print("sigmoid([0, 2]) = " + str(sigmoid(np.array([0, 2]))))

z = np.array([-3.0, -1.0, 0.0, 1.0, 3.0])
s = sigmoid(z)
print("sigmoid(z) = " + str(s))
print("shape:", s.shape, "dtype:", s.dtype)

# The scalar case: a Python float in, a numpy float out.
half = sigmoid(0.0)
print("sigmoid(0.0) =", half, type(half) == np.float64)
assert abs(half - 0.5) < 1e-12, "sigmoid(0) must be one half"

# Symmetry: sigmoid(-z) == 1 - sigmoid(z)
gap = np.sum(np.abs(sigmoid(-z) - (1 - s)))
print("symmetry gap below 1e-15:", gap < 1e-15)

grid = np.array([[-2.0, 0.5], [4.0, -0.25]])
print(sigmoid(grid))
print(np.round(sigmoid(grid), 3))
print("All tests passed!")
