#pragma once

#include "sync/connectors/wixapi.h"
#include "sync/connectors/wixproductsclient.h"

#include <QJsonArray>

namespace Tandem {

// Catalog V3: updatedDate filter + ascending sort with cursor paging, string revisions as
// tokens, and the bulk calls (up to 100 products a request) for batches.
class WixProductsV3Client : public WixProductsClient
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::WixProductsV3Client)

public:
    static constexpr int MaxBulk = 100;

    explicit WixProductsV3Client(WixApi &api);

    void setPageSize(int size) override { m_pageSize = std::clamp(size, 1, 100); }
    int batchLimit() const override { return MaxBulk; }
    ConnectorError readChanges(const QDateTime &since, const PageHandler &onPage) override;
    ConnectorResult<Record> read(const QString &id) override;
    ConnectorResult<QSet<QString>> readIds() override;
    ConnectorResult<Record> create(const QJsonObject &fields) override;
    ConnectorResult<Record> update(const QString &id, const QString &token,
                                   const QJsonObject &changed) override;
    ConnectorError remove(const QString &id) override;
    QList<ConnectorResult<Record>> createMany(const QList<QJsonObject> &records) override;
    QList<ConnectorResult<Record>> updateMany(const QList<RecordChange> &changes) override;
    QList<ConnectorError> removeMany(const QList<RecordChange> &records) override;

    static Record toRecord(const QJsonObject &product);
    static QJsonObject newProduct(const QJsonObject &fields);
    // `variants`: the product's whole variant list, when a change of price rewrites it.
    static QJsonObject changedProduct(const QString &id, const QString &token,
                                      const QJsonObject &changed, const QJsonArray &variants = {});

private:
    using ItemReader = std::function<bool(const QJsonArray &products)>;
    // `fields`: the extra field groups to ask for (PLAIN_DESCRIPTION, ...); empty: none.
    ConnectorError query(const QJsonObject &first, const QJsonArray &fields,
                         const ItemReader &onProducts);
    static HttpRequest getRequest(const QString &id);
    // Per change: the variant list carrying its new price (empty when the price is unchanged),
    // or why it cannot be written.
    QList<ConnectorResult<QJsonArray>> pricedVariants(const QList<RecordChange> &changes);
    // One bulk request; per input index, the item answered or the error for it.
    QList<ConnectorResult<Record>> bulk(const QString &path, const QJsonObject &body, int count);

    WixApi &m_api;
    int m_pageSize = 100;
};

} // namespace Tandem
