/// Identifies a scheduled timer so it can be cancelled.
public struct TimerID: Hashable, Sendable { let raw: UInt64 }

/// A binary min-heap of deadlines. Cancellation is lazy: the task is dropped from the table
/// and its heap entry skipped when it surfaces, which keeps cancel O(1).
struct TimerHeap {
    private var heap: [(deadline: UInt64, id: UInt64)] = []
    private var tasks: [UInt64: () -> Void] = [:]
    private var nextID: UInt64 = 0

    var nextDeadline: UInt64? {
        mutating get {
            while let top = heap.first, tasks[top.id] == nil { popTop() }
            return heap.first?.deadline
        }
    }

    mutating func insert(deadline: UInt64, _ task: @escaping () -> Void) -> TimerID {
        nextID &+= 1
        tasks[nextID] = task
        heap.append((deadline, nextID))
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if heap[parent].deadline <= heap[i].deadline { break }
            heap.swapAt(parent, i)
            i = parent
        }
        return TimerID(raw: nextID)
    }

    mutating func cancel(_ id: TimerID) { tasks[id.raw] = nil }

    /// The next task whose deadline has passed, removed from the heap. Tasks are run by the
    /// caller, outside this mutating call, because a task may schedule another timer.
    mutating func popDue(now: UInt64) -> (() -> Void)? {
        while let top = heap.first, top.deadline <= now {
            popTop()
            if let task = tasks.removeValue(forKey: top.id) { return task }
        }
        return nil
    }

    private mutating func popTop() {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return }
        heap[0] = last
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < heap.count && heap[l].deadline < heap[m].deadline { m = l }
            if r < heap.count && heap[r].deadline < heap[m].deadline { m = r }
            if m == i { break }
            heap.swapAt(i, m)
            i = m
        }
    }
}
