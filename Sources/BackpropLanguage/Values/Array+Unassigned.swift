extension Array {
    /// `count` empty places (a call's arguments, a frame's slots), made through the specialised
    /// append path: `Array(repeating: nil, count:)` looks its storage type up at run time on
    /// every call, which costs more than the few places a call needs.
    init<Wrapped>(unassigned count: Int) where Element == Wrapped? {
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(nil) }
    }
}
