#include "sync/connectors/httpclient.h"
#include "sync/connectors/wixconnector.h"
#include "sync/model/baseurlpolicy.h"
#include "tests/connectors/fakehttpserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <thread>

using namespace Tandem;
using namespace Qt::StringLiterals;
using Tandem::Test::FakeHttpServer;
using Action = FakeHttpServer::Step::Action;

namespace {
RetryPolicy fastRetry(int baseMs = 20)
{
    RetryPolicy policy;
    policy.maxAttempts = 5;
    policy.baseDelayMs = baseMs;
    policy.maxDelayMs = 2000;
    policy.jitter = 0.0;
    return policy;
}

HttpRequest post(const QString &path, bool idempotent = true)
{
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.body = R"({"query":{}})";
    request.idempotent = idempotent;
    return request;
}

QStringList g_messages;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}
} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpClient> makeClient(const FakeHttpServer &server)
    {
        auto client = std::make_unique<HttpClient>(QUrl(server.baseUrl()));
        client->setRetryPolicy(fastRetry());
        client->setTimeoutMs(2000);
        return client;
    }

private Q_SLOTS:
    void testRetriesServerErrorsThenSucceeds()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::answer(500, ""), FakeHttpServer::answer(503, ""),
                       FakeHttpServer::answer(200, R"({"ok":true})")});
        auto client = makeClient(server);
        const HttpResponse response = client->send(post(u"/contacts/v4/contacts/query"_s));
        QVERIFY2(response.isSuccess(), qPrintable(response.error.message));
        QCOMPARE(response.body, QByteArray(R"({"ok":true})"));
        QCOMPARE(client->callCount(), 3);
        QCOMPARE(server.seen().size(), 3);
    }

    void testGivesUpAfterBoundNamingCallAndReason()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::answer(502, R"({"message":"upstream down"})")});
        auto client = makeClient(server);
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = client->send(post(u"/contacts/v4/contacts/query"_s));
        QCOMPARE(response.error.kind, ConnectorError::Kind::Transient);
        QVERIFY2(response.error.message.contains(u"POST /contacts/v4/contacts/query"_s),
                 qPrintable(response.error.message));
        QVERIFY(response.error.message.contains(u"502"_s));
        QVERIFY(response.error.message.contains(u"5 attempts"_s));
        QCOMPARE(server.seen().size(), 5);
        QVERIFY(timer.elapsed() < 3000);
    }

    void testBackoffGrowsExponentially()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::answer(500, "")});
        auto client = makeClient(server);
        client->setRetryPolicy(fastRetry(60));
        client->send(post(u"/q"_s));
        const auto &seen = server.seen();
        QCOMPARE(seen.size(), 5);
        for (int i = 1; i < seen.size(); ++i) {
            const qint64 gap = seen[i].atMs - seen[i - 1].atMs;
            const qint64 expected = 60LL << (i - 1);
            QVERIFY2(gap >= expected - 5,
                     qPrintable(QString(u"gap %1 < %2"_s).arg(gap).arg(expected)));
            QVERIFY2(gap < expected + 400,
                     qPrintable(QString(u"gap %1 >> %2"_s).arg(gap).arg(expected)));
        }
    }

    void testRetryAfterIsHonoured()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::answer(429, "{}", {{"Retry-After", "1"}}),
                       FakeHttpServer::answer(200)});
        auto client = makeClient(server);
        const HttpResponse response = client->send(post(u"/q"_s, false));
        QVERIFY2(response.isSuccess(), qPrintable(response.error.message));
        const qint64 gap = server.seen()[1].atMs - server.seen()[0].atMs;
        QVERIFY2(gap >= 950 && gap < 2500, qPrintable(QString::number(gap)));
        QCOMPARE(client->rateLimitedCount(), 1);
    }

    void testDroppedConnectionRetriedForReads()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::act(Action::Drop), FakeHttpServer::answer(200)});
        auto client = makeClient(server);
        HttpRequest get;
        get.path = u"/contacts/v4/contacts/abc"_s;
        const HttpResponse response = client->send(get);
        QVERIFY2(response.isSuccess(), qPrintable(response.error.message));
        QCOMPARE(server.seen().size(), 2);
    }

    void testCreateNotRetriedAfterDrop()
    {
        // Qt's HTTP layer itself re-sends a request once or twice when a connection closes
        // before any answer byte, on a kept-alive connection or a fresh one. A create the
        // server applied before it dropped would be made twice: neither Qt nor HttpClient
        // may send it again. A GET first keeps a connection alive for the create to reuse.
        // The same script lets an idempotent call through to the answer.
        const auto drop = FakeHttpServer::act(Action::Drop);
        FakeHttpServer server;
        server.script({FakeHttpServer::answer(200), drop, drop, drop, drop, drop,
                       FakeHttpServer::answer(200)});
        auto client = makeClient(server);
        QVERIFY(client->send(HttpRequest{}).isSuccess());
        const HttpResponse response = client->send(post(u"/contacts/v4/contacts"_s, false));
        QCOMPARE(response.error.kind, ConnectorError::Kind::Transient);
        QVERIFY(response.error.message.contains(u"POST /contacts/v4/contacts"_s));
        QVERIFY(response.error.message.contains(u"not retried"_s));
        QVERIFY2(response.error.message.contains(u"closed before the answer"_s),
                 qPrintable(response.error.message));
        QCOMPARE(client->callCount(), 2);
        QCOMPARE(server.seen().size(), 2);
        QCOMPARE(server.seen().last().body, post({}).body);

        FakeHttpServer fresh;
        fresh.script({drop, FakeHttpServer::answer(200)});
        auto first = makeClient(fresh);
        QCOMPARE(first->send(post(u"/contacts/v4/contacts"_s, false)).error.kind,
                 ConnectorError::Kind::Transient);
        QCOMPARE(fresh.seen().size(), 1);

        FakeHttpServer again;
        again.script({drop, drop, drop, drop, drop, FakeHttpServer::answer(200)});
        auto reader = makeClient(again);
        QVERIFY(reader->send(post(u"/contacts/v4/contacts/query"_s)).isSuccess());
        QVERIFY(reader->callCount() > 1);
    }

    void testTimeoutRetried()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::act(Action::Hang), FakeHttpServer::answer(200)});
        auto client = makeClient(server);
        client->setTimeoutMs(300);
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = client->send(post(u"/q"_s));
        QVERIFY2(response.isSuccess(), qPrintable(response.error.message));
        QVERIFY(timer.elapsed() >= 290);
        QCOMPARE(server.seen().size(), 2);
    }

    void testTruncatedTransferIsAClearError()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::act(Action::Truncate)});
        auto client = makeClient(server);
        const HttpResponse response = client->send(post(u"/stores/v1/products/query"_s));
        QVERIFY2(response.error.kind == ConnectorError::Kind::Transient,
                 qPrintable(QStringLiteral("kind %1: %2")
                                .arg(int(response.error.kind))
                                .arg(response.error.message)));
        QVERIFY(response.error.message.contains(u"POST /stores/v1/products/query"_s));
    }

    void testMalformedJsonIsNamed()
    {
        const HttpRequest request = post(u"/contacts/v4/contacts/query"_s);
        auto truncated = HttpClient::parseObject(request, R"({"contacts": [{"id": "a")");
        QCOMPARE(truncated.error.kind, ConnectorError::Kind::Malformed);
        QVERIFY(truncated.error.message.contains(u"POST /contacts/v4/contacts/query"_s));
        QCOMPARE(HttpClient::parseObject(request, "[1,2]").error.kind,
                 ConnectorError::Kind::Malformed);
        QCOMPARE(HttpClient::parseObject(request, "").error.kind, ConnectorError::Kind::Malformed);
        QCOMPARE(HttpClient::parseObject(request, "<html>").error.kind,
                 ConnectorError::Kind::Malformed);
        auto good = HttpClient::parseObject(request, R"({"contacts": []})");
        QVERIFY(good.ok());
        QVERIFY(good.value.contains(u"contacts"_s));
    }

    // A 200 whose JSON lacks what the contract promises is an error naming the call and the
    // missing part, never an empty page or an empty record.
    void testWixAnswerWithoutItsRecordsIsNamed()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::answer(200, R"({"contacts": {"id": "a"}})"),
                       FakeHttpServer::answer(200, R"({"contact": {"name": "no id"}})")});
        WixConnector wix(QUrl(server.baseUrl()), "key", "site");
        int pages = 0;
        const ConnectorError list =
            wix.readChanges(QStringLiteral("contacts"), QDateTime(), [&pages](const auto &) {
                ++pages;
                return true;
            });
        QCOMPARE(list.kind, ConnectorError::Kind::Malformed);
        QVERIFY2(list.message.contains(u"/contacts/v4/contacts/query"_s)
                     && list.message.contains(u"\"contacts\""_s),
                 qPrintable(list.message));
        QCOMPARE(pages, 0);
        const ConnectorResult<Record> one =
            wix.read(QStringLiteral("contacts"), QStringLiteral("a"));
        QCOMPARE(one.error.kind, ConnectorError::Kind::Malformed);
        QVERIFY2(one.error.message.contains(u"/contacts/v4/contacts/a"_s)
                     && one.error.message.contains(u"\"contact\""_s),
                 qPrintable(one.error.message));
    }

    void testCancelAbortsRequestInFlight()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::act(Action::Hang)});
        auto client = makeClient(server);
        client->setTimeoutMs(20000);
        HttpClient *raw = client.get();
        std::thread canceller([raw] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            raw->cancel();
        });
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = client->send(post(u"/q"_s));
        canceller.join();
        QCOMPARE(response.error.kind, ConnectorError::Kind::Cancelled);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(server.seen().size(), 1);
        // Cancelled stays cancelled until the owner starts afresh.
        QCOMPARE(client->send(post(u"/q"_s)).error.kind, ConnectorError::Kind::Cancelled);
        client->resetCancel();
        server.script({FakeHttpServer::answer(200)});
        QVERIFY(client->send(post(u"/q"_s)).isSuccess());
    }

    void testCancelDuringBackoff()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::answer(503, "")});
        auto client = makeClient(server);
        client->setRetryPolicy(fastRetry(5000));
        HttpClient *raw = client.get();
        std::thread canceller([raw] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            raw->cancel();
        });
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = client->send(post(u"/q"_s));
        canceller.join();
        QCOMPARE(response.error.kind, ConnectorError::Kind::Cancelled);
        QVERIFY(timer.elapsed() < 2000);
    }

    // sendAll keeps at most window() requests out, and a cancel aborts every one of them.
    void testSendAllKeepsItsWindowAndCancelAbortsAll()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::act(Action::Hang)});
        auto client = makeClient(server);
        client->setTimeoutMs(20000);
        client->setWindow(3);
        QTimer watch; // cancels once the server holds a full window
        connect(&watch, &QTimer::timeout, client.get(), [&server, &client] {
            if (server.seen().size() == 3)
                client->cancel();
        });
        watch.start(5);
        QElapsedTimer timer;
        timer.start();
        const QList<HttpResponse> answers = client->sendAll(
            {post(u"/a"_s), post(u"/b"_s), post(u"/c"_s), post(u"/d"_s), post(u"/e"_s)});
        QCOMPARE(answers.size(), 5);
        for (const HttpResponse &answer : answers)
            QCOMPARE(answer.error.kind, ConnectorError::Kind::Cancelled);
        QCOMPARE(server.seen().size(), 3);
        QCOMPARE(client->callCount(), 3);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    // Qt 6.4 opens at most 6 HTTP/1.1 connections to a host per manager and queues the rest:
    // a larger window still has all its requests at the server at once.
    void testSendAllWindowAboveQtsConnectionLimit()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::act(Action::Hang)});
        auto client = makeClient(server);
        client->setTimeoutMs(20000);
        client->setWindow(HttpClient::connectionsPerManager * 2 + 1);
        const int window = client->window();
        QTimer watch; // cancels once the server holds a full window, or gives up after 5 s
        QElapsedTimer waited;
        waited.start();
        connect(&watch, &QTimer::timeout, client.get(), [&] {
            if (server.seen().size() == window || waited.elapsed() > 5000)
                client->cancel();
        });
        watch.start(5);
        QList<HttpRequest> requests;
        for (int i = 0; i <= window; ++i)
            requests.append(post(QStringLiteral("/r%1").arg(i), false));
        const QList<HttpResponse> answers = client->sendAll(requests);
        QCOMPARE(answers.size(), window + 1);
        QCOMPARE(server.seen().size(), window);
        QCOMPARE(client->callCount(), window);
    }

    // Each request of a batch has its own retries; answers come in the order asked.
    void testSendAllRetriesEachAndAnswersInOrder()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::answer(429, "{}", {{"Retry-After", "0"}}),
                       FakeHttpServer::answer(200, R"({"n":1})"),
                       FakeHttpServer::answer(429, "{}", {{"Retry-After", "0"}}),
                       FakeHttpServer::answer(201, R"({"n":2})")});
        auto client = makeClient(server);
        client->setWindow(1); // one at a time, so the script's order is the requests' order
        const QList<HttpResponse> answers = client->sendAll({post(u"/a"_s), post(u"/b"_s, false)});
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers[0].status, 200);
        QCOMPARE(answers[0].body, QByteArray(R"({"n":1})"));
        QCOMPARE(answers[1].status, 201); // a create is sent again after a 429: nothing was made
        QCOMPARE(client->callCount(), 4);
        QCOMPARE(client->rateLimitedCount(), 2);
    }

    // The worker calls sendAll() from a slot: replies left to deleteLater() there would live
    // until the run ends, and every nested loop would walk their pending deletes.
    void testSendAllLeavesNoReplyBehind()
    {
        FakeHttpServer server;
        server.script({FakeHttpServer::answer(500, "{}"), FakeHttpServer::answer(200, "{}"),
                       FakeHttpServer::answer(200, "{}"), FakeHttpServer::act(Action::Hang)});
        QNetworkAccessManager nam;
        HttpClient client(QUrl(server.baseUrl()), &nam);
        client.setRetryPolicy(fastRetry(1));
        client.setTimeoutMs(2000);
        QEventLoop loop; // as in the worker thread: inside a slot of a running loop
        qsizetype afterAnswers = -1, afterCancel = -1;
        ConnectorError::Kind cancelled = ConnectorError::Kind::None;
        QTimer::singleShot(0, &loop, [&] {
            client.sendAll({post(u"/a"_s), post(u"/b"_s)});
            afterAnswers = nam.findChildren<QNetworkReply *>().size();
            QTimer::singleShot(50, &client, &HttpClient::cancel); // the hanging one is aborted
            cancelled = client.send(post(u"/c"_s)).error.kind;
            afterCancel = nam.findChildren<QNetworkReply *>().size();
            loop.quit();
        });
        loop.exec();
        QCOMPARE(afterAnswers, 0);
        QCOMPARE(cancelled, ConnectorError::Kind::Cancelled);
        QCOMPARE(afterCancel, 0);
        QCOMPARE(client.callCount(), 4);
    }

    void testPlainHttpOnlyForLoopback()
    {
        QVERIFY(isAllowedBaseUrl(QUrl(u"https://www.wixapis.com"_s)));
        QVERIFY(isAllowedBaseUrl(QUrl(u"http://127.0.0.1:8080/api/v1"_s)));
        QVERIFY(isAllowedBaseUrl(QUrl(u"http://[::1]:8080"_s)));
        QVERIFY(isAllowedBaseUrl(QUrl(u"http://localhost:1"_s)));
        QVERIFY(!isAllowedBaseUrl(QUrl(u"http://www.wixapis.com"_s)));
        QVERIFY(!isAllowedBaseUrl(QUrl(u"http://127.0.0.1.example.com"_s)));
        QVERIFY(!isAllowedBaseUrl(QUrl(u"ftp://127.0.0.1"_s)));
        HttpClient client(QUrl(u"http://crm.example.com/api/v1"_s));
        const HttpResponse response = client.send(post(u"/contacts"_s));
        QCOMPARE(response.error.kind, ConnectorError::Kind::Fatal);
        QVERIFY(response.error.message.contains(u"https"_s));
        QCOMPARE(client.callCount(), 0);
    }

    // The client enforces the same policy the setup shows: a secret in the URL never leaves.
    void testUrlWithUserInfoQueryOrFragmentIsNeverCalled_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("user info") << "http://user:secret@127.0.0.1:1/api";
        QTest::newRow("query") << "http://127.0.0.1:1/api?token=secret";
        QTest::newRow("fragment") << "http://127.0.0.1:1/api#secret";
    }

    void testUrlWithUserInfoQueryOrFragmentIsNeverCalled()
    {
        QFETCH(QString, url);
        FakeHttpServer server;
        QUrl base(url);
        base.setPort(server.port());
        HttpClient client(base);
        const HttpResponse response = client.send(post(u"/contacts"_s));
        QCOMPARE(response.error.kind, ConnectorError::Kind::Fatal);
        QVERIFY2(!response.error.message.contains(u"secret"_s), qPrintable(response.error.message));
        QCOMPARE(client.callCount(), 0);
        QVERIFY(server.seen().isEmpty());
    }

    void testLogsNeverShowSecrets()
    {
        const QByteArray key = "IST.wixApiKeyVerySecret123";
        const QByteArray refresh = "rt_refreshSecret456";
        FakeHttpServer server;
        server.script({FakeHttpServer::answer(
                           500, R"({"refresh_token":"rt_other789","access_token":"at_xyz987"})"),
                       FakeHttpServer::answer(400,
                                              "grant_type=refresh_token&refresh_token=" + refresh
                                                  + "&code_verifier=verifier000")});
        auto client = makeClient(server);
        client->setHeaderProvider([key] {
            return QList<QPair<QByteArray, QByteArray>>{{"Authorization", key}};
        });
        client->redaction().addSecret(key);
        QStringList hooked;
        client->setLogHook([&hooked](const QString &line) { hooked << line; });
        QLoggingCategory::setFilterRules(u"tandem.*=true"_s);
        g_messages.clear();
        const auto previous = qInstallMessageHandler(captureMessage);
        HttpRequest request = post(u"/oauth/token"_s);
        request.body = "grant_type=refresh_token&refresh_token=" + refresh;
        client->send(request);
        qInstallMessageHandler(previous);
        QCOMPARE(server.seen().first().headers.value("authorization"), key);
        const QString all = (hooked + g_messages).join(u'\n');
        QVERIFY(!hooked.isEmpty());
        QVERIFY(all.contains(u"POST /oauth/token"_s));
        for (const QByteArray &secret : {key, refresh, QByteArray("rt_other789"),
                                         QByteArray("at_xyz987"), QByteArray("verifier000")})
            QVERIFY2(!all.contains(QString::fromUtf8(secret)), secret.constData());
    }

    void testRedactionScrubsKnownFields()
    {
        Redaction redaction;
        redaction.addSecret("sekrit-value-1");
        const QString out = redaction.scrub(
            u"Authorization: Bearer abc.def\n{\"access_token\" : \"tok\\\"en\", \"name\":\"Ada\"}"
            " code=xyz&state=s1 sekrit-value-1"_s);
        QVERIFY(!out.contains(u"abc.def"_s));
        QVERIFY(!out.contains(u"tok\\\"en"_s));
        QVERIFY(!out.contains(u"xyz"_s));
        QVERIFY(!out.contains(u"sekrit-value-1"_s));
        QVERIFY(out.contains(u"Ada"_s));
        QVERIFY(out.contains(u"state=s1"_s));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
