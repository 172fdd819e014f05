#include "httpclient.h"

#include "oneshotbody.h"
#include "urlpolicy.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Tandem {

// Every call is a debug note: shown only when asked for (QT_LOGGING_RULES="tandem.http.debug=true").
Q_LOGGING_CATEGORY(lcHttp, "tandem.http", QtInfoMsg)

QString HttpRequest::callName() const
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + path;
}

struct HttpClient::Attempt
{
    HttpResponse response;
    QString reason;          // why it failed, for the message
    bool transport = false;  // no usable HTTP answer
    bool notSent = false;    // the request provably never reached the server
    bool tlsFailure = false;
    bool cancelled = false;
};

HttpClient::HttpClient(const QUrl &baseUrl, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{
}

HttpClient::~HttpClient() = default;

bool HttpClient::isBaseUrlAllowed() const
{
    return isAllowedBaseUrl(m_baseUrl);
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
    if (m_reply)
        m_reply->abort();
    if (m_loop)
        m_loop->quit();
}

void HttpClient::log(const QString &line, bool warning) const
{
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

bool HttpClient::waitMs(int ms)
{
    if (m_cancelled)
        return false;
    if (ms <= 0)
        return true;
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    m_loop = &loop;
    loop.exec();
    m_loop = nullptr;
    return !m_cancelled;
}

bool HttpClient::waitForRateLimit()
{
    for (int wait = m_limiter.tryAcquire(); wait > 0; wait = m_limiter.tryAcquire()) {
        if (!waitMs(wait))
            return false;
    }
    return !m_cancelled;
}

HttpClient::Attempt HttpClient::sendOnce(const HttpRequest &request)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest net(url);
    net.setTransferTimeout(m_timeoutMs);
    net.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty() || request.method != "GET")
        net.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (request.authenticated && m_headers) {
        for (const auto &[name, value] : m_headers())
            net.setRawHeader(name, value);
    }
    for (const auto &[name, value] : request.headers)
        net.setRawHeader(name, value);

    QEventLoop loop;
    QNetworkReply *reply = nullptr;
    if (!request.idempotent && !request.body.isEmpty()) {
        // Qt must not send a create a second time on its own (see OneShotBody).
        auto *body = new OneShotBody(request.body);
        net.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        net.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        reply = m_nam->sendCustomRequest(net, request.method, body);
        body->setParent(reply);
    } else {
        reply = m_nam->sendCustomRequest(net, request.method, request.body);
    }
    m_reply = reply;
    m_loop = &loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    ++m_calls;
    if (!reply->isFinished())
        loop.exec();
    m_loop = nullptr;
    m_reply = nullptr;
    if (!reply->isFinished())
        reply->abort();

    Attempt attempt;
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    attempt.response.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        attempt.response.headers.insert(name.toLower(), value);
    // 1..99 are connection level: no trustworthy HTTP answer even with a status. Qt also
    // reports a 400 as a protocol error (302); with a status line, that is the server's answer.
    const bool connectionLevel = error > 0 && error < 100;
    if (m_cancelled) {
        attempt.cancelled = true;
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        attempt.tlsFailure = true;
        attempt.reason = reply->errorString();
    } else if (connectionLevel || !status.isValid()) {
        attempt.transport = true;
        attempt.notSent = error == QNetworkReply::ConnectionRefusedError
                || error == QNetworkReply::HostNotFoundError;
        if (error == QNetworkReply::OperationCanceledError)
            attempt.reason = tr("no answer within %1 s").arg(m_timeoutMs / 1000.0);
        else if (error == QNetworkReply::ContentReSendError) // Qt says "Unknown error"
            attempt.reason = tr("the connection closed before the answer came");
        else
            attempt.reason = reply->errorString();
    } else {
        attempt.response.status = status.toInt();
    }
    reply->deleteLater();
    return attempt;
}

HttpResponse HttpClient::send(const HttpRequest &request)
{
    const QString call = request.callName();
    auto failed = [&](ConnectorError::Kind kind, const QString &message) {
        HttpResponse response;
        response.error = {kind, message};
        log(message, kind != ConnectorError::Kind::Cancelled);
        return response;
    };
    if (!isBaseUrlAllowed())
        return failed(ConnectorError::Kind::Fatal,
                      tr("%1: refused: the base URL must use https (http only for loopback)")
                              .arg(call));
    QString lastReason;
    for (int attempt = 1; attempt <= m_retry.maxAttempts; ++attempt) {
        if (!waitForRateLimit())
            return failed(ConnectorError::Kind::Cancelled, tr("%1: cancelled").arg(call));
        QElapsedTimer timer;
        timer.start();
        Attempt result = sendOnce(request);
        const int status = result.response.status;
        log(QStringLiteral("%1 -> %2 (%3 ms, attempt %4)")
                    .arg(call, status ? QString::number(status) : result.reason)
                    .arg(timer.elapsed())
                    .arg(attempt));
        if (result.cancelled)
            return failed(ConnectorError::Kind::Cancelled, tr("%1: cancelled").arg(call));
        if (result.tlsFailure)
            return failed(ConnectorError::Kind::Fatal,
                          tr("%1: TLS error: %2").arg(call, result.reason));

        int delay = m_retry.backoffMs(attempt);
        bool retryable = false;
        if (status == 429) {
            ++m_rateLimited;
            m_limiter.drain();
            retryable = true;
            lastReason = tr("rate limited (429)");
            const int after = RetryPolicy::parseRetryAfterMs(result.response.header("retry-after"));
            if (after >= 0)
                delay = std::min(after, m_retry.retryAfterCapMs);
        } else if (status >= 500) {
            retryable = request.idempotent;
            lastReason = tr("server error %1 %2").arg(status).arg(errorSnippet(result.response.body));
        } else if (result.transport) {
            retryable = request.idempotent || result.notSent;
            lastReason = result.reason;
        } else {
            return result.response; // an answer the caller interprets, errors included
        }
        if (!retryable)
            return failed(ConnectorError::Kind::Transient,
                          tr("%1 failed: %2; not retried because the request may already have "
                             "been applied")
                                  .arg(call, lastReason.trimmed()));
        if (attempt < m_retry.maxAttempts) {
            log(tr("%1: %2, retrying in %3 ms").arg(call, lastReason.trimmed()).arg(delay));
            if (!waitMs(delay))
                return failed(ConnectorError::Kind::Cancelled, tr("%1: cancelled").arg(call));
        }
    }
    return failed(ConnectorError::Kind::Transient,
                  tr("%1 failed after %2 attempts: %3")
                          .arg(call)
                          .arg(m_retry.maxAttempts)
                          .arg(lastReason.trimmed()));
}

ConnectorResult<QJsonObject> HttpClient::parseObject(const HttpRequest &request,
                                                     const QByteArray &body)
{
    ConnectorResult<QJsonObject> result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (body.trimmed().isEmpty()) {
        result.error = {ConnectorError::Kind::Malformed,
                        tr("%1 answered an empty body where JSON was expected")
                                .arg(request.callName())};
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
