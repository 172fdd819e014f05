// Requests per second the sandbox serves to one client over keep-alive connections: starts the
// real tandem-sandbox, reads one CRMOffice contact, a small CRMOffice list page and one Wix
// contact over and over, first through one QNetworkAccessManager (6 requests in flight), then
// through raw keep-alive sockets, prints the figures, and last whether the slowest
// QNetworkAccessManager figure meets the target of 3,000 requests per second.
//   bench_sandbox [--seconds N] [--in-flight N]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    int requests = 0;
    int failures = 0;
    double seconds = 0;
};

constexpr double kTargetPerSecond = 3000;

// Both servers' credentials on every request: the Wix server reads the key and the site id,
// the CRMOffice server the Bearer token (any non-empty ones are accepted without options).
QNetworkRequest benchRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer bench-token");
    request.setRawHeader("wix-site-id", "bench-site");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return request;
}

// GET, or POST with `body` when it is not empty; waits for the answer.
QByteArray syncCall(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &body = {})
{
    const QNetworkRequest request = benchRequest(url);
    QNetworkReply *reply = body.isEmpty() ? manager.get(request) : manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

// The id of the first record in the array `key` of a JSON answer; empty when there is none.
QString firstId(const QByteArray &answer, const QString &key)
{
    return QJsonDocument::fromJson(answer)
        .object()
        .value(key)
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

// Keeps `inFlight` GETs of `url` going for `seconds`, counting answers.
Figures hammer(QNetworkAccessManager &manager, const QUrl &url, int seconds, int inFlight)
{
    Figures figures;
    QElapsedTimer clock;
    QEventLoop loop;
    int pending = 0;
    const QNetworkRequest request = benchRequest(url);
    std::function<void()> sendOne = [&] {
        ++pending;
        QNetworkReply *reply = manager.get(request);
        QObject::connect(reply, &QNetworkReply::finished, [&, reply] {
            --pending;
            ++figures.requests;
            if (reply->error() != QNetworkReply::NoError)
                ++figures.failures;
            reply->deleteLater();
            if (clock.elapsed() < seconds * 1000)
                sendOne();
            else if (pending == 0)
                loop.quit();
        });
    };
    clock.start();
    for (int i = 0; i < inFlight; ++i)
        sendOne();
    loop.exec();
    figures.seconds = clock.elapsed() / 1000.0;
    return figures;
}

// The same load from raw keep-alive sockets (one request at a time on each), which costs the
// client far less than QNetworkAccessManager and so shows more of the server's own speed.
Figures hammerRaw(const QUrl &url, int seconds, int connections)
{
    Figures figures;
    QElapsedTimer clock;
    QEventLoop loop;
    const QByteArray request = "GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer bench-token"
          "\r\nwix-site-id: bench-site\r\n\r\n";
    int open = connections;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> buffers(connections);
    for (int i = 0; i < connections; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        QObject::connect(raw, &QTcpSocket::readyRead, [&, raw, i] {
            QByteArray &buffer = buffers[i];
            buffer += raw->readAll();
            for (;;) {
                const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
                const qsizetype lengthAt = buffer.indexOf("Content-Length: ");
                if (headEnd < 0 || lengthAt < 0 || lengthAt > headEnd)
                    return;
                const qsizetype length =
                    buffer.mid(lengthAt + 16, buffer.indexOf("\r\n", lengthAt) - lengthAt - 16)
                        .toLongLong();
                if (buffer.size() < headEnd + 4 + length)
                    return;
                if (!buffer.startsWith("HTTP/1.1 200"))
                    ++figures.failures;
                ++figures.requests;
                buffer.remove(0, headEnd + 4 + length);
                if (clock.elapsed() < seconds * 1000) {
                    raw->write(request);
                } else {
                    raw->disconnectFromHost();
                    if (--open == 0)
                        loop.quit();
                    return;
                }
            }
        });
        raw->connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        raw->waitForConnected(5000);
        sockets.push_back(std::move(socket));
    }
    clock.start();
    for (auto &socket : sockets)
        socket->write(request);
    loop.exec();
    figures.seconds = clock.elapsed() / 1000.0;
    return figures;
}

// CPU seconds (user + system) the process has used so far, from /proc; -1 if unknown.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    if (fields.size() < 15)
        return -1;
    return (fields[13].toDouble() + fields[14].toDouble()) / double(sysconf(_SC_CLK_TCK));
}

// The machine is shared, so besides the wall-clock rate print what the server itself spent:
// its CPU time per request gives the rate one free core would sustain.
double print(const char *what, const Figures &figures, double serverCpuSeconds)
{
    std::printf("%-26s %7.0f requests/s  (%d requests, %d failed, %.1f s; server CPU %.1f us "
                "per request = %.0f requests/s per core)\n",
                what, figures.requests / figures.seconds, figures.requests, figures.failures,
                figures.seconds, 1e6 * serverCpuSeconds / figures.requests,
                figures.requests / serverCpuSeconds);
    std::fflush(stdout);
    return figures.failures > 0 ? 0 : figures.requests / figures.seconds;
}

// Requests per second without failures; 0 when any request failed.
double measure(const char *what, QNetworkAccessManager *manager, const QUrl &url, int seconds,
               int inFlight, qint64 serverPid)
{
    const double before = cpuSeconds(serverPid);
    const Figures figures =
        manager ? hammer(*manager, url, seconds, inFlight) : hammerRaw(url, seconds, inFlight);
    return print(what, figures, cpuSeconds(serverPid) - before);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds per figure."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("in-flight"), QStringLiteral("Requests in flight."),
                      QStringLiteral("N"), QStringLiteral("6")});
    parser.process(app);
    const int seconds = qMax(1, parser.value(QStringLiteral("seconds")).toInt());
    const int inFlight = qBound(1, parser.value(QStringLiteral("in-flight")).toInt(), 64);

    QProcess sandbox;
    sandbox.start(QStringLiteral(TANDEM_SANDBOX_EXE),
                  {QStringLiteral("--seed-crm-contacts"), QStringLiteral("50"),
                   QStringLiteral("--seed-contacts"), QStringLiteral("50")});
    if (!sandbox.waitForReadyRead(15000)) {
        std::fprintf(stderr, "bench_sandbox: tandem-sandbox did not start\n");
        return 1;
    }
    const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
    const QUrl wix(line.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 1));
    const QUrl crm(line.section(QStringLiteral("crmoffice="), 1));
    std::printf("tandem-sandbox: %s\n", qPrintable(line));

    QNetworkAccessManager manager;
    const QString crmId =
        firstId(syncCall(manager, QUrl(crm.toString() + u"/contacts?pageSize=5"_s)),
                QStringLiteral("items"));
    const QString wixId =
        firstId(syncCall(manager, QUrl(wix.toString() + u"/contacts/v4/contacts/query"_s),
                         R"({"query": {"paging": {"limit": 1}}})"),
                QStringLiteral("contacts"));
    if (crmId.isEmpty() || wixId.isEmpty()) {
        std::fprintf(stderr, "bench_sandbox: the sandbox listed no contacts\n");
        return 1;
    }
    const qint64 pid = sandbox.processId();
    const QList<QPair<const char *, QUrl>> routes{
        {"CRM GET /contacts/{id}", QUrl(crm.toString() + u"/contacts/"_s + crmId)},
        {"CRM GET /contacts?pageSize=5", QUrl(crm.toString() + u"/contacts?pageSize=5"_s)},
        {"Wix GET /contacts/{id}", QUrl(wix.toString() + u"/contacts/v4/contacts/"_s + wixId)}};
    double slowest = -1;
    std::printf("One QNetworkAccessManager, %d requests in flight:\n", inFlight);
    for (const auto &[what, url] : routes) {
        const double rate = measure(what, &manager, url, seconds, inFlight, pid);
        slowest = slowest < 0 ? rate : qMin(slowest, rate);
    }
    std::printf("Raw keep-alive QTcpSocket client, %d connections:\n", inFlight);
    for (const auto &[what, url] : routes)
        measure(what, nullptr, url, seconds, inFlight, pid);
    const bool met = slowest >= kTargetPerSecond;
    std::printf("Slowest through QNetworkAccessManager: %.0f requests/s; target %.0f: %s\n",
                slowest, kTargetPerSecond, met ? "met" : "NOT met");
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return met ? 0 : 3;
}
