import Synchronization

/// A thread-safe inbox for the UI thread: background tasks ``post(_:)`` messages, the
/// ``EventLoop`` wakes and ``drain()``s them (notes/tui-architecture.md §4.3).
///
/// `post` never blocks: it appends to a mutex-protected queue and, when the queue was empty,
/// writes one byte to the loop's wake pipe. Messages are delivered in posting order and none
/// is dropped. Create it from the ``Terminal`` whose loop will drain it.
///
/// ```swift
/// let mailbox = Mailbox<AppMessage>(terminal: terminal)
/// Task.detached { mailbox.post(.snapshot(await service.next())) }
/// ```
public final class Mailbox<Message: Sendable>: Sendable {
    private let queue = Mutex<[Message]>([])
    private let wake: WakePipe

    /// A mailbox that wakes `terminal`'s event loop.
    public convenience init(terminal: Terminal) {
        self.init(wake: terminal.wake)
    }

    /// A mailbox that writes to `wake` (tests).
    init(wake: WakePipe) {
        self.wake = wake
    }

    /// Queues `message` for the UI thread and wakes it. Callable from any thread or task;
    /// never blocks.
    public func post(_ message: Message) {
        let wasEmpty = queue.withLock { queue in
            queue.append(message)
            return queue.count == 1
        }
        if wasEmpty { wake.wake() }
    }

    /// Takes every queued message, oldest first (UI thread).
    public func drain() -> [Message] {
        queue.withLock { queue in
            defer { queue.removeAll() }
            return queue
        }
    }
}
