import Dashboard
import UsageCore

/// The dashboard's background work: the sync service's polling loop, and a single consumer that,
/// in order, rebuilds the snapshot from the cache after each poll event, runs the alert cycle
/// (evaluate → save → announce → mark notified; ``AlertCycle``) and hands the snapshot to the UI
/// thread; it also performs the user's acknowledgements and snoozes, so every write to the
/// `alert` table of this process happens on that one consumer. Snapshot building, alert
/// evaluation and key details (SQLite) never run on the UI thread.
final class SyncWork: BackgroundWork {
    /// What the single consumer works through, in order.
    private enum Job: Sendable {
        case poll(SyncEvent)
        case alert(Effect)
    }

    private let sync: SyncService
    private let context: AppContext
    private let jobs: AsyncStream<Job>.Continuation
    private let post: @Sendable (AppMessage) -> Void
    private let pollTask: Task<Void, Never>
    private let consumer: Task<Void, Never>

    private init(context: AppContext, jobs: AsyncStream<Job>.Continuation, post: @escaping @Sendable (AppMessage) -> Void,
                 pollTask: Task<Void, Never>, consumer: Task<Void, Never>) {
        self.sync = context.sync
        self.context = context
        self.jobs = jobs
        self.post = post
        self.pollTask = pollTask
        self.consumer = consumer
    }

    /// Starts polling every `context.pollInterval` seconds; `post` receives each new snapshot,
    /// a bell when alerts fired in a poll (and `[alerts] bell` is on), and key details.
    static func start(context: AppContext, post: @escaping @Sendable (AppMessage) -> Void) -> SyncWork {
        let (jobs, continuation) = AsyncStream.makeStream(of: Job.self, bufferingPolicy: .unbounded)
        let notifier = AlertNotifier(settings: context.config.notifications, environment: context.environment,
                                     secrets: context.secrets, ringBell: { post(.bell) })
        let consumer = Task.detached {
            var last: DashboardSnapshot?
            for await job in jobs {
                switch job {
                case .poll(.pollStarted):
                    // Nothing in the cache changed yet: only the status does, so reuse the last
                    // snapshot instead of reading the whole cache again.
                    if last != nil {
                        last?.sync.state = .syncing
                        post(.syncState(.syncing))
                    } else {
                        post(.snapshot(context.snapshot(liveState: .syncing)))
                    }
                case .poll(.pollFinished(let report)):
                    guard var snapshot = try? context.buildSnapshot() else {
                        // The cache could not be read: show what can be shown, judge no alert.
                        post(.snapshot(context.snapshot()))
                        continue
                    }
                    // A poll that just succeeded means the data is current as of now.
                    let freshAt = report.state == .ok ? snapshot.now : nil
                    if let evaluation = try? AlertCycle.evaluate(store: context.store, snapshot: snapshot,
                                                                 config: context.config, freshAt: freshAt) {
                        notifier.announce(evaluation.newlyFired)
                        try? AlertCycle.markDelivered(evaluation, store: context.store)
                        snapshot.alerts = evaluation.delivered
                    }
                    last = snapshot
                    post(.snapshot(snapshot))
                case .alert(let effect):
                    apply(effect, context: context)
                    // Only the alerts changed: send them alone, so the UI thread does not redo
                    // the per-snapshot work (O(keys × days)) for an acknowledgement.
                    if let alerts = try? context.store.alerts() {
                        last?.alerts = alerts
                        post(.alerts(alerts))
                    }
                }
            }
        }
        let sync = context.sync
        let interval = context.pollInterval
        let pollTask = Task.detached {
            await sync.run(interval: .seconds(interval)) { event in continuation.yield(.poll(event)) }
        }
        return SyncWork(context: context, jobs: continuation, post: post, pollTask: pollTask, consumer: consumer)
    }

    /// Writes an acknowledgement or snooze to the cache at the app clock's time.
    private static func apply(_ effect: Effect, context: AppContext) {
        let now = context.clock.now()
        switch effect {
        case .acknowledge(let id):
            _ = try? context.store.acknowledge(id: id, at: now)
        case .acknowledgeAll:
            _ = try? context.store.acknowledgeAll(at: now)
        case .snooze(let id, let until):
            _ = try? context.store.snooze(id: id, until: until)
        default:
            break
        }
    }

    func refreshNow() {
        let sync = self.sync
        Task { await sync.refreshNow() }
    }

    func perform(_ effect: Effect) {
        switch effect {
        case .acknowledge, .acknowledgeAll, .snooze:
            jobs.yield(.alert(effect))
        case .loadKeyDetail(let request):
            let context = self.context
            let post = self.post
            Task.detached {
                let detail = try? KeyDetail.load(store: context.store, request: request, prices: AppPrices.table,
                                                 now: context.clock.now())
                if let detail { post(.keyDetail(detail)) }
            }
        case .quit, .refreshNow, .scheduleTick:
            break
        }
    }

    func stop() {
        pollTask.cancel()
        consumer.cancel()
        jobs.finish()
    }
}

