/// Python's built-in functions, which a bare name means before numpy's (`sum(xs)` is Python's
/// sum; `np.sum` is numpy's), each with what `help` shows. The bodies are in
/// Interpreter/Evaluator+PythonBuiltins.swift, since several call back into the interpreter
/// (`sorted(key=…)`) or iterate any value.
public enum PythonBuiltins {
    public struct Entry: Sendable {
        public let name: String
        public let signature: String
        public let summary: String
        public let example: String
    }

    public static let entries: [Entry] = [
        Entry(name: "print", signature: "print(*values, sep=' ', end='\\n')", summary: "prints values as Python's print does", example: "print(\"cost = \" + str(cost))"),
        Entry(name: "len", signature: "len(obj)", summary: "the number of items: a list's, a dict's keys, a string's characters, an array's rows", example: "len(parameters) // 2"),
        Entry(name: "range", signature: "range(stop) or range(start, stop, step=1)", summary: "the ints from start up to (not including) stop", example: "for l in range(1, L):"),
        Entry(name: "enumerate", signature: "enumerate(iterable, start=0)", summary: "pairs (index, item)", example: "for i, x in enumerate(xs):"),
        Entry(name: "zip", signature: "zip(*iterables)", summary: "tuples of the items at the same position", example: "for name, dims in zip(names, layer_dims):"),
        Entry(name: "reversed", signature: "reversed(sequence)", summary: "the items from the last to the first", example: "for l in reversed(range(L)):"),
        Entry(name: "sorted", signature: "sorted(iterable, key=None, reverse=False)", summary: "a new sorted list", example: "sorted(grads.keys())"),
        Entry(name: "list", signature: "list(iterable=())", summary: "a list of the items", example: "list(range(3))"),
        Entry(name: "dict", signature: "dict(pairs=(), **entries)", summary: "a dict", example: "dict(W1=W1, b1=b1)"),
        Entry(name: "tuple", signature: "tuple(iterable=())", summary: "a tuple of the items", example: "tuple(X.shape)"),
        Entry(name: "str", signature: "str(object='')", summary: "the text print shows for a value", example: "\"W\" + str(l)"),
        Entry(name: "repr", signature: "repr(object)", summary: "the value as code: array([1, 2]), 'text'", example: "repr(W1)"),
        Entry(name: "int", signature: "int(x=0)", summary: "an int: a float truncated toward 0, or a string's digits", example: "int(m / 2)"),
        Entry(name: "float", signature: "float(x=0.0)", summary: "a float, from a number, a one-element array or a string", example: "float(np.squeeze(cost))"),
        Entry(name: "bool", signature: "bool(x=False)", summary: "the truth value of x", example: "bool(0)"),
        Entry(name: "abs", signature: "abs(x)", summary: "the absolute value (element-wise for an array)", example: "abs(-3)"),
        Entry(name: "min", signature: "min(iterable) or min(a, b, ...)", summary: "the smallest item", example: "min(costs)"),
        Entry(name: "max", signature: "max(iterable) or max(a, b, ...)", summary: "the largest item", example: "max(costs)"),
        Entry(name: "sum", signature: "sum(iterable, start=0)", summary: "the items added up (numpy's is np.sum)", example: "sum([1, 2, 3])"),
        Entry(name: "round", signature: "round(number, ndigits=None)", summary: "rounded half to even; an int without ndigits", example: "round(cost, 4)"),
        Entry(name: "isinstance", signature: "isinstance(obj, type)", summary: "whether obj is of the type (or one of a tuple of types)", example: "isinstance(cost, float)"),
        Entry(name: "type", signature: "type(obj)", summary: "the type of obj", example: "type(b) == float"),
        Entry(name: "any", signature: "any(iterable)", summary: "True if any item is true", example: "any(x > 0 for x in xs)"),
        Entry(name: "all", signature: "all(iterable)", summary: "True if every item is true", example: "all(l > 0 for l in layer_dims)"),
        Entry(name: "format", signature: "format(value, spec='')", summary: "the value formatted by a format spec", example: "format(cost, '.6f')"),
        Entry(name: "divmod", signature: "divmod(a, b)", summary: "the pair (a // b, a % b)", example: "divmod(7, 2)"),
        Entry(name: "pow", signature: "pow(base, exp)", summary: "base ** exp", example: "pow(2, 10)"),
        Entry(name: "map", signature: "map(function, iterable)", summary: "the function applied to each item", example: "list(map(str, dims))"),
        Entry(name: "filter", signature: "filter(function, iterable)", summary: "the items the function is true for", example: "list(filter(None, xs))"),
        Entry(name: "hex", signature: "hex(int)", summary: "the int in base 16, as text", example: "hex(255)"),
        Entry(name: "oct", signature: "oct(int)", summary: "the int in base 8, as text", example: "oct(8)"),
        Entry(name: "bin", signature: "bin(int)", summary: "the int in base 2, as text", example: "bin(5)"),
        Entry(name: "chr", signature: "chr(int)", summary: "the character of a Unicode code point", example: "chr(65)"),
        Entry(name: "ord", signature: "ord(character)", summary: "the Unicode code point of a character", example: "ord('A')"),
        Entry(name: "callable", signature: "callable(obj)", summary: "whether obj can be called: a function or a type", example: "callable(sigmoid)"),
        Entry(name: "hasattr", signature: "hasattr(obj, name)", summary: "whether obj has the attribute or method called name", example: "hasattr(x, 'shape')"),
    ]

    public static let names: Set<String> = Set(entries.map(\.name))

    public static func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// Bare names whose Python meaning and numpy meaning differ only in the arguments: `sum(x, axis=1)` is numpy's.
    static let numpyKeywords: Set<String> = ["axis", "keepdims", "out", "dtype", "initial", "where", "decimals"]

    /// The type a bare name means where it is used as a value (`isinstance(x, int)`).
    static func typeNamed(_ name: String) -> PythonType? {
        ["int", "float", "bool", "str", "list", "dict", "tuple", "range", "type"].contains(name) ? PythonType.named(name) : nil
    }
}
