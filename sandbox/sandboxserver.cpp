#include "sandbox/sandboxserver.h"

#include "sandbox/httpwire.h"
#include "sandbox/sandboxlogging.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox {

// The one place that touches Qt 6.4's (preview) HTTP server API: a catch-all that hands every
// parsed request to the SandboxServer.
class HttpListener final : public QAbstractHttpServer
{
public:
    explicit HttpListener(SandboxServer *owner)
        : m_owner(owner)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_owner->dispatch(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    SandboxServer *m_owner;
};

namespace {

bool isLoopback(const QTcpSocket *socket)
{
    return socket->peerAddress().isLoopback();
}

} // namespace

SandboxServer::SandboxServer(std::unique_ptr<Backend> backend, const FrontOptions &options,
                             QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_listener(std::make_unique<HttpListener>(this))
{
    silenceRequestDumps();
    setFrontOptions(options);
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::setClock(const Clock &clock)
{
    m_clock = clock;
    m_backend->setClock(clock);
}

quint16 SandboxServer::listen(quint16 port)
{
    m_port = m_listener->listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port;
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void SandboxServer::setFrontOptions(const FrontOptions &options)
{
    m_options = options;
    m_faults = FaultInjector(options.faultRate, options.randomSeed);
    m_limiter = RateLimiter(options.rateLimit);
}

void SandboxServer::resetState(bool reseed)
{
    m_backend->reset();
    if (reseed)
        m_backend->seed(m_seed);
    m_stats.clear();
    m_limiter.clear();
    m_listItemFaults.clear();
}

void SandboxServer::dispatch(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const Request request = HttpWire::toRequest(httpRequest);
    const bool close = request.header("connection").toLower() == "close";
    if (handleOwnRoute(request, socket, close))
        return;
    Fault fault = Fault::None;
    const Response response = answer(request, &fault);
    if (m_options.latencyMs <= 0) {
        send(socket, response, fault, close);
        return;
    }
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(m_options.latencyMs, socket, [this, guarded, response, fault, close] {
        if (guarded)
            send(guarded, response, fault, close);
    });
}

bool SandboxServer::handleOwnRoute(const Request &request, QTcpSocket *socket, bool close)
{
    Response response;
    if (request.path == QLatin1String("/__sandbox/stats") && request.method == "GET") {
        response = Response::json(200, m_stats.toJson());
    } else if (request.path == QLatin1String("/__sandbox/reset") && request.method == "POST") {
        if (!isLoopback(socket)) {
            response = Response::json(
                403, {{QStringLiteral("detail"), QStringLiteral("Reset is for loopback peers.")}});
        } else {
            resetState(request.query.queryItemValue(QStringLiteral("seed")) != "false"_L1);
            response = Response::empty(204);
        }
    } else if (request.path.startsWith(QLatin1String("/__sandbox/"))) {
        // A backend's own test hook (e.g. Wix's /__sandbox/catalog): as dependable as stats.
        if (!isLoopback(socket)) {
            response = Response::json(
                403,
                {{QStringLiteral("detail"), QStringLiteral("Test hooks are for loopback peers.")}});
        } else {
            response = m_backend->handle(request);
        }
    } else {
        return false;
    }
    send(socket, response, Fault::None, close);
    return true;
}

Response SandboxServer::answer(const Request &request, Fault *fault)
{
    m_stats.countRequest(m_backend->routeOf(request));
    const QDateTime now = m_clock(); // before the answer is made: its Date precedes it
    const RateLimiter::Decision decision = m_limiter.take(now.toMSecsSinceEpoch());
    if (!decision.allowed) {
        m_stats.countRateLimited();
        Response response =
            m_backend->frontError(429,
                                  QStringLiteral("Rate limit exceeded; retry after %1 s.")
                                      .arg(decision.retryAfterSeconds));
        if (m_options.rateLimitHeader) {
            response.headers.append(
                {"Retry-After", QByteArray::number(decision.retryAfterSeconds)});
            response.headers.append({"RateLimit-Remaining", QByteArray("0")});
        }
        return response;
    }
    *fault = m_faults.next();
    Response response;
    if (*fault == Fault::Status500 || *fault == Fault::Status503)
        response = m_backend->frontError(*fault == Fault::Status500 ? 500 : 503,
                                         QStringLiteral("Fault injected by tandem-sandbox "
                                                        "(--fault-rate)."));
    else {
        if (beforeHandle)
            beforeHandle(request);
        response = m_backend->handle(request);
    }
    if (*fault == Fault::Truncate && response.body.size() < 2)
        *fault = Fault::Drop; // nothing to cut in half: the answer is lost instead
    if (*fault != Fault::None)
        m_stats.countFault(FaultInjector::name(*fault));
    if (m_options.rateLimitHeader)
        response.headers.append({"RateLimit-Remaining", QByteArray::number(decision.remaining)});
    // A server with a clock sends its time (RFC 9110, 6.6.1): clients read from it.
    response.headers.append(
        {"Date",
         QLocale::c()
             .toString(now.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
             .toLatin1()});
    for (const ListItemFault &listFault : std::as_const(m_listItemFaults))
        listFault.apply(m_backend->routeOf(request), &response);
    return response;
}

void SandboxServer::send(QTcpSocket *socket, const Response &response, Fault fault, bool close)
{
    switch (fault) {
    case Fault::Drop:
        socket->abort();
        return;
    case Fault::Truncate:
        socket->write(HttpWire::head(response, true)
                      + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    default:
        socket->write(HttpWire::serialize(response, close));
        if (close)
            socket->disconnectFromHost();
        return;
    }
}

} // namespace Tandem::Sandbox
