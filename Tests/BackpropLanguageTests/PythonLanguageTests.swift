import Testing
@testable import BackpropLanguage

/// The notebooks' Python, construct by construct: each program's output is what python3 prints
/// for it (checked by hand against python3 3.11 with numpy 2.4 when the test was written).
@Suite struct PythonLanguageTests {
    /// The program's printed text (without its last line end) and its errors, as `backprop run file.py` gives them.
    func run(_ program: String) -> (printed: String, errors: [Diagnostic]) {
        let (stdout, _, diagnostics) = runPythonProgram(program)
        return (stdout.hasSuffix("\n") ? String(stdout.dropLast()) : stdout, diagnostics)
    }

    /// `<<` and `>>`: Python's on ints of any size (floor, past 64 bits), numpy's on int64 arrays
    /// (a count past the width leaves 0 or -1), refused on floats (outputs from python3).
    @Test func shiftsAreCPythonsAndNumpys() {
        let program = """
        print(1 << 70, -5 >> 1, 5 >> 100, True << 2, -(2**70) >> 3, (2**70 + 5) >> 68, -1 >> 1000, 1 << 2 + 1, 1 + 2 << 1, 6 & 3 << 1)
        x = 3
        x <<= 2
        y = 2**80
        y >>= 70
        print(x, y)
        a = np.array([1, -8, 2**62, 5])
        print(a << 1, a >> 1, a << 64, a >> 64)
        """
        #expect(run(program).printed == """
        1180591620717411303424 -3 0 4 -147573952589676412928 4 -1 8 6 6
        12 1024
        [                   2                  -16 -9223372036854775808
                           10] [                  0                  -4 2305843009213693952
                           2] [0 0 0 0] [ 0 -1  0  0]
        """)
        #expect(run("print(1 << -1)").errors.first?.message == "negative shift count")
        #expect(run("print(1.0 << 1)").errors.first?.message == "unsupported operand type(s) for <<: 'float' and 'int'")
        #expect(run("print(np.array([1.5]) >> 1)").errors.first?.message.contains("ufunc 'right_shift' not supported") == true)
    }

    /// `__name__` is "__main__", a function knows its name and docstring, a for loop walks a list
    /// it grows, and an int of more than 4300 digits has no decimal text (outputs from python3).
    @Test func mainModuleNamesLiveListsAndTheDigitLimit() {
        let program = """
        if __name__ == "__main__":
            print(__name__)
        def linear_forward(A, W, b):
            \"\"\"Implement the linear part of a layer's forward propagation.\"\"\"
            return W @ A + b
        def f():
            return 1
        g = lambda x: x
        print(linear_forward.__name__, linear_forward.__doc__, f.__doc__, g.__name__, len.__name__, np.tanh.__name__)
        L = [1, 2, 3]
        for x in L:
            if x < 5:
                L.append(x + 3)
        print(L)
        K = [1, 2]
        N = K
        K *= 2
        d = {"a": [0]}
        d["a"] *= 3
        print(N, K is N, d)
        M = [1]
        M.append(M)
        print(M, len(str(10**4299)), f"{10**5000:x}"[:5])
        """
        #expect(run(program).printed == """
        __main__
        linear_forward Implement the linear part of a layer's forward propagation. None <lambda> len tanh
        [1, 2, 3, 4, 5, 6, 7]
        [1, 2, 1, 2] True {'a': [0, 0, 0]}
        [1, [...]] 4300 31e20
        """)
        let limit = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        for statement in ["print(10**4300)", "s = str([1, (2, 10**5000)])", "s = repr({1: 10**4400})", "s = f'{10**4300}'",
                          "s = format(10**5000)", "s = '{}'.format(10**5000)", "s = '%d' % 10**5000", "s = '%s' % ([10**5000],)"] {
            #expect(run(statement).errors.first?.message == "ValueError: " + limit, "\(statement)")
        }
        #expect(run("x = len.__doc__").errors.first?.message.contains("does not keep the docstrings") == true)
        // A dict whose size changes under its loop is CPython's RuntimeError; what the body did stays.
        let grown = run("d = {'a': 1}\nfor k in d:\n    d['b'] = 2\nprint(d)")
        #expect(grown.errors.first?.message == "RuntimeError: dictionary changed size during iteration")
        #expect(run("d = {'a': 1, 'b': 2}\nfor k in d:\n    d[k] = 5\nprint(d)").printed == "{'a': 5, 'b': 5}")
        #expect(run("print(format(10**5000, 'x')[:3], hex(-10**5000)[:4], len(str(-(10**4300 - 1))))").printed == "31e -0x3 4301")
        #expect(run("x = int('1' * 4301)").errors.first?.message
                == "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit")
        // At the prompt a bare expression echoes its repr, which has the limit too (as python3 -i).
        #expect(BackpropLanguageTests.run("x = 10**4300", "x").text.contains("error: ValueError: Exceeds the limit (4300 digits)"))
        #expect(!BackpropLanguageTests.run("x = 10**4299", "x").text.contains("Exceeds"))
    }

    /// `int(text, base)` reads what CPython reads and refuses what it refuses (outputs from
    /// python3): space only around the number, single underscores between digits, the base's
    /// prefix, base 0 from the prefix, bases 2 to 36; a bad base is an error, never a crash. And
    /// `/` of ints too large for a float is CPython's OverflowError.
    @Test func intsFromTextAndTheirQuotientsAreCPythons() {
        let cases: [(String, Int, String?)] = [
            ("' 12 '", 10, "12"), ("'1_000'", 10, "1000"), ("'+1_0'", 10, "10"), ("'\\t7\\n'", 10, "7"), ("'-0'", 10, "0"),
            ("'0x1f'", 16, "31"), ("'0X1F'", 16, "31"), ("'0x_1f'", 16, "31"), ("'0b101'", 0, "5"), ("'0o17'", 0, "15"),
            ("'-0b11'", 0, "-3"), ("'00'", 0, "0"), ("'zz_z'", 36, "46655"), ("'Z'", 36, "35"), ("'1٣'", 10, "13"),
            ("'1 2'", 10, nil), ("'_1'", 10, nil), ("'1__0'", 10, nil), ("'1_'", 10, nil), ("'- 5'", 10, nil), ("'1e3'", 10, nil),
            ("''", 10, nil), ("'012'", 0, nil), ("'0x'", 16, nil), ("'0b2'", 0, nil), ("'0x1f'", 10, nil), ("'1²'", 10, nil),
            ("'12'", 1, nil), ("'12'", 37, nil),
        ]
        for (literal, base, expected) in cases {
            let result = run("print(int(\(literal), \(base)))")
            if let expected {
                #expect(result.printed == expected && result.errors.isEmpty, "int(\(literal), \(base))")
            } else {
                #expect(!result.errors.isEmpty && result.printed.isEmpty, "int(\(literal), \(base)) must fail")
            }
        }
        #expect(run("print(int('12', 0))").printed == "12")
        // A quotient of ints past the largest float is an OverflowError, not inf (python3).
        #expect(run("print(10**400 / 10**399, 2**1100 / 2**1000, 1 / 10**400)").printed == "10.0 1.2676506002282294e+30 0.0")
        for statement in ["x = 10**400 / 3", "x = -(10**400) / 7", "x = 10**308 * 10 / 1"] {
            #expect(run(statement).errors.first?.message == "OverflowError: integer division result too large for a float", "\(statement)")
        }
        #expect(run("x = int('12', 40)").errors.first?.message == "ValueError: int() base must be >= 2 and <= 36, or 0")
    }

    /// Python compares ints with floats exactly, at any size; hasattr and int.bit_length (outputs from python3).
    @Test func intsMeetFloatsExactlyAndAnswerHasattr() {
        #expect(run("print(2 ** 756 > 1e308, 10 ** 400 > 1.5, 2 ** 756 == float('inf'), 1.5 < 2**70, float('nan') == 2**70, -2**70 < -1e20, 2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53)").printed
                == "False True False True False True True False")
        #expect(run("print(max(2 ** 892, 1.0) == 2 ** 892, min(1e308, 10 ** 309), sorted([2**70, 1.5, -2**80]))").printed
                == "True 1e+308 [-1208925819614629174706176, 1.5, 1180591620717411303424]")
        #expect(run("print((289 ** 20).bit_length(), (-5).bit_length(), (0).bit_length(), True.bit_length(), (2**64).bit_length())").printed == "164 3 0 1 65")
        #expect(run("x = 5\nprint(x.foo)").errors.first?.message == "'int' object has no attribute 'foo'")
        #expect(run("print((5).bit_lenght())").errors.first?.hint == "did you mean .bit_length()?")
        #expect(run("print((2.5).argmax)").errors.first?.message == "'float' object has no attribute 'argmax'")
        #expect(run("x = np.ones(2)\nprint(hasattr('s', 'upper'), hasattr([], 'append'), hasattr({}, 'nope'), hasattr(x, 'shape'), hasattr(x, 'sum'), hasattr(x, 'foo'), hasattr(np, 'zeros'))").printed
                == "True True False True True False True")
    }

    @Test func functionsReturnTuplesThatUnpack() {
        let program = """
        import numpy as np

        def linear_forward(A, W, b):
            \"\"\"Z = W·A + b, with its cache.\"\"\"

            Z = np.dot(W, A) + b
            cache = (A, W, b)
            return Z, cache

        A = np.array([[1.0, 2.0], [3.0, 4.0]])
        W = np.array([[0.5, -1.0]])
        b = np.array([[0.25]])
        Z, linear_cache = linear_forward(A, W, b)
        print("Z = " + str(Z))
        print(len(linear_cache), linear_cache[1].shape)
        """
        let (printed, errors) = run(program)
        #expect(errors.isEmpty, "\(errors)")
        #expect(printed == "Z = [[-2.25 -2.75]]\n3 (1, 2)")
    }

    /// A small dict is scanned and a big one hashed: entries, order, deletion and Python's key
    /// equality (3 == 3.0, True == 1) hold on both sides of the change (output as python3 prints it).
    @Test func dictsKeepTheirEntriesSmallAndLarge() {
        let program = """
        d = {}
        for i in range(40):
            d["k" + str(i)] = i * i
        d[3] = "three"
        d[3.0] = "float three"
        d[(1, 2)] = "pair"
        del d["k5"]
        d.pop("k30")
        d["k5"] = -5
        print(len(d), d["k39"], d["k0"], d[3], d[(1, 2)], "k5" in d, "k30" in d)
        print(list(d.keys())[-4:])
        small = {"W1": 1, "b1": 2, True: "one"}
        small[1.0] = "float one"
        del small["W1"]
        print(small, len(small), small.get("W1"), small.get("b1"))
        """
        let (printed, errors) = run(program)
        #expect(errors.isEmpty, "\(errors)")
        #expect(printed == """
        41 1521 0 float three pair True False
        ['k39', 3, (1, 2), 'k5']
        {'b1': 2, True: 'float one'} 2 None 2
        """)
    }

    /// Arguments bind as CPython binds them: defaults by position, `*rest` and `**kw` only when
    /// the function has them, and CPython's TypeError for each way a call can go wrong.
    @Test func argumentsBindAndFailAsCPythonDoes() {
        let program = """
        def f(a, b=2, *rest, k=5, **kw):
            return (a, b, rest, k, sorted(kw.items()))
        print(f(1))
        print(f(1, 3, 4, 5, k=6, z=7, y=8))
        print(f(a=9, b=8))
        def update_parameters(parameters, grads, learning_rate=1.2):
            return learning_rate
        print(update_parameters(1, 2), update_parameters(1, 2, 0.5), update_parameters(1, 2, learning_rate=0.1))
        def g(x, y):
            return x - y
        print(g(y=1, x=5))
        """
        let (printed, errors) = run(program)
        #expect(errors.isEmpty, "\(errors)")
        #expect(printed == """
        (1, 2, (), 5, [])
        (1, 3, (4, 5), 6, [('y', 8), ('z', 7)])
        (9, 8, (), 5, [])
        1.2 0.5 0.1
        4
        """)
        let failures = [
            ("g(1)", "g() missing 1 required positional argument: 'y'"),
            ("g(1, 2, 3)", "g() takes 2 positional arguments but 3 were given"),
            ("g(1, x=2)", "g() got multiple values for argument 'x'"),
            ("g(1, z=2)", "g() got an unexpected keyword argument 'z'"),
            ("g()", "g() missing 2 required positional arguments: 'x' and 'y'"),
        ]
        for (call, message) in failures {
            let (_, errors) = run("def g(x, y):\n    return x - y\nprint(\(call))")
            #expect(errors.map(\.message) == [message], "\(call)")
        }
        // With defaults, and with one parameter (CPython's words, from python3).
        let counted = [
            ("def f(a, b=2, c=3):\n    return a\nf(1, 2, 3, 4)", "f() takes from 1 to 3 positional arguments but 4 were given"),
            ("def f(a):\n    return a\nf(1, 2)", "f() takes 1 positional argument but 2 were given"),
            ("def f():\n    return 0\nf(1)", "f() takes 0 positional arguments but 1 was given"),
        ]
        for (program, message) in counted {
            #expect(run(program).errors.map(\.message) == [message], "\(program)")
        }
    }

    /// A list's, dict's or str's method taken without a call is a value, as Python's bound
    /// method: it calls the method on the object it came from, fails as the method fails, and an
    /// attribute the object lacks is CPython's AttributeError with a spelling hint (output and
    /// messages as python3 gives them).
    @Test func methodsTakenWithoutACallAreValues() {
        let program = """
        d = {'W1': 3, 'b1': -1, 'W2': 0}
        print(sorted(d, key=d.get), max(d, key=d.get), min(d, key=d.get))
        costs = []
        record = costs.append
        for c in [0.69, 0.5]:
            record(c)
        print(costs, str(costs.append).startswith('<built-in method append of list object at 0x'))
        shout = 'relu'.upper
        print(shout(), list(map(str.upper if False else 'x'.join, [['a', 'b']])))
        """
        let (printed, errors) = run(program)
        #expect(errors.isEmpty, "\(errors)")
        #expect(printed == """
        ['b1', 'W2', 'W1'] W1 b1
        [0.69, 0.5] True
        RELU ['axb']
        """)
        #expect(run("d = {}\ng = d.get\ng()").errors.map(\.message) == ["get() takes 1 to 2 arguments (0 given)"])
        let missing = run("d = {'a': 1}\nprint(d.gett)").errors
        #expect(missing.map(\.message) == ["'dict' object has no attribute 'gett'"])
        #expect(missing.first?.hint == "did you mean .get?")
        #expect(run("import numpy as np\nd = {}\ndef f():\n    pass\nprint(type(len), type(d.get), type(np.tanh), type(f))").printed
                == "<class 'builtin_function_or_method'> <class 'builtin_function_or_method'> <class 'numpy.ufunc'> <class 'function'>")
        // Equal when they are the same method of the same object, though each is a new value.
        #expect(run("d = {'a': 1}\nf = d.get\nxs = [1]\nprint(f == d.get, f != d.get, d.get is d.get, xs.append == [1].append, 'ab'.upper == 'ab'.upper)").printed
                == "True False False False True")
    }

    /// `hex`, `oct`, `bin`, `chr`, `ord` and `callable` as CPython's (values from python3).
    @Test func numberTextBuiltinsAreCPythons() {
        let (printed, errors) = run("print(hex(62), bin(50), oct(62), chr(65 + 24), ord('a'), hex(-255), bin(0), hex(2**100))\nprint(callable(len), callable(print), callable(3), callable(int))")
        #expect(errors.isEmpty, "\(errors)")
        #expect(printed == "0x3e 0b110010 0o76 Y 97 -0xff 0b0 0x10000000000000000000000000\nTrue True False True")
        #expect(run("chr(1114112)").errors.map(\.message) == ["chr() arg not in range(0x110000)"])
        #expect(run("ord('ab')").errors.map(\.message) == ["ord() expected a character, but string of length 2 found"])
        #expect(run("hex(2.5)").errors.map(\.message) == ["'float' object cannot be interpreted as an integer"])
        // numpy integers count as ints; an array of rank 1 or more, or a numpy bool, does not.
        #expect(run("import numpy as np\nprint(hex(np.int64(5)), hex(np.array(7)), chr(np.int64(65)), hex(True))").printed == "0x5 0x7 A 0x1")
        let scalarIndex = "TypeError: only integer scalar arrays can be converted to a scalar index"
        #expect(run("hex(np.array([5]))").errors.map(\.message) == [scalarIndex])
        #expect(run("hex(np.array(True))").errors.map(\.message) == [scalarIndex])
        #expect(run("hex(np.bool_(True))").errors.map(\.message) == ["'numpy.bool' object cannot be interpreted as an integer"])
        #expect(run("chr(2**70)").errors.map(\.message) == ["OverflowError: Python int too large to convert to C int"])
    }

    /// `x.dtype` is numpy's dtype object: it prints as its name, shows as `dtype('float64')` (also
    /// inside a list), equals its name, its scalar type and Python's type, and is a dtype argument
    /// (output as python3 prints it).
    @Test func dtypesAreNumpysDtypeObjects() {
        let program = """
        import numpy as np
        x = np.array([[1.5, 2.0]])
        k = np.array([[1, 2]])
        print(repr(x.dtype), x.dtype, str(x.dtype), [x.dtype, k.dtype], (k > 1).dtype)
        print(x.dtype == np.float64, x.dtype == "float64", x.dtype == float, x.dtype == k.dtype, x.dtype != "int64", k.dtype == int)
        print(type(x.dtype), f"{x.dtype}", "dtype: " + str(k.dtype))
        y = np.zeros((2, 1), dtype=k.dtype)
        print(y, y.dtype, x.astype(k.dtype))
        print({x.dtype: 1}[x.dtype], x.dtype in [np.float64])
        if x.dtype == np.float64:
            print("float")
        for a in [x, k, k > 1]:
            d = a.dtype
            print(d.name, d.itemsize, d.kind, d.char, d.str, d.type, a.itemsize, a.nbytes, d.type is type(a[0, 0]))
        """
        let (printed, errors) = run(program)
        #expect(errors.isEmpty, "\(errors)")
        #expect(printed == """
        dtype('float64') float64 float64 [dtype('float64'), dtype('int64')] bool
        True True True False True True
        <class 'numpy.dtypes.Float64DType'> float64 dtype: int64
        [[0]
         [0]] int64 [[1 2]]
        1 True
        float
        float64 8 f d <f8 <class 'numpy.float64'> 8 16 True
        int64 8 i l <i8 <class 'numpy.int64'> 8 16 True
        bool 1 b ? |b1 <class 'numpy.bool'> 1 2 True
        """)
    }

    /// At the prompt, a dtype and a str show as IPython shows them (their repr).
    @Test func theREPLShowsADtypeAsIPythonDoes() {
        #expect(BackpropLanguageTests.run("x = np.array([[1, 2]])", "x.dtype").text == "dtype('int64')")
        #expect(BackpropLanguageTests.run("x = np.array([[1, 2]])", "print(x.dtype)").text == "int64")
        #expect(BackpropLanguageTests.run("x = np.array([[1, 2]])", "x.dtype.name").text == "'int64'")
        #expect(BackpropLanguageTests.run("s = \"it's\"", "s").text == "\"it's\"")
        #expect(BackpropLanguageTests.run("s = 'a'", "print(s)").text == "a")
    }

    /// The resolver gives a function's locals slots; every way of binding and reading a name
    /// must still follow Python's scopes (outputs as python3 prints them).
    @Test func localsInSlotsKeepPythonsScopes() {
        let program = """
        x = 10
        def f():
            y = x + 1
            return y
        def g(a, b=2, *rest, k=5, **kw):
            return a + b + k + sum(rest) + len(kw)
        def counter():
            n = 0
            def inc(step=1):
                nonlocal n
                n = n + step
                return n
            return inc
        def comp(m):
            return [i * i for i in range(m)], {j: j + m for j in range(3)}
        def outer_scale(v):
            w = v * 2
            h = lambda z, q=w: z + q + v
            def inner(t=w):
                return t + v
            return h(1), inner()
        def dl():
            a = 1
            del a
            a = 2
            return a
        def glob():
            global x
            x = 42
            return x
        def loops(n):
            acc = 0
            for i, j in [(1, 2), (3, 4)]:
                acc += i * j
            k = 0
            while k < n:
                k += 1
            return acc, k
        c = counter()
        print(f(), g(1), g(1, 3, 4, 5, k=1, z=2))
        print(c(), c(5), c())
        print(comp(4))
        print(outer_scale(3), dl(), glob(), x, loops(3))
        def unbound():
            print(q)
            q = 1
        unbound()
        """
        let (printed, errors) = run(program)
        #expect(printed == "11 8 15\n1 6 7\n([0, 1, 4, 9], {0: 4, 1: 5, 2: 6})\n(10, 9) 2 42 42 (14, 3)")
        #expect(errors.first?.message == "cannot access local variable 'q' where it is not associated with a value")
    }

    @Test func loopsOverRangesListsDictsAndRows() {
        let program = """
        parameters = {}
        layer_dims = [3, 4, 1]
        for l in range(1, len(layer_dims)):
            parameters["W" + str(l)] = (layer_dims[l], layer_dims[l - 1])
        print(parameters)
        for key, value in parameters.items():
            print(key, value)
        total = 0
        for i, x in enumerate([10, 20, 30]):
            if i == 1:
                continue
            total += x
        print(total)
        for l in reversed(range(3)):
            print(l, end=" ")
        print()
        import numpy as np
        for row in np.array([[1, 2], [3, 4]]):
            print(row, row.shape)
        n = 0
        while True:
            n += 1
            if n >= 4:
                break
        else:
            n = -1
        print(n)
        """
        let (printed, errors) = run(program)
        #expect(errors.isEmpty, "\(errors)")
        #expect(printed == """
        {'W1': (4, 3), 'W2': (1, 4)}
        W1 (4, 3)
        W2 (1, 4)
        40
        2 1 0 \n[1 2] (2,)
        [3 4] (2,)
        4
        """)
    }

    @Test func pythonIntsHaveNoLimitAndDivideAsPython() {
        let (printed, errors) = run("""
        print(10**400 // 10**399, 2**64, -7 // 2, -7 % 3, 7 / 2, 2**100 % 7)
        x = 2**63
        print(x - 1, type(x), 10**30 / 10**29)
        """)
        #expect(errors.isEmpty, "\(errors)")
        #expect(printed == "10 18446744073709551616 -4 2 3.5 2\n9223372036854775807 <class 'int'> 10.0")
    }

    @Test func assignmentForms() {
        let (printed, errors) = run("""
        a = b = 0
        x, y = 1, 2
        x, y = y, x
        (n_x, n_h, n_y) = (2, 4, 1)
        first, *rest = [1, 2, 3]
        grads = {"dW1": 1.0}
        grads["dW1"] += 0.5
        xs = [1, 2, 3]
        xs[0] -= 1
        xs += [4]
        print(a, b, x, y, n_x, n_h, n_y, first, rest, grads, xs)
        """)
        #expect(errors.isEmpty, "\(errors)")
        #expect(printed == "0 0 2 1 2 4 1 1 [2, 3] {'dW1': 1.5} [0, 2, 3, 4]")
    }

    @Test func listsAndDictsAreSharedAsInPython() {
        let (printed, errors) = run("""
        def add_cache(caches, cache):
            caches.append(cache)

        caches = []
        add_cache(caches, (1, 2))
        alias = caches
        alias.append("x")
        print(caches, len(caches), (1, 2) in caches, "y" not in caches)
        d = {"a": 1}
        e = d
        e["b"] = 2
        del d["a"]
        print(d, list(d.keys()), d.get("zz", 0), sorted([3, 1, 2], reverse=True))
        print([k * k for k in range(5) if k % 2 == 0], {k: len(k) for k in ["ab", "c"]})
        """)
        #expect(errors.isEmpty, "\(errors)")
        #expect(printed == "[(1, 2), 'x'] 2 True True\n{'b': 2} ['b'] 0 [3, 2, 1]\n[0, 4, 16] {'ab': 2, 'c': 1}")
    }

    @Test func defaultsKeywordsGlobalsClosuresAndRecursion() {
        let (printed, errors) = run("""
        counter = 0
        def bump(step=1, *, twice=False):
            global counter
            counter += step * (2 if twice else 1)
            return counter
        bump()
        bump(2, twice=True)
        def outer(x):
            def inner(y):
                return x + y
            return inner(10)
        def factorial(n):
            return 1 if n <= 1 else n * factorial(n - 1)
        print(counter, outer(5), factorial(25), (lambda v: v * 3)(4))
        """)
        #expect(errors.isEmpty, "\(errors)")
        #expect(printed == "5 15 15511210043330985984000000 12")
    }

    @Test func errorsInsideFunctionsCarryTheirCalls() {
        let (_, errors) = run("""
        import numpy as np
        def linear_forward(A, W, b):
            Z = np.dot(W, A) + b
            return Z

        def model(X):
            return linear_forward(X, np.ones((3, 4)), 0)

        model(np.ones((2, 5)))
        """)
        let error = errors.first
        #expect(error?.function == "linear_forward")
        #expect(error?.traceback.map(\.function) == ["<module>", "model"])
        #expect(error?.source.map { $0.location(of: error!.span!.start).line } == 3)
    }

    @Test func assertionsNameTheirValues() {
        let (_, errors) = run("""
        shape = (4, 2)
        assert shape == (4, 1), "W1 has the wrong shape"
        """)
        #expect(errors.first?.message == "AssertionError: W1 has the wrong shape")
        #expect(errors.first?.notes == ["shape is (4, 2)", "(4, 1) is (4, 1)"])
    }

    @Test func aLoopThatFailsKeepsWhatRanAndSaysWhere() {
        var session = Session()
        let result = session.execute("""
        total = 0
        for x in [1, 2, "three", 4]:
            total = total + x
        """)
        #expect(session.environment["total"] == .integer(3))
        #expect(result.diagnostics.first?.notes.contains { $0.hasPrefix("stopped in iteration 3 of the loop over [1, 2, \"three\", 4] (the item 'three')") } == true)
    }

    @Test func deepRecursionIsAnErrorNotACrash() {
        let (_, errors) = run("""
        def down(n):
            return down(n + 1)
        down(0)
        """)
        #expect(errors.first?.message.hasPrefix("RecursionError: maximum recursion depth exceeded") == true)
    }

    @Test func indentationErrorsNameTheLine() {
        var session = Session()
        let missing = session.execute("def f(x):\nreturn x")
        #expect(missing.diagnostics.first?.message == "expected an indented block after 'def f(x):' on line 1")
        let uneven = session.execute("if True:\n    x = 1\n  y = 2")
        #expect(uneven.diagnostics.first?.message == "unindent does not match any outer indentation level")
    }

    @Test func aLearnersFunctionReplacesTheBuiltInOnce() {
        var session = Session()
        let defined = session.execute("def sigmoid(Z):\n    return 1 / (1 + np.exp(-Z)), Z")
        #expect(defined.diagnostics.first?.message == "your sigmoid replaces the built-in sigmoid from now on")
        let result = session.execute("A, cache = sigmoid(0.0)")
        #expect(!result.failed)
        #expect(session.environment["A"]?.number == 0.5)
    }

    /// A function prints as CPython's does, with its address: the same each time, a different one for another function.
    @Test func aFunctionPrintsWithItsAddress() {
        let (printed, errors) = run("def f(x):\n    return x\ndef g(x):\n    return x\nprint(f)\nprint(f)\nprint(g)")
        #expect(errors.isEmpty)
        let lines = printed.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].wholeMatch(of: /<function f at 0x[0-9a-f]{6,16}>/) != nil, "\(lines)")
        #expect(lines[0] == lines[1])
        #expect(lines[2].hasPrefix("<function g at 0x") && lines[2].dropFirst(15) != lines[0].dropFirst(15))
    }

    /// A built-in is a value as in Python: a key, an argument, a dict entry; it prints as Python
    /// prints it, and a failing call of it fails at the call (output as python3 printed it).
    @Test func builtinsAreValues() {
        let program = """
        print(sorted(["bb", "a", "ccc"], key=len), list(map(len, ["a", "bb"])), sorted([3, -5, 1], key=abs))
        f = np.tanh
        print(f(0.5) == np.tanh(0.5), f(np.array([[0.0, 1.0]])))
        print(np.tanh, len, abs)
        g = np.sum
        print(g(np.ones((2, 3)), axis=1, keepdims=True))
        def apply(fn, x):
            return fn(x)
        print(apply(np.exp, 0.0), apply(len, [1, 2, 3]), apply(max, [1, 5, 2]))
        print(len is len, np.tanh is np.tanh, len is abs)
        """
        let (printed, errors) = run(program)
        #expect(errors.isEmpty, "\(errors)")
        #expect(printed == """
        ['a', 'bb', 'ccc'] [1, 2] [1, 3, -5]
        True [[0.         0.76159416]]
        <ufunc 'tanh'> <built-in function len> <built-in function abs>
        [[3.]
         [3.]]
        1.0 3 5
        True True False
        """)
        let failed = run("f = len\nf(5)").errors
        #expect(failed.map(\.message) == ["object of type 'int' has no len()"])
        #expect(failed.first?.traceback.isEmpty == true)
        // A learner's function called by a built-in value fails with Python's frames: the
        // learner's call, then the function, and none for the built-in (python3's traceback).
        for program in ["f = sorted\ndef k(v):\n    return 1 / (v - 1)\nf([3, 1], key=k)",
                        "xs = [3, 1]\ndef k(v):\n    return 1 / (v - 1)\ns = xs.sort\ns(key=k)"] {
            let error = run(program).errors.first
            #expect(error?.message == "division by zero", "\(program)")
            #expect(error?.function == "k", "\(program)")
            #expect(error?.traceback.map(\.function) == ["<module>"], "\(program)")
        }
    }
}

