# Building your deep neural network step by step: linear_forward.
import numpy as np


def linear_forward(A, W, b):
    """
    The linear part of a layer's forward pass.

    Arguments:
    A -- the previous layer's activations (or the input): (size of previous layer, m)
    W -- weights: (size of current layer, size of previous layer)
    b -- bias: (size of current layer, 1)

    Returns:
    Z -- W A + b, the activation's input
    cache -- the tuple (A, W, b), for the backward pass
    """
    Z = np.dot(W, A) + b
    cache = (A, W, b)

    return Z, cache


def linear_forward_test_case():
    np.random.seed(2)
    A = np.random.randn(3, 2)
    W = np.random.randn(1, 3)
    b = np.random.randn(1, 1)
    return A, W, b


t_A, t_W, t_b = linear_forward_test_case()
t_Z, t_linear_cache = linear_forward(t_A, t_W, t_b)
print("Z = " + str(t_Z))

print(type(t_linear_cache), len(t_linear_cache))
A_back, W_back, b_back = t_linear_cache
print("cache holds the inputs:", np.sum(A_back == t_A) == 6, W_back.shape, b_back.shape)
print("b =", t_b, "repr:", repr(t_b))
print("small cache:", linear_forward(np.array([[1.0], [2.0]]), np.array([[0.5, -1.0]]), np.array([[0.25]])))
print("All tests passed!")
