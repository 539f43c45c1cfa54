"""The course's numpy code that several scripts use as their reference: planar_utils'
load_planar_dataset and one iteration of nn_model ("Planar data classification with one hidden
layer"). Imported by generate-planar-training-fixtures.py, check-lesson-values.py and
compare-with-numpy.py, so the three agree on what "the course's model" is."""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def load_planar_dataset():
    """planar_utils.load_planar_dataset, verbatim but for float labels."""
    np.random.seed(1)
    m = 400
    N = int(m / 2)
    D = 2
    X = np.zeros((m, D))
    Y = np.zeros((m, 1), dtype='uint8')
    a = 4
    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * 0.2
        r = a * np.sin(4 * t) + np.random.randn(N) * 0.2
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
    return X.T, Y.T.astype(float)


def planar_iteration(parameters, X, Y, learning_rate):
    """One iteration of nn_model: forward, cost, backward, update. Returns (parameters, cost)."""
    W1, b1, W2, b2 = parameters
    m = X.shape[1]
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    logprobs = np.multiply(np.log(A2), Y) + np.multiply((1 - Y), np.log(1 - A2))
    cost = float(np.squeeze(-np.sum(logprobs) / m))
    dZ2 = A2 - Y
    dW2 = (1 / m) * np.dot(dZ2, A1.T)
    db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
    dW1 = (1 / m) * np.dot(dZ1, X.T)
    db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)
    updated = [W1 - learning_rate * dW1, b1 - learning_rate * db1, W2 - learning_rate * dW2, b2 - learning_rate * db2]
    return updated, cost
