import Testing
@testable import BackpropLanguage

/// Arrays are shared objects, as in numpy: `B = A`, arguments, dict entries and list items hold
/// the same array, and in-place operations change it for every holder; copies are new arrays.
/// The expected text is what python3 with numpy printed for the same program.
@Suite struct ArrayAliasingTests {
    @Test func inPlaceChangesReachEveryHolderAsInNumpy() {
        let program = #"""
            import numpy as np
            import copy
            A = np.array([[1.0, 2.0], [3.0, 4.0]])
            B = A
            B += 1
            print(A)
            print(B is A, A is B.copy())
            def zero_first(M):
                M[0, 0] = 0
            zero_first(A)
            print(A)
            dA = np.array([[1.0, -2.0, 3.0]])
            Z = np.array([[0.5, -1.0, 2.0]])
            dZ = dA
            dZ[Z <= 0] = 0
            print(dA)
            dA = np.array([[1.0, -2.0, 3.0]])
            dZ = np.array(dA, copy=True)
            dZ[Z <= 0] = 0
            print(dA, dZ)
            parameters = {"W1": np.ones((2, 2)), "b1": np.zeros((2, 1))}
            W1 = parameters["W1"]
            parameters["W1"] -= 0.5 * np.ones((2, 2))
            print(W1)
            parameters["W1"][0, 1] = 7
            print(W1)
            grads = {"dW1": np.zeros((1, 2))}
            grads["dW1"][0] += 1
            print(grads["dW1"])
            shallow = copy.copy(parameters)
            shallow["W1"] += 1
            print(parameters["W1"])
            deep = copy.deepcopy(parameters)
            deep["W1"] += 1
            print(parameters["W1"], deep["W1"])
            pair = [W1, W1]
            twin = copy.deepcopy(pair)
            twin[0][0, 0] = -1
            print(twin[1][0, 0], W1[0, 0])
            C = np.asarray(A)
            C[1, 1] = 42
            print(A[1, 1], C is A, np.asarray(A, dtype=int) is A)
            D = np.array(A)
            D[1, 1] = 0
            print(A[1, 1])
            x = np.float64(1.5)
            y = x
            y += 1
            print(x, y)
            s = np.array(2.0)
            t = s
            t += 1
            print(s)
            L = [np.zeros(2)]
            for v in L:
                v += 3
            print(L)
            def update(params, lr):
                for key in params:
                    params[key] -= lr
            update(parameters, 1)
            print(W1)
            """#
        let expected = #"""
            [[2. 3.]
             [4. 5.]]
            True False
            [[0. 3.]
             [4. 5.]]
            [[1. 0. 3.]]
            [[ 1. -2.  3.]] [[1. 0. 3.]]
            [[0.5 0.5]
             [0.5 0.5]]
            [[0.5 7. ]
             [0.5 0.5]]
            [[1. 1.]]
            [[1.5 8. ]
             [1.5 1.5]]
            [[1.5 8. ]
             [1.5 1.5]] [[2.5 9. ]
             [2.5 2.5]]
            -1.0 1.5
            42.0 True False
            42.0
            1.5 2.5
            3.0
            [array([3., 3.])]
            [[0.5 7. ]
             [0.5 0.5]]
            """#
        let (stdout, errors, _) = runPythonProgram(program)
        #expect(errors.isEmpty, "\(errors)")
        #expect(stdout == expected + "\n")
    }

    /// Basic slices, `.T`, reshape, ravel, squeeze, expand_dims and `None` axes are views: writes go
    /// both ways. Integer-array and mask indexing, `A.T.ravel()` and `deepcopy` make copies.
    @Test func viewsShareTheirBasesElementsAsInNumpy() {
        let program = #"""
            import copy
            import numpy as np
            A = np.arange(12).reshape(3, 4) * 1.0
            row = A[0:1, :]
            row[0, 0] = 8
            print(A)
            c = A[:, 1]
            c[:] = -1
            print(A)
            c += 10
            print(A, c)
            t = A.T
            t[0, 2] = 99
            print(A)
            A[1, 1] = 5
            print(t)
            print(c)
            r = A.ravel()
            r[0] = 0
            print(A[0, 0])
            q = A.T.ravel()
            q[0] = 1234
            print(A[0, 0])
            v = A.reshape(4, 3)
            v[3, 2] = -7
            print(A)
            x = np.zeros(5)
            y = x[1:4]
            y[1] = 3
            z = y[::2]
            z += 1
            print(x, y, z)
            col = x[:, None]
            col[0, 0] = 42
            print(x)
            s = np.squeeze(A[:, 0:1])
            s[2] = 55
            print(A)
            e = np.expand_dims(x, axis=0)
            e[0, 4] = 9
            print(x)
            B = np.array([[1, 2], [3, 4]])
            u = B[0]
            u[1] = 7.9
            print(B, B.dtype)
            w = B[[0, 1]]
            w[0, 0] = 100
            print(B)
            m = B[B > 2]
            m[:] = 0
            print(B)
            tt = np.transpose(B)
            tt[1, 0] = -5
            print(B)
            B2 = B.T.T
            B2[0,0] = 11
            print(B)
            P = np.ones((2, 3))
            half = P[:, 1:]
            P += 1
            print(half)
            P = P + 1
            print(half)
            deep = copy.deepcopy(half)
            deep[0, 0] = 0
            print(half[0, 0])
            def clear_first_row(M):
                M[0:1, :] *= 0
            Q = np.arange(6.0).reshape(2, 3)
            clear_first_row(Q)
            print(Q)
            parameters = {"W1": np.ones((2, 2))}
            parameters["W1"][:, 0] -= 0.5
            print(parameters["W1"])
            """#
        let expected = #"""
            [[ 8.  1.  2.  3.]
             [ 4.  5.  6.  7.]
             [ 8.  9. 10. 11.]]
            [[ 8. -1.  2.  3.]
             [ 4. -1.  6.  7.]
             [ 8. -1. 10. 11.]]
            [[ 8.  9.  2.  3.]
             [ 4.  9.  6.  7.]
             [ 8.  9. 10. 11.]] [9. 9. 9.]
            [[ 8.  9.  2.  3.]
             [ 4.  9.  6.  7.]
             [99.  9. 10. 11.]]
            [[ 8.  4. 99.]
             [ 9.  5.  9.]
             [ 2.  6. 10.]
             [ 3.  7. 11.]]
            [9. 5. 9.]
            0.0
            0.0
            [[ 0.  9.  2.  3.]
             [ 4.  5.  6.  7.]
             [99.  9. 10. -7.]]
            [0. 1. 3. 1. 0.] [1. 3. 1.] [1. 1.]
            [42.  1.  3.  1.  0.]
            [[ 0.  9.  2.  3.]
             [ 4.  5.  6.  7.]
             [55.  9. 10. -7.]]
            [42.  1.  3.  1.  9.]
            [[1 7]
             [3 4]] int64
            [[1 7]
             [3 4]]
            [[1 7]
             [3 4]]
            [[ 1 -5]
             [ 3  4]]
            [[11 -5]
             [ 3  4]]
            [[2. 2.]
             [2. 2.]]
            [[2. 2.]
             [2. 2.]]
            2.0
            [[0. 0. 0.]
             [3. 4. 5.]]
            [[0.5 1. ]
             [0.5 1. ]]
            """#
        let (stdout, errors, _) = runPythonProgram(program)
        #expect(errors.isEmpty, "\(errors)")
        #expect(stdout == expected + "\n")
    }

    /// Where numpy copies instead: `ravel` of an array that is not one run in memory, a reshape
    /// strides cannot express, an array in Fortran order (`A.T * 2`), a numpy scalar. Rows met by
    /// a loop or unpacking are views; `z *= 2` keeps a 0-d array an array; `x.dtype.type(5)` calls.
    @Test func reshapesCopyWhereNumpyCopies() {
        let program = #"""
            import numpy as np
            A = np.arange(12.0).reshape(3, 4)
            for name, made in [("A[:, 0:1].ravel()", A[:, 0:1].ravel()), ("A[:, 1].ravel()", A[:, 1].ravel()),
                               ("A[::2].ravel()", A[::2].ravel()), ("A[0:1].ravel()", A[0:1].ravel()),
                               ("A[:, :2].reshape(6)", A[:, :2].reshape(6)), ("A[:, 1].reshape(3, 1)", A[:, 1].reshape(3, 1)),
                               ("A.T.reshape(4, 3)", A.T.reshape(4, 3)), ("A.T[:, 0].ravel()", A.T[:, 0].ravel()),
                               ("A[::-1].reshape(12)", A[::-1].reshape(12)), ("A[:, ::-1][0].ravel()", A[:, ::-1][0].ravel())]:
                before = A.copy()
                made[:] = -1
                print(name, "view" if (A != before).any() else "copy")
                A[:] = before
            F = A.T * 2
            F.ravel()[0] = 100
            F.reshape(2, 6)[0, 0] = 100
            print(F[0, 0])
            F.T.ravel()[0] = 100
            print(F[0, 0])
            G = np.copy(A.T)
            G.reshape(-1)[1] = 50
            print(G[0, 1])
            s = np.sum(A)
            t = s.reshape(1, 1)
            t[0, 0] = 9
            u = s[None]
            u[0] = 8
            w = np.expand_dims(s, 0)
            w[0] = 7
            print(s, type(s).__name__)
            for row in A:
                row[0] = -1
            first, second, third = A
            second[1] = 50
            print(A)
            z = np.array(5.0)
            z *= 2
            z += 1
            print(type(z).__name__, z)
            v = A[0:1, 1:2].reshape(())
            v += 1
            v += 1
            print(A[0, 1])
            print(A.dtype.type(5), type(A.dtype.type(5)).__name__, np.int64(3).dtype.type(2.7))
            print(A[None, 1].shape, A[1, None].shape, A[:, 1, None].shape)
            """#
        let expected = #"""
            A[:, 0:1].ravel() copy
            A[:, 1].ravel() copy
            A[::2].ravel() copy
            A[0:1].ravel() view
            A[:, :2].reshape(6) copy
            A[:, 1].reshape(3, 1) view
            A.T.reshape(4, 3) view
            A.T[:, 0].ravel() view
            A[::-1].reshape(12) copy
            A[:, ::-1][0].ravel() copy
            0.0
            100.0
            4.0
            66.0 float64
            [[-1.  1.  2.  3.]
             [-1. 50.  6.  7.]
             [-1.  9. 10. 11.]]
            ndarray 11.0
            3.0
            5.0 float64 2
            (1, 4) (1, 4) (3, 1)
            """#
        let (stdout, errors, _) = runPythonProgram(program)
        #expect(errors.isEmpty, "\(errors)")
        #expect(stdout == expected + "\n")
    }
}
