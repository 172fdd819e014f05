#pragma once

#include "sync/engine/recorddecision.h"
#include "sync/store/statestore.h"

namespace Tandem {

// Writes a run's outcome to the store (docs/architecture.md#state-per-link, #crash-safety,
// #history): each record's new link state with its history entries and conflicts in one
// transaction, errors, intents and watermarks.
class RunRecorder
{
public:
    RunRecorder(StateStore &store, qint64 runId);

    // The intents `intentIds` leave the journal in the same transaction.
    StoreError saveDecision(RecordDecision &d, QList<RunEntry> entries,
                            const QList<qint64> &intentIds = {});
    // With `intent`, the intent is journaled in the same transaction (a recreate).
    StoreError dropLink(const RecordDecision &d, QList<RunEntry> entries, Intent *intent = nullptr);
    StoreError recordError(const QString &flowId, Side side, const QString &recordId,
                           const QString &reason);
    StoreError addIntent(Intent &intent);
    StoreError addIntents(QList<Intent> &intents); // in one transaction
    // Runs `work` in one transaction: what the calls inside write is committed together.
    StoreError transaction(const std::function<bool()> &work);
    StoreError removeIntent(qint64 intentId);
    StoreError removeIntents(const QList<qint64> &intentIds); // in one transaction
    StoreError saveWatermark(const QString &flowId, Side side, const QDateTime &at);

    RunEntry entry(const QString &flowId, Side side, const QString &recordId,
                   RunEntry::Action action) const;

private:
    // Gives the entries of one decision the record's name (History shows it before the id).
    static void named(QList<RunEntry> &entries, const RecordDecision &d);

    StateStore &m_store;
    qint64 m_runId;
};

} // namespace Tandem
