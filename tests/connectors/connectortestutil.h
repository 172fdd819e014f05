#pragma once

#include "sync/connectors/crmofficeconnector.h"
#include "sync/connectors/wixconnector.h"
#include "tests/support/sandboxfixture.h"
#include "tests/support/testhttpclient.h"

#include <QStringList>

#include <memory>

namespace Tandem::Test {

inline constexpr char kWixKey[] = "IST.sandbox-wix-api-key-0123456789";
inline constexpr char kSiteId[] = "site-0001";
inline constexpr char kCrmToken[] = "pat_sandbox-crm-token-0123456789";

// Fast retries so fault tests stay quick; the bound is what matters.
RetryPolicy fastRetries(int attempts = 6);

std::unique_ptr<WixConnector> wixConnector(const SandboxFixture &sandbox);
std::unique_ptr<CrmOfficeConnector> crmConnector(const SandboxFixture &sandbox,
                                                 const QByteArray &token = kCrmToken);

// The browser part of the CRMOffice sign-in, done by hand: approve, take the code, exchange
// it with the PKCE verifier. Empty tokens when something failed.
OAuthTokenProvider::Tokens signIn(const QUrl &crmBase);

// Every record of a collection, read page by page; pages counts the handler calls.
QList<Record> readAll(Connector &connector, const QString &collection, const QDateTime &since,
                      int *pages = nullptr, ConnectorError *error = nullptr);

// Collects what Qt logs (qDebug/qWarning of every category) while alive.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    static QStringList &lines();

private:
    QtMessageHandler m_previous;
};

} // namespace Tandem::Test
