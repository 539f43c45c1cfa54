# Logistic regression with a neural network mindset: initialize_with_zeros.
import numpy as np


def initialize_with_zeros(dim):
    """
    Make a zero weight column of dim entries and a zero bias.

    Argument:
    dim -- how many features (rows of w)

    Returns:
    w -- zeros of shape (dim, 1)
    b -- the bias, the float 0.0
    """
    w = np.zeros((dim, 1))
    b = 0.0
    return w, b


dim = 2
w, b = initialize_with_zeros(dim)

assert type(b) == float
print("w = " + str(w))
print("b = " + str(b))

for dim in [1, 3, 5]:
    w, b = initialize_with_zeros(dim)
    assert w.shape == (dim, 1), f"w has shape {w.shape}, expected {(dim, 1)}"
    assert isinstance(b, float)
    print(f"dim={dim}: w.shape={w.shape}, sum={np.sum(w)}, b={repr(b)}")

print(type(w), type(b), w.dtype)
print("All tests passed!")
