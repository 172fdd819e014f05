#include "sync/connectors/wixcatalogprobe.h"

namespace Tandem {

QString wixCatalogName(WixCatalog catalog)
{
    switch (catalog) {
    case WixCatalog::V1:
        return QStringLiteral("V1_CATALOG");
    case WixCatalog::V3:
        return QStringLiteral("V3_CATALOG");
    case WixCatalog::NotInstalled:
        return QStringLiteral("STORES_NOT_INSTALLED");
    case WixCatalog::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString wixCatalogText(const QString &name)
{
    if (name.isEmpty())
        return {};
    if (name == wixCatalogName(WixCatalog::V1))
        return WixCatalogProbe::tr("Stores Catalog V1");
    if (name == wixCatalogName(WixCatalog::V3))
        return WixCatalogProbe::tr("Catalog V3");
    if (name == wixCatalogName(WixCatalog::NotInstalled))
        return WixCatalogProbe::tr("Wix Stores not installed (no products)");
    return WixCatalogProbe::tr("unknown catalog (%1)").arg(name);
}

ConnectorResult<WixCatalog> WixCatalogProbe::probe()
{
    const HttpRequest request =
        WixApi::request("GET", QStringLiteral("/stores/v3/provision/version"));
    const auto answer = m_api.call(request);
    if (!answer.ok())
        return {WixCatalog::Unknown, answer.error};
    const QString version = answer.value.value(QStringLiteral("catalogVersion")).toString();
    for (WixCatalog catalog : {WixCatalog::V1, WixCatalog::V3, WixCatalog::NotInstalled}) {
        if (version == wixCatalogName(catalog))
            return {catalog, {}};
    }
    return {WixCatalog::Unknown,
            {ConnectorError::Kind::Malformed,
             tr("%1 answered an unknown catalogVersion \"%2\"").arg(request.callName(), version)}};
}

} // namespace Tandem
