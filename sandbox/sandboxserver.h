#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/listitemfault.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxbackend.h"
#include "sandbox/sandboxstats.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServerRequest;
class QTcpSocket;

namespace Tandem::Sandbox {

class HttpListener;

// What the front adds around a backend; the same knobs for the Wix and the CRMOffice server.
struct FrontOptions
{
    int latencyMs = 0; // added before every answer (not to /__sandbox/stats and reset)
    double faultRate = 0; // share of requests answered by a fault (see Fault)
    int rateLimit = 0; // requests per second before 429; 0 = unlimited
    quint32 randomSeed = 1; // seeds the fault sequence
    // CRMOffice's headers: RateLimit-Remaining on every API answer, Retry-After on a 429. Wix
    // answers its 429 without either, as the real service usually does.
    bool rateLimitHeader = false;
};

// One sandbox HTTP server on 127.0.0.1: reads requests off the socket (Qt 6.4's
// QAbstractHttpServer, hidden here), hands them to its Backend and writes the answer back,
// applying latency, rate limit and faults on the way. 500/503 faults are answered before the
// backend sees the request; "drop" and "truncate" let the backend act and then lose or cut
// its answer, as when a real connection dies after the server committed a write.
// Routes of its own, for loopback peers only:
//   GET /__sandbox/stats   -> SandboxStats::toJson()
//   POST /__sandbox/reset  -> empties the backend and re-seeds it (?seed=false leaves it
//                             empty); clears stats.
// Any other /__sandbox/... path goes to the backend (its test hooks). No /__sandbox/ request
// is delayed, faulted, rate limited or counted in the stats.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    SandboxServer(std::unique_ptr<Backend> backend, const FrontOptions &options,
                  QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:port (0: the OS picks). Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    Backend &backend() const { return *m_backend; }
    FrontOptions frontOptions() const { return m_options; }
    void setFrontOptions(const FrontOptions &options); // applies from the next request
    void setSeedOptions(const SeedOptions &options) { m_seed = options; }
    // From the next answer on, puts a malformed item into list answers (ListItemFault), until
    // cleared or resetState().
    void addListItemFault(const ListItemFault &fault) { m_listItemFaults.append(fault); }
    void clearListItemFaults() { m_listItemFaults.clear(); }

    // The time the rate limit and the backend's expiries go by; for tests that advance it.
    void setClock(const Clock &clock);

    QJsonObject stats() const { return m_stats.toJson(); }
    void resetState(bool reseed = true);

    // For tests in the server's process: called before the backend handles each API request,
    // so a test can change the data between two pages of a client's read.
    std::function<void(const Request &)> beforeHandle;

private:
    friend class HttpListener;
    void dispatch(const QHttpServerRequest &httpRequest, QTcpSocket *socket);
    bool handleOwnRoute(const Request &request, QTcpSocket *socket, bool close);
    Response answer(const Request &request, Fault *fault);
    void send(QTcpSocket *socket, const Response &response, Fault fault, bool close);

    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<HttpListener> m_listener;
    FrontOptions m_options;
    SeedOptions m_seed;
    FaultInjector m_faults;
    RateLimiter m_limiter;
    Clock m_clock = &QDateTime::currentDateTimeUtc;
    SandboxStats m_stats;
    QList<ListItemFault> m_listItemFaults;
    quint16 m_port = 0;
};

} // namespace Tandem::Sandbox
