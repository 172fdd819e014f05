#include "sync/engine/flowsync.h"

#include "sync/engine/applier.h"
#include "sync/engine/flowpaths.h"
#include "sync/engine/mappingfingerprint.h"
#include "sync/engine/matcher.h"
#include "sync/engine/planner.h"
#include "sync/engine/reconciler.h"

#include <QCoreApplication>

namespace Tandem {

FlowSync::FlowSync(const FlowContext &context)
    : m_ctx(context)
    , m_reader(context.flow, context.cancelled)
{}

qsizetype FlowSync::linkAt(Side side, const QString &id) const
{
    if (!m_indexed) {
        for (Side s : {Side::Wix, Side::CrmOffice}) {
            m_byId[s].reserve(m_links.size());
            for (qsizetype i = 0; i < m_links.size(); ++i)
                m_byId[s].insert(m_links[i].side(s), i);
        }
        m_indexed = true;
    }
    return m_byId[side].value(id, -1);
}

bool FlowSync::isLinked(Side side, const QString &id) const
{
    return linkAt(side, id) >= 0;
}

FlowSync::Result FlowSync::run()
{
    Result result;
    result.summary.flowId = m_ctx.flow.id;
    const int wixCalls = m_ctx.wix.callCount();
    const int crmCalls = m_ctx.crm.callCount();
    bool wrote = false;
    const auto countCalls = [&] {
        result.summary.wix.counts.calls = m_ctx.wix.callCount() - wixCalls;
        result.summary.crm.counts.calls = m_ctx.crm.callCount() - crmCalls;
        countFloor(result.summary, wrote);
    };

    m_ctx.progress(RunPhase::Reading, 0, 0);
    if (!loadLinks(result) || !read(result) || !resolveIntents(result)) {
        countCalls();
        return result;
    }

    m_ctx.progress(RunPhase::Reconciling, 0, int(m_links.size()));
    const Reconciler reconciler(m_ctx.flow, QDateTime::currentDateTimeUtc());
    std::optional<QList<RecordDecision>> linked = reconcileLinks(reconciler, result);
    if (!linked) {
        countCalls();
        return result;
    }
    QList<RecordDecision> decisions = std::move(*linked);
    decisions.append(reconcileUnlinked(reconciler));
    if (m_ctx.cancelled.load()) {
        result.cancelled = true;
        countCalls();
        return result;
    }

    m_ctx.progress(RunPhase::Planning, 0, int(decisions.size()));
    SyncPlan plan = Planner(m_ctx.options.forceDeletes)
                        .plan(m_ctx.flow.id, std::move(decisions), int(m_links.size()));
    if (plan.guarded) {
        result.guarded = true;
        result.summary.wouldDelete = plan.wouldDelete;
        result.summary.wouldDeleteNames = plan.wouldDeleteNames;
        result.message = tr("%1: %n of %2 links would be deleted; stopped before deleting "
                            "(force to go ahead)",
                            nullptr, int(plan.wouldDelete.size()))
                             .arg(m_ctx.flow.id)
                             .arg(m_links.size());
    }
    if (m_ctx.options.dryRun || plan.guarded) {
        result.plan = plan.items();
        countPlan(plan, result.summary);
        countCalls();
        return result;
    }

    wrote = true;
    m_ctx.progress(RunPhase::Applying, 0, int(plan.decisions.size()));
    Applier applier(m_ctx.flow, reconciler, m_ctx.wix, m_ctx.crm, *m_ctx.recorder, result.summary,
                    m_ctx.cancelled);
    const bool applied = applier.apply(
        plan, [this](int done, int total) { m_ctx.progress(RunPhase::Applying, done, total); });
    m_ctx.progress(RunPhase::Recording, 0, 0);
    if (!applier.fatalError().isEmpty()) {
        result.failed = true;
        result.message = applier.fatalError();
    } else if (!applied || m_ctx.cancelled.load()) {
        result.cancelled = true;
    } else if (StoreError e = recordWatermarks(applier.retryFrom()); !e.ok()
               || !(e = dropAwaitingIntents()).ok()
               || !(e = m_ctx.store.setValue(mappingFingerprintKey(m_ctx.flow.id), m_fingerprint))
                       .ok()) {
        result.failed = true;
        result.message = e.message;
    }
    const StoreRead<QList<Conflict>> open = m_ctx.store.openConflicts(m_ctx.flow.id);
    if (!stateRead(open.error, tr("the open conflicts"), result)) {
        countCalls();
        return result;
    }
    const int conflicts = int(open.value.size());
    result.summary.wix.counts.conflicts = conflicts;
    result.summary.crm.counts.conflicts = conflicts;
    for (Side s : {Side::Wix, Side::CrmOffice}) {
        RunCounts &c = result.summary.side(s).counts;
        c.unchanged = std::max(0, int(m_links.size()) - c.updated - c.deleted);
    }
    countCalls();
    return result;
}

// A read of the run's own state that failed stops the flow before it writes anything: without
// its links or its journal every record would look new and be created again.
bool FlowSync::stateRead(const StoreError &error, const QString &what, Result &result) const
{
    if (error.ok())
        return true;
    result.failed = true;
    result.stateUnreadable = true;
    result.message =
        tr("%1: the run stopped: %2 could not be read: %3").arg(m_ctx.flow.id, what, error.message);
    return false;
}

// What this run learnt of one link before its bases are loaded.
struct FlowSync::Touch
{
    const Record *wix = nullptr; // read this run
    const Record *crm = nullptr;
    bool wixGone = false;
    bool crmGone = false;
    const QList<Conflict> *stored = nullptr; // its stored conflicts, if any
    // Read again at the token of its base (the overlap of an incremental read, the answer to
    // a write of the last run): nothing changed on that side.
    bool wixSame = false;
    bool crmSame = false;

    bool any() const
    {
        return (wix && !wixSame) || (crm && !crmSame) || wixGone || crmGone || stored;
    }
};

FlowSync::Touch FlowSync::touch(const LinkIds &ids) const
{
    const SideChanges &wix = m_changes[Side::Wix];
    const SideChanges &crm = m_changes[Side::CrmOffice];
    Touch t;
    const auto w = wix.records.constFind(ids.wixId);
    const auto c = crm.records.constFind(ids.crmId);
    t.wix = w != wix.records.constEnd() ? &*w : nullptr;
    t.crm = c != crm.records.constEnd() ? &*c : nullptr;
    t.wixGone = !t.wix
        && ((wix.existingIds && !wix.existingIds->contains(ids.wixId))
            || wix.tombstones.contains(ids.wixId));
    t.crmGone = !t.crm
        && ((crm.existingIds && !crm.existingIds->contains(ids.crmId))
            || crm.tombstones.contains(ids.crmId));
    // A token stands for the values the base holds, unless the mapping changed what the bases
    // hold or the Wix site moved catalog.
    if (!ids.gone && !m_readInFull && !m_catalogMoved) {
        t.wixSame = t.wix && !t.wix->token.isEmpty() && t.wix->token == ids.wixToken;
        t.crmSame = t.crm && !t.crm->token.isEmpty() && t.crm->token == ids.crmToken;
    }
    const auto stored = m_conflicts.constFind(ids.id);
    if (stored != m_conflicts.constEnd() && !stored->isEmpty())
        t.stored = &*stored;
    return t;
}

// Every link a read record, a deletion or a stored conflict touches is loaded whole, all in
// one read: each decision carries its link with the bases the merge, the deletion check and
// the applier use. A record read again unchanged (the overlap of an incremental read) decides
// nothing and makes no decision; read again at its base's token, it is not even loaded.
std::optional<QList<RecordDecision>> FlowSync::reconcileLinks(const Reconciler &reconciler,
                                                              Result &result) const
{
    QList<std::pair<const LinkIds *, Touch>> touched;
    QList<qint64> touchedIds;
    for (const LinkIds &ids : m_links) {
        if (const Touch t = touch(ids); t.any()) {
            touched.append({&ids, t});
            touchedIds.append(ids.id);
        }
    }
    const StoreRead<QList<Link>> loaded = m_ctx.store.links(touchedIds);
    if (!stateRead(loaded.error, tr("the links"), result))
        return std::nullopt;
    QHash<qint64, const Link *> byId;
    byId.reserve(loaded.value.size());
    for (const Link &link : loaded.value)
        byId.insert(link.id, &link);

    QList<RecordDecision> out;
    const SideChanges &wix = m_changes[Side::Wix];
    const SideChanges &crm = m_changes[Side::CrmOffice];
    for (const auto &[ids, t] : touched) {
        const Link *found = byId.value(ids->id);
        if (!found) {
            // A touched link missing its bases would merge against nothing: stop, lose nothing.
            result.failed = true;
            result.message =
                tr("%1: link %2 is gone from the state store").arg(m_ctx.flow.id).arg(ids->id);
            return std::nullopt;
        }
        const Link &link = *found;
        const bool wixGone = t.wixGone || (!t.wix && link.wix.gone);
        const bool crmGone = t.crmGone || (!t.crm && link.crm.gone);
        if (!wixGone && !crmGone && !t.stored && reconciler.unchanged(link, {t.wix, t.crm}))
            continue;
        const std::optional<Record> wr = t.wix ? std::optional<Record>(*t.wix) : std::nullopt;
        const std::optional<Record> cr = t.crm ? std::optional<Record>(*t.crm) : std::nullopt;
        RecordDecision d;
        if (wixGone && !crmGone && m_catalogMoved) {
            d.kind = RecordDecision::Kind::Unlink; // reported by reportUnresolved()
            d.link = link;
            d.target = Side::CrmOffice;
            out.append(std::move(d));
            continue;
        }
        const QList<Conflict> conflicts = t.stored ? *t.stored : QList<Conflict>();
        if (wixGone || crmGone) {
            const Side gone = wixGone ? Side::Wix : Side::CrmOffice;
            d = reconciler.deletion(link, gone, gone == Side::Wix ? cr : wr, wixGone && crmGone,
                                    conflicts);
        } else {
            d = reconciler.reconcile(link, {wr, cr}, conflicts);
        }
        d.readAt = {t.wix ? t.wix->updatedAt : wix.tombstones.value(link.wix.id),
                    t.crm ? t.crm->updatedAt : crm.tombstones.value(link.crm.id)};
        out.append(std::move(d));
    }
    return out;
}

QList<RecordDecision> FlowSync::reconcileUnlinked(const Reconciler &reconciler)
{
    const Flow &flow = m_ctx.flow;
    QList<RecordDecision> out;
    const Side source =
        flow.creation == CreationDirection::CrmOfficeToWix ? Side::CrmOffice : Side::Wix;
    const Side target = otherSide(source);
    QList<const Record *> unlinkedSource;
    for (const Record &r : m_changes[source].records) {
        if (!isLinked(source, r.id))
            unlinkedSource.append(&r);
    }
    if (unlinkedSource.isEmpty())
        return out;
    std::sort(unlinkedSource.begin(), unlinkedSource.end(),
              [](const Record *a, const Record *b) { return a->id < b->id; });

    // Old unlinked records on the target may hold the same people: an incremental read does
    // not show them, so a run that would create reads the target whole to match first.
    const SideChanges *pool = &m_changes[target];
    if (!flow.matchKey.isEmpty() && !pool->complete) {
        m_full[target] = m_reader.readAll(connector(target));
        if (m_full[target].error.ok())
            pool = &m_full[target];
    }
    QList<const Record *> unlinkedTarget;
    for (const Record &r : pool->records) {
        if (!isLinked(target, r.id))
            unlinkedTarget.append(&r);
    }
    Matcher matcher(flow, Matcher::defaultNormalizer(m_ctx.options.phoneRegion));
    matcher.addCandidates(target, unlinkedTarget);
    for (const Record *r : unlinkedSource) {
        const Matcher::Match match = matcher.take(*r, source);
        RecordDecision d;
        if (match.record) {
            d = source == Side::Wix ? reconciler.link(*r, *match.record, match.pairs)
                                    : reconciler.link(*match.record, *r, match.pairs);
            d.reason = tr("matched by the flow's match key");
            d.target = target;
        } else if (FlowPaths::createsFrom(flow, source)) {
            d = reconciler.create(*r, source);
        } else {
            continue;
        }
        d.readAt[source] = r->updatedAt;
        out.append(std::move(d));
    }
    return out;
}

// The id scan counts by the calls it made: one paged query, needed whenever there are links.
// A dry run or a guarded one wrote nothing, so its floor holds no writes.
void FlowSync::countFloor(FlowSummary &summary, bool wrote)
{
    for (Side side : {Side::Wix, Side::CrmOffice}) {
        const SideChanges &changes = m_changes[side];
        FlowSideCounts &counts = summary.side(side);
        if (summary.skipped) { // one call finds out the flow cannot run
            counts.callFloor = std::min(1, counts.counts.calls);
            continue;
        }
        // A read made of ranges side by side lists a record twice at each split: its pages
        // count as one list of what it read would, where the connector says a page's size.
        const qsizetype listed =
            changes.records.size() + changes.tombstones.size() + changes.malformed.size();
        const int perPage = connector(side).listPageSize(FlowPaths::collection(m_ctx.flow, side));
        const int pages = perPage > 0 && changes.error.ok() ? int((listed + perPage - 1) / perPage)
                                                            : changes.pages;
        counts.callFloor = std::max(1, pages) + changes.idScanCalls;
        if (!wrote)
            continue;
        const int perCall =
            std::max(1, connector(side).recordsPerCall(FlowPaths::collection(m_ctx.flow, side)));
        for (int n : {counts.counts.created, counts.counts.updated, counts.counts.deleted})
            counts.callFloor += (n + perCall - 1) / perCall;
    }
}

void FlowSync::countPlan(const SyncPlan &plan, FlowSummary &summary) const
{
    for (const PlanItem &item : plan.items()) {
        RunCounts &c = summary.side(item.target).counts;
        switch (item.action) {
        case PlanAction::Create:
            ++c.created;
            break;
        case PlanAction::Update:
            ++c.updated;
            break;
        case PlanAction::Delete:
            ++c.deleted;
            break;
        case PlanAction::Conflict:
            ++summary.wix.counts.conflicts;
            ++summary.crm.counts.conflicts;
            break;
        case PlanAction::Link:
        case PlanAction::Skip:
            break;
        }
    }
}

// The run went through: a source an interrupted run had not created is linked now, or its
// own create failed and journaled that anew.
StoreError FlowSync::dropAwaitingIntents()
{
    for (qint64 id : std::as_const(m_awaitingIntents)) {
        if (StoreError e = m_ctx.recorder->removeIntent(id); !e.ok())
            return e;
    }
    return {};
}

StoreError FlowSync::recordWatermarks(const PerSide<QDateTime> &retryFrom)
{
    for (Side side : {Side::Wix, Side::CrmOffice}) {
        QDateTime mark = m_changes[side].maxUpdatedAt;
        // The read listed every change made before the service's time as it began, so the
        // mark may go that far: what this run wrote after it is read once more (the next read
        // starts the overlap before the mark), not on every run until someone edits again.
        if (const QDateTime &began = m_changes[side].readTime;
            began.isValid() && (!mark.isValid() || began > mark))
            mark = began;
        // A record that failed for a passing reason is read again next run.
        if (retryFrom[side].isValid() && (!mark.isValid() || retryFrom[side] <= mark))
            mark = retryFrom[side].addMSecs(-1);
        const QDateTime &old = m_since[side];
        // An item that could not be read is read again next run, and synced once it reads.
        if (!mark.isValid() || (old.isValid() && mark <= old)
            || !m_changes[side].malformed.isEmpty())
            continue;
        if (StoreError e = m_ctx.recorder->saveWatermark(m_ctx.flow.id, side, mark); !e.ok())
            return e;
    }
    return {};
}

} // namespace Tandem
