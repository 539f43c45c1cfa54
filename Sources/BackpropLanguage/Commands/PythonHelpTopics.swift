/// `help def`, `help for`, `help dict`, `help f-string`, `help import` …: what Backprop runs of
/// Python, with an example each, and what it does not have.
enum PythonHelpTopics {
    struct Topic {
        let names: [String]
        let summary: String
        let example: [String]
        let notes: String?
    }

    static let topics: [Topic] = [
        Topic(names: ["def", "function", "functions", "return"],
              summary: "def defines a function: positional, default and keyword parameters (*args and **kwargs too); return gives a value, several values make a tuple. Your function replaces a built-in of its name (said once).",
              example: ["def linear_forward(A, W, b):", "    Z = np.dot(W, A) + b", "    cache = (A, W, b)", "    return Z, cache",
                        "", "Z, cache = linear_forward(A_prev, W1, b1)"],
              notes: "An error inside a function shows the calls it went through (a traceback), innermost last."),
        Topic(names: ["for", "loop", "range", "enumerate", "zip", "reversed"],
              summary: "for goes through a range, a list, a tuple, a dict's keys (or .items()), a string, or a matrix's rows (each a rank-1 array); break and continue as in Python.",
              example: ["for l in range(1, L):", "    parameters[\"W\" + str(l)] -= learning_rate * grads[\"dW\" + str(l)]",
                        "for i, cost in enumerate(costs):", "    print(i, cost)"],
              notes: "A loop that fails keeps what it did before, and says at which iteration it stopped. Ctrl-C stops a loop between iterations."),
        Topic(names: ["if", "elif", "else", "while", "break", "continue", "pass"],
              summary: "if/elif/else and while as in Python; the condition of an array must be one element (numpy's rule), so use np.any or np.all for more.",
              example: ["if activation == \"sigmoid\":", "    A, activation_cache = sigmoid(Z)", "elif activation == \"relu\":",
                        "    A, activation_cache = relu(Z)", "else:", "    pass"],
              notes: nil),
        Topic(names: ["assert"],
              summary: "assert condition, \"message\" stops with an AssertionError when the condition is false, naming the values it compared.",
              example: ["assert W1.shape == (n_h, n_x), \"W1 has the wrong shape\""], notes: nil),
        Topic(names: ["list", "lists"],
              summary: "A list holds any values, in order: [a, b, c]. append, extend, insert, pop, remove, index, count, sort, reverse; len, in, + and *, slicing, comprehensions. Lists are shared, as in Python: a function that appends changes the caller's list.",
              example: ["caches = []", "caches.append(cache)", "squares = [k * k for k in range(5) if k % 2 == 0]"],
              notes: "[1, 2, 3] is a list; np.array([1, 2, 3]) is numpy's rank-1 array. Octave's [1 2 3] and [1 2; 3 4] (spaces or ;) still make matrices."),
        Topic(names: ["dict", "dicts", "dictionary"],
              summary: "A dict maps keys to values: {\"W1\": W1, \"b1\": b1}. d[key], d[key] = value, get, keys, values, items, pop, update, in, len, comprehensions; keys stay in the order they were added.",
              example: ["parameters = {\"W1\": W1, \"b1\": b1}", "W = parameters[\"W\" + str(l)]", "grads = {k: v for k, v in grads.items() if k.startswith(\"dW\")}"],
              notes: "A missing key is a KeyError that lists the keys there are."),
        Topic(names: ["tuple", "tuples", "unpacking"],
              summary: "A tuple is a fixed sequence: (a, b), or a, b where a statement allows it. Unpacking assigns its items: A, cache = f(x); (n_x, n_h, n_y) = layer_sizes(X, Y); x, y = y, x.",
              example: ["cache = (A, W, b)", "A_prev, W, b = cache"], notes: nil),
        Topic(names: ["str", "string", "strings"],
              summary: "Strings: \"...\" or '...' (and \"\"\"...\"\"\" over lines), + and *, str(x), repr(x), len, in, indexing and slicing, upper, lower, strip, split, join, replace, startswith, endswith, find, format.",
              example: ["print(\"cost = \" + str(cost))", "\", \".join(str(n) for n in layer_dims)"], notes: nil),
        Topic(names: ["f-string", "fstring", "format", "%", "formatting"],
              summary: "f-strings with format specs, str.format and % format as Python's: {cost:.6f}, {i:5d}, {x=}, \"%i: %f\" % (i, cost).",
              example: ["print(f\"Cost after iteration {i}: {cost:.6f}\")", "print(\"Cost after iteration %i: %f\" % (i, cost))",
                        "print(\"{} layers\".format(L))"],
              notes: nil),
        Topic(names: ["import", "from", "math", "copy"],
              summary: "import numpy as np is accepted (np is always there); so are import math and import copy (math.sqrt, math.log, math.pi, copy.deepcopy). Other modules get what Backprop has instead; the course's helper modules' functions are built in.",
              example: ["import numpy as np", "import copy", "parameters = copy.deepcopy(parameters)"], notes: nil),
        Topic(names: ["cell", "cells", "paste", "block", "indentation"],
              summary: "A line ending in ':' (or an open bracket, or a \\) goes on at a ...: prompt; an empty line ends the block. Paste a whole notebook cell and it runs as the notebook runs it. Up recalls a whole cell. Files and pipes are read as CPython reads a program.",
              example: ["backprop> def relu(Z):", "      ...:     return np.maximum(0, Z), Z", "      ...:"], notes: nil),
        Topic(names: ["global", "nonlocal", "del", "lambda", "scope"],
              summary: "Names assigned in a function are its own; global NAME (or nonlocal) assigns the outer one. del removes a name, a list item or a dict entry. lambda x: ... is a one-expression function.",
              example: ["def bump():", "    global counter", "    counter += 1", "del grads[\"dA0\"]", "sorted(costs, key=lambda c: -c)"], notes: nil),
        Topic(names: ["class", "try", "with", "yield", "raise", "unsupported"],
              summary: "Backprop does not have class, try/except, with, yield or raise: keep values in dicts as the course does, check a condition with if (a failing line assigns nothing anyway), and use assert to stop with a message.",
              example: ["if A.shape != (n_h, m):", "    print(\"unexpected shape\", A.shape)"], notes: nil),
    ]

    static func topic(named name: String) -> Topic? {
        topics.first { $0.names.contains(name) }
    }

    static func text(_ topic: Topic, width: Int) -> String {
        var lines = TextWrap.wrap(topic.summary, width: width)
        lines.append("")
        lines += topic.example.map { "    " + $0 }
        if let notes = topic.notes {
            lines.append("")
            lines += TextWrap.wrap(notes, width: width)
        }
        return lines.joined(separator: "\n")
    }
}
