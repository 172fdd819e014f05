#include "sync/engine/runundo.h"

#include "sync/engine/deletionguard.h"
#include "sync/engine/fieldmerge.h"
#include "sync/engine/flowpaths.h"
#include "sync/engine/matchkey.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace Tandem {

namespace {

// An answer that proves nothing was made lets the re-create's intent go; any other keeps it.
bool provesNothingMade(ConnectorError::Kind kind)
{
    using K = ConnectorError::Kind;
    return kind == K::Invalid || kind == K::Precondition || kind == K::NotFound
        || kind == K::Unsupported;
}

QJsonObject restricted(const QJsonObject &values, const QJsonObject &keys)
{
    QJsonObject out;
    for (auto it = keys.begin(); it != keys.end(); ++it)
        out.insert(it.key(), values.value(it.key()));
    return out;
}

} // namespace

RunUndo::RunUndo(const Mapping &mapping, StateStore &store, Connector &wix, Connector &crm,
                 const RunOptions &options, const std::atomic_bool &cancelled)
    : m_mapping(mapping)
    , m_store(store)
    , m_wix(wix)
    , m_crm(crm)
    , m_options(options)
    , m_cancelled(cancelled)
{}

bool RunUndo::load(RunRecord &undone, QList<RunEntry> &entries, QList<qint64> &taken,
                   QList<Intent> &pending, RunSummary &summary)
{
    const qint64 id = m_options.undoRunId;
    const StoreRead<std::optional<RunRecord>> run = m_store.run(id);
    if (run.ok() && !run.value) {
        summary.message = tr("There is no run %1 in the history.").arg(id);
        return false;
    }
    const StoreRead<QList<RunEntry>> read = m_store.entries(id);
    const StoreRead<QList<qint64>> done = m_store.undoneEntries(id);
    const StoreRead<QList<Intent>> journal = m_store.undoIntents();
    for (const StoreError &e : {run.error, read.error, done.error, journal.error}) {
        if (!e.ok()) {
            summary.message = tr("The state store could not be read: %1").arg(e.message);
            return false;
        }
    }
    undone = *run.value;
    entries = read.value;
    taken = done.value;
    pending = journal.value;
    return true;
}

FlowSummary &RunUndo::flowSummary(RunSummary &summary, const QString &flowId)
{
    for (FlowSummary &f : summary.flows) {
        if (f.flowId == flowId)
            return f;
    }
    summary.flows.append(FlowSummary{});
    summary.flows.last().flowId = flowId;
    return summary.flows.last();
}

RunSummary RunUndo::run()
{
    RunSummary summary;
    summary.dryRun = m_options.dryRun;
    summary.undoes = m_options.undoRunId;
    summary.status = RunRecord::Status::Failed;
    const int wixCalls = m_wix.callCount();
    const int crmCalls = m_crm.callCount();
    RunRecord undone;
    QList<RunEntry> entries;
    QList<qint64> taken;
    QList<Intent> pending;
    if (!load(undone, entries, taken, pending, summary))
        return summary;
    if (onProgress)
        onProgress({QString(), RunPhase::Reading, 0, int(entries.size())});
    UndoPlanner planner(m_mapping, m_store, m_wix, m_crm);
    std::optional<QList<UndoStep>> steps = planner.plan(entries, taken, pending);
    if (!steps) {
        summary.message = tr("The state store could not be read: %1").arg(planner.error());
        return summary;
    }
    for (const UndoStep &step : std::as_const(*steps))
        flowSummary(summary, step.entry.flowId);
    const bool guarded = guard(*steps, summary);
    RunRecord record;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.kind = RunRecord::Kind::Undo;
    record.undoes = undone.id;
    if (!m_options.dryRun) {
        if (const StoreError e = m_store.saveRun(record); !e.ok()) {
            summary.message = tr("The state store could not record the run: %1").arg(e.message);
            return summary;
        }
        summary.runId = record.id;
        m_runId = record.id;
    }
    RunRecorder recorder(m_store, record.id);
    bool stopped = false;
    if (!guarded && !m_options.dryRun)
        stopped = !apply(*steps, recorder, summary);
    summary.plan = items(*steps);
    if (!m_options.dryRun) // what was done is in the counts; what was not stays listed
        summary.plan.removeIf([](const PlanItem &i) { return i.action != PlanAction::Skip; });

    int left = 0, errors = 0;
    for (const UndoStep &step : std::as_const(*steps)) {
        left += step.kind == UndoStep::Kind::Left && !step.failed ? 1 : 0;
        left += step.kind == UndoStep::Kind::Restore && !step.reason.isEmpty() ? 1 : 0;
        errors += step.failed ? 1 : 0;
    }
    for (const FlowSummary &f : std::as_const(summary.flows))
        errors += int(f.wix.errors.size() + f.crm.errors.size());
    QStringList messages;
    if (m_cancelled.load()) {
        summary.status = RunRecord::Status::Cancelled;
        messages << tr("The undo was cancelled; what was undone is recorded, and undoing run %1 "
                       "again goes on from there.")
                        .arg(undone.id);
    } else if (!m_fatal.isEmpty() || stopped) {
        messages << m_fatal;
    } else if (errors > 0) {
        messages << tr("%n write(s) could not be undone; each error says why. Undo run %1 again "
                       "to try them again.",
                       nullptr, errors)
                        .arg(undone.id);
    } else if (guarded) {
        summary.status = RunRecord::Status::Guarded;
    } else {
        summary.status = left > 0 ? RunRecord::Status::Partial : RunRecord::Status::Ok;
    }
    if (guarded)
        messages << tr("Undoing run %1 would delete more records than the deletion guard "
                       "allows; nothing was undone.")
                        .arg(undone.id);
    else if (steps->isEmpty())
        messages << tr("Nothing of run %1 is left to undo.").arg(undone.id);
    if (left > 0)
        messages << tr("%n write(s) were left as they are because their records changed since "
                       "run %1; each says why.",
                       nullptr, left)
                        .arg(undone.id);
    summary.message = messages.join(QLatin1Char(' '));
    summary.wixCalls = m_wix.callCount() - wixCalls;
    summary.crmCalls = m_crm.callCount() - crmCalls;

    if (!m_options.dryRun) {
        record.finishedAt = QDateTime::currentDateTimeUtc();
        record.status = summary.status;
        record.counts = summary.toJson().value(QLatin1String("flows")).toObject();
        record.error = summary.message;
        if (const StoreError e = m_store.saveRun(record); !e.ok())
            qCWarning(lcEngine) << "could not finish the undo's run record:" << e.message;
    }
    if (onProgress)
        onProgress({QString(), RunPhase::Done, 0, 0});
    return summary;
}

// docs/architecture.md#deletions: what an undo deletes is guarded as a sync's deletions are.
bool RunUndo::guard(const QList<UndoStep> &steps, RunSummary &summary)
{
    if (m_options.forceDeletes)
        return false;
    bool guarded = false;
    for (FlowSummary &flow : summary.flows) {
        QStringList deletes;
        QStringList names;
        for (const UndoStep &step : steps) {
            if (step.kind != UndoStep::Kind::Remove || step.entry.flowId != flow.flowId)
                continue;
            deletes << sideName(step.entry.side) + QLatin1Char(':') + step.entry.recordId;
            names << step.entry.recordName;
        }
        const StoreRead<int> links = m_store.linkCount(flow.flowId);
        if (deletes.isEmpty() || !DeletionGuard::trips(int(deletes.size()), links.value))
            continue;
        flow.wouldDelete = deletes;
        flow.wouldDeleteNames = names;
        guarded = true;
    }
    return guarded;
}

bool RunUndo::apply(QList<UndoStep> &steps, RunRecorder &recorder, RunSummary &summary)
{
    // Like a sync: updates first, then creates, deletions last.
    const auto order = [](UndoStep::Kind kind) {
        return kind == UndoStep::Kind::Restore ? 0 : kind == UndoStep::Kind::Recreate ? 1 : 2;
    };
    std::stable_sort(steps.begin(), steps.end(), [&](const UndoStep &a, const UndoStep &b) {
        return order(a.kind) < order(b.kind);
    });
    const int total = int(steps.size());
    int done = 0;
    for (const UndoStep &step : std::as_const(steps)) {
        if (m_cancelled.load())
            return false;
        FlowSummary &flow = flowSummary(summary, step.entry.flowId);
        bool ok = true;
        switch (step.kind) {
        case UndoStep::Kind::Restore:
            ok = restore(step, recorder, flow);
            break;
        case UndoStep::Kind::Remove:
            ok = remove(step, recorder, flow);
            break;
        case UndoStep::Kind::Recreate:
            ok = recreate(step, recorder, flow);
            break;
        case UndoStep::Kind::Left:
            if (onLog)
                onLog(QStringLiteral("%1 %2: %3")
                          .arg(sideName(step.entry.side), step.entry.recordId, step.reason));
            break;
        }
        if (!ok)
            return false;
        if (onProgress)
            onProgress({step.entry.flowId, RunPhase::Applying, ++done, total});
    }
    return true;
}

RunEntry RunUndo::entryFor(const UndoStep &step, RunEntry::Action action) const
{
    RunEntry e;
    e.runId = m_runId;
    e.flowId = step.entry.flowId;
    e.side = step.entry.side;
    e.recordId = step.entry.recordId;
    e.action = action;
    e.at = QDateTime::currentDateTimeUtc();
    e.recordName = step.entry.recordName;
    e.undoesEntry = step.entry.id;
    e.partnerId = step.link ? step.link->side(otherSide(e.side)).id : QString();
    return e;
}

bool RunUndo::failed(const UndoStep &step, RunRecorder &recorder, FlowSummary &flow,
                     const QString &reason)
{
    FlowSideCounts &side = flow.side(step.entry.side);
    ++side.counts.errors;
    side.errors.append({step.entry.flowId, step.entry.side, step.entry.recordId, reason});
    if (const StoreError e =
            recorder.recordError(step.entry.flowId, step.entry.side, step.entry.recordId, reason);
        !e.ok())
        m_fatal = e.message;
    return m_fatal.isEmpty();
}

bool RunUndo::restore(const UndoStep &step, RunRecorder &recorder, FlowSummary &flow)
{
    const Side side = step.entry.side;
    const QString collection = FlowPaths::collection(*step.flow, side);
    RunEntry e = entryFor(step, RunEntry::Action::Update);
    e.before = FlowPaths::project(*step.flow, side, step.current->fields);
    e.token = step.current->token;
    // The link stays as it is: the next sync finds the field changed back on this side and
    // carries it over to the partner, as it would an edit.
    const ConnectorResult<Record> r =
        connector(side).update(collection, step.entry.recordId, step.current->token, step.fields);
    if (r.error.kind == ConnectorError::Kind::Cancelled)
        return false;
    if (!r.ok())
        return failed(step, recorder, flow,
                      r.error.kind == ConnectorError::Kind::Stale
                          ? tr("changed while being undone; not undone")
                          : r.error.message);
    e.after = FlowPaths::project(*step.flow, side, r.value.fields);
    ++flow.side(side).counts.updated;
    if (const StoreError error = m_store.addEntry(e); !error.ok())
        m_fatal = error.message;
    return m_fatal.isEmpty();
}

bool RunUndo::remove(const UndoStep &step, RunRecorder &recorder, FlowSummary &flow)
{
    const Side side = step.entry.side;
    const ConnectorError e = connector(side).remove(FlowPaths::collection(*step.flow, side),
                                                    step.entry.recordId, step.current->token);
    using K = ConnectorError::Kind;
    if (e.kind == K::Cancelled)
        return false;
    if (!e.ok() && e.kind != K::NotFound)
        return failed(step, recorder, flow,
                      e.kind == K::Stale ? tr("changed while being undone; kept") : e.message);
    RunEntry entry = entryFor(step, RunEntry::Action::Delete);
    entry.before = FlowPaths::project(*step.flow, side, step.current->fields);
    entry.token = step.current->token;
    RecordDecision d;
    if (step.link)
        d.link = *step.link;
    ++flow.side(side).counts.deleted;
    if (const StoreError error = recorder.dropLink(d, {entry}); !error.ok())
        m_fatal = error.message;
    return m_fatal.isEmpty();
}

// docs/architecture.md#crash-safety: an undo that was killed between a re-create and its
// record left the intent; the record it made is found by the values it sent.
std::optional<Record> RunUndo::findMade(const UndoStep &step, const Intent &intent)
{
    const Side side = intent.targetSide;
    std::optional<Record> found;
    const ConnectorError e = connector(side).readChanges(
        FlowPaths::collection(*step.flow, side), intent.createdAt.addSecs(-120),
        [&](const QList<Record> &page) {
            for (const Record &r : page) {
                bool same = !r.deleted && !m_claimed.contains(r.id);
                for (const PropertyPair &pair : step.flow->pairs) {
                    const QString &key = FlowPaths::path(pair, side);
                    const QJsonValue sent = intent.fields.value(key);
                    const QJsonValue held = r.fields.value(key);
                    const QString a = MatchKey::normalize(key, sent, m_options.phoneRegion);
                    same = same
                        && (sameValue(sent, held)
                            || (!a.isEmpty()
                                && a == MatchKey::normalize(key, held, m_options.phoneRegion)));
                }
                if (same && (!found || r.createdAt < found->createdAt))
                    found = r;
            }
            return true;
        });
    if (!e.ok())
        m_fatal = tr("Could not look for the record an interrupted undo made: %1").arg(e.message);
    if (found)
        m_claimed.insert(found->id);
    return found;
}

bool RunUndo::recreate(const UndoStep &step, RunRecorder &recorder, FlowSummary &flow)
{
    const Side side = step.entry.side;
    std::optional<Record> made;
    Intent intent;
    if (step.pending) {
        intent = *step.pending;
        made = findMade(step, intent);
        if (!m_fatal.isEmpty())
            return false;
        if (!made && !(m_fatal = recorder.removeIntent(intent.id).message).isEmpty())
            return false;
    }
    if (!made) {
        intent = Intent{};
        intent.flowId = step.entry.flowId;
        intent.targetSide = side;
        intent.sourceId = step.partner ? step.partner->id : QString();
        intent.fields = step.fields;
        intent.createdAt = QDateTime::currentDateTimeUtc();
        intent.undoEntry = step.entry.id;
        if (const StoreError e = recorder.addIntent(intent); !e.ok()) {
            m_fatal = e.message;
            return false;
        }
        const ConnectorResult<Record> r =
            connector(side).create(FlowPaths::collection(*step.flow, side), step.fields);
        if (r.error.kind == ConnectorError::Kind::Cancelled)
            return false; // the intent stays: undoing again finds what was made
        if (!r.ok()) {
            if (provesNothingMade(r.error.kind)
                && !(m_fatal = recorder.removeIntent(intent.id).message).isEmpty())
                return false;
            return failed(step, recorder, flow, r.error.message);
        }
        made = r.value;
    }
    ++flow.side(side).counts.created;
    return linkMade(step, *made, intent, recorder);
}

// The record made again is linked to its old partner when that is still there and unlinked.
// The partner's base is what the new record holds, so an edit of the partner since shows.
bool RunUndo::linkMade(const UndoStep &step, const Record &made, const Intent &intent,
                       RunRecorder &recorder)
{
    const Side side = step.entry.side;
    const Side other = otherSide(side);
    RunEntry e = entryFor(step, RunEntry::Action::Create);
    e.recordId = made.id;
    e.after = FlowPaths::project(*step.flow, side, made.fields);
    e.partnerId = QString();
    const StoreRead<std::optional<Link>> linked =
        m_store.linkBySideId(step.flow->id, side, made.id);
    if (!linked.ok()) {
        m_fatal = linked.error.message;
        return false;
    }
    RecordDecision d;
    if (step.partner && !linked.value) {
        d.link.flowId = step.flow->id;
        SideState &mine = d.link.side(side);
        mine.id = made.id;
        mine.token = made.token;
        mine.updatedAt = made.updatedAt;
        mine.base = e.after;
        SideState &theirs = d.link.side(other);
        theirs.id = step.partner->id;
        theirs.token = step.partner->token;
        theirs.updatedAt = step.partner->updatedAt;
        for (const PropertyPair &pair : step.flow->pairs)
            setOrRemove(theirs.base, FlowPaths::path(pair, other),
                        e.after.value(FlowPaths::path(pair, side)));
        e.partnerId = theirs.id;
        m_fatal = recorder.saveDecision(d, {e}, {intent.id}).message;
        return m_fatal.isEmpty();
    }
    m_fatal = recorder
                  .transaction([&] {
                      return m_store.addEntry(e).ok() && recorder.removeIntent(intent.id).ok();
                  })
                  .message;
    return m_fatal.isEmpty();
}

QList<PlanItem> RunUndo::items(const QList<UndoStep> &steps) const
{
    QList<PlanItem> out;
    for (const UndoStep &step : steps) {
        PlanItem item;
        item.flowId = step.entry.flowId;
        item.target = step.entry.side;
        item.name = step.entry.recordName;
        const QString partner = step.link ? step.link->side(otherSide(step.entry.side)).id
                                          : step.entry.partnerId.value_or(QString());
        (step.entry.side == Side::Wix ? item.wixId : item.crmId) = step.entry.recordId;
        (step.entry.side == Side::Wix ? item.crmId : item.wixId) = partner;
        item.reason = step.reason;
        switch (step.kind) {
        case UndoStep::Kind::Restore:
            item.action = PlanAction::Update;
            item.before = restricted(
                FlowPaths::project(*step.flow, step.entry.side, step.current->fields), step.fields);
            item.after = step.fields;
            if (item.reason.isEmpty())
                item.reason = tr("back to what it was before run %1").arg(step.entry.runId);
            break;
        case UndoStep::Kind::Remove:
            item.action = PlanAction::Delete;
            item.before = FlowPaths::project(*step.flow, step.entry.side, step.current->fields);
            item.reason = tr("created by run %1").arg(step.entry.runId);
            break;
        case UndoStep::Kind::Recreate:
            item.action = PlanAction::Create;
            item.after = step.fields;
            item.reason = step.partner
                ? tr("deleted by run %1; linked again to its partner").arg(step.entry.runId)
                : tr("deleted by run %1").arg(step.entry.runId);
            if (!step.partner)
                (step.entry.side == Side::Wix ? item.crmId : item.wixId).clear();
            break;
        case UndoStep::Kind::Left:
            item.action = PlanAction::Skip;
            break;
        }
        out.append(item);
        if (step.kind == UndoStep::Kind::Restore && !step.reason.isEmpty()) {
            item.action = PlanAction::Skip; // the fields left as they are, listed on their own
            item.before = {};
            item.after = {};
            out.last().reason = tr("back to what it was before run %1").arg(step.entry.runId);
            out.append(item);
        }
    }
    return out;
}

} // namespace Tandem
