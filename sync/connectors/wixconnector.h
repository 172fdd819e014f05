#pragma once

#include "sync/connectors/connector.h"
#include "sync/connectors/httpclient.h"
#include "sync/connectors/wixapi.h"
#include "sync/connectors/wixcatalogprobe.h"
#include "sync/connectors/wixcontactsclient.h"
#include "sync/connectors/wixproductsclient.h"

#include <memory>

class QNetworkAccessManager;

namespace Tandem {

// Wix over its REST API (docs/contracts/wix.md): "contacts" (Contacts v4) and "products"
// (Stores Catalog V1 or V3, whichever the site runs, asked once per connector instance).
class WixConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::WixConnector)

public:
    WixConnector(const QUrl &baseUrl, const QByteArray &apiKey, const QByteArray &siteId,
                 QNetworkAccessManager *nam = nullptr);
    ~WixConnector() override;

    HttpClient &http() { return *m_http; }
    void setPageSize(int size); // both collections, each capped at its API's maximum
    // The site's catalog, asked on first use and cached; Unknown when the probe failed.
    WixCatalog catalogVersion();

    Side side() const override { return Side::Wix; }
    ConnectorError readChanges(const QString &collection, const QDateTime &since,
                               const PageHandler &onPage) override;
    ConnectorResult<Record> read(const QString &collection, const QString &id) override;
    ConnectorResult<QSet<QString>> readIds(const QString &collection) override;
    ConnectorResult<QSet<QString>> existing(const QString &collection,
                                            const QSet<QString> &ids) override;
    // Contacts: one query for one contact, its total. Products: the catalog probe, no count.
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
    int batchLimit(const QString &collection) override;
    int recordsPerCall(const QString &collection) override;
    QString apiVersion(const QString &collection) const override;
    void cancel() override { m_http->cancel(); }
    int callCount() const override { return m_http->callCount(); }
    QDateTime lastReadTime() const override { return m_readTime; }

private:
    // The products client for this site, or the error every products call answers.
    ConnectorResult<WixProductsClient *> products();
    ConnectorError unknownCollection(const QString &collection) const;
    template<typename Result, typename OnContacts, typename OnProducts, typename OnError>
    Result dispatch(const QString &collection, OnContacts onContacts, OnProducts onProducts,
                    OnError onError);

    std::unique_ptr<HttpClient> m_http;
    QDateTime m_readTime; // see lastReadTime()
    WixApi m_api;
    WixContactsClient m_contacts;
    std::unique_ptr<WixProductsClient> m_products;
    ConnectorError m_productsError;
    bool m_probed = false;
    WixCatalog m_catalog = WixCatalog::Unknown;
    int m_pageSize = 0;
};

} // namespace Tandem
