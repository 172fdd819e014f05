#include "sync/credentials/credentialstore.h"
#include "sync/runtime/connectiontester.h"
#include "sync/store/profile.h"
#include "sync/store/statestore.h"
#include "tests/gui/logcapture.h"
#include "tests/gui/sandboxrecords.h"
#include "tests/gui/secretscan.h"
#include "tests/gui/wizarddriver.h"
#include "tests/support/sandboxprocess.h"
#include "ui/crmaccountpage.h"
#include "ui/desktopapp.h"
#include "ui/finishpage.h"
#include "ui/mainwindow.h"
#include "ui/setupwizard.h"
#include "ui/wixaccountpage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;
using namespace Qt::StringLiterals;

namespace {

// Distinctive, and used by no other test, so that anything found can only come from this run.
const QByteArray wixKey = "wix-key-secret-4d9b27e1c08f3a65";
const QByteArray crmToken = "crm-token-secret-b61f0e93a7d2c548";
const QByteArray wixSite = "secrets-test-site";
constexpr int seededContacts = 5;
constexpr int seededProducts = 2;

// Why the real keychain cannot be used here; empty when a Secret Service is reachable.
QString secretServiceMissing()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("no D-Bus session bus: run inside dbus-run-session with an unlocked "
                              "gnome-keyring (run_tests in tandem.sh)");
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusConnectionInterface *names = bus.interface();
    if (names->isServiceRegistered(service).value())
        return {};
    const QDBusReply<QStringList> activatable = names->call(QStringLiteral("ListActivatableNames"));
    if (activatable.isValid() && activatable.value().contains(service))
        return {};
    return QStringLiteral("no Secret Service (%1) on the D-Bus session bus").arg(service);
}

// The lines of `text` holding the secret, the plain secret itself replaced, for a failure
// message that does not spread it further.
QStringList linesHolding(const QByteArray &text, const QByteArray &secret)
{
    const SecretScan scan(secret);
    QStringList lines;
    for (const QByteArray &line : text.split('\n')) {
        if (scan.isIn(line))
            lines << QString::fromUtf8(QByteArray(line).replace(secret, "<secret>")).left(200);
    }
    return lines;
}

// Where QSettings and QStandardPaths put files in test mode (~/.qttest/...): Tandem keeps its
// settings in the profile's profile.json, but a QSettings file written by any part of the app
// (or by Qt on its behalf) lands here.
QStringList settingsFolders()
{
    QStringList folders{QFileInfo(QSettings().fileName()).absolutePath()};
    for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
                          QStandardPaths::GenericDataLocation, QStandardPaths::AppDataLocation,
                          QStandardPaths::GenericCacheLocation, QStandardPaths::CacheLocation})
        folders << QStandardPaths::writableLocation(location);
    folders.removeDuplicates();
    return folders;
}

// The runs and every entry of them as the store keeps them, as text.
QByteArray storedHistory(const QString &profileDir, QString *error)
{
    StateStore store(Profile(profileDir).storePath(), QStringLiteral("tandem.test.secrets"));
    if (const StoreError opened = store.open(); !opened.ok()) {
        *error = opened.message;
        return {};
    }
    QByteArray text;
    for (const RunRecord &run : store.runs().value) {
        text += run.error.toUtf8() + QJsonDocument(run.counts).toJson() + '\n';
        for (const RunEntry &entry : store.entries(run.id).value) {
            text += entry.recordId.toUtf8() + ' ' + entry.token.toUtf8() + ' '
                + entry.message.toUtf8() + QJsonDocument(entry.before).toJson()
                + QJsonDocument(entry.after).toJson() + '\n';
        }
    }
    return text;
}

// A sandbox that accepts only wixKey and crmToken.
QStringList sandboxArguments()
{
    return {QStringLiteral("--wix-api-key"),   QString::fromLatin1(wixKey),
            QStringLiteral("--wix-site-id"),   QString::fromLatin1(wixSite),
            QStringLiteral("--crm-token"),     QString::fromLatin1(crmToken),
            QStringLiteral("--seed-contacts"), QString::number(seededContacts),
            QStringLiteral("--seed-products"), QString::number(seededProducts)};
}

int createdOnCrm(const RunSummary &summary)
{
    int created = 0;
    for (const FlowSummary &flow : summary.flows)
        created += flow.crm.counts.created;
    return created;
}

} // namespace

class TestGuiSecrets : public QObject
{
    Q_OBJECT

private:
    QString m_profileDir; // whose keychain entries cleanup() removes

    // Types the accounts into the wizard the app opened, tests both connections and goes on to
    // the finish page, where the wizard must report the secrets stored in the keychain.
    static void setUpAccounts(SetupWizard &wizard, const SandboxProcess &sandbox)
    {
        ConnectionTester *tester = wizard.findChild<ConnectionTester *>();
        QVERIFY(tester);
        QSignalSpy tested(tester, &ConnectionTester::tested);
        WixAccountPage *wix = wizard.wixPage();
        retype(child<QLineEdit>(wix, "wixUrlEdit"), sandbox.wixUrl().toString());
        retype(child<QLineEdit>(wix, "wixApiKeyEdit"), QString::fromLatin1(wixKey));
        retype(child<QLineEdit>(wix, "wixSiteIdEdit"), QString::fromLatin1(wixSite));
        const QString wixResult = testConnection(wix, "wixTestButton", "wixTestResult");
        QVERIFY2(tested.size() == 1 && tested.first().at(1).toBool(), qPrintable(wixResult));

        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(SetupWizard::CrmPage));
        CrmAccountPage *crm = wizard.crmPage();
        auto *useToken = child<QRadioButton>(crm, "crmTokenRadio");
        useToken->setFocus();
        QTest::keyClick(useToken, Qt::Key_Space);
        QVERIFY(useToken->isChecked());
        retype(child<QLineEdit>(crm, "crmUrlEdit"), sandbox.crmUrl().toString());
        retype(child<QLineEdit>(crm, "crmTokenEdit"), QString::fromLatin1(crmToken));
        const QString crmResult = testConnection(crm, "crmTestButton", "crmTestResult");
        QVERIFY2(tested.size() == 2 && tested.last().at(1).toBool(), qPrintable(crmResult));

        QSignalSpy saved(&wizard, &SetupWizard::saved);
        QVERIFY(goToFinish(wizard));
        const QString status = child<QLabel>(wizard.finishPage(), "saveStatus")->text();
        QCOMPARE(saved.size(), 1);
        QVERIFY2(saved.first().first().toBool(), qPrintable(status));
    }

    // Neither the profile folder, the settings folders, the store's runs and their entries nor
    // `log` hold `secret`; each place is first checked to hold what it should, so that an
    // empty search means something.
    static void checkNothingHolds(const QByteArray &secret, const QString &profileDir,
                                  const QByteArray &log)
    {
        QVERIFY(QFile::exists(Profile(profileDir).settingsPath()));
        QVERIFY(QFile::exists(Profile(profileDir).storePath()));
        QString storeError;
        const QByteArray history = storedHistory(profileDir, &storeError);
        QVERIFY2(storeError.isEmpty(), qPrintable(storeError));
        QVERIFY2(!history.isEmpty(), "the store has no run");
        QVERIFY2(log.contains("tandem.http: "), "the capture missed the HTTP client's lines");

        for (const QString &folder : QStringList{profileDir} + settingsFolders()) {
            const QStringList files = filesHolding(folder, secret);
            QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
        }
        QVERIFY2(!SecretScan(secret).isIn(history), "a run or run entry in the store");
        const QStringList lines = linesHolding(log, secret);
        QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    }

    // The first start of the app on an empty profile: the setup, then "Sync now" in the main
    // window once the app has tested both accounts with the secrets it read back.
    void setUpAndSync(const QString &profileDir, const SandboxProcess &sandbox, RunSummary *summary,
                      QByteArray *shown)
    {
        DesktopApp app(profileDir);
        connect(app.controller(), &SyncController::logLine, this,
                [shown](const QString &line) { *shown += line.toUtf8() + '\n'; });
        QSignalSpy tested(app.controller(), &SyncController::connectionTested);
        app.start(false);
        auto *wizard = app.window()->findChild<SetupWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        setUpAccounts(*wizard, sandbox);
        if (QTest::currentTestFailed())
            return;
        auto *dryRun = child<QCheckBox>(wizard->finishPage(), "dryRunCheck");
        QTest::mouseClick(dryRun, Qt::LeftButton);
        QVERIFY(!dryRun->isChecked());
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 15000);
        for (const QList<QVariant> &result : std::as_const(tested)) {
            *shown += result.at(2).toString().toUtf8() + '\n';
            QVERIFY2(result.at(1).toBool(), qPrintable(result.at(2).toString()));
        }
        *summary = syncNow(app);
    }

    // Clicks "Sync now" in the main window and waits for the run to finish.
    static RunSummary syncNow(DesktopApp &app)
    {
        QSignalSpy finished(app.controller(), &SyncController::runFinished);
        QTest::mouseClick(
            app.window()->findChild<QAbstractButton *>(QStringLiteral("syncNowButton")),
            Qt::LeftButton);
        if (!finished.wait(30000)) {
            RunSummary timedOut;
            timedOut.status = RunRecord::Status::Failed;
            timedOut.message = QStringLiteral("the run did not finish in 30 s");
            return timedOut;
        }
        return finished.first().first().value<RunSummary>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Only the keychain may hand the secrets to the sync.
        qunsetenv("TANDEM_WIX_API_KEY");
        qunsetenv("TANDEM_CRMOFFICE_TOKEN");
    }

    void cleanup()
    {
        if (m_profileDir.isEmpty())
            return;
        CredentialStore keychain(m_profileDir);
        for (Secret which : {Secret::WixApiKey, Secret::CrmAccessToken, Secret::CrmRefreshToken})
            keychain.removeNow(which, nullptr);
        m_profileDir.clear();
    }

    // The scan itself: a secret inside a Basic header, base64url or hex is still seen.
    void testScanFindsEncodedSecrets()
    {
        const SecretScan scan(wixKey);
        QVERIFY(scan.isIn(QByteArray("x-api-key: ") + wixKey));
        QVERIFY(scan.isIn("Authorization: Basic " + QByteArray("user:" + wixKey).toBase64()));
        QVERIFY(scan.isIn(QByteArray("ab" + wixKey + "?").toBase64(QByteArray::Base64UrlEncoding)));
        QVERIFY(scan.isIn(QByteArray("{\"k\":\"" + wixKey + "\"}").toHex()));
        const QString wide = QString::fromLatin1(wixKey);
        QVERIFY(
            scan.isIn(QByteArray(reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2)));
        QVERIFY(!scan.isIn(QByteArray("wix-key-secret-4d9b27e1c08f3a6"))); // one short
        QVERIFY(!scan.isIn(crmToken + crmToken.toBase64()));
    }

    // Issue 6: a full setup and sync with the real keychain leaves neither secret in the
    // profile folder, a settings file, the store's history or any log line.
    void testSetupAndSyncLeaveNoSecretBehind()
    {
        const QString noKeychain = secretServiceMissing();
        if (!noKeychain.isEmpty())
            QSKIP(qPrintable(noKeychain));
        SandboxProcess sandbox(sandboxArguments());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        m_profileDir = profile.path();

        LogCapture::start();
        const auto stopCapture = qScopeGuard(&LogCapture::stop);
        QByteArray shown; // what the app said to the user: run log lines, connection results
        RunSummary summary;
        setUpAndSync(profile.path(), sandbox, &summary, &shown);
        if (QTest::currentTestFailed())
            return;
        LogCapture::stop();

        QVERIFY2(summary.status == RunRecord::Status::Ok, qPrintable(summary.message));
        QCOMPARE(createdOnCrm(summary), seededContacts + seededProducts);
        QVERIFY(SandboxRecords::writeCount(sandbox.stats(SandboxSide::Crm))
                >= seededContacts + seededProducts);
        CredentialStore keychain(profile.path());
        QCOMPARE(keychain.readNow(Secret::WixApiKey, nullptr).value_or(QString()),
                 QString::fromLatin1(wixKey));
        QCOMPARE(keychain.readNow(Secret::CrmAccessToken, nullptr).value_or(QString()),
                 QString::fromLatin1(crmToken));

        const QByteArray log = LogCapture::text() + shown + QJsonDocument(summary.toJson()).toJson()
            + summary.message.toUtf8();
        for (const QByteArray &secret : {wixKey, crmToken}) {
            checkNothingHolds(secret, profile.path(), log);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Secrets the services refuse fail the run, and what it sent leaves no trace either: error
    // paths are where a request, or an answer echoing it, tends to get logged.
    void testRefusedSecretsLeaveNoTraceEither()
    {
        const QString noKeychain = secretServiceMissing();
        if (!noKeychain.isEmpty())
            QSKIP(qPrintable(noKeychain));
        SandboxProcess sandbox(sandboxArguments());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        m_profileDir = profile.path();
        ProfileSettings settings;
        settings.wixUrl = sandbox.wixUrl().toString();
        settings.wixSiteId = QString::fromLatin1(wixSite);
        settings.crmUrl = sandbox.crmUrl().toString();
        settings.crmAuth = QStringLiteral("token");
        settings.phoneRegion = QStringLiteral("NO");
        settings.scheduleMode = QStringLiteral("off");
        QString error;
        QVERIFY2(Profile(profile.path()).save(settings, &error), qPrintable(error));
        const QByteArray refusedKey = "wix-key-refused-83c1e07d5a9f42b6";
        const QByteArray refusedToken = "crm-token-refused-2f9d6b41e8a3c057";
        CredentialStore keychain(profile.path());
        QVERIFY2(keychain.writeNow(Secret::WixApiKey, QString::fromLatin1(refusedKey), &error),
                 qPrintable(error));
        QVERIFY2(
            keychain.writeNow(Secret::CrmAccessToken, QString::fromLatin1(refusedToken), &error),
            qPrintable(error));

        LogCapture::start();
        const auto stopCapture = qScopeGuard(&LogCapture::stop);
        QByteArray shown;
        RunSummary summary;
        {
            DesktopApp app(profile.path());
            connect(app.controller(), &SyncController::logLine, this,
                    [&shown](const QString &line) { shown += line.toUtf8() + '\n'; });
            QSignalSpy tested(app.controller(), &SyncController::connectionTested);
            app.start(false);
            QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 15000);
            for (const QList<QVariant> &result : std::as_const(tested)) {
                shown += result.at(2).toString().toUtf8() + '\n';
                QVERIFY2(!result.at(1).toBool(), qPrintable(result.at(2).toString()));
            }
            summary = syncNow(app);
        }
        LogCapture::stop();

        QVERIFY2(summary.status == RunRecord::Status::Failed, qPrintable(summary.message));
        QVERIFY(!summary.message.isEmpty());
        const QByteArray log = LogCapture::text() + shown + QJsonDocument(summary.toJson()).toJson()
            + summary.message.toUtf8();
        for (const QByteArray &secret : {refusedKey, refusedToken}) {
            checkNothingHolds(secret, profile.path(), log);
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_MAIN(TestGuiSecrets)
#include "tst_gui_secrets.moc"
