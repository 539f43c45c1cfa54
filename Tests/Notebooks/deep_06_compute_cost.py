# Building your deep neural network step by step: compute_cost.
import numpy as np


def compute_cost(AL, Y):
    """
    The cross-entropy cost.

    Arguments:
    AL -- label probabilities, shape (1, number of examples)
    Y -- true labels 0/1, shape (1, number of examples)

    Returns:
    cost -- the cost, a 0-d value
    """
    m = Y.shape[1]

    cost = -1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))

    cost = np.squeeze(cost)  # [[17]] becomes 17

    return cost


def compute_cost_test_case():
    Y = np.asarray([[1, 1, 0]])
    aL = np.array([[.7, .85, .35]])
    return Y, aL


t_Y, t_AL = compute_cost_test_case()
t_cost = compute_cost(t_AL, t_Y)

print("Cost: " + str(t_cost))
print(type(t_cost), isinstance(t_cost, np.ndarray), isinstance(t_cost, float))
print("Cost: %f" % t_cost)
print(f"Cost: {t_cost:.6f}")

costs = []
for p in [0.6, 0.75, 0.9, 0.99]:
    AL = np.array([[p, p, 1 - p]])
    costs.append(round(float(compute_cost(AL, t_Y)), 6))
print(costs)
print("sum", round(sum(costs), 6), "min", min(costs), "abs diff", abs(costs[0] - costs[-1]))
print("All tests passed!")
