#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace Tandem::Sandbox {

// A request as a backend sees it, after the HTTP front has read it off the socket.
struct Request
{
    QByteArray method; // "GET", "POST", ...
    QString path; // "/contacts/v4/contacts/abc"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static Response json(int status, const QJsonObject &body,
                         const QByteArray &contentType = "application/json");
    static Response empty(int status);
};

// The sandbox's time (token and code expiry, the rate limit's window). Tests set one they advance
// by hand, so an expiry or a Retry-After is reached without waiting for it.
using Clock = std::function<QDateTime()>;

// Seeding knobs shared by both backends; deterministic for a given seed.
struct SeedOptions
{
    int contacts = 25;
    int products = 10;
    int companies = 5;
    int crmContacts = 0; // CRMOffice contacts; 0: the CRM starts without people
    quint32 randomSeed = 1;
};

// One fake service (Wix or CRMOffice). Pure request -> response logic, no sockets: the HTTP
// front adds latency, faults, rate limits and the /__sandbox routes around it, so a backend
// can be tested directly and served by the same front.
class Backend
{
public:
    virtual ~Backend() = default;

    virtual Response handle(const Request &request) = 0;
    // A stable route label for stats ("POST /contacts/v4/contacts/query"), ids replaced by {id}.
    virtual QString routeOf(const Request &request) const = 0;

    virtual void seed(const SeedOptions &options) = 0;
    virtual void reset() = 0; // empty state, as at start before seeding
    virtual QJsonObject saveState() const = 0;
    // All or nothing: when part of the state does not read, the backend keeps what it had and
    // loadError() says which part, so a broken --data file is refused, not overwritten.
    virtual void loadState(const QJsonObject &state) = 0;
    virtual QString loadError() const = 0; // empty when the last loadState() loaded

    // An error the front answers on the backend's behalf (429 past the rate limit, an injected
    // 500/503), in the body shape of the service it stands in for, so that clients parse it
    // the way they parse the service's own errors.
    virtual Response frontError(int status, const QString &message) const = 0;

    // A backend whose answers depend on the time (expiry) takes the front's clock.
    virtual void setClock(const Clock &clock) { Q_UNUSED(clock) }
};

} // namespace Tandem::Sandbox
