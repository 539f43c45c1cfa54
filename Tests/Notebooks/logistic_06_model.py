# Logistic regression with a neural network mindset: model.
import copy
import numpy as np


def sigmoid(z):
    s = 1 / (1 + np.exp(-z))
    return s


def initialize_with_zeros(dim):
    w = np.zeros((dim, 1))
    b = 0.0
    return w, b


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
    params = {"w": w, "b": b}
    grads = {"dw": dw, "db": db}
    return params, grads, costs


def predict(w, b, X):
    m = X.shape[1]
    Y_prediction = np.zeros((1, m))
    w = w.reshape(X.shape[0], 1)
    A = sigmoid(np.dot(w.T, X) + b)
    for i in range(A.shape[1]):
        if A[0, i] > 0.5:
            Y_prediction[0, i] = 1
        else:
            Y_prediction[0, i] = 0
    return Y_prediction


def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False):
    """
    Train logistic regression on the training set and measure it on both sets.

    Arguments:
    X_train, Y_train -- training examples (n_x, m_train) and labels (1, m_train)
    X_test, Y_test -- test examples (n_x, m_test) and labels (1, m_test)
    num_iterations, learning_rate -- for optimize
    print_cost -- print the cost every 100 iterations

    Returns:
    d -- a dict of what was learned and predicted
    """
    w, b = initialize_with_zeros(X_train.shape[0])

    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)

    w = params["w"]
    b = params["b"]

    Y_prediction_test = predict(w, b, X_test)
    Y_prediction_train = predict(w, b, X_train)

    if print_cost:
        print("train accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100))
        print("test accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100))

    d = {"costs": costs,
         "Y_prediction_test": Y_prediction_test,
         "Y_prediction_train": Y_prediction_train,
         "w": w,
         "b": b,
         "learning_rate": learning_rate,
         "num_iterations": num_iterations}

    return d


def load_dataset(m_train=60, m_test=20, n_x=4, seed=2):
    """Points in n_x dimensions labelled by which side of a fixed plane they fall, with some noise."""
    np.random.seed(seed)
    true_w = np.array([[1.5], [-2.0], [0.5], [1.0]])
    X = np.random.randn(n_x, m_train + m_test)
    noise = np.random.randn(1, m_train + m_test) * 0.8
    Y = (np.dot(true_w.T, X) + 0.3 + noise > 0).astype(int)
    return X[:, :m_train], Y[:, :m_train], X[:, m_train:], Y[:, m_train:]


train_set_x, train_set_y, test_set_x, test_set_y = load_dataset()
print("Number of training examples: m_train = " + str(train_set_x.shape[1]))
print("Number of testing examples: m_test = " + str(test_set_x.shape[1]))
print("train_set_x shape: " + str(train_set_x.shape))
print("train_set_y shape: " + str(train_set_y.shape))
print("test_set_y = " + str(test_set_y))

logistic_regression_model = model(train_set_x, train_set_y, test_set_x, test_set_y,
                                  num_iterations=800, learning_rate=0.05, print_cost=True)

print("w = " + str(logistic_regression_model["w"]))
print("b = %.8f" % logistic_regression_model["b"])
print("keys:", sorted(logistic_regression_model.keys()))
print("costs:", len(logistic_regression_model["costs"]))

# Several learning rates, as the notebook compares them.
learning_rates = [0.01, 0.001, 0.0001]
models = {}
for lr in learning_rates:
    print("Training a model with learning rate: " + str(lr))
    models[str(lr)] = model(train_set_x, train_set_y, test_set_x, test_set_y,
                            num_iterations=300, learning_rate=lr, print_cost=False)
    print("\n" + "-------------------------------------------------------" + "\n")

for lr in learning_rates:
    final = models[str(lr)]["costs"][-1]
    print(f"lr={lr:<8} final recorded cost {float(final):.6f}")

summary = {key: int(np.sum(m["Y_prediction_test"])) for key, m in models.items()}
print(summary)
print("All tests passed!")
