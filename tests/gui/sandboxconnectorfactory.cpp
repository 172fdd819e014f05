#include "tests/gui/sandboxconnectorfactory.h"

#include "sync/connectors/crmofficeconnector.h"
#include "sync/connectors/wixconnector.h"

namespace Tandem::Test {

ConnectorPair SandboxConnectorFactory::create(QNetworkAccessManager &nam)
{
    const Endpoints &e = m_endpoints;
    ConnectorPair pair;
    pair.wix = std::make_unique<WixConnector>(e.wixUrl, e.wixKey, e.wixSite, &nam);
    auto crm = std::make_unique<CrmOfficeConnector>(e.crmUrl, &nam);
    crm->setTokenProvider(std::make_unique<StaticTokenProvider>(e.crmToken));
    pair.crm = std::move(crm);
    return pair;
}

} // namespace Tandem::Test
