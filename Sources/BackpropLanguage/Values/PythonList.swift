@preconcurrency import Glibc

/// A Python list: a shared, mutable sequence. Two names bound to one list see each other's
/// changes (`caches.append(cache)` inside a function changes the caller's list), so it is a
/// reference, unlike Backprop's arrays, which are values.
public final class PythonList: @unchecked Sendable {
    public var items: [Value]
    /// `dict_keys`, `dict_values` or `dict_items` for what a dict's keys(), values() and items()
    /// return: a snapshot that prints as Python prints the view.
    public let viewName: String?

    public init(_ items: [Value] = [], viewName: String? = nil) {
        self.items = items
        self.viewName = viewName
    }

    /// `x = [x]` a hundred thousand times is a chain Swift would release recursively, one stack
    /// frame per level: the items go to the release queue instead (CPython's trashcan).
    deinit {
        guard !items.isEmpty, !items.allSatisfy(\.isLeafForRelease) else { return }
        var taken = items
        items = []
        ReleaseQueue.release(&taken)
    }
}

extension Value {
    /// A value whose release cannot reach another list or dict (a number, a string, an array):
    /// a list or dict holding only these (the parameters dict) is released without the queue.
    fileprivate var isLeafForRelease: Bool {
        switch self {
        case .integer, .bigInteger, .float, .boolean, .array, .string, .range, .type, .dtype, .none: return true
        case .tuple, .list, .dictionary, .function: return false
        }
    }
}

/// Releases the items of dying lists and dicts one level at a time: a list's deinit that runs
/// while another is being released hands its items over instead of releasing them itself, so
/// however deep the nesting, the stack holds one level.
enum ReleaseQueue {
    private final class State: @unchecked Sendable {
        var mutex = pthread_mutex_t()
        var draining = false
        var deferred: [Value] = []
        init() { pthread_mutex_init(&mutex, nil) }
    }

    private static let state = State()

    static func release(_ values: inout [Value]) {
        var taken: [Value] = []
        swap(&taken, &values)
        pthread_mutex_lock(&state.mutex)
        if state.draining {
            state.deferred += taken
            pthread_mutex_unlock(&state.mutex)
            destroy(consume taken)  // only drops this reference: the queue holds the items
            return
        }
        state.draining = true
        pthread_mutex_unlock(&state.mutex)
        destroy(consume taken)  // the children's deinits defer their own items
        while true {
            pthread_mutex_lock(&state.mutex)
            var batch: [Value] = []
            swap(&batch, &state.deferred)
            if batch.isEmpty { state.draining = false }
            pthread_mutex_unlock(&state.mutex)
            if batch.isEmpty { return }
            destroy(consume batch)
        }
    }

    /// Where items die: in a call of its own, so the optimiser cannot move their release (and
    /// the deinits it runs, which take the lock) past the next `pthread_mutex_lock`, which it did
    /// for a plain `values = []`: a list nested three deep then waited on the lock forever.
    @inline(never)
    private static func destroy(_ values: consuming [Value]) {}
}

/// A Python dict: keys in insertion order, each hashable as Python hashes it (`1`, `1.0` and
/// `True` are one key).
public final class PythonDictionary: @unchecked Sendable {
    public private(set) var keys: [Value] = []
    public private(set) var values: [Value] = []
    /// Each key as it compares (`keys[i]` as a DictionaryKey).
    private var hashedKeys: [DictionaryKey] = []
    /// Where each key is, once the dict is too big to scan: the course's dicts (parameters,
    /// grads, caches) hold a few entries, and a scan of a few short strings beats hashing them.
    private var positions: [DictionaryKey: Int]?
    private static let scanLimit = 16

    public init() {}

    /// An empty dict with room for `capacity` entries (a literal knows how many it will hold).
    public init(minimumCapacity capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        hashedKeys.reserveCapacity(capacity)
    }

    public init(_ pairs: [(Value, Value)]) throws(DictionaryKey.Unhashable) {
        for (key, value) in pairs { try set(key, value) }
    }

    public var count: Int { keys.count }

    private func position(of key: DictionaryKey) -> Int? {
        if let positions { return positions[key] }
        return hashedKeys.firstIndex(of: key)
    }

    public func value(for key: Value) throws(DictionaryKey.Unhashable) -> Value? {
        position(of: try DictionaryKey(key)).map { values[$0] }
    }

    public func set(_ key: Value, _ value: Value) throws(DictionaryKey.Unhashable) {
        let hashed = try DictionaryKey(key)
        if let position = position(of: hashed) {
            values[position] = value
            return
        }
        keys.append(key)
        values.append(value)
        hashedKeys.append(hashed)
        if positions != nil {
            positions![hashed] = keys.count - 1
        } else if keys.count > Self.scanLimit {
            positions = Dictionary(uniqueKeysWithValues: zip(hashedKeys, hashedKeys.indices))
        }
    }

    /// Removes `key`; false when it was not there.
    @discardableResult
    public func remove(_ key: Value) throws(DictionaryKey.Unhashable) -> Value? {
        guard let position = position(of: try DictionaryKey(key)) else { return nil }
        let removed = values[position]
        keys.remove(at: position)
        values.remove(at: position)
        hashedKeys.remove(at: position)
        if positions != nil { positions = Dictionary(uniqueKeysWithValues: zip(hashedKeys, hashedKeys.indices)) }
        return removed
    }

    public func removeAll() {
        keys = []
        values = []
        hashedKeys = []
        positions = nil
    }

    /// Removes every entry and hands back the keys and values (for releasing a deep nesting).
    func takeAll() -> [Value] {
        let taken = keys + values
        removeAll()
        return taken
    }

    deinit {
        guard !values.isEmpty, !(values.allSatisfy(\.isLeafForRelease) && keys.allSatisfy(\.isLeafForRelease)) else { return }
        var taken = takeAll()
        ReleaseQueue.release(&taken)
    }

    public var pairs: [(Value, Value)] { Array(zip(keys, values)) }

    public func copy() -> PythonDictionary {
        let copy = PythonDictionary()
        copy.keys = keys
        copy.values = values
        copy.hashedKeys = hashedKeys
        copy.positions = positions
        return copy
    }
}

/// A dict key as Python compares keys: numbers by value (so `1`, `1.0`, `True` and
/// `np.int64(1)` are one key), strings, tuples of keys, None.
public enum DictionaryKey: Hashable, Sendable {
    case number(Double)
    case string(String)
    case tuple([DictionaryKey])
    case none

    /// Python's TypeError for a list, dict or array used as a key.
    public struct Unhashable: Error {
        public let typeName: String
    }

    public init(_ value: Value) throws(Unhashable) {
        switch value {
        case let .string(s): self = .string(s)
        case .none: self = .none
        case let .tuple(items):
            var keys: [DictionaryKey] = []
            for item in items { keys.append(try DictionaryKey(item)) }
            self = .tuple(keys)
        case let .array(a) where a.isNumpyScalar || a.rank == 0:
            self = .number(a.elements[0])
        case .array: throw Unhashable(typeName: "numpy.ndarray")
        case .list: throw Unhashable(typeName: "list")
        case let .dtype(d): self = .string("dtype:" + d.rawValue)
        case .dictionary: throw Unhashable(typeName: "dict")
        default:
            if let number = value.scalar { self = .number(number); return }
            if case let .bigInteger(big) = value { self = .string("int:" + big.description); return }
            self = .string("object:" + value.typeName)
        }
    }
}
