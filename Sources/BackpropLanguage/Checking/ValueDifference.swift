import MatrixEngine

/// Where a learner's returned value first differs from the reference's, walking tuples, lists
/// and dicts as the course builds them (`grads["dW2"]`, `caches[1][0][2]`).
///
/// Numbers agree by `Tolerance.sameAnswer`: an equivalent formula (`np.dot(dZ, A_prev.T) / m`
/// for `1/m * np.dot(dZ, A_prev.T)`) differs only by rounding. A list and a tuple of the same
/// items agree (the course indexes caches either way), and so do a number and a 0-d array
/// (`np.squeeze(cost)` is one, `float(cost)` the other).
struct ValueDifference: Equatable {
    /// How to reach the differing part from the returned value: `[1]`, `["dW2"]`, `[0][2]`.
    var path: [PathStep]
    var expected: Value
    var actual: Value
    var kind: Kind

    enum PathStep: Equatable {
        case index(Int)
        case key(String)
    }

    enum Kind: Equatable {
        /// Different Python types: a tuple where an array belongs.
        case type
        /// A tuple, list or dict with other items: `count` is the learner's.
        case count(expected: Int, actual: Int)
        /// A dict without one of the reference's keys.
        case missingKey(String)
        /// A dict with a key the reference does not have.
        case extraKey(String)
        /// Arrays of different shapes.
        case shape
        /// The same shape; the element at `index` (row-major) is the first that differs.
        case element(index: Int)
        /// Two numbers (or strings) that differ.
        case value
    }

    /// The first difference, or nil when the two agree.
    static func between(expected: Value, actual: Value) -> ValueDifference? {
        firstDifference(expected, actual, path: [])
    }

    private static func firstDifference(_ expected: Value, _ actual: Value, path: [PathStep]) -> ValueDifference? {
        func differ(_ kind: Kind) -> ValueDifference { ValueDifference(path: path, expected: expected, actual: actual, kind: kind) }
        if let expectedItems = sequenceItems(expected) {
            guard let actualItems = sequenceItems(actual) else { return differ(.type) }
            guard expectedItems.count == actualItems.count else { return differ(.count(expected: expectedItems.count, actual: actualItems.count)) }
            for (index, (e, a)) in zip(expectedItems, actualItems).enumerated() {
                if let difference = firstDifference(e, a, path: path + [.index(index)]) { return difference }
            }
            return nil
        }
        if case let .dictionary(expectedDictionary) = expected {
            guard case let .dictionary(actualDictionary) = actual else { return differ(.type) }
            let expectedKeys = expectedDictionary.keys.compactMap(\.stringKey)
            let actualKeys = actualDictionary.keys.compactMap(\.stringKey)
            if let missing = expectedKeys.first(where: { !actualKeys.contains($0) }) { return differ(.missingKey(missing)) }
            if let extra = actualKeys.first(where: { !expectedKeys.contains($0) }) { return differ(.extraKey(extra)) }
            for key in expectedKeys {
                guard let e = expectedDictionary.entry(key), let a = actualDictionary.entry(key) else { continue }
                if let difference = firstDifference(e, a, path: path + [.key(key)]) { return difference }
            }
            return nil
        }
        if let expectedArray = numericArray(expected) {
            guard let actualArray = numericArray(actual) else { return differ(.type) }
            let bothScalars = expectedArray.rank == 0 && actualArray.rank == 0
            guard expectedArray.shape == actualArray.shape else { return differ(.shape) }
            guard let index = Tolerance.sameAnswer.firstDisagreement(actualArray.elements, expectedArray.elements) else { return nil }
            return differ(bothScalars ? .value : .element(index: index))
        }
        return expected == actual ? nil : differ(expected.pythonType == actual.pythonType ? .value : .type)
    }

    private static func sequenceItems(_ value: Value) -> [Value]? {
        switch value {
        case let .tuple(items): return items
        case let .list(list): return list.items
        default: return nil
        }
    }

    /// Numbers and arrays as arrays: a Python float is a 0-d array here (see the type's comment).
    static func numericArray(_ value: Value) -> NDArray? {
        switch value {
        case .array, .integer, .float, .boolean: return value.asArray
        default: return nil
        }
    }

    /// The part of `value` at `path`, if it has one there.
    static func part(of value: Value, at path: [PathStep]) -> Value? {
        var current = value
        for step in path {
            switch (step, current) {
            case let (.index(i), .tuple(items)) where i < items.count: current = items[i]
            case let (.index(i), .list(list)) where i < list.items.count: current = list.items[i]
            case let (.key(key), .dictionary(d)):
                guard let entry = d.entry(key) else { return nil }
                current = entry
            default: return nil
            }
        }
        return current
    }

    /// `grads["dW2"]`, `cache[0][1]`: the path written after the name of the returned value.
    static func describe(_ path: [PathStep]) -> String {
        path.map { step in
            switch step {
            case let .index(i): return "[\(i)]"
            case let .key(k): return "[\"\(k)\"]"
            }
        }.joined()
    }
}

private extension PythonDictionary {
    func entry(_ key: String) -> Value? { (try? value(for: .string(key))) ?? nil }
}

private extension Value {
    var stringKey: String? {
        if case let .string(s) = self { return s }
        return nil
    }
}
