#include "sync/model/mappingjson.h"
#include "sync/runtime/connectorfactory.h"
#include "sync/runtime/synccontroller.h"
#include "sync/runtime/syncworker.h"
#include "sync/runtime/workerprofile.h"
#include "tests/fakes/forwardingconnector.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>

using namespace Tandem;

namespace {

// An in-memory service below the Connector interface that takes its time over each write, so
// a run lasts long enough to watch, cancel and double-start. It notes the thread of every call.
class SlowConnector : public Connector
{
public:
    SlowConnector(Side side, int writeDelayMs)
        : m_side(side)
        , m_delayMs(writeDelayMs)
    {}

    Side side() const override { return m_side; }

    ConnectorError readChanges(const QString &, const QDateTime &since,
                               const PageHandler &onPage) override
    {
        note();
        QList<Record> page;
        QMutexLocker lock(&m_mutex);
        for (const Record &record : std::as_const(m_records)) {
            if (!since.isValid() || record.updatedAt > since)
                page.append(record);
        }
        lock.unlock();
        onPage(page);
        return {};
    }

    ConnectorResult<Record> read(const QString &, const QString &id) override
    {
        note();
        QMutexLocker lock(&m_mutex);
        if (!m_records.contains(id))
            return {{}, {ConnectorError::Kind::NotFound, QStringLiteral("no %1").arg(id)}};
        return {m_records.value(id), {}};
    }

    ConnectorResult<QSet<QString>> readIds(const QString &) override
    {
        note();
        QMutexLocker lock(&m_mutex);
        const QList<QString> ids = m_records.keys();
        return {QSet<QString>(ids.begin(), ids.end()), {}};
    }

    ConnectorResult<Record> create(const QString &, const QJsonObject &fields) override
    {
        note();
        if (!pause())
            return {{}, {ConnectorError::Kind::Cancelled, QStringLiteral("cancelled")}};
        QMutexLocker lock(&m_mutex);
        Record record;
        record.id = QStringLiteral("%1%2").arg(sideName(m_side)).arg(++m_nextId);
        record.token = QStringLiteral("1");
        record.createdAt = record.updatedAt = QDateTime::currentDateTimeUtc();
        record.fields = fields;
        m_records.insert(record.id, record);
        return {record, {}};
    }

    ConnectorResult<Record> update(const QString &, const QString &id, const QString &token,
                                   const QJsonObject &changed) override
    {
        note();
        if (!pause())
            return {{}, {ConnectorError::Kind::Cancelled, QStringLiteral("cancelled")}};
        QMutexLocker lock(&m_mutex);
        if (!m_records.contains(id))
            return {{}, {ConnectorError::Kind::NotFound, id}};
        Record &record = m_records[id];
        if (!token.isEmpty() && token != record.token)
            return {{}, {ConnectorError::Kind::Stale, id}};
        for (auto it = changed.begin(); it != changed.end(); ++it)
            record.fields.insert(it.key(), it.value());
        record.token = QString::number(record.token.toInt() + 1);
        record.updatedAt = QDateTime::currentDateTimeUtc();
        return {record, {}};
    }

    ConnectorError remove(const QString &, const QString &id, const QString &) override
    {
        note();
        QMutexLocker lock(&m_mutex);
        m_records.remove(id);
        return {};
    }

    void cancel() override { m_cancelled = true; }
    int callCount() const override { return m_calls.load(); }

    void beginRun() { m_cancelled = false; } // each run gets fresh connectors in the app
    void setWriteDelay(int ms) { m_delayMs = ms; }
    void seed(const QJsonObject &fields)
    {
        Record record;
        record.id = QStringLiteral("%1%2").arg(sideName(m_side)).arg(++m_nextId);
        record.token = QStringLiteral("1");
        record.createdAt = record.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        record.fields = fields;
        m_records.insert(record.id, record);
    }
    int size() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_records.size());
    }
    QSet<QThread *> callingThreads() const
    {
        QMutexLocker lock(&m_mutex);
        return m_threads;
    }

private:
    void note()
    {
        ++m_calls;
        QMutexLocker lock(&m_mutex);
        m_threads.insert(QThread::currentThread());
    }
    // The write "in flight": cancel() aborts it, as a real connector aborts its reply.
    bool pause()
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < m_delayMs) {
            if (m_cancelled)
                return false;
            QThread::msleep(1);
        }
        return !m_cancelled;
    }

    Side m_side;
    std::atomic_int m_delayMs;
    mutable QMutex m_mutex;
    QHash<QString, Record> m_records;
    QSet<QThread *> m_threads;
    int m_nextId = 0;
    std::atomic_int m_calls{0};
    std::atomic_bool m_cancelled{false};
};

// Hands the two services to each run without giving up ownership: the test inspects them.
struct Services
{
    SlowConnector wix{Side::Wix, 0};
    SlowConnector crm{Side::CrmOffice, 0};
    std::atomic_bool failNext{false};
};

class ServicesFactory : public ConnectorFactory
{
public:
    explicit ServicesFactory(Services &services)
        : m_services(services)
    {}
    ConnectorPair create(QNetworkAccessManager &) override
    {
        ConnectorPair pair;
        if (m_services.failNext.exchange(false)) {
            pair.error = QStringLiteral("no CRMOffice token in the keychain");
            return pair;
        }
        m_services.wix.beginRun();
        m_services.crm.beginRun();
        pair.wix = std::make_unique<ForwardingConnector>(m_services.wix);
        pair.crm = std::make_unique<ForwardingConnector>(m_services.crm);
        return pair;
    }

private:
    Services &m_services;
};

} // namespace

class TestWorker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<Services> m_services;

    std::unique_ptr<SyncController> makeController(int contacts, int writeDelayMs)
    {
        m_profile = std::make_unique<QTemporaryDir>();
        m_services = std::make_unique<Services>();
        m_services->crm.setWriteDelay(writeDelayMs);
        for (int i = 0; i < contacts; ++i) {
            m_services->wix.seed(
                {{QStringLiteral("info.name.first"), QStringLiteral("Ada%1").arg(i)},
                 {QStringLiteral("info.name.last"), QStringLiteral("Lovelace")},
                 {QStringLiteral("primaryInfo.phone"),
                  QStringLiteral("+47 22 33 %1").arg(1000 + i)}});
        }
        Mapping contactsOnly;
        contactsOnly.flows.append(*defaultMapping().flow(QStringLiteral("contacts")));
        QString error;
        const QString mappingPath = WorkerProfile::mappingPath(m_profile->path());
        if (!saveMappingFile(contactsOnly, mappingPath, &error))
            qFatal("cannot write the mapping: %s", qPrintable(error));
        return std::make_unique<SyncController>(m_profile->path(),
                                                std::make_unique<ServicesFactory>(*m_services));
    }

    static RunSummary finish(QSignalSpy &finished, int timeoutMs = 20000)
    {
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return {};
        return finished.takeFirst().at(0).value<RunSummary>();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testRunHappensOnTheWorkerThread()
    {
        auto controller = makeController(12, 0);
        QSignalSpy started(controller.get(), &SyncController::runStarted);
        QSignalSpy finished(controller.get(), &SyncController::runFinished);
        controller->start({});
        QVERIFY(controller->isRunning());
        const RunSummary summary = finish(finished);
        QCOMPARE(summary.status, RunRecord::Status::Ok);
        QCOMPARE(started.count(), 1);
        QVERIFY(!controller->isRunning());
        QCOMPARE(m_services->crm.size(), 12);

        const QSet<QThread *> threads =
            m_services->wix.callingThreads() + m_services->crm.callingThreads();
        QCOMPARE(threads.size(), 1);
        QVERIFY(!threads.contains(QThread::currentThread()));
    }

    void testProgressArrivesAndIsThrottled()
    {
        auto controller = makeController(150, 2);
        QSignalSpy progress(controller.get(), &SyncController::progressChanged);
        QSignalSpy finished(controller.get(), &SyncController::runFinished);
        QElapsedTimer elapsed;
        elapsed.start();
        controller->start({});
        QCOMPARE(finish(finished).status, RunRecord::Status::Ok);
        QVERIFY(!progress.isEmpty());
        // At most one every 50 ms, plus the first, the final flush and the last report of each
        // flow and phase, which is never held back.
        std::optional<RunProgress> lastContacts;
        QString previousStep;
        int steps = 0;
        for (const QList<QVariant> &args : progress) {
            const auto report = args.at(0).value<RunProgress>();
            const QString step = report.flowId + QString::number(int(report.phase));
            steps += step != previousStep;
            previousStep = step;
            if (report.flowId == QLatin1String("contacts"))
                lastContacts = report;
        }
        QVERIFY2(progress.count() <= elapsed.elapsed() / 50 + 2 + steps,
                 qPrintable(QStringLiteral("%1 reports in %2 ms over %3 steps")
                                .arg(progress.count())
                                .arg(elapsed.elapsed())
                                .arg(steps)));
        QVERIFY(lastContacts.has_value());
        QCOMPARE(lastContacts->done, lastContacts->total);
    }

    void testCancelStopsBetweenRecordsAndKeepsTheStoreConsistent()
    {
        auto controller = makeController(40, 40);
        QSignalSpy finished(controller.get(), &SyncController::runFinished);
        controller->start({});
        QTRY_VERIFY_WITH_TIMEOUT(m_services->crm.size() >= 2, 10000);
        controller->cancel();
        const RunSummary cancelled = finish(finished);
        QCOMPARE(cancelled.status, RunRecord::Status::Cancelled);
        QVERIFY2(m_services->crm.size() < 40, "the run went on after cancel");

        // The next run picks up where the cancelled one stopped: no duplicates.
        m_services->crm.setWriteDelay(0);
        controller->start({});
        QCOMPARE(finish(finished).status, RunRecord::Status::Ok);
        QCOMPARE(m_services->crm.size(), 40);
    }

    void testSecondStartIsRefusedNotQueued()
    {
        auto controller = makeController(30, 20);
        QSignalSpy refused(controller.get(), &SyncController::runRefused);
        QSignalSpy started(controller.get(), &SyncController::runStarted);
        QSignalSpy finished(controller.get(), &SyncController::runFinished);
        controller->start({});
        controller->start({});
        QCOMPARE(refused.count(), 1);
        QCOMPARE(finish(finished).status, RunRecord::Status::Ok);
        QTest::qWait(200);
        QCOMPARE(started.count(), 1);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(m_services->crm.size(), 30);
    }

    void testConnectorErrorFailsTheRunInWords()
    {
        auto controller = makeController(3, 0);
        m_services->failNext = true;
        QSignalSpy finished(controller.get(), &SyncController::runFinished);
        controller->start({});
        const RunSummary summary = finish(finished);
        QCOMPARE(summary.status, RunRecord::Status::Failed);
        QVERIFY(summary.message.contains(QStringLiteral("keychain")));
        QCOMPARE(m_services->crm.size(), 0);
    }

    void testDataRequestsAreAnsweredFromTheWorker()
    {
        auto controller = makeController(5, 0);
        QSignalSpy finished(controller.get(), &SyncController::runFinished);
        controller->start({});
        QCOMPARE(finish(finished).status, RunRecord::Status::Ok);

        QSignalSpy history(controller.get(), &SyncController::historyLoaded);
        QSignalSpy links(controller.get(), &SyncController::linksLoaded);
        QSignalSpy conflicts(controller.get(), &SyncController::conflictsLoaded);
        controller->reloadHistory();
        controller->reloadLinks();
        controller->reloadConflicts();
        QVERIFY(history.wait(5000));
        QTRY_COMPARE(links.count(), 1);
        QTRY_COMPARE(conflicts.count(), 1);
        QCOMPARE(history.first().at(0).value<RunPage>().runs.size(), 1);
        QCOMPARE(links.first().at(0).value<QList<Link>>().size(), 5);
        QVERIFY(conflicts.first().at(0).value<QList<Conflict>>().isEmpty());

        QSignalSpy failed(controller.get(), &SyncController::requestFailed);
        controller->resolveConflict(4242, Conflict::Resolution::TakeWix);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("4242")));
    }

    void testDestroyingTheControllerMidRunIsClean()
    {
        auto controller = makeController(40, 30);
        controller->start({});
        QTRY_VERIFY_WITH_TIMEOUT(m_services->crm.size() >= 1, 10000);
        QElapsedTimer elapsed;
        elapsed.start();
        controller.reset(); // cancels, lets the run record, stops the thread
        QVERIFY(elapsed.elapsed() < 10000);
        QVERIFY(m_services->crm.size() < 40);
    }
};

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
