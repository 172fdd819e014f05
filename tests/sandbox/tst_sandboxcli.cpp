// tandem-sandbox as users run it: --version and --help, the one stdout line on the ports asked
// for, SIGINT saving both servers' state, every option reaching its server, and the answers
// the front makes itself (429, injected 5xx) in each service's own error shape.

#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testhttpclient.h"
#include "version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Tandem::Sandbox;
using namespace Tandem::Test;

namespace {

using Headers = TestHttpClient::Headers;

const Headers kWixAuth{{"Authorization"_ba, "wix-key"_ba}, {"wix-site-id"_ba, "site-1"_ba}};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QUrl at(const QUrl &base, const QString &path)
{
    return QUrl(base.toString() + path);
}

QByteArray runToEnd(const QStringList &arguments)
{
    QProcess process;
    process.start(SandboxProcess::executable(), arguments);
    process.waitForFinished(10000);
    return process.readAllStandardOutput();
}

// A Wix error as Wix's SDK reads it: message + details.applicationError.code.
QString wixErrorCode(const HttpResult &result)
{
    const QJsonObject body = result.json();
    if (!body.value(QStringLiteral("message")).isString())
        return {};
    return body[QStringLiteral("details")][QStringLiteral("applicationError")]
               [QStringLiteral("code")]
                   .toString();
}

} // namespace

class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void testVersionIsCMakesVersion();
    void testHelpNamesEveryOption();
    void testSigintSavesBothServersOnTheAskedPorts();
    void testOptionsReachTheServers();
    void testFrontAnswersInEachServicesErrorShape();
    void testBrokenPartOfDataFileIsRefusedAndKept_data();
    void testBrokenPartOfDataFileIsRefusedAndKept();
    void testDataFileTombstonesExpireAndTimesOnlyMoveOn();
};

void TestSandboxCli::testVersionIsCMakesVersion()
{
    QCOMPARE(runToEnd({QStringLiteral("--version")}).trimmed(),
             QByteArray("tandem-sandbox " TANDEM_VERSION));
}

void TestSandboxCli::testHelpNamesEveryOption()
{
    const QByteArray help = runToEnd({QStringLiteral("--help")});
    for (const char *option :
         {"--wix-port", "--crm-port", "--seed-contacts", "--seed-products", "--seed-companies",
          "--random-seed", "--data", "--latency-ms", "--fault-rate", "--rate-limit",
          "--normalize-phones", "--wix-api-key", "--wix-site-id", "--crm-token", "--token-ttl",
          "--version"}) {
        QVERIFY2(help.contains(option), option);
    }
}

void TestSandboxCli::testSigintSavesBothServersOnTheAskedPorts()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.json"));
    const quint16 wixPort = freePort(), crmPort = freePort();
    QProcess process;
    process.start(SandboxProcess::executable(),
                  {QStringLiteral("--data"), file, QStringLiteral("--seed-contacts"),
                   QStringLiteral("3"), QStringLiteral("--wix-port"), QString::number(wixPort),
                   QStringLiteral("--crm-port"), QString::number(crmPort)});
    QVERIFY(process.waitForStarted(5000));
    while (!process.canReadLine() && process.waitForReadyRead(15000)) {}
    QCOMPARE(process.readLine(),
             QStringLiteral("wix=http://127.0.0.1:%1 crmoffice=http://127.0.0.1:%2/api/v1\n")
                 .arg(wixPort)
                 .arg(crmPort)
                 .toUtf8());
    const QUrl wix(QStringLiteral("http://127.0.0.1:%1").arg(wixPort));
    const QUrl crm(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(crmPort));
    TestHttpClient client;
    const QJsonArray contacts =
        client.postJson(at(wix, QStringLiteral("/contacts/v4/contacts/query")), {}, kWixAuth)
            .json()[QStringLiteral("contacts")]
            .toArray();
    QCOMPARE(contacts.size(), 3);
    const QString id = contacts.at(0)[QStringLiteral("id")].toString();
    const HttpResult updated = client.patchJson(
        at(wix, QStringLiteral("/contacts/v4/contacts/") + id),
        {{u"revision"_s, contacts.at(0)[QStringLiteral("revision")]},
         {u"info"_s, QJsonObject{{u"name"_s, QJsonObject{{u"first"_s, u"Sigrún"_s}}}}}},
        kWixAuth);
    QCOMPARE(updated.status, 200);
    QCOMPARE(client.postJson(at(wix, QStringLiteral("/__sandbox/members")), {{u"contactId"_s, id}})
                 .status,
             200);
    const HttpResult created =
        client.postJson(at(crm, QStringLiteral("/contacts")), {{u"givenName"_s, u"Ærlig"_s}},
                        {{"Authorization"_ba, "Bearer t"_ba}});
    QCOMPARE(created.status, 201);

    QVERIFY(::kill(pid_t(process.processId()), SIGINT) == 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty());

    SandboxProcess again({QStringLiteral("--data"), file});
    QVERIFY2(again.start(), qPrintable(again.errorString()));
    const HttpResult contact =
        client.get(at(again.wixUrl(), QStringLiteral("/contacts/v4/contacts/") + id), kWixAuth);
    QCOMPARE(contact.json()[QStringLiteral("contact")], updated.json()[QStringLiteral("contact")]);
    const HttpResult refused = client.deleteResource(
        at(again.wixUrl(), QStringLiteral("/contacts/v4/contacts/") + id), kWixAuth);
    QCOMPARE(refused.status, 428); // still a site member
    QCOMPARE(
        client
            .get(at(again.crmUrl(),
                    QStringLiteral("/contacts/") + created.json()[QStringLiteral("id")].toString()),
                 {{"Authorization"_ba, "Bearer t"_ba}})
            .json()[QStringLiteral("givenName")]
            .toString(),
        QStringLiteral("Ærlig"));
    QCOMPARE(again.terminate(), 0);
}

void TestSandboxCli::testOptionsReachTheServers()
{
    SandboxProcess sandbox({u"--seed-contacts"_s, u"7"_s, u"--seed-products"_s, u"4"_s,
                            u"--seed-companies"_s, u"2"_s, u"--seed-crm-contacts"_s, u"5"_s,
                            u"--wix-api-key"_s, u"wix-key"_s, u"--wix-site-id"_s, u"site-1"_s,
                            u"--crm-token"_s, u"crm-token"_s, u"--normalize-phones"_s,
                            u"--token-ttl"_s, u"60"_s, u"--wix-catalog"_s, u"v1"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    TestHttpClient client;
    const QUrl query = at(sandbox.wixUrl(), QStringLiteral("/contacts/v4/contacts/query"));
    const HttpResult wixContacts = client.postJson(query, {}, kWixAuth);
    QCOMPARE(wixContacts.json()[QStringLiteral("pagingMetadata")][QStringLiteral("total")].toInt(),
             7);
    for (const Headers &wrong :
         {Headers{{"Authorization"_ba, "other"_ba}, {"wix-site-id"_ba, "site-1"_ba}},
          Headers{{"Authorization"_ba, "wix-key"_ba}, {"wix-site-id"_ba, "other"_ba}}}) {
        const HttpResult refused = client.postJson(query, {}, wrong);
        QCOMPARE(refused.status, 401);
        QCOMPARE(wixErrorCode(refused), QStringLiteral("UNAUTHENTICATED"));
    }
    const HttpResult version =
        client.get(at(sandbox.wixUrl(), QStringLiteral("/stores/v3/provision/version")), kWixAuth);
    QCOMPARE(version.json()[QStringLiteral("catalogVersion")].toString(),
             QStringLiteral("V1_CATALOG"));
    const HttpResult products = client.postJson(
        at(sandbox.wixUrl(), QStringLiteral("/stores/v1/products/query")),
        {{u"query"_s, QJsonObject{}}, {u"includeHiddenProducts"_s, true}}, kWixAuth);
    QCOMPARE(products.json()[QStringLiteral("totalResults")].toInt(), 4);

    const Headers crmAuth{{"Authorization"_ba, "Bearer crm-token"_ba}};
    QCOMPARE(client.get(at(sandbox.crmUrl(), QStringLiteral("/companies")), crmAuth)
                 .json()[QStringLiteral("items")]
                 .toArray()
                 .size(),
             2);
    QCOMPARE(client.get(at(sandbox.crmUrl(), QStringLiteral("/contacts")), crmAuth)
                 .json()[QStringLiteral("items")]
                 .toArray()
                 .size(),
             5);
    QCOMPARE(client
                 .get(at(sandbox.crmUrl(), QStringLiteral("/contacts")),
                      {{"Authorization"_ba, "Bearer any-other"_ba}})
                 .status,
             401);
    const HttpResult created = client.postJson(at(sandbox.crmUrl(), QStringLiteral("/contacts")),
                                               {{u"directPhone"_s, u"+47 22 33 44 55"_s}}, crmAuth);
    QCOMPARE(created.json()[QStringLiteral("directPhone")].toString(),
             QStringLiteral("+4722334455"));
    QCOMPARE(sandbox.terminate(), 0);
}

void TestSandboxCli::testFrontAnswersInEachServicesErrorShape()
{
    SandboxOptions options;
    options.rateLimit = 1;
    SandboxFixture sandbox(options);
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    // The limiter's clock stands still: the second request falls in the first one's second
    // however slow the machine is.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    sandbox.setClock([now] { return now; });
    TestHttpClient client;
    const QUrl wixQuery = at(sandbox.wixUrl(), QStringLiteral("/contacts/v4/contacts/query"));
    const QUrl crmList = at(sandbox.crmUrl(), QStringLiteral("/companies"));
    const Headers crmAuth{{"Authorization"_ba, "Bearer t"_ba}};
    QCOMPARE(client.postJson(wixQuery, {}, kWixAuth).status, 200);
    const HttpResult wixLimited = client.postJson(wixQuery, {}, kWixAuth);
    QCOMPARE(wixLimited.status, 429);
    QCOMPARE(wixErrorCode(wixLimited), QStringLiteral("TOO_MANY_REQUESTS"));
    // Wix says no more than that, as the real service usually does; the headers are CRMOffice's.
    QVERIFY(wixLimited.header("retry-after"_ba).isEmpty());
    QVERIFY(wixLimited.header("ratelimit-remaining"_ba).isEmpty());
    QCOMPARE(client.get(crmList, crmAuth).status, 200);
    const HttpResult crmLimited = client.get(crmList, crmAuth);
    QCOMPARE(crmLimited.status, 429);
    QCOMPARE(crmLimited.header("content-type"_ba), QByteArray("application/problem+json"));
    QCOMPARE(crmLimited.json()[QStringLiteral("status")].toInt(), 429);
    QVERIFY(crmLimited.header("retry-after"_ba).toInt() >= 1);

    // Every request faulted: keep asking until each server has answered a 500 or 503.
    for (const SandboxSide side : {SandboxSide::Wix, SandboxSide::Crm})
        sandbox.server(side).setFrontOptions({0, 1.0, 0, 5, side == SandboxSide::Crm});
    HttpResult wixFault, crmFault;
    for (int i = 0; i < 60 && (wixFault.status < 500 || crmFault.status < 500); ++i) {
        if (wixFault.status < 500)
            wixFault = client.postJson(wixQuery, {}, kWixAuth);
        if (crmFault.status < 500)
            crmFault = client.get(crmList, crmAuth);
    }
    QVERIFY2(wixFault.status == 500 || wixFault.status == 503,
             qPrintable(QString::number(wixFault.status)));
    QVERIFY(!wixErrorCode(wixFault).isEmpty());
    QVERIFY2(crmFault.status == 500 || crmFault.status == 503,
             qPrintable(QString::number(crmFault.status)));
    QCOMPARE(crmFault.header("content-type"_ba), QByteArray("application/problem+json"));
    QCOMPARE(crmFault.json()[QStringLiteral("status")].toInt(), crmFault.status);
}

void TestSandboxCli::testBrokenPartOfDataFileIsRefusedAndKept_data()
{
    QTest::addColumn<QJsonObject>("state");
    QTest::addColumn<QString>("named");
    const QJsonObject crmRecord{{u"id"_s, u"c_1"_s},
                                {u"version"_s, 1},
                                {u"createdAt"_s, 1.7e12},
                                {u"updatedAt"_s, 1.7e12},
                                {u"fields"_s, QJsonObject{}}};
    QTest::newRow("wix contact")
        << QJsonObject{{u"wix"_s,
                        QJsonObject{{u"contacts"_s, QJsonArray{QJsonObject{{u"id"_s, u"x"_s}}}}}}}
        << QStringLiteral("wix.contacts[0]");
    QTest::newRow("crm repeated id")
        << QJsonObject{{u"crmoffice"_s,
                        QJsonObject{{u"contacts"_s, QJsonArray{crmRecord, crmRecord}}}}}
        << QStringLiteral("crmoffice.contacts[1]");
    QJsonObject noTime = crmRecord;
    noTime.remove(QStringLiteral("updatedAt"));
    QTest::newRow("crm company without time")
        << QJsonObject{{u"crmoffice"_s, QJsonObject{{u"companies"_s, QJsonArray{noTime}}}}}
        << QStringLiteral("crmoffice.companies[0]");
}

void TestSandboxCli::testBrokenPartOfDataFileIsRefusedAndKept()
{
    QFETCH(QJsonObject, state);
    QFETCH(QString, named);
    state.insert(QStringLiteral("format"), QStringLiteral("tandem-sandbox"));
    state.insert(QStringLiteral("version"), 1);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.json"));
    const QByteArray content = QJsonDocument(state).toJson();
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(content) == content.size());
    out.close();
    SandboxProcess sandbox({QStringLiteral("--data"), file});
    QVERIFY(!sandbox.start());
    QCOMPARE(sandbox.terminate(), 1);
    QVERIFY2(sandbox.errorString().contains(named), qPrintable(sandbox.errorString()));
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), content); // not overwritten with an empty state at exit
}

void TestSandboxCli::testDataFileTombstonesExpireAndTimesOnlyMoveOn()
{
    const qint64 day = 24LL * 3600 * 1000, now = QDateTime::currentMSecsSinceEpoch();
    const auto record = [](const QString &id, qint64 updatedAt, bool deleted) {
        return QJsonObject{
            {u"id"_s, id},
            {u"version"_s, 2},
            {u"createdAt"_s, double(updatedAt - 1)},
            {u"updatedAt"_s, double(updatedAt)},
            {u"deleted"_s, deleted},
            {u"fields"_s, deleted ? QJsonObject{} : QJsonObject{{u"givenName"_s, u"Åsa"_s}}}};
    };
    // Written by a sandbox whose clock ran a day ahead: its last change is "tomorrow".
    const QJsonArray contacts{record(u"c_old"_s, now - 31 * day, true),
                              record(u"c_recent"_s, now - 29 * day, true),
                              record(u"c_ahead"_s, now + day, false)};
    const QJsonObject state{{u"format"_s, u"tandem-sandbox"_s},
                            {u"version"_s, 1},
                            {u"crmoffice"_s, QJsonObject{{u"contacts"_s, contacts}}}};
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(state).toJson());
    out.close();
    SandboxProcess sandbox({QStringLiteral("--data"), file});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    TestHttpClient client;
    client.setDefaultHeaders({{"Authorization"_ba, "Bearer t"_ba}});
    const QUrl contactsUrl = at(sandbox.crmUrl(), QStringLiteral("/contacts"));
    QCOMPARE(client.postJson(contactsUrl, {{u"givenName"_s, u"Ny"_s}}).status, 201);
    QStringList ids;
    const QJsonArray items =
        client.get(at(sandbox.crmUrl(), QStringLiteral("/contacts?includeDeleted=true")))
            .json()[QStringLiteral("items")]
            .toArray();
    for (const QJsonValue &item : items)
        ids << item[QStringLiteral("id")].toString();
    QCOMPARE(ids.size(), 3); // the 31-day-old tombstone is gone
    QCOMPARE(ids.mid(0, 2), (QStringList{u"c_recent"_s, u"c_ahead"_s}));
    QVERIFY(ids.at(2).startsWith(QLatin1String("c_"))); // the new one lists after "tomorrow"
    QCOMPARE(sandbox.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
