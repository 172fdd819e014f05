#include "sync/connectors/wixconnector.h"

#include "sync/connectors/aimdpacer.h"
#include "sync/connectors/wixproductsv1client.h"
#include "sync/connectors/wixproductsv3client.h"

namespace Tandem {

namespace {
// Mappings name collections as users see them ("Contacts", "Products").
bool isContacts(const QString &collection)
{
    return collection.compare(QLatin1String("contacts"), Qt::CaseInsensitive) == 0;
}
bool isProducts(const QString &collection)
{
    return collection.compare(QLatin1String("products"), Qt::CaseInsensitive) == 0;
}
} // namespace

WixConnector::WixConnector(const QUrl &baseUrl, const QByteArray &apiKey, const QByteArray &siteId,
                           QNetworkAccessManager *nam)
    : m_http(std::make_unique<HttpClient>(baseUrl, nam))
    , m_api(*m_http)
    , m_contacts(m_api)
{
    m_http->redaction().addSecret(apiKey);
    m_http->setPacer(std::make_unique<AimdPacer>());
    m_http->setHeaderProvider([apiKey, siteId] {
        return QList<QPair<QByteArray, QByteArray>>{{"Authorization", apiKey},
                                                    {"wix-site-id", siteId}};
    });
}

WixConnector::~WixConnector() = default;

void WixConnector::setPageSize(int size)
{
    m_pageSize = size;
    m_contacts.setPageSize(size);
    if (m_products)
        m_products->setPageSize(size);
}

WixCatalog WixConnector::catalogVersion()
{
    products();
    return m_catalog;
}

ConnectorResult<WixProductsClient *> WixConnector::products()
{
    if (!m_probed) {
        const auto probed = WixCatalogProbe(m_api).probe();
        if (!probed.ok()) // a failed probe is asked again next time rather than cached
            return {nullptr, probed.error};
        m_probed = true;
        m_catalog = probed.value;
        if (m_catalog == WixCatalog::V1)
            m_products = std::make_unique<WixProductsV1Client>(m_api);
        else if (m_catalog == WixCatalog::V3)
            m_products = std::make_unique<WixProductsV3Client>(m_api);
        else
            m_productsError = {ConnectorError::Kind::Unsupported,
                               tr("Wix Stores is not installed on this site: there are no "
                                  "products to sync.")};
        if (m_products && m_pageSize > 0)
            m_products->setPageSize(m_pageSize);
    }
    return {m_products.get(), m_productsError};
}

int WixConnector::batchLimit(const QString &collection)
{
    if (isContacts(collection))
        return m_http->batchSize(); // one request each, side by side
    if (!isProducts(collection))
        return 1;
    const auto client = products();
    return client.ok() ? client.value->batchLimit() : 1;
}

int WixConnector::recordsPerCall(const QString &collection)
{
    if (!isProducts(collection))
        return 1;
    const auto client = products();
    return client.ok() ? client.value->batchLimit() : 1;
}

QString WixConnector::apiVersion(const QString &collection) const
{
    if (!isProducts(collection) || !m_probed)
        return {};
    return wixCatalogName(m_catalog);
}

ConnectorError WixConnector::unknownCollection(const QString &collection) const
{
    return {
        ConnectorError::Kind::Unsupported,
        tr("Wix has no collection \"%1\" (contacts and products are supported)").arg(collection)};
}

namespace {
ConnectorError asError(const ConnectorError &error)
{
    return error;
}
template<typename T> ConnectorResult<T> asResult(const ConnectorError &error)
{
    return {T{}, error};
}
} // namespace

template<typename Result, typename OnContacts, typename OnProducts, typename OnError>
Result WixConnector::dispatch(const QString &collection, OnContacts onContacts,
                              OnProducts onProducts, OnError onError)
{
    if (isContacts(collection))
        return onContacts();
    if (!isProducts(collection))
        return onError(unknownCollection(collection));
    const auto client = products();
    if (!client.ok())
        return onError(client.error);
    return onProducts(*client.value);
}

ConnectorError WixConnector::readChanges(const QString &collection, const QDateTime &since,
                                         const PageHandler &onPage)
{
    m_http->markServerTime();
    const ConnectorError error = dispatch<ConnectorError>(
        collection, [&] { return m_contacts.readChanges(since, onPage); },
        [&](WixProductsClient &client) { return client.readChanges(since, onPage); }, asError);
    m_readTime = error.ok() ? m_http->serverTime() : QDateTime();
    return error;
}

ConnectorResult<Record> WixConnector::read(const QString &collection, const QString &id)
{
    return dispatch<ConnectorResult<Record>>(
        collection, [&] { return m_contacts.read(id); },
        [&](WixProductsClient &client) { return client.read(id); }, asResult<Record>);
}

ConnectorResult<QSet<QString>> WixConnector::readIds(const QString &collection)
{
    return dispatch<ConnectorResult<QSet<QString>>>(
        collection, [&] { return m_contacts.readIds(); },
        [&](WixProductsClient &client) { return client.readIds(); }, asResult<QSet<QString>>);
}

ConnectorResult<std::optional<qint64>> WixConnector::countRecords(const QString &collection)
{
    using Count = ConnectorResult<std::optional<qint64>>;
    return dispatch<Count>(
        collection, [&] { return m_contacts.count(); }, [](WixProductsClient &) { return Count{}; },
        asResult<std::optional<qint64>>);
}

ConnectorResult<QSet<QString>> WixConnector::existing(const QString &collection,
                                                      const QSet<QString> &ids)
{
    if (isContacts(collection))
        return m_contacts.existing(ids);
    return Connector::existing(collection, ids); // products: a get each
}

ConnectorResult<Record> WixConnector::create(const QString &collection, const QJsonObject &fields)
{
    return dispatch<ConnectorResult<Record>>(
        collection, [&] { return m_contacts.create(fields); },
        [&](WixProductsClient &client) { return client.create(fields); }, asResult<Record>);
}

ConnectorResult<Record> WixConnector::update(const QString &collection, const QString &id,
                                             const QString &token, const QJsonObject &changed)
{
    return dispatch<ConnectorResult<Record>>(
        collection, [&] { return m_contacts.update(id, token, changed); },
        [&](WixProductsClient &client) { return client.update(id, token, changed); },
        asResult<Record>);
}

ConnectorError WixConnector::remove(const QString &collection, const QString &id, const QString &)
{
    return dispatch<ConnectorError>(
        collection, [&] { return m_contacts.remove(id); },
        [&](WixProductsClient &client) { return client.remove(id); }, asError);
}

QList<ConnectorResult<Record>> WixConnector::createMany(const QString &collection,
                                                        const QList<QJsonObject> &records)
{
    if (isContacts(collection))
        return m_contacts.createMany(records);
    if (!isProducts(collection))
        return Connector::createMany(collection, records);
    const auto client = products();
    if (!client.ok())
        return QList<ConnectorResult<Record>>(records.size(), asResult<Record>(client.error));
    return client.value->createMany(records);
}

QList<ConnectorResult<Record>> WixConnector::updateMany(const QString &collection,
                                                        const QList<RecordChange> &changes)
{
    if (isContacts(collection))
        return m_contacts.updateMany(changes);
    if (!isProducts(collection))
        return Connector::updateMany(collection, changes);
    const auto client = products();
    if (!client.ok())
        return QList<ConnectorResult<Record>>(changes.size(), asResult<Record>(client.error));
    return client.value->updateMany(changes);
}

QList<ConnectorError> WixConnector::removeMany(const QString &collection,
                                               const QList<RecordChange> &records)
{
    if (isContacts(collection))
        return m_contacts.removeMany(records);
    if (!isProducts(collection))
        return Connector::removeMany(collection, records);
    const auto client = products();
    if (!client.ok())
        return QList<ConnectorError>(records.size(), client.error);
    return client.value->removeMany(records);
}

} // namespace Tandem
