# Planar data classification with one hidden layer: predict.
import copy
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


def sigmoid(x):
    s = 1 / (1 + np.exp(-x))
    return s


def layer_sizes(X, Y):
    n_x = X.shape[0]
    n_h = 4
    n_y = Y.shape[0]
    return (n_x, n_h, n_y)


def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters


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


def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    cost = -1 / m * np.sum(logprobs)
    cost = float(np.squeeze(cost))
    return cost


def backward_propagation(parameters, cache, X, Y):
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
    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return grads


def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = copy.deepcopy(parameters["W1"])
    b1 = parameters["b1"]
    W2 = copy.deepcopy(parameters["W2"])
    b2 = parameters["b2"]
    W1 = W1 - learning_rate * grads["dW1"]
    b1 = b1 - learning_rate * grads["db1"]
    W2 = W2 - learning_rate * grads["dW2"]
    b2 = b2 - learning_rate * grads["db2"]
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters


def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False):
    np.random.seed(3)
    n_x = layer_sizes(X, Y)[0]
    n_y = layer_sizes(X, Y)[2]
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(0, num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads)
        if print_cost and i % 1000 == 0:
            print("Cost after iteration %i: %f" % (i, cost))
    return parameters


def predict(parameters, X):
    """
    Predict a class for each example of X with the learned parameters.

    Arguments:
    parameters -- dict with W1, b1, W2, b2
    X -- input, shape (n_x, m)

    Returns:
    predictions -- a (1, m) array of booleans (red: False / blue: True)
    """
    A2, cache = forward_propagation(X, parameters)
    predictions = (A2 > 0.5)

    return predictions


def predict_test_case():
    np.random.seed(13)
    X_assess = np.random.randn(2, 5)
    parameters = {"W1": np.random.randn(4, 2) * 2,
                  "b1": np.random.randn(4, 1) * 0.5,
                  "W2": np.random.randn(1, 4) * 2,
                  "b2": np.array([[0.1]])}
    return parameters, X_assess


parameters, t_X = predict_test_case()

predictions = predict(parameters, t_X)
print("Predictions: " + str(predictions))
print("dtype:", predictions.dtype, "mean:", np.mean(predictions))

X, Y = load_flower_dataset(m=200)
parameters = nn_model(X, Y, n_h=4, num_iterations=1500, print_cost=True)

predictions = predict(parameters, X)
accuracy = float(np.squeeze((np.dot(Y, predictions.T) + np.dot(1 - Y, 1 - predictions.T)) / float(Y.size) * 100))
print('Accuracy: %d' % accuracy + '%')

# Tuning the hidden layer size.
hidden_layer_sizes = [1, 2, 3, 5]
results = []
for i, n_h in enumerate(hidden_layer_sizes):
    parameters = nn_model(X, Y, n_h, num_iterations=600)
    predictions = predict(parameters, X)
    accuracy = float(np.squeeze((np.dot(Y, predictions.T) + np.dot(1 - Y, 1 - predictions.T)) / float(Y.size) * 100))
    results.append((n_h, accuracy))
    print("Accuracy for {} hidden units: {} %".format(n_h, accuracy))

best_accuracy = max([accuracy for _, accuracy in results])
for n_h, accuracy in results:
    if accuracy == best_accuracy:
        print("best:", n_h, "hidden units")
        break
print("All tests passed!")
