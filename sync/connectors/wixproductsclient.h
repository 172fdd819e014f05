#pragma once

#include "sync/connectors/connector.h"

namespace Tandem {

// The "products" collection of one Wix catalog (V1 or V3); WixConnector picks the one the
// site runs. Records carry flat fields name, sku, price, visible, description.
class WixProductsClient
{
public:
    virtual ~WixProductsClient() = default;

    virtual void setPageSize(int size) = 0;
    // Products one request of the batch calls writes (1: the defaults below loop).
    virtual int batchLimit() const { return 1; }
    virtual ConnectorError readChanges(const QDateTime &since, const PageHandler &onPage) = 0;
    virtual ConnectorResult<Record> read(const QString &id) = 0;
    virtual ConnectorResult<QSet<QString>> readIds() = 0;
    virtual ConnectorResult<Record> create(const QJsonObject &fields) = 0;
    virtual ConnectorResult<Record> update(const QString &id, const QString &token,
                                           const QJsonObject &changed) = 0;
    virtual ConnectorError remove(const QString &id) = 0;

    virtual QList<ConnectorResult<Record>> createMany(const QList<QJsonObject> &records)
    {
        QList<ConnectorResult<Record>> results;
        for (const QJsonObject &fields : records)
            results.append(create(fields));
        return results;
    }
    virtual QList<ConnectorResult<Record>> updateMany(const QList<RecordChange> &changes)
    {
        QList<ConnectorResult<Record>> results;
        for (const RecordChange &change : changes)
            results.append(update(change.id, change.token, change.changed));
        return results;
    }
    virtual QList<ConnectorError> removeMany(const QList<RecordChange> &records)
    {
        QList<ConnectorError> results;
        for (const RecordChange &record : records)
            results.append(remove(record.id));
        return results;
    }
};

} // namespace Tandem
