#include "sync/runtime/syncworker.h"

#include "sync/engine/conflictresolver.h"
#include "sync/runtime/connectionprobe.h"
#include "sync/runtime/connectorfactory.h"
#include "sync/runtime/progressthrottle.h"
#include "sync/runtime/workerprofile.h"
#include "sync/store/storecodec.h"

#include <QLockFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWorker, "tandem.worker")

namespace Tandem {

void registerSyncMetaTypes()
{
    qRegisterMetaType<Tandem::RunOptions>("Tandem::RunOptions");
    qRegisterMetaType<Tandem::RunProgress>("Tandem::RunProgress");
    qRegisterMetaType<Tandem::RunSummary>("Tandem::RunSummary");
    qRegisterMetaType<Tandem::Side>("Tandem::Side");
    qRegisterMetaType<Tandem::Conflict::Resolution>("Tandem::Conflict::Resolution");
    qRegisterMetaType<QList<Tandem::Conflict>>("QList<Tandem::Conflict>");
    qRegisterMetaType<QList<Tandem::ConflictRecord>>("QList<Tandem::ConflictRecord>");
    qRegisterMetaType<Tandem::RunPage>("Tandem::RunPage");
    qRegisterMetaType<QList<Tandem::RunEntry>>("QList<Tandem::RunEntry>");
    qRegisterMetaType<QList<Tandem::Link>>("QList<Tandem::Link>");
}

struct SyncWorker::Private
{
    QString profileDir;
    std::unique_ptr<ConnectorFactory> factory;
    std::unique_ptr<QNetworkAccessManager> nam; // made in the worker thread, on first use
    std::unique_ptr<StateStore> store;
    QMutex runMutex; // guards `run` against cancel() from another thread
    SyncRun *run = nullptr;
    // The connectors of the connection tests going, guarded by runMutex too. More than one: a
    // test waiting for its answer runs the next queued one in its local event loop.
    QList<Connector *> probing;
    QList<std::function<void()>> deferred;
    QTimer *progressTimer = nullptr; // a child, so it moves to the worker thread with it
};

SyncWorker::SyncWorker(const QString &profileDir, std::unique_ptr<ConnectorFactory> factory,
                       QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    registerSyncMetaTypes();
    d->profileDir = profileDir;
    d->factory =
        factory ? std::move(factory) : std::make_unique<ProfileConnectorFactory>(profileDir);
    d->progressTimer = new QTimer(this);
    d->progressTimer->setSingleShot(true);
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::cancel()
{
    m_cancel = true;
    QMutexLocker lock(&d->runMutex);
    if (d->run)
        d->run->cancel();
    for (Connector *connector : std::as_const(d->probing))
        connector->cancel();
}

void SyncWorker::close()
{
    m_closing = true; // before cancel() takes the lock: a test starting after it sees this
    cancel();
}

void SyncWorker::clearCancel()
{
    m_cancel = false;
}

void SyncWorker::start(const RunOptions &options)
{
    // Connectors wait in local event loops, so a queued start can arrive during a run.
    if (m_running.exchange(true)) {
        Q_EMIT runRefused(tr("A sync is already running."));
        return;
    }
    QLockFile lock(WorkerProfile::lockFilePath(d->profileDir));
    if (!lock.tryLock(0)) {
        m_running = false;
        // Only a lock held by someone else means another process; otherwise the folder itself
        // is missing or not writable.
        const QString why = lock.error() == QLockFile::LockFailedError
            ? tr("Another Tandem process is syncing this profile (%1).")
            : tr("Cannot lock the profile %1 for a sync: the folder is missing or not "
                 "writable.");
        Q_EMIT runRefused(why.arg(d->profileDir));
        drainDeferred();
        return;
    }
    Q_EMIT runStarted(options.dryRun, options.undoRunId);
    const RunSummary summary = runOnce(options);
    lock.unlock();
    m_running = false;
    qCInfo(lcWorker) << "run" << summary.runId
                     << "finished:" << StoreCodec::fromStatus(summary.status);
    Q_EMIT runFinished(summary);
    if (summary.status == RunRecord::Status::Guarded)
        Q_EMIT deletionGuardTripped(summary);
    drainDeferred();
}

RunSummary SyncWorker::runOnce(const RunOptions &requested)
{
    RunSummary failed;
    failed.dryRun = requested.dryRun;
    failed.status = RunRecord::Status::Failed;

    const StoreAccounts accounts = WorkerProfile::accounts(d->profileDir);
    const StateReset::Outcome reset = adoptAccounts(accounts);
    if (!reset.ok) {
        failed.message = reset.message;
        return failed;
    }
    QString error;
    StateStore *state = store(&error);
    if (!state) {
        failed.message = error;
        return failed;
    }
    const std::optional<Mapping> mapping = WorkerProfile::mapping(d->profileDir, &error);
    if (!mapping) {
        failed.message = error;
        return failed;
    }
    RunOptions options = requested;
    options.accounts = accounts;
    if (options.phoneRegion.isEmpty())
        options.phoneRegion = WorkerProfile::phoneRegion(d->profileDir);
    options.keepDays = WorkerProfile::historyKeepDays(d->profileDir);

    if (!d->nam)
        d->nam = std::make_unique<QNetworkAccessManager>();
    ConnectorPair connectors = d->factory->create(*d->nam);
    if (!connectors.ok()) {
        failed.message = connectors.error;
        return failed;
    }

    SyncRun run(*mapping, *state, *connectors.wix, *connectors.crm, options);
    ProgressThrottle throttle([this](const RunProgress &p) { Q_EMIT progressChanged(p); });
    const QMetaObject::Connection flushing =
        connect(d->progressTimer, &QTimer::timeout, this, [&throttle] { throttle.flush(); });
    run.onProgress = [this, &throttle](const RunProgress &progress) {
        throttle.report(progress);
        if (throttle.hasPending() && !d->progressTimer->isActive())
            d->progressTimer->start(throttle.msUntilDue());
    };
    run.onLog = [this](const QString &line) { Q_EMIT logLine(line); };
    {
        QMutexLocker lock(&d->runMutex);
        d->run = &run;
    }
    if (m_cancel) // cancelled before the run existed
        run.cancel();
    RunSummary summary = run.run();
    {
        QMutexLocker lock(&d->runMutex);
        d->run = nullptr;
    }
    d->progressTimer->stop();
    disconnect(flushing);
    throttle.flush();
    if (!reset.message.isEmpty())
        summary.message = QString(reset.message + QLatin1Char(' ') + summary.message).trimmed();
    return summary;
}

// The store is closed before its file is moved; store() opens the fresh one on next use.
StateReset::Outcome SyncWorker::adoptAccounts(const StoreAccounts &accounts)
{
    QString error;
    if (StateStore *state = store(&error)) {
        // A store that cannot tell its accounts is moved aside no more than one that can:
        // StateReset::adopt reads it again and reports why.
        const StoreRead<StoreAccounts> recorded = StoreAccounts::recordedIn(*state);
        if (recorded.ok()
            && (accounts.isEmpty() || recorded.value.isEmpty() || recorded.value == accounts))
            return {};
        d->store.reset();
    }
    const StateReset::Outcome outcome = StateReset::adopt(
        WorkerProfile::storePath(d->profileDir), accounts, QStringLiteral("tandem.worker"));
    if (!outcome.message.isEmpty())
        Q_EMIT logLine(outcome.message);
    return outcome;
}

void SyncWorker::checkAccounts()
{
    whenIdle([this] {
        const StateReset::Outcome outcome = adoptAccounts(WorkerProfile::accounts(d->profileDir));
        if (!outcome.ok)
            Q_EMIT requestFailed(outcome.message);
        else if (!outcome.backupPath.isEmpty())
            Q_EMIT stateReset(outcome.message);
    });
}

StateStore *SyncWorker::store(QString *error)
{
    if (d->store)
        return d->store.get();
    auto store = std::make_unique<StateStore>(WorkerProfile::storePath(d->profileDir),
                                              QStringLiteral("tandem.worker"));
    const StoreError opened = store->open();
    if (!opened.ok()) {
        *error = opened.message;
        return nullptr;
    }
    d->store = std::move(store);
    return d->store.get();
}

void SyncWorker::whenIdle(std::function<void()> request)
{
    if (m_running)
        d->deferred.append(std::move(request));
    else
        request();
}

void SyncWorker::drainDeferred()
{
    while (!d->deferred.isEmpty() && !m_running)
        d->deferred.takeFirst()();
}

// Answers a data request with what the store read, or with why it could not read it.
template<typename T, typename Loaded>
void SyncWorker::answer(const StoreRead<T> &read, Loaded loaded)
{
    if (read.ok())
        loaded(read.value);
    else
        Q_EMIT requestFailed(read.error.message);
}

void SyncWorker::loadConflicts()
{
    QString error;
    StateStore *state = store(&error);
    if (!state) {
        Q_EMIT requestFailed(error);
        return;
    }
    answer(state->openConflicts(), [this, state](const QList<Conflict> &conflicts) {
        // Without a readable mapping the records show their conflicting fields only.
        QString mappingError;
        const Mapping mapping =
            WorkerProfile::mapping(d->profileDir, &mappingError).value_or(Mapping{});
        answer(ConflictRecord::load(*state, mapping, conflicts),
               [this, &conflicts](const QList<ConflictRecord> &records) {
                   Q_EMIT conflictsLoaded(conflicts, records);
               });
    });
}

void SyncWorker::loadHistory(const HistoryQuery &query)
{
    QString error;
    if (StateStore *state = store(&error)) {
        answer(state->runPage(query), [this](const auto &v) { Q_EMIT historyLoaded(v); });
        answer(state->value(QLatin1String(wixCatalogKey)),
               [this](const auto &v) { Q_EMIT wixCatalogRead(v); });
    } else
        Q_EMIT requestFailed(error);
}

void SyncWorker::loadRunEntries(qint64 runId, const HistoryQuery &query)
{
    QString error;
    if (StateStore *state = store(&error))
        answer(state->entries(runId, query),
               [this, runId](const auto &v) { Q_EMIT runEntriesLoaded(runId, v); });
    else
        Q_EMIT requestFailed(error);
}

void SyncWorker::loadLinks()
{
    QString error;
    if (StateStore *state = store(&error))
        answer(state->links(), [this](const auto &v) { Q_EMIT linksLoaded(v); });
    else
        Q_EMIT requestFailed(error);
}

void SyncWorker::resolveConflict(qint64 conflictId, Conflict::Resolution resolution,
                                 const QJsonValue &value)
{
    // A run may be merging this very conflict: settle it once the run has finished.
    whenIdle([this, conflictId, resolution, value] {
        QString error;
        StateStore *state = store(&error);
        if (!state) {
            Q_EMIT requestFailed(error);
            return;
        }
        const ConflictResolver::Result result =
            ConflictResolver::resolve(*state, conflictId, resolution, value);
        if (result.ok())
            Q_EMIT conflictResolved(conflictId);
        else
            Q_EMIT requestFailed(result.error);
    });
}

void SyncWorker::testConnection(Side side)
{
    whenIdle([this, side] {
        if (!d->nam)
            d->nam = std::make_unique<QNetworkAccessManager>();
        QString error;
        const std::optional<Mapping> mapping = WorkerProfile::mapping(d->profileDir, &error);
        ConnectorPair connectors = d->factory->create(*d->nam);
        if (!mapping || !connectors.ok()) {
            Q_EMIT connectionTested(side, false, mapping ? connectors.error : error);
            return;
        }
        Connector &connector = side == Side::Wix ? *connectors.wix : *connectors.crm;
        {
            QMutexLocker lock(&d->runMutex);
            d->probing.append(&connector);
            if (m_closing)
                connector.cancel();
        }
        const StoreAccounts accounts = WorkerProfile::accounts(d->profileDir);
        const ConnectionProbe::Result probe = ConnectionProbe::run(
            connector, *mapping, side == Side::Wix ? accounts.wixSiteId : accounts.crmUrl);
        {
            QMutexLocker lock(&d->runMutex);
            d->probing.removeOne(&connector);
        }
        Q_EMIT connectionTested(side, probe.ok, probe.text);
    });
}

} // namespace Tandem
