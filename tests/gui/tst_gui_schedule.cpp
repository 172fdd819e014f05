#include "sync/store/profile.h"
#include "tests/gui/guitestbed.h"
#include "ui/desktopapp.h"
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLoggingCategory>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Tandem;
using namespace Tandem::Test;
using namespace Qt::StringLiterals;

namespace {

// A profile folder that points at the sandbox, with the secrets in the environment variables a
// headless run reads (the profile's own connector factory, as the app uses it).
bool writeProfile(const QString &dir, SandboxFixture &sandbox, QString *error)
{
    ProfileSettings settings;
    settings.wixUrl = sandbox.wixUrl().toString();
    settings.wixSiteId = QString::fromLatin1(GuiTestBed::WixSite);
    settings.crmUrl = sandbox.crmUrl().toString();
    settings.crmAuth = QStringLiteral("token");
    settings.phoneRegion = QStringLiteral("NO");
    settings.scheduleMode = QStringLiteral("off");
    qputenv("TANDEM_WIX_API_KEY", GuiTestBed::WixKey);
    qputenv("TANDEM_CRMOFFICE_TOKEN", GuiTestBed::CrmToken);
    return Profile(dir).save(settings, error);
}

Sandbox::SandboxOptions slowSandbox()
{
    Sandbox::SandboxOptions o;
    o.latencyMs = 30;
    o.seed.contacts = 12;
    o.seed.products = 2;
    o.wixApiKey = QString::fromLatin1(GuiTestBed::WixKey);
    o.wixSiteId = QString::fromLatin1(GuiTestBed::WixSite);
    o.crmToken = QString::fromLatin1(GuiTestBed::CrmToken);
    return o;
}

// Sets "every N minutes" in the settings dialog as a user would and presses OK.
bool setIntervalThroughDialog(DesktopApp &app, int minutes)
{
    SettingsDialog *dialog = app.openSettings();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return false;
    auto *mode = dialog->findChild<QComboBox *>(u"scheduleModeCombo"_s);
    auto *spin = dialog->findChild<QSpinBox *>(u"intervalSpin"_s);
    mode->setCurrentIndex(mode->findData(int(Schedule::Mode::Interval)));
    if (!spin->isEnabled())
        return false;
    spin->setValue(minutes);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    return true;
}

} // namespace

class TestGuiSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(
            QStringLiteral("tandem.http.debug=false\ntandem.scheduler.info=false"));
    }

    void testIntervalScheduleIsSavedAndPersists()
    {
        SandboxFixture sandbox(slowSandbox());
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        QTemporaryDir profile;
        QString error;
        QVERIFY2(writeProfile(profile.path(), sandbox, &error), qPrintable(error));
        {
            DesktopApp app(profile.path());
            QVERIFY(!app.scheduler()->nextRunAt().isValid());
            const QDateTime before = QDateTime::currentDateTime();
            QVERIFY(setIntervalThroughDialog(app, 7));
            QCOMPARE(app.scheduler()->schedule().mode, Schedule::Mode::Interval);
            QCOMPARE(app.scheduler()->schedule().intervalMinutes, 7);
            const qint64 wait = before.secsTo(app.scheduler()->nextRunAt());
            QVERIFY2(wait >= 7 * 60 - 2 && wait <= 7 * 60 + 2, qPrintable(QString::number(wait)));

            ProfileSettings saved;
            QVERIFY(Profile(profile.path()).load(&saved, &error));
            QCOMPARE(saved.scheduleMode, QStringLiteral("interval"));
            QCOMPARE(saved.intervalMinutes, 7);
            QCOMPARE(saved.wixUrl, sandbox.wixUrl().toString()); // the rest is kept
        }
        // The next start of the app picks the schedule up again, and so does the dialog.
        DesktopApp again(profile.path());
        QCOMPARE(again.scheduler()->schedule().mode, Schedule::Mode::Interval);
        QCOMPARE(again.scheduler()->schedule().intervalMinutes, 7);
        QVERIFY(again.scheduler()->nextRunAt().isValid());
        SettingsDialog *dialog = again.openSettings();
        QCOMPARE(dialog->schedule().mode, Schedule::Mode::Interval);
        QCOMPARE(dialog->findChild<QSpinBox *>(u"intervalSpin"_s)->value(), 7);
        dialog->reject();
    }

    void testDailyThenOffThroughDialog()
    {
        SandboxFixture sandbox(slowSandbox());
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        QTemporaryDir profile;
        QString error;
        QVERIFY2(writeProfile(profile.path(), sandbox, &error), qPrintable(error));
        DesktopApp app(profile.path());

        SettingsDialog *dialog = app.openSettings();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *mode = dialog->findChild<QComboBox *>(u"scheduleModeCombo"_s);
        auto *time = dialog->findChild<QTimeEdit *>(u"dailyTimeEdit"_s);
        QVERIFY(!time->isEnabled()); // only for "daily"
        mode->setCurrentIndex(mode->findData(int(Schedule::Mode::Daily)));
        QVERIFY(time->isEnabled());
        QVERIFY(!dialog->findChild<QSpinBox *>(u"intervalSpin"_s)->isEnabled());
        time->setTime(QTime(6, 45));
        QPointer<SettingsDialog> closed(dialog);
        dialog->accept();
        QTRY_VERIFY(closed.isNull()); // deleted on close
        QCOMPARE(app.scheduler()->nextRunAt().time(), QTime(6, 45));
        QVERIFY(app.scheduler()->nextRunAt() > QDateTime::currentDateTime());
        ProfileSettings saved;
        QVERIFY(Profile(profile.path()).load(&saved, &error));
        QCOMPARE(saved.scheduleMode, QStringLiteral("daily"));
        QCOMPARE(saved.dailyTime, QTime(6, 45));

        dialog = app.openSettings();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->schedule().dailyAt, QTime(6, 45));
        mode = dialog->findChild<QComboBox *>(u"scheduleModeCombo"_s);
        mode->setCurrentIndex(mode->findData(int(Schedule::Mode::Off)));
        dialog->accept();
        QVERIFY(!app.scheduler()->nextRunAt().isValid());
        QVERIFY(Profile(profile.path()).load(&saved, &error));
        QCOMPARE(saved.scheduleMode, QStringLiteral("off"));
    }

    void testDueSlotStartsOneRunNeverTwo()
    {
        SandboxFixture sandbox(slowSandbox());
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        QTemporaryDir profile;
        QString error;
        QVERIFY2(writeProfile(profile.path(), sandbox, &error), qPrintable(error));
        DesktopApp app(profile.path());
        SyncController *controller = app.controller();
        QSignalSpy started(controller, &SyncController::runStarted);
        QSignalSpy finished(controller, &SyncController::runFinished);
        QSignalSpy skipped(app.scheduler(), &Scheduler::slotSkipped);

        // The scheduler's clock is the test's: time moves when the test says so, and the
        // scheduler's own timer notices.
        QDateTime now = QDateTime::currentDateTime();
        app.scheduler()->setClock([&now] { return now; });
        app.scheduler()->setMaxWait(20); // re-reads the clock every 20 ms
        QVERIFY(setIntervalThroughDialog(app, 1));
        const QDateTime firstSlot = app.scheduler()->nextRunAt();
        QCOMPARE(now.secsTo(firstSlot), 60);
        QTest::qWait(200);
        QCOMPARE(started.size(), 0); // not due yet

        now = firstSlot.addSecs(1);
        QVERIFY(started.wait(5000));
        QVERIFY(controller->isRunning());
        QCOMPARE(started.first().first().toBool(), false); // a real sync, not a preview
        QVERIFY(app.scheduler()->nextRunAt() > now);

        // The next slot comes while the run still goes: skipped, not queued.
        now = app.scheduler()->nextRunAt().addSecs(1);
        QVERIFY(skipped.wait(5000));
        QVERIFY(controller->isRunning());
        QVERIFY(finished.wait(30000));
        const RunSummary summary = finished.first().first().value<RunSummary>();
        QCOMPARE(summary.status, RunRecord::Status::Ok);
        QTest::qWait(300);
        QCOMPARE(started.size(), 1);
        QCOMPARE(finished.size(), 1);

        // The slot after that runs again.
        now = app.scheduler()->nextRunAt().addSecs(1);
        QVERIFY(finished.wait(30000));
        QCOMPARE(started.size(), 2);
    }
};

QTEST_MAIN(TestGuiSchedule)
#include "tst_gui_schedule.moc"
