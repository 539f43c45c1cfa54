# Building your deep neural network step by step: L_model_forward.
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
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)
    cache = (linear_cache, activation_cache)
    return A, cache


def L_model_forward(X, parameters):
    """
    The forward pass of [LINEAR->RELU]*(L-1) -> LINEAR->SIGMOID.

    Arguments:
    X -- data: (input size, number of examples)
    parameters -- what initialize_parameters_deep returns

    Returns:
    AL -- the output layer's activations
    caches -- a list of every layer's cache, L of them (indices 0 to L-1)
    """
    caches = []
    A = X
    L = len(parameters) // 2  # two entries per layer

    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(A_prev, parameters['W' + str(l)], parameters['b' + str(l)], activation="relu")
        caches.append(cache)

    AL, cache = linear_activation_forward(A, parameters['W' + str(L)], parameters['b' + str(L)], activation="sigmoid")
    caches.append(cache)

    return AL, caches


def L_model_forward_test_case_2hidden():
    np.random.seed(6)
    X = np.random.randn(5, 4)
    W1 = np.random.randn(4, 5)
    b1 = np.random.randn(4, 1)
    W2 = np.random.randn(3, 4)
    b2 = np.random.randn(3, 1)
    W3 = np.random.randn(1, 3)
    b3 = np.random.randn(1, 1)

    parameters = {"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2,
                  "W3": W3,
                  "b3": b3}

    return X, parameters


t_X, t_parameters = L_model_forward_test_case_2hidden()
t_AL, t_caches = L_model_forward(t_X, t_parameters)

print("AL = " + str(t_AL))
print("Length of caches list = " + str(len(t_caches)))

for index, cache in enumerate(t_caches):
    linear_cache, Z = cache
    A_prev, W, b = linear_cache
    print(index, "A_prev", A_prev.shape, "W", W.shape, "b", b.shape, "Z", Z.shape, sep=" | ")

hidden = [cache[1] for cache in t_caches[:-1]]
print("ReLU units active:", [int(np.sum(Z > 0)) for Z in hidden])
print("output in (0, 1):", np.min(t_AL) > 0 and np.max(t_AL) < 1)
print("All tests passed!")
