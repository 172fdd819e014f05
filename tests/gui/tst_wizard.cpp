#include "sync/credentials/credentialstore.h"
#include "sync/runtime/loopbackprobe.h"
#include "sync/runtime/sandboxlauncher.h"
#include "sync/store/profile.h"
#include "tests/gui/eventloopprobe.h"
#include "tests/gui/guitestbed.h"
#include "tests/gui/secretscan.h"
#include "tests/gui/wizarddriver.h"
#include "ui/crmaccountpage.h"
#include "ui/desktopapp.h"
#include "ui/finishpage.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"
#include "ui/plantablemodel.h"
#include "ui/setupwizard.h"
#include "ui/wixaccountpage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

Sandbox::SandboxOptions sandboxOptions()
{
    Sandbox::SandboxOptions o;
    o.latencyMs = 150; // a connection test long enough for the probe to see a blocked thread
    o.seed.contacts = 6;
    o.seed.products = 2;
    o.wixApiKey = QString::fromLatin1(GuiTestBed::WixKey);
    o.wixSiteId = QString::fromLatin1(GuiTestBed::WixSite);
    o.crmToken = QString::fromLatin1(GuiTestBed::CrmToken);
    return o;
}

// Accounts on a loopback port nothing listens on (one the system just handed out, closed
// again), as a sandbox that has stopped leaves them.
ProfileSettings stoppedSandboxAccounts()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    server.close();
    ProfileSettings s;
    s.wixUrl = dead;
    s.wixSiteId = QStringLiteral("sandbox-site");
    s.crmUrl = dead + QStringLiteral("/api/v1");
    s.crmAuth = QStringLiteral("token");
    return s;
}

// Each file's bytes, by its name; SQLite's side files (-wal, -shm) come and go with readers.
QHash<QString, QByteArray> filesOf(const QString &dir)
{
    QHash<QString, QByteArray> files;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        if (info.fileName().endsWith(QLatin1String("-wal"))
            || info.fileName().endsWith(QLatin1String("-shm")))
            continue;
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            files.insert(info.fileName(), file.readAll());
    }
    return files;
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.http.debug=false"));
    }

    void testFilledFieldsReachFinishAndSaveProfile()
    {
        SandboxFixture sandbox(sandboxOptions());
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        QTemporaryDir profile;
        QVERIFY(SetupWizard::needsSetup(profile.path()));
        SetupWizard wizard(profile.path(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(SetupWizard::WixPage));
        WixAccountPage *wix = wizard.wixPage();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        retype(child<QLineEdit>(wix, "wixUrlEdit"), sandbox.wixUrl().toString());
        retype(child<QLineEdit>(wix, "wixSiteIdEdit"), QString::fromLatin1(GuiTestBed::WixSite));

        // A wrong key: the error in words, and never the key itself.
        const QString wrongKey = QStringLiteral("wrong-key-3b8e1d");
        retype(child<QLineEdit>(wix, "wixApiKeyEdit"), wrongKey);
        const QString refused = testConnection(wix, "wixTestButton", "wixTestResult");
        qInfo("wrong key: %s", qPrintable(refused));
        QVERIFY2(refused.contains(QLatin1String("did not accept the credentials")),
                 qPrintable(refused));
        QVERIFY(!refused.contains(QLatin1String("6 contacts")));
        QVERIFY(!refused.contains(wrongKey));
        QVERIFY(!refused.contains(QLatin1Char('{'))); // not a raw response body

        // No server at the address: said as such.
        auto *url = child<QLineEdit>(wix, "wixUrlEdit");
        retype(url, QStringLiteral("http://127.0.0.1:1"));
        const QString unreachable = testConnection(wix, "wixTestButton", "wixTestResult");
        QVERIFY2(unreachable.contains(QLatin1String("could not be reached")),
                 qPrintable(unreachable));
        retype(url, sandbox.wixUrl().toString());

        retype(child<QLineEdit>(wix, "wixApiKeyEdit"), QString::fromLatin1(GuiTestBed::WixKey));
        QVERIFY(child<QLabel>(wix, "wixTestResult")->text().isEmpty()); // an edit clears it
        EventLoopProbe probe;
        probe.start();
        const QString connected = testConnection(wix, "wixTestButton", "wixTestResult");
        probe.stop();
        QVERIFY2(probe.maxGapMs() < 100,
                 qPrintable(QStringLiteral("the GUI thread did not answer "
                                           "for %1 ms")
                                .arg(probe.maxGapMs())));
        QVERIFY2(connected.contains(QLatin1String("6")) && !connected.startsWith(refused.left(6)),
                 qPrintable(connected));

        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::CrmPage));
        CrmAccountPage *crm = wizard.crmPage();
        auto *useToken = child<QRadioButton>(crm, "crmTokenRadio");
        useToken->setFocus();
        QTest::keyClick(useToken, Qt::Key_Space); // as a keyboard user picks it
        QVERIFY(useToken->isChecked());
        retype(child<QLineEdit>(crm, "crmUrlEdit"), sandbox.crmUrl().toString());
        retype(child<QLineEdit>(crm, "crmTokenEdit"), QString::fromLatin1(GuiTestBed::CrmToken));
        const QString crmResult = testConnection(crm, "crmTestButton", "crmTestResult");
        QVERIFY2(!crmResult.isEmpty() && !crmResult.startsWith(refused.left(6)),
                 qPrintable(crmResult));

        QVERIFY(goToFinish(wizard));
        QSignalSpy accepted(&wizard, &QDialog::accepted);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);

        ProfileSettings saved;
        QString error;
        QVERIFY2(Profile(profile.path()).load(&saved, &error), qPrintable(error));
        QCOMPARE(saved.wixUrl, sandbox.wixUrl().toString());
        QCOMPARE(saved.wixSiteId, QString::fromLatin1(GuiTestBed::WixSite));
        QCOMPARE(saved.crmUrl, sandbox.crmUrl().toString());
        QCOMPARE(saved.crmAuth, QStringLiteral("token"));
        QVERIFY(!SetupWizard::needsSetup(profile.path()));
        QCOMPARE(filesHolding(profile.path(), GuiTestBed::WixKey), QStringList());
        QCOMPARE(filesHolding(profile.path(), GuiTestBed::CrmToken), QStringList());
    }

    void testTryWithSandboxDataFillsEverything()
    {
        QTemporaryDir profile;
        QTemporaryDir sandboxHome;
        const QString sandboxDir = sandboxHome.filePath(QStringLiteral("sandbox"));
        SandboxLauncher launcher;
        launcher.setStartTimeout(20000);
        SetupWizard wizard(profile.path(), &launcher);
        wizard.setSandboxProfileDir(sandboxDir);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WixAccountPage *wix = wizard.wixPage();
        QSignalSpy started(&launcher, &SandboxLauncher::started);
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        QTest::mouseClick(child<QAbstractButton>(wix, "sandboxButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 20000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wix->url(), launcher.wixUrl().toString());

        const QString connected = testConnection(wix, "wixTestButton", "wixTestResult");
        QVERIFY2(connected.contains(QRegularExpression(QStringLiteral("\\d+"))),
                 qPrintable(connected));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::CrmPage));
        QCOMPARE(wizard.crmPage()->url(), launcher.crmUrl().toString());
        QVERIFY(goToFinish(wizard));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        // The try is saved apart, as a sandbox profile; the profile the setup was for is not.
        QCOMPARE(wizard.savedProfileDir(), sandboxDir);
        ProfileSettings saved;
        QVERIFY(Profile(sandboxDir).load(&saved, nullptr));
        QCOMPARE(saved.wixUrl, launcher.wixUrl().toString());
        QCOMPARE(saved.crmAuth, QStringLiteral("token"));
        QVERIFY(saved.sandbox);
        QCOMPARE(QDir(profile.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());
        launcher.stop();
    }

    // The first start of the app: no accounts, so the wizard opens; the sandbox path through
    // Finish with the dry run ticked ends in a preview of the sandbox's records on the Overview,
    // in a window on the sandbox's own profile. The next start finds the setup again.
    void testFirstStartThroughSandboxEndsInPreview()
    {
        QTemporaryDir profile;
        QTemporaryDir sandboxHome;
        const QString sandboxDir = sandboxHome.filePath(QStringLiteral("sandbox"));
        // Without a keychain (a headless run) the secrets come from where tandem-cli reads them.
        qputenv("TANDEM_WIX_API_KEY", "sandbox-api-key");
        qputenv("TANDEM_CRMOFFICE_TOKEN", "sandbox-token");
        DesktopApp app(profile.path());
        app.setSandboxProfileDir(sandboxDir);
        app.start(false);
        auto *wizard = app.window()->findChild<SetupWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QTest::mouseClick(child<QAbstractButton>(wizard->wixPage(), "sandboxButton"),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(goToFinish(*wizard));
        const QString saveStatus = child<QLabel>(wizard->finishPage(), "saveStatus")->text();
        qInfo("finish page: %s", qPrintable(saveStatus));
        QVERIFY2(saveStatus.contains(QLatin1String("keychain"))
                     && saveStatus.contains(QLatin1String("sandbox")),
                 qPrintable(saveStatus));
        QVERIFY(child<QCheckBox>(wizard->finishPage(), "dryRunCheck")->isChecked());

        QSignalSpy opened(&app, &DesktopApp::profileOpened);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(opened.wait(10000));
        QCOMPARE(app.profileDir(), sandboxDir);
        QVERIFY2(app.window()->windowTitle().contains(QLatin1String("sandbox")),
                 qPrintable(app.window()->windowTitle()));
        QVERIFY(app.window()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(app.window()->overviewPage()->planModel()->rowCount() > 0, 30000);
        QVERIFY(app.window()->syncNowAction()->isEnabled());
        QVERIFY(!SetupWizard::needsSetup(sandboxDir));
        // The profile the app started on was not written: its next start offers the setup.
        QVERIFY(SetupWizard::needsSetup(profile.path()));
        QVERIFY(!QFileInfo::exists(Profile(profile.path()).settingsPath()));
        QCOMPARE(filesHolding(sandboxDir, "sandbox-api-key"), QStringList());
        QCOMPARE(filesHolding(sandboxDir, "sandbox-token"), QStringList());
    }

    // A user with accounts tries the sandbox from the setup: their profile's files and keychain
    // entries stay exactly as they were, and the setup from the sandbox's window is theirs.
    void testSandboxTryLeavesTheUsersProfileAlone()
    {
        Sandbox::SandboxOptions realOptions = sandboxOptions();
        realOptions.latencyMs = 0;
        SandboxFixture real(realOptions);
        QVERIFY(real.isRunning());
        QTemporaryDir profile;
        QTemporaryDir sandboxHome;
        const QString sandboxDir = sandboxHome.filePath(QStringLiteral("sandbox"));
        ProfileSettings mine;
        mine.wixUrl = real.wixUrl().toString();
        mine.wixSiteId = QString::fromLatin1(GuiTestBed::WixSite);
        mine.crmUrl = real.crmUrl().toString();
        mine.crmAuth = QStringLiteral("token");
        mine.scheduleMode = QStringLiteral("daily");
        QVERIFY(Profile(profile.path()).save(mine, nullptr));
        // Secrets of the user's own, where a keychain is running (`./tandem.sh test`).
        CredentialStore keychain(profile.path());
        QString error;
        const bool withKeychain =
            keychain.writeNow(Secret::WixApiKey, QStringLiteral("users-own-wix-key"), &error)
            && keychain.writeNow(Secret::CrmAccessToken, QStringLiteral("users-own-token"), &error);
        if (!withKeychain)
            qWarning("no keychain, its entries are not checked: %s", qPrintable(error));
        qputenv("TANDEM_WIX_API_KEY", "sandbox-api-key");
        qputenv("TANDEM_CRMOFFICE_TOKEN", "sandbox-token");

        const auto started = [&](DesktopApp &app) {
            app.setSandboxProfileDir(sandboxDir);
            app.start(false);
            auto *wix = app.window()->findChild<QLabel *>(QStringLiteral("wixStatusLabel"));
            const QString unchecked = wix->text();
            return QTest::qWaitForWindowExposed(app.window())
                && QTest::qWaitFor([&] { return wix->text() != unchecked; }, 15000);
        };
        { // the store as an earlier start of the app left it
            DesktopApp earlier(profile.path());
            QVERIFY(started(earlier));
        }
        const QHash<QString, QByteArray> before = filesOf(profile.path());
        QVERIFY(before.contains(QStringLiteral("profile.json")));
        QVERIFY(before.contains(QStringLiteral("state.sqlite")));
        DesktopApp app(profile.path());
        QVERIFY(started(app));
        QCOMPARE(app.window()->windowTitle(), QStringLiteral("Tandem"));

        SetupWizard *wizard = app.openSetup();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QTest::mouseClick(child<QAbstractButton>(wizard->wixPage(), "sandboxButton"),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(goToFinish(*wizard));
        child<QCheckBox>(wizard->finishPage(), "dryRunCheck")->setChecked(false);
        QSignalSpy opened(&app, &DesktopApp::profileOpened);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(opened.wait(10000));
        QCOMPARE(app.profileDir(), sandboxDir);
        QVERIFY(app.window()->windowTitle().contains(QLatin1String("sandbox")));

        QCOMPARE(filesOf(profile.path()).keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(filesOf(profile.path()).value(it.key()) == it.value(), qPrintable(it.key()));
        if (withKeychain) {
            QCOMPARE(keychain.readNow(Secret::WixApiKey, nullptr).value_or(QString()),
                     QStringLiteral("users-own-wix-key"));
            QCOMPARE(keychain.readNow(Secret::CrmAccessToken, nullptr).value_or(QString()),
                     QStringLiteral("users-own-token"));
        }

        // The setup from the sandbox's window is for the user's profile, with what it holds.
        wizard = app.openSetup();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->wixPage()->url(), mine.wixUrl);
        wizard->reject();
        if (withKeychain) {
            keychain.removeNow(Secret::WixApiKey, nullptr);
            keychain.removeNow(Secret::CrmAccessToken, nullptr);
        }
    }

    // The next start on a profile whose accounts were a sandbox that has stopped: nothing
    // listens there, so the setup opens again, saying why, and nothing waits on the network.
    void testDeadLoopbackAccountsOfferTheSetup()
    {
        const ProfileSettings left = stoppedSandboxAccounts();
        const QString dead = left.wixUrl;
        QTemporaryDir profile;
        QVERIFY(Profile(profile.path()).save(left, nullptr));
        QVERIFY(!SetupWizard::needsSetup(profile.path()));

        DesktopApp app(profile.path());
        EventLoopProbe probe;
        probe.start();
        app.start(false);
        QTRY_VERIFY_WITH_TIMEOUT(app.window()->findChild<SetupWizard *>() != nullptr, 3000);
        probe.stop();
        QVERIFY2(probe.maxGapMs() < 100, qPrintable(QString::number(probe.maxGapMs())));
        auto *wizard = app.window()->findChild<SetupWizard *>();
        QTRY_VERIFY(wizard->isVisible());
        const QString why = child<QLabel>(wizard->wixPage(), "sandboxStatus")->text();
        QVERIFY2(why.contains(dead), qPrintable(why));
        QVERIFY(!app.window()->syncNowAction()->isEnabled());
        QCOMPARE(app.profileDir(), profile.path());
    }

    // A sandbox profile whose sandbox has stopped gets it back: the servers start again and
    // the profile points at them, its state fresh; the window says it is the sandbox.
    void testSandboxProfileRestartsItsSandbox()
    {
        ProfileSettings left = stoppedSandboxAccounts();
        left.sandbox = true;
        const QString dead = left.wixUrl;
        QTemporaryDir sandboxHome;
        const QString sandboxDir = sandboxHome.filePath(QStringLiteral("sandbox"));
        QVERIFY(Profile(sandboxDir).save(left, nullptr));
        QFile stale(Profile(sandboxDir).storePath());
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();

        DesktopApp app(sandboxDir);
        QSignalSpy opened(&app, &DesktopApp::profileOpened);
        app.start(false);
        QVERIFY(opened.wait(20000));
        QCOMPARE(app.window()->findChild<SetupWizard *>(), nullptr);
        QVERIFY(app.window()->windowTitle().contains(QLatin1String("sandbox")));
        ProfileSettings now;
        QVERIFY(Profile(sandboxDir).load(&now, nullptr));
        QVERIFY(now.sandbox);
        QVERIFY(now.wixUrl != dead);
        LoopbackProbe check;
        QSignalSpy checked(&check, &LoopbackProbe::checked);
        check.check(now);
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first().first().toStringList(), QStringList());
        QVERIFY(app.window()->syncNowAction()->isEnabled());
    }

    // The sandbox try synced, then the real accounts through the setup: the finish page says
    // where the try's state went, and the next sync links the real records, deleting nothing.
    void testOtherAccountsStartAFreshState()
    {
        Sandbox::SandboxOptions tryOptions = sandboxOptions();
        tryOptions.latencyMs = 0;
        tryOptions.wixSiteId = QStringLiteral("sandbox-site");
        SandboxFixture tried(tryOptions);
        Sandbox::SandboxOptions realOptions = sandboxOptions();
        realOptions.latencyMs = 0;
        realOptions.seed.contacts = 4;
        SandboxFixture real(realOptions);
        QVERIFY(tried.isRunning() && real.isRunning());
        QTemporaryDir profile;
        ProfileSettings s;
        s.wixUrl = tried.wixUrl().toString();
        s.wixSiteId = tryOptions.wixSiteId;
        s.crmUrl = tried.crmUrl().toString();
        s.crmAuth = QStringLiteral("token");
        QVERIFY(Profile(profile.path()).save(s, nullptr));
        qputenv("TANDEM_WIX_API_KEY", GuiTestBed::WixKey);
        qputenv("TANDEM_CRMOFFICE_TOKEN", GuiTestBed::CrmToken);
        DesktopApp app(profile.path());
        QSignalSpy finished(app.controller(), &SyncController::runFinished);
        RunOptions contacts;
        contacts.flowIds = {QStringLiteral("contacts")};
        app.controller()->start(contacts);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().first().value<RunSummary>().status, RunRecord::Status::Ok);

        SetupWizard *wizard = app.openSetup();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        WixAccountPage *wix = wizard->wixPage();
        retype(child<QLineEdit>(wix, "wixUrlEdit"), real.wixUrl().toString());
        retype(child<QLineEdit>(wix, "wixSiteIdEdit"), QString::fromLatin1(GuiTestBed::WixSite));
        retype(child<QLineEdit>(wix, "wixApiKeyEdit"), QString::fromLatin1(GuiTestBed::WixKey));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        CrmAccountPage *crm = wizard->crmPage();
        child<QRadioButton>(crm, "crmTokenRadio")->click();
        retype(child<QLineEdit>(crm, "crmUrlEdit"), real.crmUrl().toString());
        retype(child<QLineEdit>(crm, "crmTokenEdit"), QString::fromLatin1(GuiTestBed::CrmToken));
        QVERIFY(goToFinish(*wizard));
        auto *note = child<QLabel>(wizard->finishPage(), "stateNote");
        QTRY_VERIFY_WITH_TIMEOUT(!note->text().isEmpty(), 15000);
        static const QRegularExpression backupPath(
            QStringLiteral("(\\S+/state-\\S+\\.sqlite\\.bak)"));
        const QRegularExpressionMatch named = backupPath.match(note->text());
        QVERIFY2(named.hasMatch(), qPrintable(note->text()));
        QVERIFY(QFileInfo(named.captured(1)).isFile());
        child<QCheckBox>(wizard->finishPage(), "dryRunCheck")->setChecked(false);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

        app.controller()->start(contacts);
        QVERIFY(finished.wait(30000));
        const RunSummary synced = finished.takeFirst().first().value<RunSummary>();
        QVERIFY2(synced.status == RunRecord::Status::Ok, qPrintable(synced.message));
        QCOMPARE(synced.flows.first().wix.counts.deleted, 0);
        QCOMPARE(synced.flows.first().crm.counts.deleted, 0);
        QCOMPARE(synced.flows.first().crm.counts.created, 4);
        qunsetenv("TANDEM_WIX_API_KEY");
        qunsetenv("TANDEM_CRMOFFICE_TOKEN");
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
