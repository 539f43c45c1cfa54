# Planar data classification with one hidden layer: backward_propagation.
import numpy as np


def sigmoid(x):
    s = 1 / (1 + np.exp(-x))
    return s


def forward_propagation(X, parameters):
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    assert A2.shape == (1, X.shape[1])
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache


def backward_propagation(parameters, cache, X, Y):
    """
    The backward pass of the two-layer network.

    Arguments:
    parameters -- dict with W1, b1, W2, b2
    cache -- dict with Z1, A1, Z2, A2 from the forward pass
    X -- input, shape (2, m)
    Y -- labels, shape (1, m)

    Returns:
    grads -- dict with dW1, db1, dW2, db2
    """
    m = X.shape[1]

    W1 = parameters["W1"]
    W2 = parameters["W2"]

    A1 = cache["A1"]
    A2 = cache["A2"]

    dZ2 = A2 - Y
    dW2 = 1 / m * np.dot(dZ2, A1.T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
    dW1 = 1 / m * np.dot(dZ1, X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)

    grads = {"dW1": dW1,
             "db1": db1,
             "dW2": dW2,
             "db2": db2}

    return grads


def backward_propagation_test_case():
    np.random.seed(9)
    X_assess = np.random.randn(2, 4)
    Y_assess = (np.random.randn(1, 4) > 0).astype(float)
    parameters = {"W1": np.random.randn(4, 2) * 0.5,
                  "b1": np.random.randn(4, 1) * 0.1,
                  "W2": np.random.randn(1, 4) * 0.5,
                  "b2": np.array([[0.05]])}
    A2, cache = forward_propagation(X_assess, parameters)
    return parameters, cache, X_assess, Y_assess


parameters, cache, t_X, t_Y = backward_propagation_test_case()

grads = backward_propagation(parameters, cache, t_X, t_Y)
print("dW1 = " + str(grads["dW1"]))
print("db1 = " + str(grads["db1"]))
print("dW2 = " + str(grads["dW2"]))
print("db2 = " + str(grads["db2"]))

for (name, grad), param in zip(grads.items(), ["W1", "b1", "W2", "b2"]):
    assert grad.shape == parameters[param].shape, f"{name} must have the shape of {param}"
    print(name, "matches", param, grad.shape)

norms = {name: round(float(np.linalg.norm(g)), 6) for name, g in grads.items()}
print(norms)
largest = None
for name in norms:
    if largest is None or norms[name] > norms[largest]:
        largest = name
print("largest gradient:", largest, "of", len(norms))
print("All tests passed!")
