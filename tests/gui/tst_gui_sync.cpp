#include "sync/connectors/httpclient.h"
#include "sync/runtime/connectionprobe.h"
#include "tests/gui/eventloopprobe.h"
#include "tests/gui/guitestbed.h"
#include "ui/historypage.h"
#include "ui/overviewpage.h"
#include "ui/plantablemodel.h"
#include "ui/runtablemodel.h"
#include "ui/uitext.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace Tandem;
using namespace Tandem::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kCancelContacts = 3 * HttpClient::defaultWindow * HttpClient::windowsPerBatch;

// The values the progress bar showed while a run went (a bar with a known total).
struct ProgressSamples
{
    QList<QPair<int, int>> values; // value, maximum

    void watch(QProgressBar *bar)
    {
        QObject::connect(bar, &QProgressBar::valueChanged, bar, [this, bar](int value) {
            if (bar->maximum() > 1)
                values.append({value, bar->maximum()});
        });
    }
    int distinctValues() const
    {
        QSet<int> seen;
        for (const auto &v : values)
            seen.insert(v.first);
        return int(seen.size());
    }
};

QString namesOf(const QList<QJsonObject> &contacts, bool wix)
{
    QStringList names;
    for (const QJsonObject &c : contacts) {
        names << (wix ? c.value(u"info"_s)
                            .toObject()
                            .value(u"name"_s)
                            .toObject()
                            .value(u"first"_s)
                            .toString()
                      : c.value(u"givenName"_s).toString());
    }
    names.sort();
    return names.join(QLatin1Char(','));
}
} // namespace

class TestGuiSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.http.debug=false"));
    }

    // The probe itself: a thread that stops answering for 150 ms is seen.
    void testProbeSeesABlockedThread()
    {
        EventLoopProbe probe;
        probe.start();
        QTest::qWait(50);
        QThread::msleep(150);
        QTest::qWait(50);
        probe.stop();
        QVERIFY(probe.maxGapMs() >= 150);
    }

    void testSyncNowMovesProgressBarAndShowsSummary()
    {
        GuiTestBed bed({.wixContacts = 20, .wixProducts = 4});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        ProgressSamples progress;
        auto *bar = bed.find<QProgressBar>("progressBar");
        QVERIFY(bar);
        progress.watch(bar);
        QAbstractButton *syncNow = bed.button("syncNowButton");
        QVERIFY(syncNow && syncNow->isEnabled());

        const RunSummary summary = bed.clickAndWait(syncNow);
        QCOMPARE(summary.status, RunRecord::Status::Ok);
        QVERIFY2(
            progress.distinctValues() >= 2,
            qPrintable(
                QStringLiteral("progress bar showed %1 value(s)").arg(progress.distinctValues())));
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(bed.find<QLabel>("lastRunLabel")->text(), UiText::summaryText(summary));
        QCOMPARE(bed.find<QLabel>("phaseLabel")->text(),
                 UiText::runStatusLabel(RunRecord::Status::Ok));
        QVERIFY(syncNow->isEnabled());
        QVERIFY(!bed.button("cancelButton")->isEnabled());
        QTRY_COMPARE(bed.find<QTableView>("runsTable")->model()->rowCount(), 1);

        const QList<QJsonObject> crm = bed.records().crmContacts();
        QCOMPARE(crm.size(), 20);
        QCOMPARE(namesOf(crm, false), namesOf(bed.records().wixContacts(), true));
    }

    // The account lines name the Wix site and the CRMOffice tenant, from one cheap call each
    // (never a read of every id), and a sync from the window checks them again.
    void testAccountLinesNameTheSiteAndTenantAndAreCheckedAgainAfterASync()
    {
        GuiTestBed bed({.wixContacts = 6, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        auto *wix = bed.find<QLabel>("wixStatusLabel");
        auto *crm = bed.find<QLabel>("crmStatusLabel");
        // As the probe words it, in whichever translation the window loaded.
        const QString wixText =
            ConnectionProbe::tr("Connected to %1: %n record(s) in %2", nullptr, 6)
                .arg(ConnectionProbe::tr("Wix site %1").arg(QLatin1String(GuiTestBed::WixSite)),
                     QStringLiteral("Contacts"));
        const QString crmText =
            ConnectionProbe::tr("Connected to %1")
                .arg(ConnectionProbe::tr("CRMOffice at %1").arg(bed.sandbox().crmUrl().toString()));
        QSignalSpy tested(&bed.controller(), &SyncController::connectionTested);
        const int wixBefore = bed.sandbox().stats(SandboxSide::Wix).value(u"total"_s).toInt();
        const int crmBefore = bed.sandbox().stats(SandboxSide::Crm).value(u"total"_s).toInt();
        bed.controller().testConnection(Side::Wix);
        bed.controller().testConnection(Side::CrmOffice);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 10000);
        QCOMPARE(wix->text(), wixText);
        QCOMPARE(crm->text(), crmText);
        QCOMPARE(bed.sandbox().stats(SandboxSide::Wix).value(u"total"_s).toInt() - wixBefore, 1);
        QCOMPARE(bed.sandbox().stats(SandboxSide::Crm).value(u"total"_s).toInt() - crmBefore, 1);

        tested.clear();
        wix->clear();
        crm->clear();
        const RunSummary summary = bed.syncNow();
        QCOMPARE(summary.status, RunRecord::Status::Ok);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 10000);
        QCOMPARE(wix->text(), wixText);
        QCOMPARE(crm->text(), crmText);
    }

    void testGuiThreadAnswersDuringRun()
    {
        // Enough contacts that the run, writing several at once, lasts long enough to probe.
        GuiTestBed bed({.latencyMs = 40, .wixContacts = 150, .wixProducts = 3});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        QSignalSpy started(&bed.controller(), &SyncController::runStarted);
        QSignalSpy progressed(&bed.controller(), &SyncController::progressChanged);
        EventLoopProbe probe;
        probe.start();
        QElapsedTimer runTime;
        runTime.start();
        const RunSummary summary = bed.syncNow();
        const qint64 elapsed = runTime.elapsed();
        probe.stop();

        QCOMPARE(summary.status, RunRecord::Status::Ok);
        QCOMPARE(started.size(), 1);
        QVERIFY(progressed.size() >= 2);
        QVERIFY2(elapsed >= 700,
                 qPrintable(QStringLiteral("the run took only %1 ms").arg(elapsed)));
        qInfo("run %lld ms, %d probe ticks, largest gap %lld ms", elapsed, probe.ticks(),
              probe.maxGapMs());
        QVERIFY2(
            probe.maxGapMs() < 100,
            qPrintable(
                QStringLiteral("the GUI thread did not answer for %1 ms").arg(probe.maxGapMs())));
        QVERIFY(probe.ticks() >= elapsed / 20);
    }

    void testCancelStopsRunAndNextSyncCompletes()
    {
        // More contacts than one batch of writes (HttpClient::batchSize), so the cancel
        // lands while the second batch is in flight.
        GuiTestBed bed({.latencyMs = 50, .wixContacts = kCancelContacts, .wixProducts = 3});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        QSignalSpy finished(&bed.controller(), &SyncController::runFinished);
        QList<RunProgress> seen;
        connect(&bed.controller(), &SyncController::progressChanged, this,
                [&seen](const RunProgress &p) { seen << p; });
        QTest::mouseClick(bed.button("syncNowButton"), Qt::LeftButton);
        QAbstractButton *cancel = bed.button("cancelButton");
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty() && seen.last().phase == RunPhase::Applying
                                     && seen.last().done >= 2,
                                 20000);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        const RunSummary cancelled = finished.first().first().value<RunSummary>();
        QCOMPARE(cancelled.status, RunRecord::Status::Cancelled);
        const int createdBeforeCancel = int(bed.records().crmContacts().size());
        QVERIFY2(createdBeforeCancel < kCancelContacts,
                 qPrintable(QString::number(createdBeforeCancel)));

        // The store kept what the cancelled run did: the next sync finishes the job without
        // making a second copy of anyone.
        bed.sandbox().server(SandboxSide::Wix).setFrontOptions({});
        bed.sandbox().server(SandboxSide::Crm).setFrontOptions({});
        const RunSummary next = bed.syncNow();
        QCOMPARE(next.status, RunRecord::Status::Ok);
        const QList<QJsonObject> crm = bed.records().crmContacts();
        QCOMPARE(crm.size(), kCancelContacts);
        QCOMPARE(namesOf(crm, false), namesOf(bed.records().wixContacts(), true));

        const int wixWrites = SandboxRecords::writeCount(bed.sandbox().stats(SandboxSide::Wix));
        const int crmWrites = SandboxRecords::writeCount(bed.sandbox().stats(SandboxSide::Crm));
        QCOMPARE(bed.syncNow().status, RunRecord::Status::Ok);
        QCOMPARE(SandboxRecords::writeCount(bed.sandbox().stats(SandboxSide::Wix)), wixWrites);
        QCOMPARE(SandboxRecords::writeCount(bed.sandbox().stats(SandboxSide::Crm)), crmWrites);
    }

    void testPreviewShowsPlanAndWritesNothing()
    {
        GuiTestBed bed({.wixContacts = 6, .wixProducts = 2});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        OverviewPage *overview = bed.window().overviewPage();
        const RunSummary preview = bed.clickAndWait(bed.button("previewButton"));
        QVERIFY(preview.dryRun);
        QCOMPARE(preview.status, RunRecord::Status::Ok);
        const int planned = overview->planModel()->rowCount();
        QVERIFY2(planned >= 8, qPrintable(QString::number(planned))); // 6 contacts + 2 companies
        auto *planView = bed.find<QTableView>("planTable");
        QVERIFY(planView && planView->isVisible());
        QCOMPARE(planView->model()->rowCount(), planned);
        // Each row names its record as a person knows it; the id is in the tooltip and a
        // column of its own.
        PlanTableModel *plan = overview->planModel();
        for (int row = 0; row < planned; ++row) {
            const PlanItem &item = plan->plan().at(row);
            const QString shown = plan->index(row, PlanTableModel::NameColumn).data().toString();
            QVERIFY2(!shown.isEmpty() && shown == item.name, qPrintable(shown));
            QVERIFY(plan->index(row, PlanTableModel::NameColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(item.wixId));
            QCOMPARE(plan->index(row, PlanTableModel::WixIdColumn).data().toString(), item.wixId);
            if (item.flowId != QLatin1String("contacts"))
                continue;
            const QJsonObject name = bed.records()
                                         .wixContact(item.wixId)
                                         .value(u"info"_s)
                                         .toObject()
                                         .value(u"name"_s)
                                         .toObject();
            QCOMPARE(shown,
                     name.value(u"first"_s).toString() + QLatin1Char(' ')
                         + name.value(u"last"_s).toString());
        }

        const QJsonObject wixStats = bed.sandbox().stats(SandboxSide::Wix);
        const QJsonObject crmStats = bed.sandbox().stats(SandboxSide::Crm);
        QVERIFY(wixStats.value(u"total"_s).toInt() > 0); // it did read
        QCOMPARE(SandboxRecords::writeRoutes(wixStats), QStringList());
        QCOMPARE(SandboxRecords::writeRoutes(crmStats), QStringList());
        QVERIFY(bed.records().crmContacts().isEmpty());

        // What the preview showed is what a sync then does.
        const RunSummary sync = bed.syncNow();
        QCOMPARE(sync.status, RunRecord::Status::Ok);
        QCOMPARE(bed.records().crmContacts().size(), 6);
    }

    // Both sides edited the same field: the engine reports the pair's conflict on each side,
    // and the Overview's summary and History's row count it once.
    void testConflictSeenFromBothSidesCountsOnce()
    {
        GuiTestBed bed({.wixContacts = 3, .wixProducts = 0});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        QCOMPARE(bed.syncNow().status, RunRecord::Status::Ok);
        QSignalSpy loaded(&bed.controller(), &SyncController::linksLoaded);
        bed.controller().reloadLinks();
        QVERIFY(loaded.wait(5000));
        Link link;
        for (const Link &l : loaded.first().first().value<QList<Link>>()) {
            if (l.flowId == QLatin1String("contacts"))
                link = l;
        }
        QVERIFY(!link.wix.id.isEmpty() && !link.crm.id.isEmpty());
        QVERIFY(bed.records().setWixName(link.wix.id, QStringLiteral("first"),
                                         QStringLiteral("Wixfirst")));
        const QJsonObject crmEdit{{QStringLiteral("givenName"), QStringLiteral("Crmfirst")}};
        QVERIFY(bed.records().patchCrmContact(link.crm.id, crmEdit));

        const RunSummary summary = bed.syncNow();
        QCOMPARE(summary.status, RunRecord::Status::Conflicts);
        const auto contacts =
            std::find_if(summary.flows.cbegin(), summary.flows.cend(), [](const FlowSummary &f) {
                return f.flowId == QLatin1String("contacts");
            });
        QVERIFY(contacts != summary.flows.cend());
        QCOMPARE(contacts->wix.counts.conflicts, 1);
        QCOMPARE(contacts->crm.counts.conflicts, 1);

        const QString lastRun = bed.find<QLabel>("lastRunLabel")->text();
        QVERIFY2(lastRun.contains(QLatin1String(" 1 conflicts,")), qPrintable(lastRun));
        const RunTableModel *runs = bed.window().historyPage()->runModel();
        QTRY_COMPARE(runs->rowCount(), 2);
        QCOMPARE(runs->index(0, 0).data(RunTableModel::RunIdRole).toLongLong(), summary.runId);
        QCOMPARE(runs->index(0, RunTableModel::ConflictsColumn).data().toInt(), 1);
    }
};

QTEST_MAIN(TestGuiSync)
#include "tst_gui_sync.moc"
