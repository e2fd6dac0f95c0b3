import UsageCore

/// The dashboard's background work: the sync service's polling loop, and a single consumer that
/// rebuilds the snapshot from the cache after each poll event, in order, and hands it to the UI
/// thread. Snapshot building (SQLite reads) never runs on the UI thread.
final class SyncWork: BackgroundWork {
    private let sync: SyncService
    private let pollTask: Task<Void, Never>
    private let buildTask: Task<Void, Never>

    private init(sync: SyncService, pollTask: Task<Void, Never>, buildTask: Task<Void, Never>) {
        self.sync = sync
        self.pollTask = pollTask
        self.buildTask = buildTask
    }

    /// Starts polling every `context.pollInterval` seconds; `deliver` receives each new snapshot.
    static func start(context: AppContext, deliver: @escaping @Sendable (DashboardSnapshot) -> Void) -> SyncWork {
        let (events, continuation) = AsyncStream.makeStream(of: SyncEvent.self, bufferingPolicy: .unbounded)
        let buildTask = Task.detached {
            var last: DashboardSnapshot?
            for await event in events {
                switch event {
                case .pollStarted:
                    // Nothing in the cache changed yet: only the status does, so reuse the last
                    // snapshot instead of reading the whole cache again.
                    if var snapshot = last {
                        snapshot.sync.state = .syncing
                        deliver(snapshot)
                    } else {
                        deliver(context.snapshot(liveState: .syncing))
                    }
                case .pollFinished:
                    let snapshot = context.snapshot()
                    last = snapshot
                    deliver(snapshot)
                }
            }
        }
        let sync = context.sync
        let interval = context.pollInterval
        let pollTask = Task.detached {
            await sync.run(interval: .seconds(interval)) { event in continuation.yield(event) }
            continuation.finish()
        }
        return SyncWork(sync: sync, pollTask: pollTask, buildTask: buildTask)
    }

    func refreshNow() {
        let sync = self.sync
        Task { await sync.refreshNow() }
    }

    func stop() {
        pollTask.cancel()
        buildTask.cancel()
    }
}
