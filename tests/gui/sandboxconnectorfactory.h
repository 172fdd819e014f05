#pragma once

#include "sync/runtime/connectorfactory.h"

#include <QByteArray>
#include <QUrl>

namespace Tandem::Test {

// Real Wix and CRMOffice connectors pointed at a sandbox, with the test's credentials: the seam
// SyncController offers for connectors of the caller's making. Tests that need the profile's
// own factory (settings + keychain or environment) use SyncController(profileDir) instead.
class SandboxConnectorFactory : public ConnectorFactory
{
public:
    struct Endpoints
    {
        QUrl wixUrl;
        QUrl crmUrl;
        QByteArray wixKey;
        QByteArray wixSite;
        QByteArray crmToken;
    };

    explicit SandboxConnectorFactory(const Endpoints &endpoints)
        : m_endpoints(endpoints)
    {}

    ConnectorPair create(QNetworkAccessManager &nam) override;

private:
    Endpoints m_endpoints;
};

} // namespace Tandem::Test
