#include "sync/engine/applier.h"

#include "sync/connectors/connector.h"
#include "sync/engine/flowpaths.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tandem {

namespace {

bool isTransient(ConnectorError::Kind kind)
{
    using K = ConnectorError::Kind;
    return kind == K::Transient || kind == K::Cancelled || kind == K::Stale || kind == K::Auth
        || kind == K::Malformed || kind == K::Fatal;
}

// What a batch call that left out a record counts as for that record.
ConnectorResult<Record> missingAnswer()
{
    return {
        {},
        {ConnectorError::Kind::Malformed, Applier::tr("the batch call answered nothing for it")}};
}

} // namespace

Applier::Applier(const Flow &flow, const Reconciler &reconciler, Connector &wix, Connector &crm,
                 RunRecorder &recorder, FlowSummary &summary, const std::atomic_bool &cancelled)
    : m_flow(flow)
    , m_reconciler(reconciler)
    , m_wix(wix)
    , m_crm(crm)
    , m_recorder(recorder)
    , m_summary(summary)
    , m_cancelled(cancelled)
{}

// Within each run of one kind of decision (the planner's order), the writes to one side come
// together, so a batch is not cut short wherever the plan alternates between the sides (as
// edits on both sides do). Each decision is one record's: none waits for another of its kind.
void Applier::groupBySide(SyncPlan &plan)
{
    const auto rank = [](const RecordDecision &d) {
        const std::optional<BatchKey> key = batchKey(d);
        return key ? int(key->side == Side::Wix ? 0 : 1) : 2;
    };
    auto &decisions = plan.decisions;
    for (auto run = decisions.begin(); run != decisions.end();) {
        const auto end = std::find_if(run, decisions.end(),
                                      [&](const RecordDecision &d) { return d.kind != run->kind; });
        std::stable_sort(run, end, [&](const RecordDecision &a, const RecordDecision &b) {
            return rank(a) < rank(b);
        });
        run = end;
    }
}

bool Applier::apply(SyncPlan &plan, const std::function<void(int, int)> &progress)
{
    groupBySide(plan);
    m_bulk = bulkKeys(plan);
    const int total = int(plan.decisions.size());
    for (int i = 0; i < total;) {
        if (m_cancelled.load())
            return false;
        const std::optional<BatchKey> key = batchKey(plan.decisions[i]);
        int end = i + 1;
        bool ok = false;
        if (key && m_bulk.contains(*key)) {
            end = batchEnd(plan, i, *key);
            ok = applyBatch(std::span(plan.decisions.data() + i, size_t(end - i)), *key);
        } else {
            ok = applyOne(plan.decisions[i]);
        }
        if (!ok)
            return false;
        i = end;
        if (progress)
            progress(i, total);
    }
    return true;
}

std::optional<Applier::BatchKey> Applier::batchKey(const RecordDecision &d)
{
    if (!d.error.isEmpty())
        return std::nullopt;
    switch (d.kind) {
    case RecordDecision::Kind::Create:
        return BatchKey{BatchKind::Create, d.target};
    case RecordDecision::Kind::Delete:
        return BatchKey{BatchKind::Delete, d.target};
    case RecordDecision::Kind::Sync:
    case RecordDecision::Kind::Link:
        // Only records written on one side: a batch never reorders a record's two writes.
        if (d.writes[Side::Wix].isEmpty() != d.writes[Side::CrmOffice].isEmpty())
            return BatchKey{BatchKind::Update,
                            d.writes[Side::Wix].isEmpty() ? Side::CrmOffice : Side::Wix};
        break;
    case RecordDecision::Kind::Unlink:
        break;
    }
    return std::nullopt;
}

QList<Applier::BatchKey> Applier::bulkKeys(const SyncPlan &plan)
{
    QList<BatchKey> keys;
    QList<int> counts;
    for (const RecordDecision &d : plan.decisions) {
        const std::optional<BatchKey> key = batchKey(d);
        if (!key)
            continue;
        const qsizetype at = keys.indexOf(*key);
        if (at < 0) {
            keys.append(*key);
            counts.append(1);
        } else {
            ++counts[at];
        }
    }
    QList<BatchKey> bulk;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const Side side = keys[k].side;
        if (counts[k] > bulkAbove
            && connector(side).batchLimit(FlowPaths::collection(m_flow, side)) > 1)
            bulk.append(keys[k]);
    }
    return bulk;
}

int Applier::batchEnd(const SyncPlan &plan, int from, const BatchKey &key)
{
    const int limit = connector(key.side).batchLimit(FlowPaths::collection(m_flow, key.side));
    int keyed = 0;
    int end = from;
    for (; end < int(plan.decisions.size()); ++end) {
        const RecordDecision &d = plan.decisions[end];
        if (batchKey(d) == key) {
            if (keyed == limit)
                break;
            ++keyed;
            continue;
        }
        // Updates take along the links around them that write nothing or write both sides;
        // an update of the other side waits for its own batch.
        const bool along = key.kind == BatchKind::Update && !batchKey(d)
            && (d.kind == RecordDecision::Kind::Sync || d.kind == RecordDecision::Kind::Link);
        if (!along)
            break;
    }
    return end;
}

bool Applier::applyBatch(std::span<RecordDecision> batch, const BatchKey &key)
{
    const QString collection = FlowPaths::collection(m_flow, key.side);
    if (key.kind == BatchKind::Create)
        return createBatch(batch, collection, key.side);
    const QList<std::optional<Answer>> answers = writeBatch(batch, key);
    bool finished = true;
    const StoreError error = m_recorder.transaction([&] {
        for (qsizetype j = 0; j < qsizetype(batch.size()) && finished; ++j)
            finished = !m_cancelled.load() && applyOne(batch[j], answers[j]);
        return m_fatal.isEmpty();
    });
    return committed(error) && finished;
}

// Whether the batch's transaction committed; if not, the run stops with the store's reason.
bool Applier::committed(const StoreError &error)
{
    if (!error.ok() && m_fatal.isEmpty())
        m_fatal = error.message;
    return m_fatal.isEmpty();
}

// The batch's intents go to the journal in one transaction before any request goes out; the
// links and history of what was made are committed together once the answers are in. A batch
// that stops between the two leaves intents, which the next run settles as for one create.
bool Applier::createBatch(std::span<RecordDecision> batch, const QString &collection, Side side)
{
    QList<Intent> intents;
    QList<QJsonObject> records;
    for (const RecordDecision &d : batch) {
        intents.append(intentFor(d));
        records.append(d.writes[side]);
    }
    if (!store(m_recorder.addIntents(intents)))
        return false;
    const QList<ConnectorResult<Record>> results = connector(side).createMany(collection, records);
    bool finished = true;
    const StoreError error = m_recorder.transaction([&] {
        for (qsizetype j = 0; j < qsizetype(batch.size()) && m_fatal.isEmpty(); ++j) {
            m_entries.clear();
            const ConnectorResult<Record> &answer = results.value(j, missingAnswer());
            finished = finishCreate(batch[j], intents[j], answer) && finished;
        }
        return m_fatal.isEmpty();
    });
    return committed(error) && finished;
}

QList<std::optional<Applier::Answer>> Applier::writeBatch(std::span<RecordDecision> batch,
                                                          const BatchKey &key)
{
    QList<qsizetype> keyed;
    QList<RecordChange> changes;
    for (qsizetype j = 0; j < qsizetype(batch.size()); ++j) {
        const RecordDecision &d = batch[j];
        if (batchKey(d) != key)
            continue;
        keyed.append(j);
        changes.append({d.link.side(key.side).id, tokenFor(d, key.side), d.writes[key.side]});
    }
    const QString collection = FlowPaths::collection(m_flow, key.side);
    QList<std::optional<Answer>> answers(batch.size());
    if (key.kind == BatchKind::Update) {
        QList<Intent> intents;
        QList<qsizetype> journalled;
        for (qsizetype k = 0; k < keyed.size(); ++k) {
            if (std::optional<Intent> intent = updateIntent(batch[keyed[k]], key.side)) {
                intents.append(*intent);
                journalled.append(k);
            }
        }
        if (!store(m_recorder.addIntents(intents)))
            return answers;
        const QList<ConnectorResult<Record>> results =
            connector(key.side).updateMany(collection, changes);
        for (qsizetype k = 0; k < keyed.size(); ++k)
            answers[keyed[k]] = Answer{key.side, results.value(k, missingAnswer())};
        for (qsizetype j = 0; j < journalled.size(); ++j)
            answers[keyed[journalled[j]]]->intentId = intents[j].id;
    } else {
        const QList<ConnectorError> errors = connector(key.side).removeMany(collection, changes);
        for (qsizetype k = 0; k < keyed.size(); ++k)
            answers[keyed[k]] = Answer{key.side, {{}, errors.value(k, missingAnswer().error)}};
    }
    return answers;
}

QString Applier::tokenFor(const RecordDecision &d, Side side) const
{
    const std::optional<Record> &current = d.current[side];
    return current ? current->token : d.link.side(side).token;
}

bool Applier::store(const StoreError &error)
{
    if (error.ok())
        return true;
    m_fatal = error.message;
    return false;
}

void Applier::fail(const RecordDecision &d, Side side, const QString &recordId,
                   const QString &reason, bool transient)
{
    FlowSideCounts &counts = m_summary.side(side);
    ++counts.counts.errors;
    counts.errors.append({m_flow.id, side, recordId, reason});
    if (transient) {
        for (Side s : {Side::Wix, Side::CrmOffice}) {
            const QDateTime &at = d.readAt[s];
            if (at.isValid() && (!m_retryFrom[s].isValid() || at < m_retryFrom[s]))
                m_retryFrom[s] = at;
        }
    }
    store(m_recorder.recordError(m_flow.id, side, recordId, reason));
}

bool Applier::applyOne(RecordDecision &d, const std::optional<Answer> &answered)
{
    m_entries.clear();
    m_answered.clear();
    if (!m_fatal.isEmpty())
        return false;
    if (!d.error.isEmpty()) {
        const QString id = d.link.side(d.errorSide).id.isEmpty()
            ? d.link.side(otherSide(d.errorSide)).id
            : d.link.side(d.errorSide).id;
        fail(d, d.errorSide, id, d.error, d.transientError);
        return m_fatal.isEmpty();
    }
    switch (d.kind) {
    case RecordDecision::Kind::Create:
        return applyCreate(d);
    case RecordDecision::Kind::Delete:
        return applyDelete(d, answered);
    case RecordDecision::Kind::Unlink:
        return applyUnlink(d);
    case RecordDecision::Kind::Sync:
    case RecordDecision::Kind::Link:
        break;
    }
    if (!applyWrites(d, answered)) {
        // What was written stays written: keep those bases, leave the rest pending.
        d.conflicts.clear();
        d.settledConflicts.clear();
        if (!m_entries.isEmpty())
            return store(m_recorder.saveDecision(d, m_entries, m_answered));
        if (!m_answered.isEmpty() && !store(m_recorder.removeIntents(m_answered)))
            return false;
        return m_fatal.isEmpty() && !m_cancelled.load();
    }
    m_reconciler.finish(d);
    return store(m_recorder.saveDecision(d, m_entries, m_answered));
}

// An update of a linked record is journalled before it goes out (docs/architecture.md#crash-
// safety): if its answer is lost, the next run learns which of the values it finds were
// written by Tandem, and a later edit of the source is not taken for a conflict.
std::optional<Intent> Applier::updateIntent(const RecordDecision &d, Side side) const
{
    if (d.link.id == 0)
        return std::nullopt; // matched this run: no stored link whose bases could be wrong
    Intent intent;
    intent.flowId = m_flow.id;
    intent.targetSide = side;
    intent.sourceId = d.link.side(otherSide(side)).id;
    intent.fields = d.writes[side];
    intent.linkId = d.link.id;
    intent.createdAt = QDateTime::currentDateTimeUtc();
    return intent;
}

// An answer that proves what happened (written, stale, refused) settles the update's intent; a
// lost one keeps it for the next run.
void Applier::answeredUpdate(qint64 intentId, const ConnectorResult<Record> &r)
{
    const bool proves =
        r.ok() || r.error.kind == ConnectorError::Kind::Stale || !isTransient(r.error.kind);
    if (intentId && proves)
        m_answered.append(intentId);
}

bool Applier::applyWrites(RecordDecision &d, const std::optional<Answer> &answered)
{
    for (int attempt = 0; attempt <= maxAttempts; ++attempt) {
        if (!d.error.isEmpty()) { // a re-merge can meet a value that does not fit
            fail(d, d.errorSide, d.link.side(d.errorSide).id, d.error, false);
            return false;
        }
        bool stale = false;
        for (Side side : {Side::Wix, Side::CrmOffice}) {
            if (d.writes[side].isEmpty())
                continue;
            if (m_cancelled.load())
                return false;
            const SideState &state = d.link.side(side);
            const QString token = tokenFor(d, side);
            const QString collection = FlowPaths::collection(m_flow, side);
            const bool fromBatch = attempt == 0 && answered && answered->side == side;
            std::optional<Intent> intent = fromBatch ? std::nullopt : updateIntent(d, side);
            if (intent && !store(m_recorder.addIntent(*intent)))
                return false;
            ConnectorResult<Record> r = fromBatch
                ? answered->result
                : connector(side).update(collection, state.id, token, d.writes[side]);
            answeredUpdate(fromBatch ? answered->intentId : (intent ? intent->id : 0), r);
            if (r.ok()) {
                RunEntry e = m_recorder.entry(m_flow.id, side, state.id, RunEntry::Action::Update);
                e.before = d.seen[side];
                e.after = FlowPaths::project(m_flow, side, r.value.fields);
                e.token = token;
                e.partnerId = d.link.side(otherSide(side)).id;
                m_entries.append(e);
                ++m_summary.side(side).counts.updated;
                m_reconciler.applyWrite(d, side, r.value);
                continue;
            }
            if (r.error.kind == ConnectorError::Kind::Cancelled)
                return false;
            if (r.error.kind != ConnectorError::Kind::Stale || attempt == maxAttempts) {
                const QString reason = r.error.kind == ConnectorError::Kind::Stale
                    ? tr("changed again while being written %1 times; left for the next run")
                          .arg(maxAttempts + 1)
                    : r.error.message;
                fail(d, side, state.id, reason, isTransient(r.error.kind));
                return false;
            }
            // Stale: the record moved since it was read. Read it again and merge again.
            ConnectorResult<Record> fresh = connector(side).read(collection, state.id);
            if (!fresh.ok()) {
                fail(d, side, state.id, fresh.error.message, isTransient(fresh.error.kind));
                return false;
            }
            PerSide<std::optional<Record>> current = d.current;
            current[side] = fresh.value;
            RecordDecision again = m_reconciler.reconcile(d.link, current, d.stored);
            again.kind = d.kind;
            again.readAt = d.readAt;
            d = std::move(again);
            stale = true;
            break;
        }
        if (!stale)
            return true;
    }
    return false;
}

Intent Applier::intentFor(const RecordDecision &d) const
{
    Intent intent;
    intent.flowId = m_flow.id;
    intent.targetSide = d.target;
    intent.sourceId = d.link.side(otherSide(d.target)).id;
    intent.fields = d.writes[d.target];
    intent.createdAt = QDateTime::currentDateTimeUtc();
    return intent;
}

bool Applier::applyCreate(RecordDecision &d)
{
    Intent intent = intentFor(d);
    if (!store(m_recorder.addIntent(intent)))
        return false;
    return finishCreate(
        d, intent,
        connector(d.target).create(FlowPaths::collection(m_flow, d.target), d.writes[d.target]));
}

bool Applier::finishCreate(RecordDecision &d, const Intent &intent,
                           const ConnectorResult<Record> &r)
{
    const Side target = d.target;
    if (r.error.kind == ConnectorError::Kind::Cancelled)
        return false; // the intent stays: the next run settles it
    if (!r.ok()) {
        // Only an answer that proves nothing was made clears the intent; a lost answer keeps
        // it, so the next run finds the record instead of making a second one.
        if (!isTransient(r.error.kind) && !store(m_recorder.removeIntent(intent.id)))
            return false;
        fail(d, target, intent.sourceId, r.error.message, isTransient(r.error.kind));
        return m_fatal.isEmpty() && !m_cancelled.load();
    }
    RunEntry e = m_recorder.entry(m_flow.id, target, r.value.id, RunEntry::Action::Create);
    e.after = FlowPaths::project(m_flow, target, r.value.fields);
    e.partnerId = intent.sourceId;
    m_entries.append(e);
    ++m_summary.side(target).counts.created;
    m_reconciler.applyWrite(d, target, r.value);
    m_reconciler.finish(d);
    return store(m_recorder.saveDecision(d, m_entries, {intent.id}));
}

bool Applier::applyUnlink(RecordDecision &d)
{
    std::optional<Record> kept = d.current[d.target];
    if (d.recreate && !kept) {
        // Kept for the edits of its stored conflicts, but not read this run: read it to copy it.
        const QString &id = d.link.side(d.target).id;
        ConnectorResult<Record> r =
            connector(d.target).read(FlowPaths::collection(m_flow, d.target), id);
        if (!r.ok() && r.error.kind != ConnectorError::Kind::NotFound) {
            fail(d, d.target, id, r.error.message, isTransient(r.error.kind));
            return m_fatal.isEmpty() && !m_cancelled.load();
        }
        if (r.ok())
            kept = r.value;
    }
    if (!d.recreate || !kept)
        return store(m_recorder.dropLink(d, {}));
    // The edit outlived its partner's deletion: the record gets a new partner. The link goes
    // in the transaction that journals the create, so a run that stops before the create is
    // done finds the new record, or the kept one again, by the intent.
    RecordDecision again = m_reconciler.create(*kept, d.target);
    again.readAt = d.readAt;
    Intent intent = intentFor(again);
    if (!store(m_recorder.dropLink(d, {}, &intent)))
        return false;
    m_entries.clear();
    return finishCreate(
        again, intent,
        connector(again.target)
            .create(FlowPaths::collection(m_flow, again.target), again.writes[again.target]));
}

bool Applier::applyDelete(RecordDecision &d, const std::optional<Answer> &answered)
{
    for (int attempt = 0; attempt <= maxAttempts; ++attempt) {
        if (d.kind == RecordDecision::Kind::Unlink)
            return applyUnlink(d);
        if (m_cancelled.load())
            return false;
        const Side target = d.target;
        const SideState &state = d.link.side(target);
        const QString token = tokenFor(d, target);
        const QString collection = FlowPaths::collection(m_flow, target);
        const ConnectorError e = attempt == 0 && answered
            ? answered->result.error
            : connector(target).remove(collection, state.id, token);
        using K = ConnectorError::Kind;
        if (e.ok() || e.kind == K::NotFound) {
            RunEntry entry =
                m_recorder.entry(m_flow.id, target, state.id, RunEntry::Action::Delete);
            entry.before = state.base;
            entry.token = token;
            // Gone too, mostly; an undo links the record it makes again to it if it is back.
            entry.partnerId = d.link.side(otherSide(target)).id;
            ++m_summary.side(target).counts.deleted;
            return store(m_recorder.dropLink(d, {entry}));
        }
        if (e.kind == K::Precondition) {
            // E.g. a Wix site member: report it once and forget the link, never loop on it.
            fail(d, target, state.id,
                 tr("cannot delete on %1: %2").arg(sideName(target), e.message), false);
            return store(m_recorder.dropLink(d, {}));
        }
        if (e.kind != K::Stale) {
            fail(d, target, state.id, e.message, isTransient(e.kind));
            return m_fatal.isEmpty() && !m_cancelled.load();
        }
        ConnectorResult<Record> fresh = connector(target).read(collection, state.id);
        if (!fresh.ok() && fresh.error.kind != K::NotFound) {
            fail(d, target, state.id, fresh.error.message, isTransient(fresh.error.kind));
            return m_fatal.isEmpty();
        }
        const PerSide<QDateTime> readAt = d.readAt;
        d = m_reconciler.deletion(d.link, otherSide(target),
                                  fresh.ok() ? std::optional<Record>(fresh.value) : std::nullopt,
                                  !fresh.ok(), d.stored);
        d.readAt = readAt;
    }
    fail(d, d.target, d.link.side(d.target).id,
         tr("changed again while being deleted; left for the next run"), true);
    return m_fatal.isEmpty();
}

} // namespace Tandem
