#pragma once

#include "sync/connectors/connector.h"
#include "sync/engine/runsummary.h"
#include "sync/model/mapping.h"
#include "sync/store/statestore.h"
#include "sync/store/storeaccounts.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Tandem {

struct RunOptions
{
    QStringList flowIds; // empty = every flow of the mapping
    bool dryRun = false;
    bool forceDeletes = false;
    QString phoneRegion; // default region for phone numbers in match keys ("NO", "US", ...)
    // The profile's accounts: a store made for others is refused, one made for none is marked
    // as theirs. Empty: not checked (engine tests).
    StoreAccounts accounts;
    // History older than this many days is pruned when the run ends; 0 keeps it all.
    int keepDays = HistoryPolicy::defaultKeepDays;
    // Not 0: the run takes back that run instead of syncing (RunUndo).
    qint64 undoRunId = 0;
};

enum class RunPhase { Reading, Reconciling, Planning, Applying, Recording, Done };

struct RunProgress
{
    QString flowId;
    RunPhase phase = RunPhase::Reading;
    int done = 0;
    int total = 0;
};

// One sync run over every selected flow: read, reconcile, plan, apply, record
// (docs/architecture.md#one-run-five-phases).
// Synchronous: it runs on the thread that calls run(), which is the worker thread in the app.
class SyncRun
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::SyncRun)

public:
    SyncRun(const Mapping &mapping, StateStore &store, Connector &wix, Connector &crm,
            const RunOptions &options);
    ~SyncRun();

    std::function<void(const RunProgress &)> onProgress;
    std::function<void(const QString &line)> onLog; // never carries a secret

    RunSummary run();
    void cancel(); // thread-safe; checked between records, aborts the request in flight

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Tandem
