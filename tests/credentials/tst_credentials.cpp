#include "sync/credentials/credentialstore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Tandem;

Q_DECLARE_METATYPE(Tandem::Secret)

// CredentialStore against the session's real keychain. The suite runner (run_tests in tandem.sh)
// gives each run a D-Bus session with an unlocked gnome-keyring; outside it these tests skip.
class TestCredentials : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QStringList m_profiles;

    // A fresh profile folder per test, so runs never see each other's keys.
    QString newProfile()
    {
        const QString dir = m_root.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QDir().mkpath(dir);
        m_profiles << dir;
        return dir;
    }

    static QString uniqueSecret(const char *label)
    {
        return QStringLiteral("%1-%2").arg(QLatin1String(label),
                                           QUuid::createUuid().toString(QUuid::Id128));
    }

    // Every file under `dir` (and the test-mode settings and data folders) that holds `secret`.
    static QStringList filesHolding(const QStringList &dirs, const QString &secret)
    {
        QStringList found;
        for (const QString &dir : dirs) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
                    found << file.fileName();
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Tandem::Secret>("Tandem::Secret");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_root.isValid());
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through the suite runner (run_tests in tandem.sh)");
    }

    void cleanupTestCase()
    {
        for (const QString &dir : std::as_const(m_profiles)) {
            CredentialStore store(dir);
            for (Secret which :
                 {Secret::WixApiKey, Secret::CrmAccessToken, Secret::CrmRefreshToken})
                store.removeNow(which, nullptr);
        }
    }

    // First, so it is the process's first keychain use: QtKeychain runs every job through one
    // executor, made on first use; a first use from a worker thread that then ends must not
    // leave later jobs (from any thread) waiting for ever.
    void testReadNowFromWorkerThreadThenMainThread()
    {
        const QString dir = newProfile();
        const QString secret = uniqueSecret("thread");
        QString error;
        QVERIFY2(CredentialStore(dir).writeNow(Secret::WixApiKey, secret, &error),
                 qPrintable(error));
        for (int round = 0; round < 2; ++round) {
            QString fromWorker;
            QThread *thread = QThread::create([&fromWorker, dir] {
                QString why;
                fromWorker = CredentialStore(dir).readNow(Secret::WixApiKey, &why).value_or(why);
            });
            QSignalSpy finished(thread, &QThread::finished);
            thread->start();
            QVERIFY(finished.wait(10000));
            delete thread;
            QCOMPARE(fromWorker, secret);
        }
        QCOMPARE(CredentialStore(dir).readNow(Secret::WixApiKey, &error).value_or(error), secret);
    }

    void testKeyIsProfileFolderPlusSecretName()
    {
        const QString dir = newProfile();
        CredentialStore store(dir + QStringLiteral("/../") + QFileInfo(dir).fileName());
        QCOMPARE(store.keyFor(Secret::WixApiKey), dir + QStringLiteral("/wix-api-key"));
        QCOMPARE(store.keyFor(Secret::CrmRefreshToken),
                 dir + QStringLiteral("/crmoffice-refresh-token"));
    }

    void testWriteReadOverwriteRemove()
    {
        CredentialStore store(newProfile());
        QString error;
        std::optional<QString> read = store.readNow(Secret::WixApiKey, &error);
        QVERIFY2(!read && error.isEmpty(), qPrintable(error)); // not stored is not an error

        const QString first = uniqueSecret("first");
        QVERIFY2(store.writeNow(Secret::WixApiKey, first, &error), qPrintable(error));
        read = store.readNow(Secret::WixApiKey, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, first);

        const QString second = uniqueSecret("second");
        QVERIFY2(store.writeNow(Secret::WixApiKey, second, &error), qPrintable(error));
        QCOMPARE(store.readNow(Secret::WixApiKey, &error).value_or(QString()), second);
        // The other secrets of the profile are separate entries.
        QVERIFY(!store.readNow(Secret::CrmAccessToken, &error));

        QVERIFY2(store.removeNow(Secret::WixApiKey, &error), qPrintable(error));
        QVERIFY(!store.readNow(Secret::WixApiKey, &error));
        QVERIFY(error.isEmpty());
        QVERIFY2(store.removeNow(Secret::WixApiKey, &error), "removing twice is fine");
    }

    void testProfilesDoNotSeeEachOther()
    {
        CredentialStore one(newProfile());
        CredentialStore two(newProfile());
        const QString secretOne = uniqueSecret("one");
        const QString secretTwo = uniqueSecret("two");
        QString error;
        QVERIFY2(one.writeNow(Secret::CrmAccessToken, secretOne, &error), qPrintable(error));
        QVERIFY(!two.readNow(Secret::CrmAccessToken, &error));
        QVERIFY2(two.writeNow(Secret::CrmAccessToken, secretTwo, &error), qPrintable(error));
        QCOMPARE(one.readNow(Secret::CrmAccessToken, &error).value_or(QString()), secretOne);
        QCOMPARE(two.readNow(Secret::CrmAccessToken, &error).value_or(QString()), secretTwo);
        QVERIFY(two.removeNow(Secret::CrmAccessToken, &error));
        QCOMPARE(one.readNow(Secret::CrmAccessToken, &error).value_or(QString()), secretOne);
    }

    void testAsyncSignals()
    {
        CredentialStore store(newProfile());
        QSignalSpy written(&store, &CredentialStore::secretWritten);
        QSignalSpy read(&store, &CredentialStore::secretRead);
        QSignalSpy removed(&store, &CredentialStore::secretRemoved);
        QSignalSpy failed(&store, &CredentialStore::failed);
        const QString secret = uniqueSecret("async");

        store.write(Secret::CrmRefreshToken, secret);
        QVERIFY(written.wait());
        QCOMPARE(written.first().first().value<Secret>(), Secret::CrmRefreshToken);

        store.read(Secret::CrmRefreshToken);
        QVERIFY(read.wait());
        QCOMPARE(read.last().at(0).value<Secret>(), Secret::CrmRefreshToken);
        QCOMPARE(read.last().at(1).toString(), secret);

        store.remove(Secret::CrmRefreshToken);
        QVERIFY(removed.wait());
        store.read(Secret::CrmRefreshToken);
        QVERIFY(read.wait());
        QCOMPARE(read.last().at(1).toString(), QString()); // gone: read answers empty
        QCOMPARE(failed.count(), 0);
    }

    void testNothingLandsInProfileFolderOrSettings()
    {
        const QString dir = newProfile();
        CredentialStore store(dir);
        const QString wix = uniqueSecret("wix");
        const QString crm = uniqueSecret("crm");
        QString error;
        QVERIFY2(store.writeNow(Secret::WixApiKey, wix, &error), qPrintable(error));
        QVERIFY2(store.writeNow(Secret::CrmAccessToken, crm, &error), qPrintable(error));
        const QStringList places{
            dir, QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)};
        QCOMPARE(filesHolding(places, wix), QStringList());
        QCOMPARE(filesHolding(places, crm), QStringList());
        QVERIFY(QDir(dir).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
