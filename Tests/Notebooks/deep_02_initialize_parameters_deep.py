# Building your deep neural network step by step: initialize_parameters_deep.
import numpy as np


def initialize_parameters_deep(layer_dims):
    """
    Arguments:
    layer_dims -- a list of each layer's size, the input first

    Returns:
    parameters -- dict with "W1", "b1", ..., "WL", "bL":
                    Wl has shape (layer_dims[l], layer_dims[l-1])
                    bl has shape (layer_dims[l], 1)
    """
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims)  # input layer included

    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))

        assert parameters['W' + str(l)].shape == (layer_dims[l], layer_dims[l - 1]), "W" + str(l) + " has the wrong shape"
        assert parameters['b' + str(l)].shape == (layer_dims[l], 1), "b%d has the wrong shape" % l

    return parameters


print("Test Case 1:\n")
parameters = initialize_parameters_deep([5, 4, 3])

print("W1 = " + str(parameters["W1"]))
print("b1 = " + str(parameters["b1"]))
print("W2 = " + str(parameters["W2"]))
print("b2 = " + str(parameters["b2"]))

print("\nTest Case 2:\n")
layer_dims = [4, 3, 2, 1]
parameters = initialize_parameters_deep(layer_dims)
L = len(layer_dims) - 1
print("layers:", L, "entries:", len(parameters))
for l in range(1, L + 1):
    W = parameters["W" + str(l)]
    print(f"layer {l:5d}: W{l} {str(W.shape):>8} b{l} {parameters['b' + str(l)].shape}")

print("W3 = " + str(parameters["W3"]))
names = sorted(parameters.keys(), reverse=True)
print(names)
print("All tests passed!")
