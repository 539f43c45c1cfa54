# Logistic regression with a neural network mindset: predict.
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict(w, b, X):
    """
    Label each example 1 when the model's probability is above 0.5, else 0.

    Arguments:
    w -- weights (n_x, 1), or any array of n_x entries
    b -- bias
    X -- examples (n_x, m)

    Returns:
    Y_prediction -- a (1, m) array of 0.0 and 1.0
    """
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


def predict_test_case():
    w = np.array([[0.3], [-0.8]])
    b = -0.1
    X = np.array([[1.0, -1.5, 2.0, 0.2], [0.5, 0.25, -0.75, 1.0]])
    return w, b, X


w, b, X = predict_test_case()
print("predictions = " + str(predict(w, b, X)))

# A flat weight vector is reshaped inside.
flat = np.array([0.3, -0.8])
same = predict(flat, b, X)
print("flat weights give", same, "shape", same.shape)

np.random.seed(11)
X = np.random.randn(2, 12)
Y_hat = predict(w, b, X)
count = int(np.sum(Y_hat))
print(f"{count} of {Y_hat.shape[1]} predicted positive")
labels = [int(v) for v in Y_hat[0]]
print(labels)
print("positions of ones:", [i for i, v in enumerate(labels) if v == 1])
print("All tests passed!")
