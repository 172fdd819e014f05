#include "sync/runtime/synccontroller.h"

#include "sync/runtime/connectorfactory.h"
#include "sync/runtime/syncworker.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcController, "tandem.controller")

namespace Tandem {

struct SyncController::Private
{
    QThread thread;
    SyncWorker *worker = nullptr; // lives in `thread`; deleted on QThread::finished
    bool running = false; // from start() until the worker's answer arrives here
    QString wixCatalog;
    HistoryQuery historyQuery; // the History page's filter and page, for every reload
};

SyncController::SyncController(const QString &profileDir, QObject *parent)
    : SyncController(profileDir, nullptr, parent)
{}

SyncController::SyncController(const QString &profileDir, std::unique_ptr<ConnectorFactory> factory,
                               QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    registerSyncMetaTypes();
    d->thread.setObjectName(QStringLiteral("tandem.worker"));
    d->worker = new SyncWorker(profileDir, std::move(factory));
    d->worker->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);

    SyncWorker *w = d->worker;
    connect(w, &SyncWorker::runStarted, this, &SyncController::runStarted);
    connect(w, &SyncWorker::progressChanged, this, &SyncController::progressChanged);
    connect(w, &SyncWorker::logLine, this, &SyncController::logLine);
    connect(w, &SyncWorker::runFinished, this, [this](const RunSummary &summary) {
        d->running = false; // before anyone hears of it, so they may start the next run
        noteWixCatalog(summary.wixCatalog);
        Q_EMIT runFinished(summary);
    });
    connect(w, &SyncWorker::wixCatalogRead, this, &SyncController::noteWixCatalog);
    connect(w, &SyncWorker::deletionGuardTripped, this, &SyncController::deletionGuardTripped);
    connect(w, &SyncWorker::runRefused, this, [this](const QString &reason) {
        d->running = d->worker->isRunning();
        Q_EMIT runRefused(reason);
    });
    connect(w, &SyncWorker::conflictsLoaded, this, &SyncController::conflictsLoaded);
    connect(w, &SyncWorker::historyLoaded, this, &SyncController::historyLoaded);
    connect(w, &SyncWorker::runEntriesLoaded, this, &SyncController::runEntriesLoaded);
    connect(w, &SyncWorker::linksLoaded, this, &SyncController::linksLoaded);
    connect(w, &SyncWorker::conflictResolved, this, &SyncController::conflictResolved);
    connect(w, &SyncWorker::requestFailed, this, &SyncController::requestFailed);
    connect(w, &SyncWorker::connectionTested, this, &SyncController::connectionTested);
    connect(w, &SyncWorker::stateReset, this, &SyncController::stateReset);
    d->thread.start();
}

SyncController::~SyncController()
{
    d->worker->close();
    // A cancelled run ends at the next record or when its request is aborted. quit() stops the
    // thread's own event loop only once the run's nested loops have returned, so the run
    // finishes recording and the store stays consistent.
    d->thread.quit();
    if (!d->thread.wait(QDeadlineTimer(30000))) {
        // A run that ignores its cancel for this long is stuck in I/O: stopping it is what a
        // kill does, which the intent journal is there for.
        qCWarning(lcController, "the sync thread did not stop within 30 s; stopping it");
        d->thread.terminate();
        d->thread.wait();
    }
}

void SyncController::noteWixCatalog(const QString &catalog)
{
    if (catalog.isEmpty() || catalog == d->wixCatalog)
        return;
    d->wixCatalog = catalog;
    Q_EMIT wixCatalogDetected(catalog);
}

QString SyncController::wixCatalog() const
{
    return d->wixCatalog;
}

bool SyncController::isRunning() const
{
    return d->running;
}

void SyncController::start(const RunOptions &options)
{
    if (d->running) {
        qCInfo(lcController) << "start refused: a run is going";
        Q_EMIT runRefused(tr("A sync is already running."));
        return;
    }
    d->running = true;
    d->worker->clearCancel();
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w, options] { w->start(options); }, Qt::QueuedConnection);
}

void SyncController::preview()
{
    RunOptions options;
    options.dryRun = true;
    start(options);
}

void SyncController::cancel()
{
    d->worker->cancel();
}

void SyncController::reloadConflicts()
{
    QMetaObject::invokeMethod(d->worker, &SyncWorker::loadConflicts, Qt::QueuedConnection);
}

void SyncController::reloadHistory()
{
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w, query = d->historyQuery] { w->loadHistory(query); }, Qt::QueuedConnection);
}

void SyncController::setHistoryQuery(const HistoryQuery &query)
{
    d->historyQuery = query;
    reloadHistory();
}

void SyncController::reloadRunEntries(qint64 runId)
{
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w, runId, query = d->historyQuery] { w->loadRunEntries(runId, query); },
        Qt::QueuedConnection);
}

void SyncController::reloadLinks()
{
    QMetaObject::invokeMethod(d->worker, &SyncWorker::loadLinks, Qt::QueuedConnection);
}

void SyncController::resolveConflict(qint64 conflictId, Conflict::Resolution resolution,
                                     const QJsonValue &value)
{
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w,
        [w, conflictId, resolution, value] { w->resolveConflict(conflictId, resolution, value); },
        Qt::QueuedConnection);
}

void SyncController::testConnection(Side side)
{
    SyncWorker *w = d->worker;
    QMetaObject::invokeMethod(
        w, [w, side] { w->testConnection(side); }, Qt::QueuedConnection);
}

void SyncController::checkAccounts()
{
    QMetaObject::invokeMethod(d->worker, &SyncWorker::checkAccounts, Qt::QueuedConnection);
}

} // namespace Tandem
