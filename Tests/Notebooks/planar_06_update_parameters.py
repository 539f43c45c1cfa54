# Planar data classification with one hidden layer: update_parameters.
import copy
import numpy as np


def update_parameters(parameters, grads, learning_rate=1.2):
    """
    One gradient-descent step.

    Arguments:
    parameters -- dict with W1, b1, W2, b2
    grads -- dict with dW1, db1, dW2, db2
    learning_rate -- the step size

    Returns:
    parameters -- a new dict with the updated values
    """
    W1 = copy.deepcopy(parameters["W1"])
    b1 = parameters["b1"]
    W2 = copy.deepcopy(parameters["W2"])
    b2 = parameters["b2"]

    dW1 = grads["dW1"]
    db1 = grads["db1"]
    dW2 = grads["dW2"]
    db2 = grads["db2"]

    W1 = W1 - learning_rate * dW1
    b1 = b1 - learning_rate * db1
    W2 = W2 - learning_rate * dW2
    b2 = b2 - learning_rate * db2

    parameters = {"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}

    return parameters


def update_parameters_test_case():
    np.random.seed(10)
    parameters = {"W1": np.random.randn(4, 2) * 0.1,
                  "b1": np.random.randn(4, 1) * 0.01,
                  "W2": np.random.randn(1, 4) * 0.1,
                  "b2": np.array([[0.002]])}
    grads = {"dW1": np.random.randn(4, 2) * 0.001,
             "db1": np.random.randn(4, 1) * 0.0001,
             "dW2": np.random.randn(1, 4) * 0.01,
             "db2": np.array([[-0.00016]])}
    return parameters, grads


parameters, grads = update_parameters_test_case()
before = copy.deepcopy(parameters)
parameters = update_parameters(parameters, grads)

print("W1 = " + str(parameters["W1"]))
print("b1 = " + str(parameters["b1"]))
print("W2 = " + str(parameters["W2"]))
print("b2 = " + str(parameters["b2"]))

# The step moved each value by learning_rate times its gradient.
for name in sorted(before):
    step = before[name] - parameters[name]
    print(name, "step / grad =", np.round(step / grads["d" + name], 10).reshape(-1)[0])

smaller = update_parameters(before, grads, learning_rate=0.5)
print("b2 with learning_rate=0.5:", smaller["b2"])
print("input dict untouched:", np.sum(before["W1"] != parameters["W1"]) == 8, np.sum(before["b2"]) == 0.002)
print("All tests passed!")
