import MatrixEngine

/// A numpy array as Python holds it: an object that names, lists, dicts and arguments share.
///
/// `B = A` makes B the same array as A, and numpy's in-place operations (`A += 1`, `A[0] = 5`,
/// `parameters["W1"] -= …`) change the array itself, so every holder sees the change, as in
/// the notebooks (where `dZ = dA; dZ[Z <= 0] = 0` changes dA too). Every other operation makes a
/// new array. The elements are a copy-on-write `NDArray`, so a new array costs no copy until
/// one side is written.
@dynamicMemberLookup
public final class ArrayObject: @unchecked Sendable {
    public var value: NDArray

    public init(_ value: NDArray) {
        self.value = value
    }

    /// The array's properties read as the array's own (`a.shape`, `a.dtype`, `a.rank`).
    public subscript<T>(dynamicMember property: KeyPath<NDArray, T>) -> T {
        value[keyPath: property]
    }
}

extension Value {
    /// A new array object holding `array` (every operation's result is a new array).
    public static func array(_ array: NDArray) -> Value {
        .array(ArrayObject(array))
    }

    /// The same value with an array as a new array of the same elements (what `A.copy()` makes):
    /// for keeping what must not change when the original is written in place.
    public var copied: Value {
        guard case let .array(array) = self else { return self }
        return .array(array.value)
    }
}
