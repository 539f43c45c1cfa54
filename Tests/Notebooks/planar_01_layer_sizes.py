# Planar data classification with one hidden layer: layer_sizes.
import numpy as np


def load_flower_dataset(m=400, seed=4):
    """
    A two-class "flower" of four petals along the rose curve r = |sin(2 t)|:
    label 0 on the petals of the first and third quadrants, label 1 on the others.

    Returns:
    X -- coordinates, shape (2, m)
    Y -- labels 0/1, shape (1, m)
    """
    np.random.seed(seed)
    half = m // 2
    spread = 3.5

    def petal_points(t):
        r = spread * np.abs(np.sin(2 * t)) + np.random.randn(t.shape[0]) * 0.4
        return r * np.cos(t), r * np.sin(t)

    X = np.zeros((2, m))
    Y = np.zeros((1, m), dtype=int)
    for label in range(2):
        first = label * half
        t = np.linspace(0, np.pi / 2, half) + np.random.randn(half) * 0.15
        t[half // 2:] = t[half // 2:] + np.pi
        x1, x2 = petal_points(t + label * np.pi / 2)
        X[0, first:first + half] = x1
        X[1, first:first + half] = x2
        Y[0, first:first + half] = label
    return X, Y


def layer_sizes(X, Y):
    """
    The sizes of the three layers.

    Arguments:
    X -- input, shape (input size, number of examples)
    Y -- labels, shape (output size, number of examples)

    Returns:
    n_x -- the input layer's size
    n_h -- the hidden layer's size, 4
    n_y -- the output layer's size
    """
    n_x = X.shape[0]
    n_h = 4
    n_y = Y.shape[0]
    return (n_x, n_h, n_y)


def layer_sizes_test_case():
    np.random.seed(5)
    X_assess = np.random.randn(6, 3)
    Y_assess = np.random.randn(3, 3)
    return X_assess, Y_assess


X, Y = load_flower_dataset()

shape_X = X.shape
shape_Y = Y.shape
m = Y.shape[1]

print("The shape of X is: " + str(shape_X))
print("The shape of Y is: " + str(shape_Y))
print("I have m = %d training examples!" % (m))
print("labels: %d red, %d blue" % (np.sum(Y == 0), np.sum(Y == 1)))

# The first three examples, one column at a time, as the rows of X.T.
for row in X[:, :3].T:
    print(np.round(row, 4))

t_X, t_Y = layer_sizes_test_case()
(n_x, n_h, n_y) = layer_sizes(t_X, t_Y)
print("The size of the input layer is: n_x = " + str(n_x))
print("The size of the hidden layer is: n_h = " + str(n_h))
print("The size of the output layer is: n_y = " + str(n_y))

sizes = layer_sizes(X, Y)
print(sizes, type(sizes), isinstance(sizes, tuple), len(sizes))
n_x, n_h, n_y = sizes
assert (n_x, n_h, n_y) == (2, 4, 1), "the flower has 2 inputs and 1 output"
print("All tests passed!")
