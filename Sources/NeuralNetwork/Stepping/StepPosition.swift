/// Where the cursor of one gradient-descent iteration stands: forward 1…L, cost,
/// backward L…1, update; after the update the next iteration starts at forward layer 1.
public enum StepPosition: Sendable, Equatable {
    case forward(Int)
    case cost
    case backward(Int)
    case update

    /// Every position of one iteration for an L-layer network, in order.
    public static func pipeline(depth: Int) -> [StepPosition] {
        (1...max(depth, 1)).map { .forward($0) } + [.cost] + (1...max(depth, 1)).reversed().map { .backward($0) } + [.update]
    }

    /// The position after this one (`update` wraps to the next iteration's first forward step).
    public func next(depth: Int) -> StepPosition {
        switch self {
        case let .forward(l): return l < depth ? .forward(l + 1) : .cost
        case .cost: return .backward(depth)
        case let .backward(l): return l > 1 ? .backward(l - 1) : .update
        case .update: return .forward(1)
        }
    }

    /// `forward layer 2`, `cost`, `backward layer 1`, `update`.
    public var description: String {
        switch self {
        case let .forward(l): return "forward layer \(l)"
        case .cost: return "cost"
        case let .backward(l): return "backward layer \(l)"
        case .update: return "update"
        }
    }

    public var isForward: Bool { if case .forward = self { return true } else { return false } }
    public var isBackward: Bool { if case .backward = self { return true } else { return false } }
}
