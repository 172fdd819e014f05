#include "wixproductsv1client.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Tandem {

namespace {
const QString kPath = QStringLiteral("/stores/v1/products");

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}
} // namespace

WixProductsV1Client::WixProductsV1Client(WixApi &api)
    : m_api(api)
{
}

Record WixProductsV1Client::toRecord(const QJsonObject &product)
{
    Record record;
    record.id = product.value(QStringLiteral("id")).toString();
    record.createdAt = WixApi::parseTime(product.value(QStringLiteral("createdDate")));
    record.updatedAt = WixApi::parseTime(product.value(QStringLiteral("lastUpdated")));
    for (const char *key : {"name", "sku", "visible", "description"}) {
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
    if (fields.contains(QStringLiteral("price")))
        product.insert(QStringLiteral("priceData"),
                       QJsonObject{{QStringLiteral("price"), fields.value(QStringLiteral("price"))}});
    return product;
}

ConnectorError WixProductsV1Client::query(const QJsonObject &filter, const PageHandler &onPage)
{
    const QString sort = compact(QJsonDocument(
            QJsonArray{QJsonObject{{QStringLiteral("numericId"), QStringLiteral("asc")}}}));
    for (double after = -1;;) {
        QJsonObject paged = filter;
        if (after >= 0)
            paged.insert(QStringLiteral("numericId"), QJsonObject{{QStringLiteral("$gt"), after}});
        const QJsonObject query{{QStringLiteral("filter"), compact(QJsonDocument(paged))},
                                {QStringLiteral("sort"), sort},
                                {QStringLiteral("paging"),
                                 QJsonObject{{QStringLiteral("limit"), m_pageSize},
                                             {QStringLiteral("offset"), 0}}}};
        const HttpRequest request = WixApi::request(
                "POST", kPath + QStringLiteral("/query"),
                QJsonObject{{QStringLiteral("query"), query},
                            {QStringLiteral("includeHiddenProducts"), true}});
        const auto answer = m_api.call(request);
        const ConnectorResult<QJsonArray> products =
            WixApi::listOf(answer, request, QStringLiteral("products"));
        if (!products.ok())
            return products.error;
        QList<Record> page;
        for (const QJsonValue &value : products.value) {
            const QJsonObject product = value.toObject();
            const QJsonValue numericId = product.value(QStringLiteral("numericId"));
            bool ok = false;
            const double number = numericId.isString() ? numericId.toString().toDouble(&ok)
                                                       : numericId.toDouble(-1);
            if (!(ok || numericId.isDouble()) || number <= after)
                return {ConnectorError::Kind::Malformed,
                        tr("%1 answered a product without an increasing numericId")
                                .arg(request.callName())};
            after = number;
            page.append(toRecord(product));
        }
        if (!page.isEmpty() && !onPage(page))
            return {};
        if (page.size() < m_pageSize)
            return {};
    }
}

ConnectorError WixProductsV1Client::readChanges(const QDateTime &since, const PageHandler &onPage)
{
    QJsonObject filter;
    if (since.isValid())
        filter.insert(QStringLiteral("lastUpdated"),
                      QJsonObject{{QStringLiteral("$gt"), WixApi::formatTime(since)}});
    return query(filter, onPage);
}

ConnectorResult<QSet<QString>> WixProductsV1Client::readIds()
{
    ConnectorResult<QSet<QString>> result;
    result.error = query({}, [&result](const QList<Record> &page) {
        for (const Record &record : page)
            result.value.insert(record.id);
        return true;
    });
    return result;
}

ConnectorResult<Record> WixProductsV1Client::productOf(const ConnectorResult<QJsonObject> &answer,
                                                       const HttpRequest &request) const
{
    const ConnectorResult<QJsonObject> product =
        WixApi::entityOf(answer, request, QStringLiteral("product"));
    if (!product.ok())
        return {{}, product.error};
    return {toRecord(product.value), {}};
}

ConnectorResult<Record> WixProductsV1Client::read(const QString &id)
{
    const HttpRequest request = WixApi::request("GET", kPath + QLatin1Char('/') + id);
    return productOf(m_api.call(request), request);
}

ConnectorResult<Record> WixProductsV1Client::create(const QJsonObject &fields)
{
    QJsonObject product = productFrom(fields);
    product.insert(QStringLiteral("productType"), QStringLiteral("physical"));
    HttpRequest request =
            WixApi::request("POST", kPath, QJsonObject{{QStringLiteral("product"), product}});
    request.idempotent = false;
    return productOf(m_api.call(request), request);
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
    const HttpRequest request =
            WixApi::request("PATCH", kPath + QLatin1Char('/') + id,
                            QJsonObject{{QStringLiteral("product"), productFrom(changed)}});
    return productOf(m_api.call(request), request);
}

ConnectorError WixProductsV1Client::remove(const QString &id)
{
    return m_api.call(WixApi::request("DELETE", kPath + QLatin1Char('/') + id)).error;
}

} // namespace Tandem
