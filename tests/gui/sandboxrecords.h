#pragma once

#include "tests/support/sandboxfixture.h"
#include "tests/support/testhttpclient.h"

#include <QJsonObject>
#include <QList>

namespace Tandem::Test {

// The sandbox's records as a user's other tools see them: through each service's HTTP API
// (TestHttpClient over loopback), never through the backends' internals.
class SandboxRecords
{
public:
    struct Credentials
    {
        QByteArray wixKey;
        QByteArray wixSite;
        QByteArray crmToken;
    };

    SandboxRecords(SandboxFixture &sandbox, const Credentials &credentials);

    QList<QJsonObject> wixContacts();
    QList<QJsonObject> crmContacts(); // live ones, without tombstones
    QJsonObject wixContact(const QString &id);
    QJsonObject crmContact(const QString &id);

    // Edits as a person would in each service's own UI; false when the service refused.
    bool setWixName(const QString &id, const QString &part, const QString &value); // "first"/"last"
    bool patchCrmContact(const QString &id, const QJsonObject &fields);

    // Requests in a server's stats that change data (anything but reads and queries).
    static int writeCount(const QJsonObject &stats);
    static QStringList writeRoutes(const QJsonObject &stats);

private:
    TestHttpClient::Headers wixHeaders() const;
    TestHttpClient::Headers crmHeaders() const;
    QUrl wixUrl(const QString &path) const;
    QUrl crmUrl(const QString &path) const;

    SandboxFixture &m_sandbox;
    Credentials m_credentials;
    TestHttpClient m_http;
};

} // namespace Tandem::Test
