#pragma once

#include "sync/engine/conflictrecord.h"
#include "sync/engine/runsummary.h"
#include "sync/engine/syncrun.h"
#include "sync/store/statereset.h"
#include "sync/store/statestore.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Tandem {

class ConnectorFactory;

// Registers the types that cross from the worker thread to the GUI thread in queued signals.
void registerSyncMetaTypes();

// The engine's side of the thread boundary (docs/architecture.md#threads). Moved to its own
// QThread, it owns the run, the network manager and the store connection "tandem.worker",
// and answers the controller's data requests there, so the GUI thread never waits on the
// network or the database. Deleted on QThread::finished.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    // `factory` makes the connectors of each run; the profile's own when null.
    explicit SyncWorker(const QString &profileDir,
                        std::unique_ptr<ConnectorFactory> factory = nullptr,
                        QObject *parent = nullptr);
    ~SyncWorker() override;

    // Thread-safe, called directly from the owner's thread.
    void cancel(); // the run stops between records; the request in flight is aborted
    // Before the thread ends: a run or connection test going or yet to start gives up at once.
    void close();
    void clearCancel(); // before posting a start, so a cancel after it is never lost
    bool isRunning() const { return m_running.load(); }

    // A run waits for its answers in nested event loops, so queued slots can arrive while it is in
    // progress. The load* slots only read the store and answer at once, with what the run has
    // recorded so far (the controller loads again when the run has finished). The slots that
    // write or use the network (resolveConflict, testConnection, checkAccounts) are deferred
    // until the run has finished; start() during a run is refused.
public Q_SLOTS:
    void start(const Tandem::RunOptions &options);
    void loadConflicts();
    void loadHistory(const Tandem::HistoryQuery &query);
    void loadRunEntries(qint64 runId, const Tandem::HistoryQuery &query);
    void loadLinks();
    void resolveConflict(qint64 conflictId, Tandem::Conflict::Resolution resolution,
                         const QJsonValue &value);
    void testConnection(Tandem::Side side);
    // Moves the state aside when the profile now names other accounts (after the setup).
    void checkAccounts();

Q_SIGNALS:
    void runStarted(bool dryRun, qint64 undoRunId); // undoRunId: the run an undo takes back, or 0
    void progressChanged(const Tandem::RunProgress &progress); // at most ~20 per second
    void logLine(const QString &line);
    void runFinished(const Tandem::RunSummary &summary);
    void runRefused(const QString &reason);
    void deletionGuardTripped(const Tandem::RunSummary &summary);
    // The records behind them: one per link, named, both sides whole (ConflictRecord).
    void conflictsLoaded(const QList<Tandem::Conflict> &conflicts,
                         const QList<Tandem::ConflictRecord> &records);
    void historyLoaded(const Tandem::RunPage &page);
    void wixCatalogRead(const QString &catalog); // the one the last run saw; with the history
    void runEntriesLoaded(qint64 runId, const QList<Tandem::RunEntry> &entries);
    void linksLoaded(const QList<Tandem::Link> &links);
    void conflictResolved(qint64 conflictId);
    void requestFailed(const QString &message); // a data request could not be answered
    void connectionTested(Tandem::Side side, bool ok, const QString &text);
    // The accounts changed: the old state was moved aside; `message` names the backup file.
    void stateReset(const QString &message);

private:
    struct Private;

    RunSummary runOnce(const RunOptions &options);
    StateStore *store(QString *error); // opened on first use, in this thread
    template<typename T, typename Loaded> void answer(const StoreRead<T> &read, Loaded loaded);
    StateReset::Outcome adoptAccounts(const StoreAccounts &accounts);
    void whenIdle(std::function<void()> request);
    void drainDeferred();

    std::unique_ptr<Private> d;
    std::atomic_bool m_running{false};
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_closing{false};
};

} // namespace Tandem
