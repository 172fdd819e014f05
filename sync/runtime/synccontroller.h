#pragma once

#include "sync/engine/conflictrecord.h"
#include "sync/engine/runsummary.h"
#include "sync/engine/syncrun.h"
#include "sync/store/statestore.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Tandem {

class ConnectorFactory;
class SyncWorker;

// The GUI thread's handle on the engine: it owns the worker thread, forwards requests to it
// with queued calls and re-emits what happened. It never touches the network or the database
// itself, so nothing here blocks the caller.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(const QString &profileDir, QObject *parent = nullptr);
    // With connectors of the caller's making (tests); the profile's own otherwise.
    SyncController(const QString &profileDir, std::unique_ptr<ConnectorFactory> factory,
                   QObject *parent = nullptr);
    ~SyncController() override;

    bool isRunning() const;
    // The product catalog the Wix site ran at the last run that asked ("V1_CATALOG",
    // "V3_CATALOG", "STORES_NOT_INSTALLED"; wixCatalogText() says it in words); empty before.
    QString wixCatalog() const;

public Q_SLOTS:
    void start(const Tandem::RunOptions &options); // a second start while running is refused
    void preview(); // a dry run of every flow
    void cancel();
    void reloadConflicts();
    void reloadHistory(); // the page of runs the last history query asked for
    // Reloads with another filter or page; a run's entries then show the matching ones.
    void setHistoryQuery(const Tandem::HistoryQuery &query);
    void reloadRunEntries(qint64 runId);
    void reloadLinks();
    void resolveConflict(qint64 conflictId, Tandem::Conflict::Resolution resolution,
                         const QJsonValue &value = {});
    void testConnection(Tandem::Side side); // with the profile's settings and stored secret
    void checkAccounts(); // after the setup saved: a change of accounts starts a fresh state

Q_SIGNALS:
    void runStarted(bool dryRun, qint64 undoRunId); // undoRunId: the run an undo takes back, or 0
    void progressChanged(const Tandem::RunProgress &progress);
    void logLine(const QString &line);
    void runFinished(const Tandem::RunSummary &summary);
    // First found (by a run, or in the store with the history), or changed; before runFinished.
    void wixCatalogDetected(const QString &catalog);
    void runRefused(const QString &reason);
    void deletionGuardTripped(const Tandem::RunSummary &summary);
    void conflictsLoaded(const QList<Tandem::Conflict> &conflicts,
                         const QList<Tandem::ConflictRecord> &records);
    void historyLoaded(const Tandem::RunPage &page);
    void runEntriesLoaded(qint64 runId, const QList<Tandem::RunEntry> &entries);
    void linksLoaded(const QList<Tandem::Link> &links);
    void conflictResolved(qint64 conflictId);
    void requestFailed(const QString &message); // a reload or resolve could not be done
    // text: "Connected to site X: 25 contacts" or the error in words
    void connectionTested(Tandem::Side side, bool ok, const QString &text);
    // The accounts changed: the old state was moved aside; `message` names the backup file.
    void stateReset(const QString &message);

private:
    void noteWixCatalog(const QString &catalog);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Tandem
