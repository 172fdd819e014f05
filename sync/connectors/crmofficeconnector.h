#pragma once

#include "sync/connectors/accesstokenprovider.h"
#include "sync/connectors/connector.h"
#include "sync/connectors/httpclient.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

class QNetworkAccessManager;

namespace Tandem {

// CRMOffice over its REST API (docs/contracts/crmoffice.md): collections "contacts" and
// "companies" under a per-account base URL ending in /api/v1. Everything that encodes that
// contract lives in this class, so a tenant that differs changes only here.
class CrmOfficeConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::CrmOfficeConnector)

public:
    explicit CrmOfficeConnector(const QUrl &baseUrl, QNetworkAccessManager *nam = nullptr);

    // The client every call goes through: tune its retry policy, rate limit and log hook; an
    // OAuthTokenProvider refreshes through it too.
    HttpClient &http() { return *m_http; }
    void setTokenProvider(std::unique_ptr<AccessTokenProvider> provider);
    void setPageSize(int size) { m_pageSize = std::clamp(size, 1, 500); }

    Side side() const override { return Side::CrmOffice; }
    ConnectorError readChanges(const QString &collection, const QDateTime &since,
                               const PageHandler &onPage) override;
    ConnectorError readChangesExpecting(const QString &collection, const QDateTime &since,
                                        const QList<qint64> &expectedMs,
                                        const PageHandler &onPage) override;
    ConnectorResult<Record> read(const QString &collection, const QString &id) override;
    ConnectorResult<QSet<QString>> readIds(const QString &collection) override;
    // One list call for one record: the list gives no total, so the count is nullopt.
    ConnectorResult<std::optional<qint64>> countRecords(const QString &collection) override;
    ConnectorResult<Record> create(const QString &collection, const QJsonObject &fields) override;
    ConnectorResult<Record> update(const QString &collection, const QString &id,
                                   const QString &token, const QJsonObject &changed) override;
    ConnectorError remove(const QString &collection, const QString &id,
                          const QString &token) override;
    QList<ConnectorResult<Record>> createMany(const QString &collection,
                                              const QList<QJsonObject> &records) override;
    QList<ConnectorResult<Record>> updateMany(const QString &collection,
                                              const QList<RecordChange> &changes) override;
    QList<ConnectorError> removeMany(const QString &collection,
                                     const QList<RecordChange> &records) override;
    // One request each, side by side (HttpClient::batchSize).
    int batchLimit(const QString &) override { return m_http->batchSize(); }
    int listPageSize(const QString &) const override { return m_pageSize; }
    void cancel() override { m_http->cancel(); }
    int callCount() const override { return m_http->callCount(); }
    QDateTime lastReadTime() const override { return m_readTime; }

    static Record toRecord(const QJsonObject &item, const QByteArray &etag = {});

private:
    HttpResponse call(const HttpRequest &request);
    // The requests side by side, with the access token; a 401 refreshes it once.
    QList<HttpResponse> callAll(const QList<HttpRequest> &requests);
    static HttpRequest createRequest(const QString &collection, const QJsonObject &fields);
    static HttpRequest updateRequest(const QString &collection, const RecordChange &change);
    static HttpRequest removeRequest(const QString &collection, const RecordChange &record);
    ConnectorError removeResult(const HttpRequest &request, const HttpResponse &response) const;
    ConnectorError errorOf(const HttpRequest &request, const HttpResponse &response) const;
    ConnectorError checkCollection(const QString &collection) const;
    ConnectorResult<Record> recordOf(const HttpRequest &request, const HttpResponse &response,
                                     int expectedStatus) const;
    // One page of a list: the answer's body, checked to hold an "items" list.
    ConnectorResult<QJsonObject> listPage(const HttpRequest &request);
    ConnectorResult<QJsonObject> listBody(const HttpRequest &request,
                                          const HttpResponse &response) const;
    HttpRequest listRequest(const QString &collection, const QDateTime &since, bool includeDeleted,
                            const QString &pageToken) const;
    ConnectorError listPages(const QString &collection, const QDateTime &since, bool includeDeleted,
                             const PageHandler &onPage);

    std::unique_ptr<HttpClient> m_http;
    QDateTime m_readTime; // see lastReadTime()
    std::unique_ptr<AccessTokenProvider> m_tokens;
    int m_pageSize = 500;
};

} // namespace Tandem
