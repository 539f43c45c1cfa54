@preconcurrency import Glibc
import Testing
@testable import BackpropLanguage

/// The interpreter's own thread: made once per line, not once per nested run.
@Suite struct LargeStackTests {
    @Test func aRunInsideARunStaysOnItsThread() {
        var outer = pthread_t(), inner = pthread_t()
        var room = 0
        LargeStack.run {
            outer = pthread_self()
            room = StackGuard.bytesLeft()
            LargeStack.run { inner = pthread_self() }
        }
        #expect(room >= LargeStack.enoughToRunInPlace, "the thread has \(room) bytes left")
        #expect(pthread_equal(outer, inner) != 0, "a learner's function called from a command does not make a thread")
        #expect(pthread_equal(outer, pthread_self()) == 0, "the first run has a thread of its own")
    }

    @Test func aDeepRecursionInANestedSessionIsStillAnError() {
        var message: String?
        LargeStack.run {
            var session = Session()
            let result = session.execute("def down(n):\n    return down(n + 1)\ndown(0)")
            message = result.diagnostics.first?.message
        }
        #expect(message?.hasPrefix("RecursionError: maximum recursion depth exceeded") == true, "\(message ?? "no error")")
    }
}
