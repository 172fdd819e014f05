#include "sync/store/profile.h"
#include "sync/store/statestore.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Tandem;

namespace {

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

ProfileSettings fullSettings()
{
    ProfileSettings s;
    s.wixUrl = QStringLiteral("https://www.wixapis.com");
    s.wixSiteId = QStringLiteral("9f1c2d3e-site");
    s.crmUrl = QStringLiteral("http://127.0.0.1:41234/api");
    s.crmAuth = QStringLiteral("oauth");
    s.phoneRegion = QStringLiteral("NO");
    s.language = QStringLiteral("nb");
    s.scheduleMode = QStringLiteral("daily");
    s.intervalMinutes = 15;
    s.dailyTime = QTime(6, 45);
    s.startAtLogin = true;
    s.trayNoticeShown = true;
    s.requestWindow = 4;
    s.wixRequestsPerSecond = 2.5;
    s.historyKeepDays = 400;
    return s;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class ProfileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void testSaveLoadRoundTripInOwnerOnlyFolder();
    void testMissingSettingsGiveDefaults();
    void testDefaultDirIsUnderAppData();
    void testMalformedJsonNamesFileAndKeepsIt();
    void testWrongTypeNamesKey_data();
    void testWrongTypeNamesKey();
    void testInvalidSettingsAreNotSaved_data();
    void testInvalidSettingsAreNotSaved();
    void testAllowedBaseUrls_data();
    void testAllowedBaseUrls();
    void testNoSecretReachesTheProfileFolder();

private:
    std::unique_ptr<QTemporaryDir> m_root;
};

void ProfileTest::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
}

void ProfileTest::testSaveLoadRoundTripInOwnerOnlyFolder()
{
    const Profile profile(m_root->filePath(QStringLiteral("nested/work")));
    QString error;
    QVERIFY2(profile.save(fullSettings(), &error), qPrintable(error));
    QCOMPARE(modeOf(profile.dir()), 0700);
    QCOMPARE(modeOf(profile.settingsPath()), 0600);
    QCOMPARE(profile.storePath(), profile.dir() + QStringLiteral("/state.sqlite"));
    QCOMPARE(profile.mappingPath(), profile.dir() + QStringLiteral("/mapping.json"));

    ProfileSettings loaded;
    QVERIFY2(profile.load(&loaded, &error), qPrintable(error));
    QCOMPARE(loaded, fullSettings());

    ProfileSettings changed = fullSettings();
    changed.scheduleMode = QStringLiteral("off");
    changed.startAtLogin = false;
    QVERIFY(profile.save(changed, &error));
    QVERIFY(profile.load(&loaded, &error));
    QCOMPARE(loaded, changed);
}

void ProfileTest::testMissingSettingsGiveDefaults()
{
    const Profile profile(m_root->filePath(QStringLiteral("fresh")));
    ProfileSettings loaded = fullSettings();
    QString error;
    QVERIFY2(profile.load(&loaded, &error), qPrintable(error));
    QCOMPARE(loaded, ProfileSettings());
    QVERIFY(!QFile::exists(profile.dir())); // loading creates nothing
}

void ProfileTest::testDefaultDirIsUnderAppData()
{
    // The same folder whichever program asks (tandem, tandem-cli): not named after the app.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QVERIFY(!data.isEmpty());
    QCOMPARE(Profile::defaultDir(), data + QStringLiteral("/Tandem/default"));
}

void ProfileTest::testMalformedJsonNamesFileAndKeepsIt()
{
    const Profile profile(m_root->path());
    const QByteArray broken = "{\"wixUrl\": \"https://a.example\", ";
    QVERIFY(writeFile(profile.settingsPath(), broken));
    ProfileSettings loaded;
    QString error;
    QVERIFY(!profile.load(&loaded, &error));
    QVERIFY2(error.contains(profile.settingsPath()), qPrintable(error));
    QFile file(profile.settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

void ProfileTest::testWrongTypeNamesKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("interval as text")
        << QByteArray(R"({"intervalMinutes": "sixty"})") << QStringLiteral("intervalMinutes");
    QTest::newRow("interval fractional")
        << QByteArray(R"({"intervalMinutes": 1.5})") << QStringLiteral("intervalMinutes");
    QTest::newRow("url as number") << QByteArray(R"({"crmUrl": 5})") << QStringLiteral("crmUrl");
    QTest::newRow("bad time") << QByteArray(R"({"dailyTime": "25:99"})")
                              << QStringLiteral("dailyTime");
    QTest::newRow("login as text")
        << QByteArray(R"({"startAtLogin": "yes"})") << QStringLiteral("startAtLogin");
    QTest::newRow("trayNoticeShown")
        << QByteArray(R"({"trayNoticeShown": 1})") << QStringLiteral("trayNoticeShown");
    QTest::newRow("insecure url") << QByteArray(R"({"wixUrl": "http://wix.example"})")
                                  << QStringLiteral("wixUrl");
    QTest::newRow("unknown schedule")
        << QByteArray(R"({"scheduleMode": "weekly"})") << QStringLiteral("scheduleMode");
    QTest::newRow("window as text")
        << QByteArray(R"({"requestWindow": "8"})") << QStringLiteral("requestWindow");
    QTest::newRow("window too large")
        << QByteArray(R"({"requestWindow": 65})") << QStringLiteral("requestWindow");
    QTest::newRow("negative pace")
        << QByteArray(R"({"wixRequestsPerSecond": -1})") << QStringLiteral("wixRequestsPerSecond");
    QTest::newRow("history kept as text")
        << QByteArray(R"({"historyKeepDays": "90"})") << QStringLiteral("historyKeepDays");
}

void ProfileTest::testWrongTypeNamesKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    const Profile profile(m_root->path());
    QVERIFY(writeFile(profile.settingsPath(), json));
    ProfileSettings loaded;
    QString error;
    QVERIFY(!profile.load(&loaded, &error));
    QVERIFY2(error.contains(key) && error.contains(profile.settingsPath()), qPrintable(error));
}

void ProfileTest::testInvalidSettingsAreNotSaved_data()
{
    QTest::addColumn<ProfileSettings>("settings");
    QTest::addColumn<QString>("field");
    ProfileSettings s = fullSettings();
    s.wixUrl = QStringLiteral("http://www.wixapis.com");
    QTest::newRow("plain http") << s << QStringLiteral("wixUrl");
    s = fullSettings();
    s.crmAuth = QStringLiteral("password");
    QTest::newRow("auth") << s << QStringLiteral("crmAuth");
    s = fullSettings();
    s.intervalMinutes = 0;
    QTest::newRow("interval") << s << QStringLiteral("intervalMinutes");
    s = fullSettings();
    s.phoneRegion = QStringLiteral("Norway");
    QTest::newRow("region") << s << QStringLiteral("phoneRegion");
    s = fullSettings();
    s.dailyTime = QTime();
    QTest::newRow("time") << s << QStringLiteral("dailyTime");
    s = fullSettings();
    s.requestWindow = 0;
    QTest::newRow("window") << s << QStringLiteral("requestWindow");
    s = fullSettings();
    s.historyKeepDays = 89; // the undo of a run needs 90 days
    QTest::newRow("history kept too short") << s << QStringLiteral("historyKeepDays");
    s.historyKeepDays = 3651;
    QTest::newRow("history kept too long") << s << QStringLiteral("historyKeepDays");
}

void ProfileTest::testInvalidSettingsAreNotSaved()
{
    QFETCH(ProfileSettings, settings);
    QFETCH(QString, field);
    const Profile profile(m_root->path());
    QString error;
    QVERIFY(!profile.save(settings, &error));
    QVERIFY2(error.contains(field), qPrintable(error));
    QVERIFY(!QFile::exists(profile.settingsPath()));
}

void ProfileTest::testAllowedBaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://www.wixapis.com" << true;
    QTest::newRow("https with port and path") << "https://crm.example:8443/api/v1" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:5000" << true;
    QTest::newRow("http loopback 127/8") << "http://127.12.0.9/" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080" << true;
    QTest::newRow("http localhost") << "http://LocalHost:9000/api" << true;
    QTest::newRow("http remote") << "http://crm.example" << false;
    QTest::newRow("http private lan") << "http://192.168.1.10" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.example" << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false;
    QTest::newRow("ftp") << "ftp://files.example" << false;
    QTest::newRow("no scheme") << "www.wixapis.com" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("user info") << "https://me:secret@crm.example" << false;
    QTest::newRow("query") << "https://crm.example/?token=abc" << false;
    QTest::newRow("fragment") << "https://crm.example/#x" << false;
}

void ProfileTest::testAllowedBaseUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QString why;
    QCOMPARE(isAllowedBaseUrl(QUrl(url), &why), allowed);
    QCOMPARE(why.isEmpty(), allowed);
    QVERIFY2(!why.contains(QStringLiteral("secret")), qPrintable(why)); // never echo a password
}

void ProfileTest::testNoSecretReachesTheProfileFolder()
{
    const QString secrets[] = {QStringLiteral("s3cr3t-pass"), QStringLiteral("tok-9c1b7e")};
    const Profile profile(m_root->filePath(QStringLiteral("p")));
    QString error;
    ProfileSettings s = fullSettings();
    s.crmUrl = QStringLiteral("https://admin:%1@crm.example").arg(secrets[0]);
    QVERIFY(!profile.save(s, &error));
    QVERIFY2(!error.contains(secrets[0]), qPrintable(error));
    s.crmUrl = QStringLiteral("https://crm.example/api?access_token=%1").arg(secrets[1]);
    QVERIFY(!profile.save(s, &error));
    QVERIFY(profile.save(fullSettings(), &error));
    {
        StateStore store(profile.storePath(), QStringLiteral("profile-test"));
        QVERIFY(store.open().ok());
        QVERIFY(store.setValue(QStringLiteral("catalog"), QStringLiteral("1")).ok());
    }
    int files = 0;
    QDirIterator it(profile.dir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString &secret : secrets)
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 2); // profile.json and state.sqlite were both looked at
}

int runProfileTests(int argc, char **argv)
{
    ProfileTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profile.moc"
