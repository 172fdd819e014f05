#include "sync/connectors/httpclient.h"

#include "sync/connectors/httpattempt.h"
#include "sync/model/baseurlpolicy.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <utility>

namespace Tandem {

// Every call is a debug note: shown only when asked for
// (QT_LOGGING_RULES="tandem.http.debug=true").
Q_LOGGING_CATEGORY(lcHttp, "tandem.http", QtInfoMsg)

QString HttpRequest::callName() const
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

// One request through its attempts.
struct HttpClient::Exchange
{
    const HttpRequest *request = nullptr;
    HttpResponse response;
    QNetworkReply *reply = nullptr; // while an attempt is out
    int manager = 0; // through which: 0 is m_nam, then m_overflow's
    int attempts = 0;
    qint64 sentMs = 0;
    qint64 notBeforeMs = 0; // a retry waits until then
    QString lastReason;
    bool done = false;
};

HttpClient::HttpClient(const QUrl &baseUrl, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_pacer(std::make_unique<Pacer>())
{
    m_clock.start();
}

HttpClient::~HttpClient() = default;

void HttpClient::setPacer(std::unique_ptr<Pacer> pacer)
{
    m_pacer = pacer ? std::move(pacer) : std::make_unique<Pacer>();
}

void HttpClient::cancel()
{
    m_cancelled = true;
    QMetaObject::invokeMethod(this, &HttpClient::abortInFlight, Qt::QueuedConnection);
}

void HttpClient::resetCancel()
{
    m_cancelled = false;
}

void HttpClient::abortInFlight()
{
    if (m_loop)
        m_loop->quit(); // sendAll() sees the flag and aborts its replies
}

void HttpClient::log(const QString &line, bool warning) const
{
    // One line a request: scrubbing it (three regular expressions) only when someone reads it.
    if (!warning && !m_logHook && !lcHttp().isDebugEnabled())
        return;
    const QString clean = m_redaction.scrub(line);
    if (warning)
        qCWarning(lcHttp).noquote() << clean;
    else
        qCDebug(lcHttp).noquote() << clean;
    if (m_logHook)
        m_logHook(clean);
}

QString HttpClient::errorSnippet(const QByteArray &body) const
{
    return m_redaction.scrub(QString::fromUtf8(body.left(300)).simplified());
}

HttpResponse HttpClient::send(const HttpRequest &request)
{
    return sendAll({request}).constFirst();
}

QList<HttpResponse> HttpClient::sendAll(const QList<HttpRequest> &requests)
{
    QList<Exchange> exchanges(requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i)
        exchanges[i].request = &requests[i];
    if (QString why; !isAllowedBaseUrl(m_baseUrl, &why)) {
        for (Exchange &x : exchanges)
            finish(x, ConnectorError::Kind::Fatal,
                   tr("%1: refused: %2").arg(x.request->callName(), why));
    }
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QEventLoop *outer = std::exchange(m_loop, &loop);
    int inFlight = 0;
    while (!m_cancelled) {
        int waitMs = -1;
        inFlight += startReady(exchanges, inFlight, &waitMs);
        if (inFlight == 0 && waitMs < 0)
            break; // every request has its answer
        const auto finished = [&exchanges] {
            return std::any_of(exchanges.cbegin(), exchanges.cend(),
                               [](const Exchange &x) { return x.reply && x.reply->isFinished(); });
        };
        if (!finished()) {
            if (waitMs >= 0)
                timer.start(waitMs);
            loop.exec();
            timer.stop();
        }
        for (Exchange &x : exchanges) {
            if (x.reply && x.reply->isFinished() && !m_cancelled) {
                --inFlight;
                settle(x);
            }
        }
    }
    m_loop = outer;
    QList<HttpResponse> responses;
    for (Exchange &x : exchanges) {
        if (x.reply) {
            x.reply->abort();
            delete std::exchange(x.reply, nullptr);
        }
        if (!x.done)
            finish(x, ConnectorError::Kind::Cancelled,
                   tr("%1: cancelled").arg(x.request->callName()));
        responses.append(x.response);
    }
    return responses;
}

// Starts what the window, the pacer and the retry waits allow, in input order; returns how
// many started. *waitMs is set when nothing more may start until a time rather than an answer.
int HttpClient::startReady(QList<Exchange> &exchanges, int inFlight, int *waitMs)
{
    int started = 0;
    QList<int> busy = busyManagers(exchanges);
    for (Exchange &x : exchanges) {
        if (x.done || x.reply)
            continue;
        const qint64 now = m_clock.elapsed();
        if (x.notBeforeMs > now) {
            const int left = int(x.notBeforeMs - now);
            *waitMs = *waitMs < 0 ? left : std::min(*waitMs, left);
            continue;
        }
        const PaceSlot slot = m_pacer->next(now, inFlight + started);
        if (inFlight + started >= std::min(m_window, slot.maxInFlight))
            break; // an answer makes room
        if (slot.waitMs > 0) {
            *waitMs = *waitMs < 0 ? slot.waitMs : std::min(*waitMs, slot.waitMs);
            break;
        }
        // The first manager with a free connection; all of them take queued requests alike.
        int manager = 0;
        while (!m_multiplexed && manager < busy.size() && busy[manager] >= connectionsPerManager)
            ++manager;
        if (manager == busy.size())
            busy.append(0);
        ++busy[manager];
        start(x, manager);
        ++started;
    }
    return started;
}

// The requests in flight through each manager.
QList<int> HttpClient::busyManagers(const QList<Exchange> &exchanges) const
{
    QList<int> busy(1 + m_overflow.size(), 0);
    for (const Exchange &x : exchanges) {
        if (x.reply)
            ++busy[x.manager];
    }
    return busy;
}

void HttpClient::start(Exchange &x, int manager)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + x.request->path);
    if (!x.request->query.isEmpty())
        url.setQuery(x.request->query);
    const auto headers = x.request->authenticated && m_headers
        ? m_headers()
        : QList<QPair<QByteArray, QByteArray>>{};
    if (manager > m_overflow.size())
        m_overflow.append(new QNetworkAccessManager(this));
    QNetworkAccessManager &nam = manager == 0 ? *m_nam : *m_overflow[manager - 1];
    x.manager = manager;
    x.reply = HttpAttempt::start(nam, url, *x.request, headers, m_timeoutMs);
    connect(x.reply, &QNetworkReply::finished, m_loop, &QEventLoop::quit);
    x.sentMs = m_clock.elapsed();
    ++x.attempts;
    ++m_calls;
    m_pacer->onSent(x.sentMs);
}

void HttpClient::finish(Exchange &x, ConnectorError::Kind kind, const QString &message)
{
    x.response = {};
    x.response.error = {kind, message};
    x.done = true;
    log(message, kind != ConnectorError::Kind::Cancelled);
}

QDateTime HttpClient::parseHttpDate(const QByteArray &value)
{
    // The one form senders make (RFC 9110, IMF-fixdate): "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

// The attempt of `x` has finished: its answer, or a retry after a wait.
void HttpClient::settle(Exchange &x)
{
    const QString call = x.request->callName();
    HttpAttempt result = HttpAttempt::finish(x.reply, m_cancelled, m_timeoutMs);
    if (result.response.status)
        m_multiplexed = result.http2;
    // Deleted here, outside its signals: a deleteLater() posted from inside the worker's slot
    // waits for the thread's own loop, so every finished reply of a run would stay alive and
    // each nested loop would walk the growing queue of their deferred deletes.
    delete std::exchange(x.reply, nullptr);
    const qint64 now = m_clock.elapsed();
    const int status = result.response.status;
    log(QStringLiteral("%1 -> %2 (%3 ms, attempt %4)")
            .arg(call, status ? QString::number(status) : result.reason)
            .arg(now - x.sentMs)
            .arg(x.attempts));
    if (result.cancelled)
        return finish(x, ConnectorError::Kind::Cancelled, tr("%1: cancelled").arg(call));
    if (result.tlsFailure)
        return finish(x, ConnectorError::Kind::Fatal,
                      tr("%1: TLS error: %2").arg(call, result.reason));
    if (status && status != 429)
        m_pacer->onAnswer(now, result.response.header("ratelimit-remaining"));
    if (status && !m_serverTime.isValid())
        m_serverTime = parseHttpDate(result.response.header("date"));

    int delay = m_retry.backoffMs(x.attempts);
    bool retryable = false;
    if (status == 429) {
        ++m_rateLimited;
        retryable = true;
        x.lastReason = tr("rate limited (429)");
        const int after = RetryPolicy::parseRetryAfterMs(result.response.header("retry-after"));
        delay = m_pacer->onRateLimited(now, x.sentMs, after, m_retry);
    } else if (status >= 500) {
        retryable = x.request->idempotent;
        x.lastReason = tr("server error %1 %2").arg(status).arg(errorSnippet(result.response.body));
    } else if (result.transport) {
        retryable = x.request->idempotent || result.notSent;
        x.lastReason = result.reason;
    } else {
        x.response = result.response; // an answer the caller interprets, errors included
        x.done = true;
        return;
    }
    if (!retryable)
        return finish(x, ConnectorError::Kind::Transient,
                      tr("%1 failed: %2; not retried because the request may already have "
                         "been applied")
                          .arg(call, x.lastReason.trimmed()));
    if (x.attempts >= m_retry.maxAttempts)
        return finish(x, ConnectorError::Kind::Transient,
                      tr("%1 failed after %2 attempts: %3")
                          .arg(call)
                          .arg(m_retry.maxAttempts)
                          .arg(x.lastReason.trimmed()));
    log(tr("%1: %2, retrying in %3 ms").arg(call, x.lastReason.trimmed()).arg(delay));
    x.notBeforeMs = now + delay;
}

ConnectorResult<QJsonObject> HttpClient::parseObject(const HttpRequest &request,
                                                     const QByteArray &body)
{
    ConnectorResult<QJsonObject> result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (body.trimmed().isEmpty()) {
        result.error = {
            ConnectorError::Kind::Malformed,
            tr("%1 answered an empty body where JSON was expected").arg(request.callName())};
    } else if (parseError.error != QJsonParseError::NoError) {
        result.error = {ConnectorError::Kind::Malformed,
                        tr("%1 answered malformed or truncated JSON: %2 at byte %3")
                            .arg(request.callName(), parseError.errorString())
                            .arg(parseError.offset)};
    } else if (!document.isObject()) {
        result.error = {ConnectorError::Kind::Malformed,
                        tr("%1 answered JSON that is not an object").arg(request.callName())};
    } else {
        result.value = document.object();
    }
    return result;
}

} // namespace Tandem
