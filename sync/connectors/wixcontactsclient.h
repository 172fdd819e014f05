#pragma once

#include "sync/connectors/wixapi.h"

#include <QCoreApplication>

namespace Tandem {

// Wix Contacts v4, as the "contacts" collection. Records carry the flat paths
// info.name.first, info.name.last, primaryInfo.phone, primaryInfo.email; token = revision.
class WixContactsClient
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::WixContactsClient)

public:
    explicit WixContactsClient(WixApi &api);

    void setPageSize(int size) { m_pageSize = std::clamp(size, 1, 1000); }

    ConnectorError readChanges(const QDateTime &since, const PageHandler &onPage);
    ConnectorResult<Record> read(const QString &id);
    ConnectorResult<QSet<QString>> readIds();
    // One query for one id: its pagingMetadata.total, nullopt when Wix says too many to count.
    ConnectorResult<std::optional<qint64>> count();
    ConnectorResult<QSet<QString>> existing(const QSet<QString> &ids);
    ConnectorResult<Record> create(const QJsonObject &fields);
    ConnectorResult<Record> update(const QString &id, const QString &token,
                                   const QJsonObject &changed);
    ConnectorError remove(const QString &id);
    // Side by side, up to the client's window at a time; one answer per input, in order.
    QList<ConnectorResult<Record>> createMany(const QList<QJsonObject> &records);
    QList<ConnectorResult<Record>> updateMany(const QList<RecordChange> &changes);
    QList<ConnectorError> removeMany(const QList<RecordChange> &records);

    static Record toRecord(const QJsonObject &contact);

private:
    using PageReader = std::function<bool(const QJsonArray &contacts)>;
    ConnectorError query(const QJsonObject &queryBody, const PageReader &onContacts);
    // One query request: the contacts it lists; the whole answer (its paging) in *answer.
    ConnectorResult<QJsonArray> queryOnce(const HttpRequest &request, QJsonObject *answer);
    ConnectorResult<QSet<QString>> idsOf(const QJsonObject &filter);
    static HttpRequest createRequest(const QJsonObject &fields);
    static HttpRequest getRequest(const QString &id);
    static HttpRequest removeRequest(const QString &id);
    static QJsonObject infoFrom(const QJsonObject &changed, const QJsonObject &current);
    static bool needsCurrent(const QJsonObject &changed);

    WixApi &m_api;
    int m_pageSize = 1000;
};

} // namespace Tandem
