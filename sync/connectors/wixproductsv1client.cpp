#include "sync/connectors/wixproductsv1client.h"

#include "sync/connectors/listitem.h"
#include "sync/connectors/servicetime.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace Tandem {

namespace {
const QString kPath = QStringLiteral("/stores/v1/products");

const QString kCollection = QStringLiteral("products");
const QString kProduct = QStringLiteral("product");

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

// numericId is an int64 carried as a string (or, by some answers, a number).
std::optional<double> numericIdOf(const QJsonValue &product)
{
    const QJsonValue numericId = product.toObject().value(QStringLiteral("numericId"));
    bool ok = numericId.isDouble();
    const double number = ok ? numericId.toDouble() : numericId.toString().toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}
} // namespace

WixProductsV1Client::WixProductsV1Client(WixApi &api)
    : m_api(api)
{}

Record WixProductsV1Client::toRecord(const QJsonObject &product)
{
    Record record;
    record.id = product.value(QStringLiteral("id")).toString();
    record.createdAt = ServiceTime::parse(product.value(QStringLiteral("createdDate")));
    record.updatedAt = ServiceTime::parse(product.value(QStringLiteral("lastUpdated")));
    for (const char *key : {"name", "sku", "visible", "description", "slug"}) {
        const QJsonValue value = product.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull())
            record.fields.insert(QLatin1String(key), value);
    }
    const QJsonValue price =
        product.value(QStringLiteral("priceData")).toObject().value(QStringLiteral("price"));
    if (price.isDouble())
        record.fields.insert(QStringLiteral("price"), price);
    record.token = fingerprint(record.fields);
    return record;
}

QString WixProductsV1Client::fingerprint(const QJsonObject &fields)
{
    // QJsonObject keeps its keys sorted: equal values give equal bytes.
    const QByteArray digest = QCryptographicHash::hash(
        QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1);
    return QStringLiteral("v1:") + QString::fromLatin1(digest.toHex().left(16));
}

QJsonObject WixProductsV1Client::productFrom(const QJsonObject &fields)
{
    QJsonObject product;
    for (const char *key : {"name", "sku", "visible", "description"}) {
        if (fields.contains(QLatin1String(key)))
            product.insert(QLatin1String(key), fields.value(QLatin1String(key)));
    }
    // A product always has a slug: an empty one is not written.
    if (!fields.value(QStringLiteral("slug")).toString().isEmpty())
        product.insert(QStringLiteral("slug"), fields.value(QStringLiteral("slug")));
    if (fields.contains(QStringLiteral("price")))
        product.insert(
            QStringLiteral("priceData"),
            QJsonObject{{QStringLiteral("price"), fields.value(QStringLiteral("price"))}});
    return product;
}

ConnectorError WixProductsV1Client::query(const QJsonObject &filter, const PageHandler &onPage)
{
    const QString sort = compact(QJsonDocument(
        QJsonArray{QJsonObject{{QStringLiteral("numericId"), QStringLiteral("asc")}}}));
    int pageNumber = 0;
    for (double after = -1;;) {
        QJsonObject paged = filter;
        if (after >= 0)
            paged.insert(QStringLiteral("numericId"), QJsonObject{{QStringLiteral("$gt"), after}});
        const QJsonObject query{
            {QStringLiteral("filter"), compact(QJsonDocument(paged))},
            {QStringLiteral("sort"), sort},
            {QStringLiteral("paging"),
             QJsonObject{{QStringLiteral("limit"), m_pageSize}, {QStringLiteral("offset"), 0}}}};
        const HttpRequest request =
            WixApi::request("POST", kPath + QStringLiteral("/query"),
                            QJsonObject{{QStringLiteral("query"), query},
                                        {QStringLiteral("includeHiddenProducts"), true}});
        const auto answer = m_api.call(request);
        const ConnectorResult<QJsonArray> products =
            WixApi::listOf(answer, request, QStringLiteral("products"));
        if (!products.ok())
            return products.error;
        ++pageNumber;
        QList<Record> page =
            ListItem::records(Side::Wix, kCollection, products.value, pageNumber, toRecord);
        const double before = after;
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (!page[i].problem.isEmpty())
                continue; // the next page starts past the others' numericIds
            const std::optional<double> number = numericIdOf(products.value.at(i));
            if (!number) {
                page[i] = ListItem::malformed(Side::Wix, kCollection, products.value.at(i),
                                              pageNumber, int(i) + 1, tr("it has no numericId"));
                continue;
            }
            // Out of order, pages past the last one seen would skip products: stop.
            if (*number <= after)
                return {ConnectorError::Kind::Malformed,
                        tr("%1 answered a product without an increasing numericId")
                            .arg(request.callName())};
            after = *number;
        }
        if (!page.isEmpty() && !onPage(page))
            return {};
        if (page.size() < m_pageSize)
            return {};
        if (after == before) // a full page of malformed items: the next would be the same
            return {
                ConnectorError::Kind::Malformed,
                tr("%1 answered a page without a product to page past").arg(request.callName())};
    }
}

ConnectorError WixProductsV1Client::readChanges(const QDateTime &since, const PageHandler &onPage)
{
    QJsonObject filter;
    if (since.isValid())
        filter.insert(QStringLiteral("lastUpdated"),
                      QJsonObject{{QStringLiteral("$gt"), ServiceTime::format(since)}});
    return query(filter, onPage);
}

ConnectorResult<QSet<QString>> WixProductsV1Client::readIds()
{
    return ListItem::scanIds([this](const PageHandler &onPage) { return query({}, onPage); });
}

ConnectorResult<Record> WixProductsV1Client::read(const QString &id)
{
    return m_api.callForRecord(WixApi::request("GET", kPath + QLatin1Char('/') + id), kProduct,
                               toRecord);
}

ConnectorResult<Record> WixProductsV1Client::create(const QJsonObject &fields)
{
    QJsonObject product = productFrom(fields);
    product.insert(QStringLiteral("productType"), QStringLiteral("physical"));
    return m_api.callForRecord(WixApi::createRequest(kPath, QJsonObject{{kProduct, product}}),
                               kProduct, toRecord);
}

ConnectorResult<Record> WixProductsV1Client::update(const QString &id, const QString &token,
                                                    const QJsonObject &changed)
{
    // V1 would let this PATCH overwrite an edit made since the engine read the product: a
    // product whose values moved is Stale, so the engine reads it again and merges again.
    const ConnectorResult<Record> current = read(id);
    if (!current.ok())
        return current;
    if (current.value.token != token)
        return {{},
                {ConnectorError::Kind::Stale,
                 tr("Wix product %1 changed on Wix since it was read").arg(id)}};
    return m_api.callForRecord(WixApi::request("PATCH", kPath + QLatin1Char('/') + id,
                                               QJsonObject{{kProduct, productFrom(changed)}}),
                               kProduct, toRecord);
}

ConnectorError WixProductsV1Client::remove(const QString &id)
{
    return m_api.remove(kPath + QLatin1Char('/') + id);
}

} // namespace Tandem
