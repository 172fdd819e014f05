#include "sync/engine/runrecorder.h"

#include "sync/engine/recordname.h"

#include <QDateTime>

namespace Tandem {

RunRecorder::RunRecorder(StateStore &store, qint64 runId)
    : m_store(store)
    , m_runId(runId)
{}

void RunRecorder::named(QList<RunEntry> &entries, const RecordDecision &d)
{
    if (entries.isEmpty())
        return;
    const QString name = RecordName::of(d);
    for (RunEntry &e : entries) {
        if (e.recordName.isEmpty())
            e.recordName = name;
    }
}

RunEntry RunRecorder::entry(const QString &flowId, Side side, const QString &recordId,
                            RunEntry::Action action) const
{
    RunEntry e;
    e.runId = m_runId;
    e.flowId = flowId;
    e.side = side;
    e.recordId = recordId;
    e.action = action;
    e.at = QDateTime::currentDateTimeUtc();
    return e;
}

StoreError RunRecorder::saveDecision(RecordDecision &d, QList<RunEntry> entries,
                                     const QList<qint64> &intentIds)
{
    return m_store.transaction([&] {
        if (!m_store.saveLink(d.link).ok())
            return false;
        for (Conflict &c : d.conflicts) {
            c.linkId = d.link.id;
            if (!m_store.saveConflict(c).ok())
                return false;
        }
        for (qint64 id : d.settledConflicts) {
            if (!m_store.removeConflict(id).ok())
                return false;
        }
        named(entries, d);
        for (RunEntry &e : entries) {
            if (!m_store.addEntry(e).ok())
                return false;
        }
        return intentIds.isEmpty() || removeIntents(intentIds).ok();
    });
}

StoreError RunRecorder::removeIntents(const QList<qint64> &intentIds)
{
    return m_store.transaction([&] {
        for (qint64 id : intentIds) {
            if (!m_store.removeIntent(id).ok())
                return false;
        }
        return true;
    });
}

StoreError RunRecorder::dropLink(const RecordDecision &d, QList<RunEntry> entries, Intent *intent)
{
    return m_store.transaction([&] {
        if (intent && !addIntent(*intent).ok())
            return false;
        // A failed read fails the transaction: its error is the transaction's.
        const StoreRead<QList<Conflict>> conflicts = m_store.conflictsForLink(d.link.id);
        if (!conflicts.ok())
            return false;
        for (const Conflict &c : conflicts.value) {
            if (!m_store.removeConflict(c.id).ok())
                return false;
        }
        if (d.link.id && !m_store.removeLink(d.link.id).ok())
            return false;
        named(entries, d);
        for (RunEntry &e : entries) {
            if (!m_store.addEntry(e).ok())
                return false;
        }
        return true;
    });
}

StoreError RunRecorder::recordError(const QString &flowId, Side side, const QString &recordId,
                                    const QString &reason)
{
    RunEntry e = entry(flowId, side, recordId, RunEntry::Action::Error);
    e.message = reason;
    return m_store.addEntry(e);
}

StoreError RunRecorder::addIntent(Intent &intent)
{
    intent.runId = m_runId;
    return m_store.addIntent(intent);
}

StoreError RunRecorder::addIntents(QList<Intent> &intents)
{
    return m_store.transaction([&] {
        for (Intent &intent : intents) {
            if (!addIntent(intent).ok())
                return false;
        }
        return true;
    });
}

StoreError RunRecorder::transaction(const std::function<bool()> &work)
{
    return m_store.transaction(work);
}

StoreError RunRecorder::removeIntent(qint64 intentId)
{
    return m_store.removeIntent(intentId);
}

StoreError RunRecorder::saveWatermark(const QString &flowId, Side side, const QDateTime &at)
{
    return m_store.setWatermark(flowId, side, at);
}

} // namespace Tandem
