#pragma once

#include "sync/connectors/connector.h"
#include "sync/connectors/pacer.h"
#include "sync/connectors/redaction.h"
#include "sync/connectors/retrypolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

class QEventLoop;
class QNetworkAccessManager;
class QNetworkReply;

namespace Tandem {

struct HttpRequest
{
    QByteArray method = "GET";
    QString path; // appended to the base URL's path: "/contacts/v4/contacts/query"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";
    // Whether the server may see this call twice without harm: reads, queries, writes guarded
    // by a revision or If-Match, deletes. A create is not (see HttpClient::send).
    bool idempotent = true;
    bool authenticated = true; // false for the token endpoint itself

    QString callName() const; // "POST /contacts/v4/contacts/query", for messages
};

struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-case
    // Set when the call did not get an answer the caller should interpret: cancelled, TLS
    // failure, or 429/5xx/dropped/timeout past the retry bound.
    ConnectorError error;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool isSuccess() const { return error.ok() && status >= 200 && status < 300; }
};

// The blocking HTTP client both connectors share. It lives in (and is called from) the worker
// thread; each call runs a local event loop on one QNetworkAccessManager, so connections are
// kept alive between calls, and sendAll() keeps up to window() requests in flight on it. Qt 6.4
// opens at most connectionsPerManager HTTP/1.1 connections to a host and queues the rest, so a
// window above that sends the requests beyond it through managers of the client's own (made
// when first needed, kept alive as well); an HTTP/2 service takes the whole window on one
// connection and gets none. A Pacer decides how fast requests go. cancel() may be called from
// any thread.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using LogHook = std::function<void(const QString &line)>;
    using HeaderProvider = std::function<QList<QPair<QByteArray, QByteArray>>()>;

    explicit HttpClient(const QUrl &baseUrl, QNetworkAccessManager *nam = nullptr,
                        QObject *parent = nullptr);
    ~HttpClient() override;

    QUrl baseUrl() const { return m_baseUrl; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    // The default paces nothing until a 429, then holds for Retry-After or a back-off.
    void setPacer(std::unique_ptr<Pacer> pacer);
    Pacer &pacer() { return *m_pacer; }
    void setWindow(int requests) { m_window = std::clamp(requests, 1, maxWindow); }
    int window() const { return m_window; }
    // Records a connector hands to one sendAll() where each has its own request: several
    // windows, so the window stays full across the batch instead of draining to its slowest
    // answer, and the engine journals once per batch rather than once per window.
    int batchSize() const { return m_window * windowsPerBatch; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setHeaderProvider(HeaderProvider provider) { m_headers = std::move(provider); }
    void setLogHook(LogHook hook) { m_logHook = std::move(hook); }
    Redaction &redaction() { return m_redaction; }

    // Sends with pacing and bounded retries. 429 is always retried (the service refused before
    // doing anything), honouring Retry-After. 5xx, dropped connections and timeouts are retried
    // only for idempotent requests: a create that failed after it was sent may have been
    // stored, so it is answered as Transient instead and the engine's intent journal finds
    // that record on the next run rather than making a duplicate. Errors that prove the
    // request never left (connection refused, unknown host) are retried for every request.
    HttpResponse send(const HttpRequest &request);
    // Sends each request as send() does, up to window() of them in flight at once, and
    // answers in the order asked. Callers keep two writes of one record out of one call.
    QList<HttpResponse> sendAll(const QList<HttpRequest> &requests);

    // An HTTP Date header's time (UTC), null when it is not one.
    static QDateTime parseHttpDate(const QByteArray &value);
    // The JSON object of an answer, or a Malformed error naming the call.
    static ConnectorResult<QJsonObject> parseObject(const HttpRequest &request,
                                                    const QByteArray &body);

    // The service's own time (its Date header) at the first answer after markServerTime():
    // a read begun after the mark listed every change the service made before that time.
    // Null when no answer since the mark carried a Date.
    void markServerTime() { m_serverTime = QDateTime(); }
    QDateTime serverTime() const { return m_serverTime; }

    void cancel();
    void resetCancel();
    bool isCancelled() const { return m_cancelled.load(); }
    int callCount() const { return m_calls.load(); }
    int rateLimitedCount() const { return m_rateLimited.load(); } // 429 answers seen

    static constexpr int defaultWindow = 8;
    static constexpr int maxWindow = 64;
    static constexpr int windowsPerBatch = 32;
    static constexpr int connectionsPerManager = 6; // Qt 6.4's HTTP/1.1 channels per host

private:
    struct Exchange;

    int startReady(QList<Exchange> &exchanges, int inFlight, int *waitMs);
    QList<int> busyManagers(const QList<Exchange> &exchanges) const;
    void start(Exchange &x, int manager);
    void settle(Exchange &x);
    void finish(Exchange &x, ConnectorError::Kind kind, const QString &message);
    void abortInFlight();
    void log(const QString &line, bool warning = false) const;
    QString errorSnippet(const QByteArray &body) const;

    QUrl m_baseUrl;
    QNetworkAccessManager *m_nam;
    QList<QNetworkAccessManager *> m_overflow; // m_nam's connections are all busy: see above
    bool m_multiplexed = false; // the last answer came over HTTP/2: one manager takes all
    RetryPolicy m_retry;
    std::unique_ptr<Pacer> m_pacer;
    int m_window = defaultWindow;
    int m_timeoutMs = 30000;
    QElapsedTimer m_clock; // the pacer's time
    HeaderProvider m_headers;
    LogHook m_logHook;
    Redaction m_redaction;
    QEventLoop *m_loop = nullptr;
    std::atomic_bool m_cancelled{false};
    std::atomic_int m_calls{0};
    std::atomic_int m_rateLimited{0};
    QDateTime m_serverTime;
};

} // namespace Tandem
