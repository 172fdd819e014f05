#include "sync/engine/syncrun.h"

#include "sync/engine/flowpaths.h"
#include "sync/engine/flowsync.h"
#include "sync/engine/runrecorder.h"
#include "sync/engine/runundo.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "tandem.engine")

namespace Tandem {

namespace {

QJsonObject flowCounts(const QList<FlowSummary> &flows)
{
    RunSummary s;
    s.flows = flows;
    return s.toJson().value(QLatin1String("flows")).toObject();
}

} // namespace

struct SyncRun::Private
{
    const Mapping &mapping;
    StateStore &store;
    Connector &wix;
    Connector &crm;
    RunOptions options;
    std::atomic_bool cancelled = false;
};

namespace {

// The catalog the Wix site ran for the summary, and kept in the store for `tandem-cli status`
// and the next run, once a flow went through on it: a failed run notices a move again.
void noteWixCatalog(const FlowContext &ctx, const FlowSync::Result &result, RunSummary &summary)
{
    const QString catalog = ctx.wix.apiVersion(FlowPaths::collection(ctx.flow, Side::Wix));
    if (catalog.isEmpty())
        return;
    summary.wixCatalog = catalog;
    if (!ctx.recorder || result.failed || result.cancelled || result.guarded)
        return;
    if (const StoreError e = ctx.store.setValue(QLatin1String(wixCatalogKey), catalog); !e.ok())
        qCWarning(lcEngine) << "could not keep the Wix catalog:" << e.message;
}

// Links and watermarks of other accounts would read as deletions: such a store is refused,
// whatever the caller did before (the worker and `configure` move it aside first).
QString accountMismatch(StateStore &store, const RunOptions &options)
{
    if (options.accounts.isEmpty())
        return {};
    const StoreRead<StoreAccounts> read = StoreAccounts::recordedIn(store);
    if (!read.ok())
        return read.error.message;
    const StoreAccounts &recorded = read.value;
    if (recorded.isEmpty()) {
        const StoreError e = options.dryRun ? StoreError() : options.accounts.recordIn(store);
        return e.message;
    }
    if (recorded == options.accounts)
        return {};
    return SyncRun::tr("The sync state was made for other accounts (Wix site %1 and CRMOffice "
                       "%2); nothing was synced. Run the setup or `tandem-cli configure` again "
                       "to start from a fresh state.")
        .arg(recorded.wixSiteId, recorded.crmUrl);
}

// History past the kept days goes when a run ends; a failure here costs nothing of the run.
void pruneHistory(StateStore &store, const RunRecord &run, int keepDays)
{
    if (keepDays <= 0)
        return;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-keepDays);
    if (const StoreError e = store.pruneHistory(cutoff, run.id); !e.ok())
        qCWarning(lcEngine) << "could not prune the history:" << e.message;
}

} // namespace

SyncRun::SyncRun(const Mapping &mapping, StateStore &store, Connector &wix, Connector &crm,
                 const RunOptions &options)
    : d(new Private{mapping, store, wix, crm, options})
{}

SyncRun::~SyncRun() = default;

void SyncRun::cancel()
{
    d->cancelled = true;
    d->wix.cancel();
    d->crm.cancel();
}

RunSummary SyncRun::run()
{
    RunSummary summary;
    summary.dryRun = d->options.dryRun;
    RunRecord record;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.dryRun = d->options.dryRun;
    if (const QString why = accountMismatch(d->store, d->options); !why.isEmpty()) {
        summary.status = RunRecord::Status::Failed;
        summary.message = why;
        return summary;
    }
    if (d->options.undoRunId != 0) {
        RunUndo undo(d->mapping, d->store, d->wix, d->crm, d->options, d->cancelled);
        undo.onProgress = onProgress;
        undo.onLog = onLog;
        return undo.run();
    }
    if (!d->options.dryRun) {
        if (const StoreError e = d->store.saveRun(record); !e.ok()) {
            summary.status = RunRecord::Status::Failed;
            summary.message = tr("The state store could not record the run: %1").arg(e.message);
            return summary;
        }
        summary.runId = record.id;
    }
    RunRecorder recorder(d->store, record.id);
    const int wixCalls = d->wix.callCount();
    const int crmCalls = d->crm.callCount();
    bool failed = false, guarded = false, cancelled = false;
    std::optional<Side> unavailable;
    QStringList messages;

    for (const Flow &flow : d->mapping.flows) {
        if (!d->options.flowIds.isEmpty() && !d->options.flowIds.contains(flow.id))
            continue;
        if (d->cancelled.load()) {
            cancelled = true;
            break;
        }
        if (unavailable) {
            FlowSummary skipped;
            skipped.flowId = flow.id;
            skipped.skipped = true;
            skipped.skipReason = tr("not tried, since %1 could not be used by the flow before")
                                     .arg(serviceName(*unavailable));
            summary.flows.append(skipped);
            continue;
        }
        FlowContext ctx{flow,
                        d->store,
                        d->wix,
                        d->crm,
                        d->options,
                        d->cancelled,
                        d->options.dryRun ? nullptr : &recorder,
                        [this, &flow](RunPhase phase, int done, int total) {
                            if (onProgress)
                                onProgress({flow.id, phase, done, total});
                        },
                        [this](const QString &line) {
                            qCInfo(lcEngine).noquote() << line;
                            if (onLog)
                                onLog(line);
                        }};
        FlowSync::Result r = FlowSync(ctx).run();
        unavailable = r.unavailable;
        noteWixCatalog(ctx, r, summary);
        failed = failed || r.failed;
        guarded = guarded || r.guarded;
        cancelled = cancelled || r.cancelled;
        if (!r.message.isEmpty())
            messages.append(r.message);
        summary.plan.append(r.plan);
        summary.flows.append(r.summary);
        if (r.cancelled || r.stateUnreadable)
            break;
    }
    if (!d->options.dryRun)
        summary.plan.clear();

    int openConflicts = 0;
    for (const FlowSummary &f : summary.flows) {
        if (f.skipped)
            continue;
        const StoreRead<QList<Conflict>> open = d->store.openConflicts(f.flowId);
        if (!open.ok()) {
            failed = true;
            messages.append(open.error.message);
        }
        openConflicts += int(open.value.size());
    }
    if (cancelled)
        summary.status = RunRecord::Status::Cancelled;
    else if (failed)
        summary.status = RunRecord::Status::Failed;
    else if (guarded)
        summary.status = RunRecord::Status::Guarded;
    else if (openConflicts > 0)
        summary.status = RunRecord::Status::Conflicts;
    if (cancelled)
        messages.prepend(tr("The run was cancelled; what was written is recorded."));
    if (summary.status == RunRecord::Status::Conflicts)
        messages.append(tr("%n conflict(s) wait for a decision.", nullptr, openConflicts));
    // A run can succeed as a whole while single records fail; say so where the status is read.
    int recordErrors = 0;
    for (const FlowSummary &f : summary.flows)
        recordErrors += int(f.wix.errors.size() + f.crm.errors.size());
    if (recordErrors > 0 && !cancelled)
        messages.append(
            tr("%n record(s) could not be synced; each error says why. The next run tries "
               "them again.",
               nullptr, recordErrors));
    summary.message = messages.join(QLatin1Char(' '));
    summary.wixCalls = d->wix.callCount() - wixCalls;
    summary.crmCalls = d->crm.callCount() - crmCalls;
    for (const FlowSummary &f : std::as_const(summary.flows)) {
        summary.wixCallFloor += f.wix.callFloor;
        summary.crmCallFloor += f.crm.callFloor;
    }

    if (!d->options.dryRun) {
        record.finishedAt = QDateTime::currentDateTimeUtc();
        record.status = summary.status;
        record.counts = flowCounts(summary.flows);
        record.error = summary.message;
        if (const StoreError e = d->store.saveRun(record); !e.ok())
            qCWarning(lcEngine) << "could not finish the run record:" << e.message;
        pruneHistory(d->store, record, d->options.keepDays);
    }
    if (onProgress)
        onProgress({QString(), RunPhase::Done, 0, 0});
    return summary;
}

} // namespace Tandem
