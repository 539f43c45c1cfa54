# Building your deep neural network step by step: linear_backward.
import numpy as np


def linear_backward(dZ, cache):
    """
    The linear part of a layer's backward pass.

    Arguments:
    dZ -- gradient of the cost with respect to this layer's Z
    cache -- (A_prev, W, b) from this layer's forward pass

    Returns:
    dA_prev -- gradient with respect to the previous layer's activations, shape of A_prev
    dW -- gradient with respect to W, shape of W
    db -- gradient with respect to b, shape of b
    """
    A_prev, W, b = cache
    m = A_prev.shape[1]

    dW = 1 / m * np.dot(dZ, A_prev.T)
    db = 1 / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)

    assert (dA_prev.shape == A_prev.shape)
    assert (dW.shape == W.shape)
    assert (db.shape == b.shape)

    return dA_prev, dW, db


def linear_backward_test_case():
    np.random.seed(1)
    dZ = np.random.randn(3, 4)
    A = np.random.randn(5, 4)
    W = np.random.randn(3, 5)
    b = np.random.randn(3, 1)
    linear_cache = (A, W, b)
    return dZ, linear_cache


t_dZ, t_linear_cache = linear_backward_test_case()
t_dA_prev, t_dW, t_db = linear_backward(t_dZ, t_linear_cache)

print("dA_prev: " + str(t_dA_prev))
print("dW: " + str(t_dW))
print("db: " + str(t_db))

result = linear_backward(t_dZ, t_linear_cache)
print(type(result), len(result), [g.shape for g in result])
print("All tests passed!")
