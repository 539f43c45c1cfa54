# Logistic regression with a neural network mindset: optimize.
import copy
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    dw = 1 / m * np.dot(X, (A - Y).T)
    db = 1 / m * np.sum(A - Y)
    cost = np.squeeze(np.array(cost))
    grads = {"dw": dw, "db": db}
    return grads, cost


def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    """
    Gradient descent on w and b.

    Arguments:
    w, b -- the starting weights (n_x, 1) and bias
    X, Y -- examples (n_x, m) and labels (1, m)
    num_iterations -- how many steps
    learning_rate -- the step size
    print_cost -- print the cost every 100 steps

    Returns:
    params -- {"w": w, "b": b} after the last step
    grads -- the gradients of the last step
    costs -- the cost every 100 steps
    """
    w = copy.deepcopy(w)
    b = copy.deepcopy(b)

    costs = []

    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)

        dw = grads["dw"]
        db = grads["db"]

        w = w - learning_rate * dw
        b = b - learning_rate * db

        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print("Cost after iteration %i: %f" % (i, cost))

    params = {"w": w,
              "b": b}

    grads = {"dw": dw,
             "db": db}

    return params, grads, costs


def optimize_test_case():
    np.random.seed(7)
    w = np.array([[0.25], [-0.5], [1.0]])
    b = 0.5
    X = np.random.randn(3, 5)
    Y = np.array([[1, 1, 0, 0, 1]])
    return w, b, X, Y


w, b, X, Y = optimize_test_case()
params, grads, costs = optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False)

print("w = " + str(params["w"]))
print("b = " + str(params["b"]))
print("dw = " + str(grads["dw"]))
print("db = " + str(grads["db"]))
print("Costs = " + str(costs))

# The caller's w is untouched: optimize works on a deep copy.
print("original w unchanged:", np.sum(w) == 0.75)

params, grads, costs = optimize(w, b, X, Y, 500, 0.1, True)
print(len(costs), "costs recorded")
print("first %.6f, last %.6f" % (costs[0], costs[-1]))
rounded = [round(float(c), 4) for c in costs]
print(rounded)
print("decreasing:", sorted(rounded, reverse=True) == rounded)
print("min cost:", min(rounded), "max cost:", max(rounded))
print("All tests passed!")
