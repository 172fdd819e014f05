#pragma once

#include "sync/connectors/wixapi.h"

namespace Tandem {

enum class WixCatalog { Unknown, V1, V3, NotInstalled };

QString wixCatalogName(WixCatalog catalog); // "V1_CATALOG", "V3_CATALOG", "STORES_NOT_INSTALLED"
// A catalog's wire name in words for the user ("Catalog V3", ...); empty for an empty name.
QString wixCatalogText(const QString &name);

// Asks GET /stores/v3/provision/version which product catalog the site runs.
class WixCatalogProbe
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::WixCatalogProbe)

public:
    explicit WixCatalogProbe(WixApi &api)
        : m_api(api)
    {}
    ConnectorResult<WixCatalog> probe();

private:
    WixApi &m_api;
};

} // namespace Tandem
