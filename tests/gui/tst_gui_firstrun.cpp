#include "sync/runtime/synccontroller.h"
#include "tests/cli/clibed.h"
#include "ui/desktopapp.h"
#include "ui/historypage.h"
#include "ui/mainwindow.h"
#include "ui/runentrytablemodel.h"
#include "ui/runtablemodel.h"
#include "ui/setupwizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

// `./tandem.sh run` as a newcomer meets it: `tandem-cli configure` and `tandem-cli sync` with
// the secrets in the environment, then the window opened on that profile in the same
// environment. It must show the synced profile, not the setup again.
class TestGuiFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testTheRunCommandsProfileOpensSynced()
    {
        CliBed bed(CliBed::smallSeed(5, 2));
        QVERIFY(bed.ok());
        const CliResult configured = bed.configure();
        QVERIFY2(configured.exitCode == 0, qPrintable(configured.describe()));
        const CliResult synced = bed.run({QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));

        // The shell that ran tandem-cli starts the window: the same secrets, no keychain entry.
        qputenv("TANDEM_WIX_API_KEY", bed.wixKey().toUtf8());
        qputenv("TANDEM_CRMOFFICE_TOKEN", bed.crmToken().toUtf8());
        QVERIFY(!SetupWizard::needsSetup(bed.profileDir()));
        {
            DesktopApp app(bed.profileDir());
            app.start(false);
            MainWindow *window = app.window();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QCOMPARE(window->findChild<SetupWizard *>(), nullptr);

            auto *wix = window->findChild<QLabel *>(QStringLiteral("wixStatusLabel"));
            auto *crm = window->findChild<QLabel *>(QStringLiteral("crmStatusLabel"));
            QTRY_VERIFY2_WITH_TIMEOUT(
                wix->text().startsWith(QLatin1String("Connected to Wix site "))
                    && wix->text().contains(QLatin1String(": 5 record")),
                qPrintable(wix->text()), 20000);
            QTRY_VERIFY2_WITH_TIMEOUT(
                crm->text().startsWith(QLatin1String("Connected to CRMOffice at http")),
                qPrintable(crm->text()), 20000);

            // The CLI's run, with its counts, in History and on the Overview.
            RunTableModel *runs = window->historyPage()->runModel();
            QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 1, 10000);
            const RunRecord run = runs->runAt(0);
            QCOMPARE(run.status, RunRecord::Status::Ok);
            QCOMPARE(RunTableModel::totalsOf(run).created, 7);
            QCOMPARE(runs->index(0, RunTableModel::CreatedColumn).data().toInt(), 7);
            // What it created, each record by its name, the service's id beside it.
            window->historyPage()->runTable()->selectRow(0);
            RunEntryTableModel *entries = window->historyPage()->entryModel();
            QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 7, 10000);
            for (int row = 0; row < entries->rowCount(); ++row) {
                const QString name =
                    entries->index(row, RunEntryTableModel::RecordColumn).data().toString();
                const QString id =
                    entries->index(row, RunEntryTableModel::IdColumn).data().toString();
                QVERIFY2(!name.isEmpty() && !id.isEmpty() && name != id,
                         qPrintable(name + QLatin1String(" / ") + id));
            }
            auto *lastRun = window->findChild<QLabel *>(QStringLiteral("lastRunLabel"));
            QVERIFY2(lastRun->text().contains(QLatin1String("7 created")),
                     qPrintable(lastRun->text()));

            // Sync now works in the window: nothing left to do, nothing written twice.
            QSignalSpy finished(app.controller(), &SyncController::runFinished);
            QSignalSpy checked(app.controller(), &SyncController::connectionTested);
            QTest::mouseClick(window->findChild<QAbstractButton *>(QStringLiteral("syncNowButton")),
                              Qt::LeftButton);
            QVERIFY(finished.wait(30000));
            const RunSummary again = finished.first().first().value<RunSummary>();
            QVERIFY2(again.status == RunRecord::Status::Ok, qPrintable(again.message));
            QCOMPARE(again.writes(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 2, 10000);
            // The account lines are checked again after the run; the sandbox serves them here.
            QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 20000);
            QVERIFY2(crm->text().startsWith(QLatin1String("Connected to CRMOffice at http")),
                     qPrintable(crm->text()));
        }
        // The environment's secrets went nowhere: not the profile, not its store.
        QCOMPARE(filesContaining(bed.profileDir(), bed.wixKey().toUtf8()), QStringList());
        QCOMPARE(filesContaining(bed.profileDir(), bed.crmToken().toUtf8()), QStringList());
        qunsetenv("TANDEM_WIX_API_KEY");
        qunsetenv("TANDEM_CRMOFFICE_TOKEN");
    }

    // Before the setup is finished there is nothing to sync: the run actions are off and say why.
    void testSyncIsOffUntilTheSetupIsFinished()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QVERIFY(SetupWizard::needsSetup(profile.path()));
        DesktopApp app(profile.path());
        app.start(false);
        MainWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(window->findChild<SetupWizard *>() != nullptr);
        QVERIFY(!window->syncNowAction()->isEnabled());
        QVERIFY(!window->previewAction()->isEnabled());
        QVERIFY(window->syncNowAction()->toolTip().contains(QLatin1String("Set up")));
        auto *phase = window->findChild<QLabel *>(QStringLiteral("phaseLabel"));
        QVERIFY2(phase->text().contains(QLatin1String("Set up")), qPrintable(phase->text()));
        QSignalSpy started(app.controller(), &SyncController::runStarted);
        window->syncNow(); // what a due scheduled run does
        QTest::qWait(100);
        QCOMPARE(started.size(), 0);
    }
};

QTEST_MAIN(TestGuiFirstRun)
#include "tst_gui_firstrun.moc"
