"""The course's numpy code that several scripts use as their reference: planar_utils'
load_planar_dataset and one iteration of nn_model ("Planar data classification with one hidden
layer"). Imported by generate-planar-training-fixtures.py, check-lesson-values.py and
compare-with-numpy.py, so the three agree on what "the course's model" is.

LastBitNoise models what differs between two correct implementations of the same run (numpy's
AVX2 and AVX-512 builds, or numpy and Backprop): the last bit of some exp/tanh results. Where a
run is chaotic (the planar run at α = 1.2 after about 7,700 iterations) those bits grow into
visible differences; the spread of a few noisy runs around the exact one is the tolerance that
numpy itself justifies there. Where the run is stable the spread stays near 1e-16."""
import numpy as np


class LastBitNoise:
    """Another correct exp and tanh: the same as numpy's but one ulp up or down for a `fraction`
    of the inputs. Which inputs, and which way, is a hash of the input's bits and `seed`, so like
    any implementation it is a function: equal inputs give equal outputs (a symmetric network
    stays symmetric), and a run is reproducible."""

    def __init__(self, seed, fraction=0.01):
        self.seed = np.uint64(seed * 0x9E3779B97F4A7C15 % 2**64)
        self.fraction = fraction

    def _moved(self, x, y, bounded):
        x = np.ascontiguousarray(x, dtype=np.float64)
        with np.errstate(over="ignore"):
            h = x.view(np.uint64) ^ self.seed
            h = (h ^ (h >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
            h = (h ^ (h >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
            h = h ^ (h >> np.uint64(31))
        hit = (h % np.uint64(1 << 20)).astype(np.float64) < self.fraction * (1 << 20)
        up = (h >> np.uint64(40)) & np.uint64(1) == np.uint64(1)
        moved = np.where(up, np.nextafter(y, np.inf), np.nextafter(y, -np.inf))
        keep = ~np.isfinite(y) | (y == 0) | (bounded & (np.abs(moved) > 1))
        return np.where(hit & ~keep, moved, y)

    def exp(self, z):
        return self._moved(z, np.exp(z), False)

    def tanh(self, z):
        return self._moved(z, np.tanh(z), True)

    def sigmoid(self, z):
        return 1 / (1 + self.exp(-z))


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


def planar_iteration(parameters, X, Y, learning_rate, noise=None):
    """One iteration of nn_model: forward, cost, backward, update. Returns (parameters, cost).
    `noise` (a LastBitNoise) is another exp and tanh, one ulp off for some inputs."""
    W1, b1, W2, b2 = parameters
    m = X.shape[1]
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1) if noise is None else noise.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2) if noise is None else noise.sigmoid(Z2)
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
