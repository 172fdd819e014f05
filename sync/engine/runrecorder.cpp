#include "runrecorder.h"

#include <QDateTime>

namespace Tandem {

namespace {

QString registryKey(const QString &flowId)
{
    return QStringLiteral("engine.conflictLinks.") + flowId;
}

} // namespace

RunRecorder::RunRecorder(StateStore &store, qint64 runId)
    : m_store(store)
    , m_runId(runId)
{
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

QSet<qint64> RunRecorder::conflictLinks(const QString &flowId) const
{
    QSet<qint64> ids;
    const QStringList parts = m_store.value(registryKey(flowId)).split(QLatin1Char(','),
                                                                      Qt::SkipEmptyParts);
    for (const QString &p : parts)
        ids.insert(p.toLongLong());
    return ids;
}

bool RunRecorder::setConflictLink(const QString &flowId, qint64 linkId, bool present)
{
    QSet<qint64> ids = conflictLinks(flowId);
    if (ids.contains(linkId) == present)
        return true;
    if (present)
        ids.insert(linkId);
    else
        ids.remove(linkId);
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (qint64 id : sorted)
        parts.append(QString::number(id));
    return m_store.setValue(registryKey(flowId), parts.join(QLatin1Char(','))).ok();
}

StoreError RunRecorder::saveDecision(RecordDecision &d, QList<RunEntry> entries, qint64 intentId)
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
        for (RunEntry &e : entries) {
            if (!m_store.addEntry(e).ok())
                return false;
        }
        if (intentId && !m_store.removeIntent(intentId).ok())
            return false;
        const bool hasConflicts = !d.conflicts.isEmpty()
            || !m_store.conflictsForLink(d.link.id).isEmpty();
        return setConflictLink(d.link.flowId, d.link.id, hasConflicts);
    });
}

StoreError RunRecorder::dropLink(const RecordDecision &d, QList<RunEntry> entries, Intent *intent)
{
    return m_store.transaction([&] {
        if (intent && !addIntent(*intent).ok())
            return false;
        for (const Conflict &c : m_store.conflictsForLink(d.link.id)) {
            if (!m_store.removeConflict(c.id).ok())
                return false;
        }
        if (d.link.id && !m_store.removeLink(d.link.id).ok())
            return false;
        for (RunEntry &e : entries) {
            if (!m_store.addEntry(e).ok())
                return false;
        }
        return setConflictLink(d.link.flowId, d.link.id, false);
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
