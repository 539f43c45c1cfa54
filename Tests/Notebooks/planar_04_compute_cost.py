# Planar data classification with one hidden layer: compute_cost.
import numpy as np


def compute_cost(A2, Y):
    """
    The cross-entropy cost of the predictions A2 against the labels Y.

    Arguments:
    A2 -- output probabilities, shape (1, number of examples)
    Y -- labels 0/1, shape (1, number of examples)

    Returns:
    cost -- a Python float
    """
    m = Y.shape[1]

    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    cost = - 1 / m * np.sum(logprobs)

    cost = float(np.squeeze(cost))

    return cost


def compute_cost_test_case():
    np.random.seed(8)
    Y_assess = (np.random.randn(1, 5) > 0)
    a2 = np.array([[0.6, 0.2, 0.9, 0.45, 0.7]])
    return a2, Y_assess


A2, t_Y = compute_cost_test_case()
cost = compute_cost(A2, t_Y)
print("Y = " + str(t_Y))
print("cost = " + str(cost))
print(type(cost), isinstance(cost, float))
print("cost = %.4f" % cost, "or {:.10f}".format(cost))

# A perfect prediction costs almost nothing; a coin flip costs log 2.
labels = np.array([[1, 0, 1, 1]])
for guess in [0.5, 0.9, 0.99]:
    probs = np.where(labels == 1, guess, 1 - guess)
    print(f"guess {guess}: cost {compute_cost(probs, labels):.6f}")
print("coin flip equals log 2:", round(compute_cost(np.array([[0.5, 0.5]]), np.array([[1, 0]])), 12) == round(float(np.log(2)), 12))
print("All tests passed!")
