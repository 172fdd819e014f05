#pragma once

#include "sync/connectors/wixapi.h"
#include "sync/connectors/wixproductsclient.h"

namespace Tandem {

// Stores Catalog V1. No revision, and last writer wins on Wix's side: the token is a
// fingerprint of the product's values instead, and an update re-reads the product first and
// answers Stale when its values are no longer those the change is based on (NotFound when it
// was deleted meanwhile). Pages by numericId past the last one seen instead of deep offsets.
class WixProductsV1Client : public WixProductsClient
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::WixProductsV1Client)

public:
    explicit WixProductsV1Client(WixApi &api);

    void setPageSize(int size) override { m_pageSize = std::clamp(size, 1, 100); }
    ConnectorError readChanges(const QDateTime &since, const PageHandler &onPage) override;
    ConnectorResult<Record> read(const QString &id) override;
    ConnectorResult<QSet<QString>> readIds() override;
    ConnectorResult<Record> create(const QJsonObject &fields) override;
    ConnectorResult<Record> update(const QString &id, const QString &token,
                                   const QJsonObject &changed) override;
    ConnectorError remove(const QString &id) override;

    static Record toRecord(const QJsonObject &product);
    // The token of a V1 product: a digest of its flat fields (equal values, equal token).
    static QString fingerprint(const QJsonObject &fields);
    static QJsonObject productFrom(const QJsonObject &fields);

private:
    ConnectorError query(const QJsonObject &filter, const PageHandler &onPage);

    WixApi &m_api;
    int m_pageSize = 100;
};

} // namespace Tandem
