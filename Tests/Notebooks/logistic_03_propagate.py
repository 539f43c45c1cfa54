# Logistic regression with a neural network mindset: propagate.
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def propagate(w, b, X, Y):
    """
    One forward pass (the cost) and one backward pass (the gradients).

    Arguments:
    w -- weights, shape (n_x, 1)
    b -- bias, a scalar
    X -- examples, shape (n_x, m)
    Y -- labels 0/1, shape (1, m)

    Returns:
    grads -- dict with "dw" (shape of w) and "db" (a scalar)
    cost -- the cross-entropy cost, a 0-d array
    """
    m = X.shape[1]

    # forward
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))

    # backward
    dw = 1 / m * np.dot(X, (A - Y).T)
    db = 1 / m * np.sum(A - Y)

    cost = np.squeeze(np.array(cost))

    grads = {"dw": dw,
             "db": db}

    return grads, cost


def propagate_test_case():
    w = np.array([[0.5], [-1.5]])
    b = 0.75
    X = np.array([[1.0, -2.0, 0.5, 3.0], [2.0, 0.25, -1.0, 1.5]])
    Y = np.array([[1, 0, 1, 0]])
    return w, b, X, Y


w, b, X, Y = propagate_test_case()
grads, cost = propagate(w, b, X, Y)

assert type(grads["dw"]) == np.ndarray
assert grads["dw"].shape == (2, 1)
assert type(grads["db"]) == np.float64

print("dw = " + str(grads["dw"]))
print("db = " + str(grads["db"]))
print("cost = " + str(cost))
print("cost shape:", cost.shape, "as float: %.8f" % float(cost))

np.random.seed(4)
w = np.random.randn(3, 1) * 0.1
b = -0.2
X = np.random.randn(3, 6)
Y = (np.random.rand(1, 6) > 0.5).astype(float)
grads, cost = propagate(w, b, X, Y)
print("Y = " + str(Y))
for key in grads:
    print(key, "=", grads[key])
print(f"cost = {float(cost):.6f}")
print("All tests passed!")
