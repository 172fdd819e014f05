// The sandbox HTTP front and the tandem-sandbox executable: stats, reset, faults, rate limit,
// latency, keep-alive, the one URL line, SIGTERM, --data persistence.

#include "sandbox/wixbackend.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testhttpclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tandem::Sandbox;
using namespace Tandem::Test;

namespace {

// One exchange on its own connection ("Connection: close"), read raw, so that nothing in
// between (such as QNetworkAccessManager's silent resend) hides a dropped connection.
struct RawAnswer
{
    int status = 0; // 0: no status line (dropped)
    bool complete = false; // body as long as Content-Length said
    QByteArray body;
};

RawAnswer rawGet(quint16 port, const QByteArray &path, const QByteArray &extraHeaders = {})
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    RawAnswer answer;
    if (!socket.waitForConnected(5000))
        return answer;
    socket.write("GET "_ba + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"_ba
                 + extraHeaders + "\r\n"_ba);
    QByteArray data;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        data += socket.readAll();
    data += socket.readAll();
    const int headEnd = int(data.indexOf("\r\n\r\n"_ba));
    if (!data.startsWith("HTTP/1.1 "_ba) || headEnd < 0)
        return answer;
    answer.status = data.mid(9, 3).toInt();
    answer.body = data.mid(headEnd + 4);
    qsizetype length = -1;
    for (const QByteArray &line : data.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"_ba))
            length = line.mid(15).trimmed().toLongLong();
    }
    answer.complete = length == answer.body.size();
    return answer;
}

QUrl root(const QUrl &url, const QString &path)
{
    QUrl result = url;
    result.setPath(path);
    return result;
}

} // namespace

class TestSandboxFront : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testStatsCountRequestsByRoute();
    void testResetEmptiesReseedsAndClearsStats();
    void testOtherSandboxPathsGoToTheBackend();
    void testFaultInjectionRateAndKinds();
    void testListItemFaultPutsABadItemIntoOneRoute();
    void testRateLimitAnswers429WithRetryAfter();
    void testLatencyDelaysAnswers();
    void testKeepAliveServesManyRequestsOnOneConnection();
    void testProcessPrintsOneLineAndExitsCleanlyOnSigterm();
    void testDataPersistsAcrossRestart();
    void testCorruptDataFileIsRefusedAndKept();
    void testBadOptionIsRefusedWithItsName();
};

void TestSandboxFront::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSandboxFront::testStatsCountRequestsByRoute()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    TestHttpClient client;
    client.setDefaultHeaders({{"Authorization"_ba, "Bearer t"_ba}});
    const QString crm = sandbox.crmUrl().toString();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.get(QUrl(crm + QStringLiteral("/companies"))).status, 200);
    QCOMPARE(client.get(QUrl(crm + QStringLiteral("/contacts/c_1"))).status, 404);
    QCOMPARE(client.get(QUrl(crm + QStringLiteral("/contacts/c_2"))).status, 404);

    const HttpResult stats = client.get(root(sandbox.crmUrl(), QStringLiteral("/__sandbox/stats")));
    QCOMPARE(stats.status, 200);
    const QJsonObject json = stats.json();
    QCOMPARE(json, sandbox.stats(SandboxSide::Crm));
    QCOMPARE(json[QStringLiteral("total")].toInt(), 5);
    const QJsonObject requests = json[QStringLiteral("requests")].toObject();
    QCOMPARE(requests[QStringLiteral("GET /api/v1/companies")].toInt(), 3);
    QCOMPARE(requests[QStringLiteral("GET /api/v1/contacts/{id}")].toInt(), 2);
    QCOMPARE(json[QStringLiteral("faults")].toObject()[QStringLiteral("500")].toInt(), 0);
    QCOMPARE(sandbox.stats(SandboxSide::Wix)[QStringLiteral("total")].toInt(), 0);
}

void TestSandboxFront::testResetEmptiesReseedsAndClearsStats()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    TestHttpClient client;
    client.setDefaultHeaders({{"Authorization"_ba, "Bearer t"_ba}});
    const QUrl contacts(sandbox.crmUrl().toString() + QStringLiteral("/contacts"));
    const QUrl companies(sandbox.crmUrl().toString() + QStringLiteral("/companies"));
    QCOMPARE(client.postJson(contacts, {{u"givenName"_s, u"Åse"_s}}).status, 201);
    QCOMPARE(client.get(contacts).json()[QStringLiteral("items")].toArray().size(), 1);
    const QJsonArray seeded = client.get(companies).json()[QStringLiteral("items")].toArray();
    QCOMPARE(seeded.size(), 5);

    QCOMPARE(
        client.send("POST"_ba, root(sandbox.crmUrl(), QStringLiteral("/__sandbox/reset"))).status,
        204);
    QCOMPARE(sandbox.stats(SandboxSide::Crm)[QStringLiteral("total")].toInt(), 0);
    QVERIFY(client.get(contacts).json()[QStringLiteral("items")].toArray().isEmpty());
    const QJsonArray reseeded = client.get(companies).json()[QStringLiteral("items")].toArray();
    QCOMPARE(reseeded.size(), 5);
    QCOMPARE(reseeded.at(0)[QStringLiteral("name")], seeded.at(0)[QStringLiteral("name")]);

    QUrl empty = root(sandbox.crmUrl(), QStringLiteral("/__sandbox/reset"));
    empty.setQuery(QStringLiteral("seed=false"));
    QCOMPARE(client.send("POST"_ba, empty).status, 204);
    QVERIFY(client.get(companies).json()[QStringLiteral("items")].toArray().isEmpty());
}

void TestSandboxFront::testOtherSandboxPathsGoToTheBackend()
{
    SandboxOptions options;
    options.faultRate = 1.0; // every API request fails; test hooks must not
    SandboxFixture sandbox(options);
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    TestHttpClient client;
    const HttpResult switched = client.postJson(
        root(sandbox.wixUrl(), QStringLiteral("/__sandbox/catalog")), {{u"catalog"_s, u"v1"_s}});
    QCOMPARE(switched.status, 200);
    QCOMPARE(switched.json()[QStringLiteral("catalog")].toString(), QStringLiteral("v1"));
    QCOMPARE(dynamic_cast<WixBackend &>(sandbox.backend(SandboxSide::Wix)).catalog(),
             WixCatalog::V1);
    const HttpResult crmHook = client.send(
        "POST"_ba, root(sandbox.crmUrl(), QStringLiteral("/__sandbox/catalog")), "{}"_ba);
    QCOMPARE(crmHook.status, 404); // the CRMOffice backend has no such hook
    QCOMPARE(crmHook.header("content-type"_ba), QByteArray("application/problem+json"));
    QCOMPARE(sandbox.stats(SandboxSide::Wix)[QStringLiteral("total")].toInt(), 0);
    QCOMPARE(
        client.send("GET"_ba, root(sandbox.crmUrl(), QStringLiteral("/__sandbox/reset"))).status,
        404);

    const HttpResult api =
        client.get(QUrl(sandbox.crmUrl().toString() + QStringLiteral("/companies")),
                   {{"Authorization"_ba, "Bearer t"_ba}});
    QVERIFY(api.status != 200);
    // QNetworkAccessManager silently resends after a dropped connection, so count faults.
    const QJsonObject stats = sandbox.stats(SandboxSide::Crm);
    int faults = 0;
    for (const QJsonValue &count : stats[QStringLiteral("faults")].toObject())
        faults += count.toInt();
    QVERIFY(faults >= 1);
    QCOMPARE(faults, stats[QStringLiteral("total")].toInt());
}

// A malformed item in the list answers of one route, at a place or instead of a record,
// until cleared; the backend's records stay as they are.
void TestSandboxFront::testListItemFaultPutsABadItemIntoOneRoute()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    TestHttpClient client;
    client.setDefaultHeaders({{"Authorization"_ba, "Bearer t"_ba}});
    const QUrl companies(sandbox.crmUrl().toString() + QStringLiteral("/companies"));
    const QJsonArray seeded = client.get(companies).json()[QStringLiteral("items")].toArray();
    QCOMPARE(seeded.size(), 5);
    const QString second = seeded.at(1)[QStringLiteral("id")].toString();

    SandboxServer &crm = sandbox.server(SandboxSide::Crm);
    crm.addListItemFault({QStringLiteral("GET /api/v1/companies"),
                          QStringLiteral("items"),
                          QStringLiteral("not a record"),
                          2,
                          {}});
    crm.addListItemFault({QStringLiteral("GET /api/v1/companies"), QStringLiteral("items"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("No id")}}, 0,
                          second});
    QJsonArray items = client.get(companies).json()[QStringLiteral("items")].toArray();
    QCOMPARE(items.size(), 6);
    QCOMPARE(items.at(2), QJsonValue(QStringLiteral("not a record")));
    QCOMPARE(items.at(1),
             QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("No id")}}));
    QCOMPARE(items.at(3), seeded.at(2));
    QCOMPARE(client.get(QUrl(companies.toString() + QLatin1Char('/') + second)).status, 200);
    const QUrl contacts(sandbox.crmUrl().toString() + QStringLiteral("/contacts"));
    QVERIFY(
        client.get(contacts).json()[QStringLiteral("items")].toArray().isEmpty()); // other route

    crm.clearListItemFaults();
    QCOMPARE(client.get(companies).json()[QStringLiteral("items")].toArray(), seeded);
}

void TestSandboxFront::testFaultInjectionRateAndKinds()
{
    SandboxProcess sandbox({QStringLiteral("--fault-rate"), QStringLiteral("0.25"),
                            QStringLiteral("--random-seed"), QStringLiteral("7")});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const quint16 port = quint16(sandbox.crmUrl().port());
    constexpr int kRequests = 400;
    QHash<QString, int> seen;
    for (int i = 0; i < kRequests; ++i) {
        const RawAnswer answer =
            rawGet(port, "/api/v1/companies"_ba, "Authorization: Bearer t\r\n"_ba);
        QString kind;
        if (answer.status == 0)
            kind = QStringLiteral("drop");
        else if (answer.status == 200 && !answer.complete)
            kind = QStringLiteral("truncate");
        else if (answer.status == 200)
            kind = QStringLiteral("ok");
        else
            kind = QString::number(answer.status);
        ++seen[kind];
    }
    const int faults = kRequests - seen.value(QStringLiteral("ok"));
    QVERIFY2(faults >= 65 && faults <= 135, qPrintable(QString::number(faults)));
    const QJsonObject stats = sandbox.stats(SandboxSide::Crm);
    const QJsonObject injected = stats[QStringLiteral("faults")].toObject();
    for (const QString &kind : {QStringLiteral("500"), QStringLiteral("503"),
                                QStringLiteral("drop"), QStringLiteral("truncate")}) {
        QVERIFY2(seen.value(kind) >= 5, qPrintable(kind));
        QCOMPARE(injected[kind].toInt(), seen.value(kind)); // what the client saw, kind by kind
    }
    QCOMPARE(stats[QStringLiteral("total")].toInt(), kRequests);
    QCOMPARE(seen.size(), 5); // no other outcome
}

void TestSandboxFront::testRateLimitAnswers429WithRetryAfter()
{
    SandboxOptions options;
    options.rateLimit = 5;
    SandboxFixture sandbox(options);
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    QDateTime now = QDateTime::currentDateTimeUtc();
    sandbox.setClock([&now] { return now; });
    TestHttpClient client;
    client.setDefaultHeaders({{"Authorization"_ba, "Bearer t"_ba}});
    const QUrl url(sandbox.crmUrl().toString() + QStringLiteral("/companies"));
    QList<int> statuses;
    QByteArray retryAfter, remaining, lastRemainingOk;
    for (int i = 0; i < 8; ++i) {
        const HttpResult result = client.get(url);
        statuses << result.status;
        if (result.status == 429) {
            retryAfter = result.header("retry-after"_ba);
            remaining = result.header("ratelimit-remaining"_ba);
        } else {
            lastRemainingOk = result.header("ratelimit-remaining"_ba);
        }
    }
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 200, 200, 429, 429, 429}));
    QVERIFY(retryAfter.toInt() >= 1);
    QCOMPARE(remaining, QByteArray("0"));
    QCOMPARE(lastRemainingOk, QByteArray("0"));
    QCOMPARE(sandbox.stats(SandboxSide::Crm)[QStringLiteral("rateLimited")].toInt(), 3);
    // The Wix server has its own window and no RateLimit-Remaining header.
    now = now.addSecs(retryAfter.toInt());
    const HttpResult again = client.get(url);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("ratelimit-remaining"_ba), QByteArray("4"));
}

void TestSandboxFront::testLatencyDelaysAnswers()
{
    SandboxOptions options;
    options.latencyMs = 150;
    SandboxFixture sandbox(options);
    QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
    TestHttpClient client;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client
                 .get(QUrl(sandbox.crmUrl().toString() + QStringLiteral("/companies")),
                      {{"Authorization"_ba, "Bearer t"_ba}})
                 .status,
             200);
    QVERIFY(timer.elapsed() >= 150);
    timer.restart();
    QCOMPARE(client.get(root(sandbox.crmUrl(), QStringLiteral("/__sandbox/stats"))).status, 200);
    QVERIFY(timer.elapsed() < 150);
}

void TestSandboxFront::testKeepAliveServesManyRequestsOnOneConnection()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(sandbox.crmUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    for (int i = 0; i < 20; ++i) {
        socket.write("GET /api/v1/companies?pageSize=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Authorization: Bearer t\r\n\r\n"_ba);
        QByteArray data;
        while (!data.contains("\r\n\r\n"_ba) || !data.endsWith("}"_ba)) {
            QVERIFY(socket.waitForReadyRead(5000));
            data += socket.readAll();
        }
        QVERIFY(data.startsWith("HTTP/1.1 200 "_ba));
        QVERIFY(!data.contains("Connection: close"_ba));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
    QCOMPARE(sandbox.stats(SandboxSide::Crm)[QStringLiteral("total")].toInt(), 20);
}

void TestSandboxFront::testProcessPrintsOneLineAndExitsCleanlyOnSigterm()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QVERIFY(sandbox.firstLine().startsWith("wix=http://127.0.0.1:"_ba));
    QVERIFY(sandbox.wixUrl().port() != sandbox.crmUrl().port());
    TestHttpClient client;
    QCOMPARE(client
                 .get(QUrl(sandbox.crmUrl().toString() + QStringLiteral("/companies")),
                      {{"Authorization"_ba, "Bearer t"_ba}})
                 .status,
             200);
    QCOMPARE(sandbox.terminate(), 0);
    QVERIFY(sandbox.readAllStandardOutput().isEmpty()); // nothing after the one line
}

void TestSandboxFront::testDataPersistsAcrossRestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.json"));
    const QStringList args{QStringLiteral("--data"), file};
    TestHttpClient client;
    client.setDefaultHeaders({{"Authorization"_ba, "Bearer t"_ba}});
    QString id;
    {
        SandboxProcess first(args);
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        const HttpResult created =
            client.postJson(QUrl(first.crmUrl().toString() + QStringLiteral("/contacts")),
                            {{u"givenName"_s, u"Øystein"_s}});
        QCOMPARE(created.status, 201);
        id = created.json()[QStringLiteral("id")].toString();
        QCOMPARE(client
                     .patchJson(QUrl(first.crmUrl().toString() + QStringLiteral("/contacts/") + id),
                                {{u"familyName"_s, u"Bråten"_s}}, {{"If-Match"_ba, "\"1\""_ba}})
                     .status,
                 200);
        QCOMPARE(first.terminate(), 0);
    }
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject state = QJsonDocument::fromJson(saved.readAll()).object();
    QVERIFY(state.contains(QStringLiteral("wix")));
    QVERIFY(state.contains(QStringLiteral("crmoffice")));

    SandboxProcess second(args);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    const HttpResult fetched =
        client.get(QUrl(second.crmUrl().toString() + QStringLiteral("/contacts/") + id));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.header("etag"_ba), QByteArray("\"2\""));
    QCOMPARE(fetched.json()[QStringLiteral("familyName")].toString(), QStringLiteral("Bråten"));
    QCOMPARE(second.terminate(), 0);
}

void TestSandboxFront::testCorruptDataFileIsRefusedAndKept()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.json"));
    QFile corrupt(file);
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{\"format\": \"tandem-sandbox\", "_ba);
    corrupt.close();
    SandboxProcess sandbox({QStringLiteral("--data"), file});
    QVERIFY(!sandbox.start());
    QCOMPARE(sandbox.terminate(), 1);
    QVERIFY2(sandbox.errorString().contains(file), qPrintable(sandbox.errorString()));
    QVERIFY(corrupt.open(QIODevice::ReadOnly));
    QCOMPARE(corrupt.readAll(), QByteArray("{\"format\": \"tandem-sandbox\", "));
}

void TestSandboxFront::testBadOptionIsRefusedWithItsName()
{
    SandboxProcess sandbox({QStringLiteral("--fault-rate"), QStringLiteral("2")});
    QVERIFY(!sandbox.start());
    QCOMPARE(sandbox.terminate(), 2);
    QVERIFY(sandbox.errorString().contains(QStringLiteral("--fault-rate")));
}

QTEST_GUILESS_MAIN(TestSandboxFront)
#include "tst_sandboxfront.moc"
