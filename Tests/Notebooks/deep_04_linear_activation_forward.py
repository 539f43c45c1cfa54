# Building your deep neural network step by step: linear_activation_forward.
import numpy as np


def sigmoid(Z):
    A = 1 / (1 + np.exp(-Z))
    cache = Z
    return A, cache


def relu(Z):
    A = np.maximum(0, Z)
    assert(A.shape == Z.shape)
    cache = Z
    return A, cache


def linear_forward(A, W, b):
    Z = np.dot(W, A) + b
    cache = (A, W, b)
    return Z, cache


def linear_activation_forward(A_prev, W, b, activation):
    """
    One layer's forward pass: linear, then the activation.

    Arguments:
    A_prev -- the previous layer's activations: (size of previous layer, m)
    W -- weights: (size of current layer, size of previous layer)
    b -- bias: (size of current layer, 1)
    activation -- "sigmoid" or "relu"

    Returns:
    A -- the layer's output
    cache -- (linear_cache, activation_cache) for the backward pass
    """
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)

    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)

    else:
        assert False, "unknown activation " + activation

    cache = (linear_cache, activation_cache)

    return A, cache


def linear_activation_forward_test_case():
    np.random.seed(2)
    A_prev = np.random.randn(3, 2)
    W = np.random.randn(1, 3)
    b = np.random.randn(1, 1)
    return A_prev, W, b


t_A_prev, t_W, t_b = linear_activation_forward_test_case()

t_A, t_linear_activation_cache = linear_activation_forward(t_A_prev, t_W, t_b, activation="sigmoid")
print("With sigmoid: A = " + str(t_A))

t_A, t_linear_activation_cache = linear_activation_forward(t_A_prev, t_W, t_b, activation="relu")
print("With ReLU: A = " + str(t_A))

linear_cache, activation_cache = t_linear_activation_cache
print("activation cache is Z:", activation_cache)

np.random.seed(14)
A_prev = np.random.randn(4, 3)
W = np.random.randn(2, 4)
b = np.random.randn(2, 1)
for activation in ("sigmoid", "relu"):
    A, cache = linear_activation_forward(A_prev, W, b, activation)
    print("%-8s -> %s" % (activation, str(A.shape)))
    print(A)
print("All tests passed!")
