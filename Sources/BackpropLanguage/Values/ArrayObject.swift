import MatrixEngine

/// A numpy array as Python holds it: an object that names, lists, dicts and arguments share.
///
/// `B = A` makes B the same array as A, and numpy's in-place operations (`A += 1`, `A[0] = 5`,
/// `parameters["W1"] -= …`) change the array itself, so every holder sees the change, as in
/// the notebooks (where `dZ = dA; dZ[Z <= 0] = 0` changes dA too). A basic slice, `.T` or a
/// reshape is a view (see ArrayView): it shares its base array's elements both ways. Every other
/// operation makes a new array. The elements are a copy-on-write `NDArray`, so a new array costs
/// no copy until one side is written.
public final class ArrayObject: @unchecked Sendable {
    private var stored: NDArray
    /// Counts the writes, so that a view knows when its base changed under it.
    private(set) var version = 0
    /// Where a view's elements live in its base; nil for an array that owns its elements.
    private var view: ArrayView?

    public init(_ value: NDArray) {
        stored = value
    }

    init(_ value: NDArray, viewing view: ArrayView) {
        stored = value
        self.view = view
    }

    public var value: NDArray {
        _read {  // lent, not copied: `a.value.shape` costs no retain of the elements
            if view != nil { catchUpWithBase() }
            yield stored
        }
        set {
            stored = newValue
            version &+= 1
            if view != nil { writeThrough() }
        }
        _modify {  // in place, so that a write into a large array does not copy it first
            if view != nil { catchUpWithBase() }
            yield &stored
            version &+= 1
            if view != nil { writeThrough() }
        }
    }


    // The array's properties read as the array's own (`a.shape`, `a.dtype`, `a.rank`), spelled
    // out: a key path (dynamic member lookup) costs a generic projection on every read.
    public var shape: ArrayShape { value.shape }
    public var rank: Int { value.rank }
    public var dtype: DType { value.dtype }
    public var count: Int { value.count }
    public var storage: Matrix { value.storage }
    public var elements: [Double] { value.elements }
    public var shapeDescription: String { value.shapeDescription }
    public var isNumpyScalar: Bool { value.isNumpyScalar }
    public var isTransposedView: Bool { value.isTransposedView }
    public var contiguousCopy: NDArray { value.contiguousCopy }
    public var inexactInteger: Double? { dtype == .int64 ? value.inexactInteger : nil }

    /// For a view: the array that owns the elements it shows, and where in that array's row-major
    /// elements each of the view's sits. Nil for an array that owns its elements.
    func viewedPositions() -> (base: ArrayObject, positions: [Int])? {
        guard var view else { return nil }
        let positions = view.resolvedPositions()
        self.view = view
        return (view.base, positions)
    }

    /// A write into the base since this view last looked: read the elements afresh.
    private func catchUpWithBase() {
        guard let view, view.seenVersion != view.base.version, let (_, positions) = positionsInBase() else { return }
        stored.copyElements(of: view.base.stored, positions: positions, putting: false)
        self.view?.seenVersion = view.base.version
    }

    /// This view was written: put its elements into the base, in the base's dtype.
    private func writeThrough() {
        guard let (view, positions) = positionsInBase() else { return }
        view.base.value.copyElements(of: stored.converted(to: view.base.stored.dtype), positions: positions, putting: true)
        self.view?.seenVersion = view.base.version
    }

    /// The view and where its elements sit in the base; nil for an array that owns its elements.
    /// A base that no longer has those elements ends the view, which keeps the last ones it saw.
    private func positionsInBase() -> (ArrayView, [Int])? {
        guard let (base, positions) = viewedPositions(), let view else { return nil }
        guard positions.count == stored.count, positions.allSatisfy({ $0 < base.stored.count }) else {
            self.view = nil
            return nil
        }
        return (view, positions)
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
