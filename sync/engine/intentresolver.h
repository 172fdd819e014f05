#pragma once

#include "sync/engine/readphase.h"
#include "sync/engine/runrecorder.h"
#include "sync/model/mapping.h"
#include "sync/model/perside.h"

#include <QCoreApplication>

namespace Tandem {

// docs/architecture.md#crash-safety: before a run plans anything, each intent left by a run
// that died between a remote create and the store update is settled. The record the crashed
// run made is found among the target's records by the fields the intent sent, and linked;
// without one, the create never happened and the intent is dropped (the record is created
// again normally).
class IntentResolver
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::IntentResolver)

public:
    IntentResolver(const Flow &flow, RunRecorder &recorder, const QString &phoneRegion);

    // `isLinked(side, id)` tells the records already in a link. Returns the links it made
    // (saved), or nullopt when the store failed (error()).
    std::optional<QList<Link>> resolve(const QList<Intent> &intents,
                                       const PerSide<SideChanges> &changes,
                                       const std::function<bool(Side, const QString &)> &isLinked);
    // docs/architecture.md#crash-safety: each update whose answer a run lost. The values it
    // sent that the target holds now were written by Tandem: they become the target's base, so
    // a later edit of the source is not mistaken for a conflict. False when the store failed.
    bool settleUpdates(const QList<Intent> &updates, const PerSide<SideChanges> &changes,
                       const StateStore &store);
    // Intents whose create never happened and whose source this run creates again: they go
    // once the run has carried out its plan.
    const QList<qint64> &awaiting() const { return m_awaiting; }
    const StoreError &error() const { return m_error; }

private:
    static bool likelierMade(const Record &a, const Record &b);
    bool matches(const Intent &intent, const Record &candidate) const;
    bool holds(const QString &key, const QJsonValue &sent, const QJsonValue &now) const;
    void rebaseWritten(const Intent &update, const Record &now, Link &link) const;
    Link linkFor(const Intent &intent, const Record &made, const Record *sourceRecord) const;

    const Flow &m_flow;
    RunRecorder &m_recorder;
    QString m_region;
    QList<qint64> m_awaiting;
    StoreError m_error;
};

} // namespace Tandem
