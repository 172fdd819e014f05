#include "sync/connectors/wixproductsv3client.h"

#include "sync/connectors/listitem.h"
#include "sync/connectors/servicetime.h"

#include <QJsonArray>

namespace Tandem {

namespace {
const QString kPath = QStringLiteral("/stores/v3/products");
const QString kCollection = QStringLiteral("products");
const QString kProduct = QStringLiteral("product");

// Every answer carries the description, as the query does: a written record then holds what
// the next read will.
const QString kDescriptionGroup = QStringLiteral("PLAIN_DESCRIPTION");

ConnectorError::Kind kindOfCode(const QString &code)
{
    if (code.contains(QLatin1String("REVISION")))
        return ConnectorError::Kind::Stale;
    if (code == QLatin1String("NOT_FOUND"))
        return ConnectorError::Kind::NotFound;
    return ConnectorError::Kind::Invalid;
}
} // namespace

WixProductsV3Client::WixProductsV3Client(WixApi &api)
    : m_api(api)
{}

Record WixProductsV3Client::toRecord(const QJsonObject &product)
{
    Record record;
    record.id = product.value(QStringLiteral("id")).toString();
    record.token = product.value(QStringLiteral("revision")).toString();
    record.createdAt = ServiceTime::parse(product.value(QStringLiteral("createdDate")));
    record.updatedAt = ServiceTime::parse(product.value(QStringLiteral("updatedDate")));
    for (const char *key : {"name", "visible", "slug"}) {
        const QJsonValue value = product.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull())
            record.fields.insert(QLatin1String(key), value);
    }
    if (product.contains(QStringLiteral("plainDescription")))
        record.fields.insert(QStringLiteral("description"),
                             product.value(QStringLiteral("plainDescription")));
    const QString price = product.value(QStringLiteral("actualPriceRange"))
                              .toObject()
                              .value(QStringLiteral("minValue"))
                              .toObject()
                              .value(QStringLiteral("amount"))
                              .toString();
    if (!price.isEmpty())
        record.fields.insert(QStringLiteral("price"), price.toDouble());
    return record;
}

QJsonObject WixProductsV3Client::newProduct(const QJsonObject &fields)
{
    const QString price = QString::number(fields.value(QStringLiteral("price")).toDouble(0));
    // A V3 product needs one variant; without options that is a default variant.
    const QJsonObject variant{{QStringLiteral("choices"), QJsonArray{}},
                              {QStringLiteral("price"),
                               QJsonObject{{QStringLiteral("actualPrice"),
                                            QJsonObject{{QStringLiteral("amount"), price}}}}},
                              {QStringLiteral("physicalProperties"), QJsonObject{}}};
    QJsonObject product{
        {QStringLiteral("name"), fields.value(QStringLiteral("name"))},
        {QStringLiteral("productType"), QStringLiteral("PHYSICAL")},
        {QStringLiteral("physicalProperties"), QJsonObject{}},
        {QStringLiteral("visible"), fields.value(QStringLiteral("visible")).toBool(true)},
        {QStringLiteral("variantsInfo"),
         QJsonObject{{QStringLiteral("variants"), QJsonArray{variant}}}}};
    if (!fields.value(QStringLiteral("slug")).toString().isEmpty())
        product.insert(QStringLiteral("slug"), fields.value(QStringLiteral("slug")));
    if (fields.contains(QStringLiteral("description")))
        product.insert(QStringLiteral("plainDescription"),
                       fields.value(QStringLiteral("description")));
    return product;
}

QJsonObject WixProductsV3Client::changedProduct(const QString &id, const QString &token,
                                                const QJsonObject &changed,
                                                const QJsonArray &variants)
{
    QJsonObject product{{QStringLiteral("id"), id}, {QStringLiteral("revision"), token}};
    if (!variants.isEmpty())
        product.insert(QStringLiteral("variantsInfo"),
                       QJsonObject{{QStringLiteral("variants"), variants}});
    for (const char *key : {"name", "visible"}) {
        if (changed.contains(QLatin1String(key)))
            product.insert(QLatin1String(key), changed.value(QLatin1String(key)));
    }
    // A product always has a slug: an empty one is not written.
    if (!changed.value(QStringLiteral("slug")).toString().isEmpty())
        product.insert(QStringLiteral("slug"), changed.value(QStringLiteral("slug")));
    if (changed.contains(QStringLiteral("description")))
        product.insert(QStringLiteral("plainDescription"),
                       changed.value(QStringLiteral("description")));
    return product;
}

ConnectorError WixProductsV3Client::query(const QJsonObject &first, const QJsonArray &fields,
                                          const ItemReader &onProducts)
{
    QString cursor;
    for (bool firstPage = true;; firstPage = false) {
        QJsonObject query = firstPage ? first : QJsonObject{};
        QJsonObject paging{{QStringLiteral("limit"), m_pageSize}};
        if (!firstPage) // the cursor carries the filter and sort
            paging.insert(QStringLiteral("cursor"), cursor);
        query.insert(QStringLiteral("cursorPaging"), paging);
        QJsonObject body{{QStringLiteral("query"), query}};
        if (!fields.isEmpty())
            body.insert(QStringLiteral("fields"), fields);
        const HttpRequest request = WixApi::request("POST", kPath + QStringLiteral("/query"), body);
        const auto answer = m_api.call(request);
        const ConnectorResult<QJsonArray> products =
            WixApi::listOf(answer, request, QStringLiteral("products"));
        if (!products.ok())
            return products.error;
        if (!onProducts(products.value))
            return {};
        const QJsonObject meta = answer.value.value(QStringLiteral("pagingMetadata")).toObject();
        cursor = meta.value(QStringLiteral("cursors"))
                     .toObject()
                     .value(QStringLiteral("next"))
                     .toString();
        if (!meta.value(QStringLiteral("hasNext")).toBool() || cursor.isEmpty())
            return {};
    }
}

ConnectorError WixProductsV3Client::readChanges(const QDateTime &since, const PageHandler &onPage)
{
    QJsonObject first{
        {QStringLiteral("sort"),
         QJsonArray{QJsonObject{{QStringLiteral("fieldName"), QStringLiteral("updatedDate")},
                                {QStringLiteral("order"), QStringLiteral("ASC")}}}}};
    if (since.isValid())
        first.insert(
            QStringLiteral("filter"),
            QJsonObject{{QStringLiteral("updatedDate"),
                         QJsonObject{{QStringLiteral("$gt"), ServiceTime::format(since)}}}});
    int page = 0;
    return query(first, QJsonArray{kDescriptionGroup}, [&](const QJsonArray &products) {
        return onPage(ListItem::records(Side::Wix, kCollection, products, ++page, toRecord));
    });
}

ConnectorResult<QSet<QString>> WixProductsV3Client::readIds()
{
    // Ids come in every answer; `fields` names extra field groups, never properties.
    return ListItem::scanIds([this](const PageHandler &onPage) {
        int page = 0;
        return query({}, QJsonArray{}, [&](const QJsonArray &products) {
            return onPage(ListItem::records(Side::Wix, kCollection, products, ++page, toRecord));
        });
    });
}

ConnectorResult<Record> WixProductsV3Client::read(const QString &id)
{
    return m_api.callForRecord(getRequest(id), kProduct, toRecord);
}

HttpRequest WixProductsV3Client::getRequest(const QString &id)
{
    HttpRequest request = WixApi::request("GET", kPath + QLatin1Char('/') + id);
    request.query.addQueryItem(QStringLiteral("fields"), kDescriptionGroup);
    return request;
}

ConnectorResult<Record> WixProductsV3Client::create(const QJsonObject &fields)
{
    return m_api.callForRecord(WixApi::createRequest(kPath,
                                                     QJsonObject{{kProduct, newProduct(fields)},
                                                                 {QStringLiteral("fields"),
                                                                  QJsonArray{kDescriptionGroup}}}),
                               kProduct, toRecord);
}

ConnectorResult<Record> WixProductsV3Client::update(const QString &id, const QString &token,
                                                    const QJsonObject &changed)
{
    return updateMany({{id, token, changed}}).constFirst();
}

// A product's price is that of its one variant (a product without options): a change of it
// is written over the variant as it is now, read first, as a variant list replaces the
// product's. A product with options has a price per variant, which Tandem does not write.
QList<ConnectorResult<QJsonArray>>
WixProductsV3Client::pricedVariants(const QList<RecordChange> &changes)
{
    QList<ConnectorResult<QJsonArray>> results(changes.size());
    QList<qsizetype> reading;
    QList<HttpRequest> gets;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (changes[i].changed.contains(QStringLiteral("price"))) {
            reading.append(i);
            gets.append(getRequest(changes[i].id));
        }
    }
    const QList<ConnectorResult<QJsonObject>> got = m_api.callAll(gets);
    for (qsizetype k = 0; k < reading.size(); ++k) {
        const RecordChange &change = changes[reading[k]];
        ConnectorResult<QJsonArray> &result = results[reading[k]];
        const auto product = WixApi::entityOf(got[k], gets[k], kProduct);
        const QString revision = product.value.value(QStringLiteral("revision")).toString();
        QJsonArray variants = product.value.value(QStringLiteral("variantsInfo"))
                                  .toObject()
                                  .value(QStringLiteral("variants"))
                                  .toArray();
        if (!product.ok()) {
            result.error = product.error;
        } else if (revision != change.token) {
            result.error = {ConnectorError::Kind::Stale,
                            tr("Wix product %1 is at revision %2, not %3")
                                .arg(change.id, revision, change.token)};
        } else if (variants.size() != 1) {
            result.error = {ConnectorError::Kind::Invalid,
                            tr("Wix product %1 has options: its price is set per variant, on "
                               "Wix")
                                .arg(change.id)};
        } else {
            const QString amount =
                QString::number(change.changed.value(QStringLiteral("price")).toDouble(0));
            QJsonObject variant = variants.first().toObject();
            variant.insert(QStringLiteral("price"),
                           QJsonObject{{QStringLiteral("actualPrice"),
                                        QJsonObject{{QStringLiteral("amount"), amount}}}});
            variants.replace(0, variant);
            result.value = variants;
        }
    }
    return results;
}

ConnectorError WixProductsV3Client::remove(const QString &id)
{
    return m_api.remove(kPath + QLatin1Char('/') + id);
}

QList<ConnectorResult<Record>> WixProductsV3Client::bulk(const QString &path,
                                                         const QJsonObject &body, int count)
{
    HttpRequest request = WixApi::request("POST", path, body);
    request.idempotent = !path.endsWith(QLatin1String("/create"));
    const auto answer = m_api.call(request);
    QList<ConnectorResult<Record>> results(count);
    if (!answer.ok()) {
        for (auto &result : results)
            result.error = answer.error;
        return results;
    }
    const ConnectorError missing{ConnectorError::Kind::Malformed,
                                 tr("%1 answered no result for this item").arg(request.callName())};
    for (auto &result : results)
        result.error = missing;
    for (const QJsonValue &value : answer.value.value(QStringLiteral("results")).toArray()) {
        const QJsonObject meta = value.toObject().value(QStringLiteral("itemMetadata")).toObject();
        const int index = meta.value(QStringLiteral("originalIndex")).toInt(-1);
        if (index < 0 || index >= count)
            continue;
        ConnectorResult<Record> &result = results[index];
        if (meta.value(QStringLiteral("success")).toBool()) {
            result.value = toRecord(value.toObject().value(QStringLiteral("item")).toObject());
            if (result.value.id.isEmpty())
                result.value.id = meta.value(QStringLiteral("id")).toString();
            result.error = {};
            continue;
        }
        const QJsonObject error = meta.value(QStringLiteral("error")).toObject();
        const QString code = error.value(QStringLiteral("code")).toString();
        result.error = {kindOfCode(code),
                        tr("%1, item %2: %3 (%4)")
                            .arg(request.callName())
                            .arg(index)
                            .arg(error.value(QStringLiteral("description")).toString(), code)};
    }
    return results;
}

QList<ConnectorResult<Record>> WixProductsV3Client::createMany(const QList<QJsonObject> &records)
{
    QList<ConnectorResult<Record>> results;
    for (qsizetype start = 0; start < records.size(); start += MaxBulk) {
        QJsonArray products;
        for (const QJsonObject &fields : records.mid(start, MaxBulk))
            products.append(newProduct(fields));
        results += bulk(QStringLiteral("/stores/v3/bulk/products/create"),
                        {{QStringLiteral("products"), products},
                         {QStringLiteral("returnEntity"), true},
                         {QStringLiteral("fields"), QJsonArray{kDescriptionGroup}}},
                        int(products.size()));
    }
    return results;
}

QList<ConnectorResult<Record>> WixProductsV3Client::updateMany(const QList<RecordChange> &changes)
{
    QList<ConnectorResult<Record>> results(changes.size());
    const QList<ConnectorResult<QJsonArray>> variants = pricedVariants(changes);
    QList<qsizetype> writing;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (variants[i].ok())
            writing.append(i);
        else
            results[i].error = variants[i].error;
    }
    for (qsizetype start = 0; start < writing.size(); start += MaxBulk) {
        const QList<qsizetype> part = writing.mid(start, MaxBulk);
        QJsonArray products;
        for (const qsizetype i : part)
            products.append(QJsonObject{{QStringLiteral("product"),
                                         changedProduct(changes[i].id, changes[i].token,
                                                        changes[i].changed, variants[i].value)}});
        const QList<ConnectorResult<Record>> written =
            bulk(QStringLiteral("/stores/v3/bulk/products/update"),
                 {{QStringLiteral("products"), products},
                  {QStringLiteral("returnEntity"), true},
                  {QStringLiteral("fields"), QJsonArray{kDescriptionGroup}}},
                 int(products.size()));
        for (qsizetype k = 0; k < part.size(); ++k)
            results[part[k]] = written[k];
    }
    return results;
}

QList<ConnectorError> WixProductsV3Client::removeMany(const QList<RecordChange> &records)
{
    QList<ConnectorError> results;
    for (qsizetype start = 0; start < records.size(); start += MaxBulk) {
        QJsonArray ids;
        for (const RecordChange &record : records.mid(start, MaxBulk))
            ids.append(record.id);
        for (const auto &result : bulk(QStringLiteral("/stores/v3/bulk/products/delete"),
                                       {{QStringLiteral("productIds"), ids}}, int(ids.size())))
            results.append(result.error);
    }
    return results;
}

} // namespace Tandem
