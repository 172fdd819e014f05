#include "wixproductsv1.h"

#include "wixclock.h"
#include "wixproductstore.h"
#include "wixreply.h"

#include <QJsonDocument>
#include <algorithm>

namespace Tandem::Sandbox {

namespace {

enum Field {
    Id,
    Name,
    Slug,
    Sku,
    Visible,
    ProductType,
    NumericId,
    LastUpdated,
    UpdatedDate,
    CreatedDate,
    Price
};
constexpr int MaxLimit = 100;
constexpr int MaxNameLength = 80;

WixValue valueOf(const WixProduct &product, int field)
{
    switch (field) {
    case Id:
        return WixValue::of(product.id);
    case Name:
        return WixValue::of(product.name);
    case Slug:
        return WixValue::of(product.slug);
    case Sku:
        return product.sku().isEmpty() ? WixValue::missing() : WixValue::of(product.sku());
    case Visible:
        return WixValue::of(product.visible);
    case ProductType:
        return WixValue::of(product.productType.toLower());
    case NumericId:
        return WixValue::of(product.numericId);
    case LastUpdated:
    case UpdatedDate:
        return WixValue::of(product.updatedMs);
    case CreatedDate:
        return WixValue::of(product.createdMs);
    case Price:
        return WixValue::of(product.price());
    }
    return WixValue::missing();
}

// V1 sends filter and sort as JSON text; an empty string means none.
bool decodeString(const QJsonValue &value, QJsonDocument *document)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    if (value.toString().isEmpty())
        return true;
    *document = QJsonDocument::fromJson(value.toString().toUtf8());
    return !document->isNull();
}

} // namespace

WixProductsV1::WixProductsV1(WixProductStore &store)
    : m_store(store)
{
}

const WixFields &WixProductsV1::fields()
{
    using T = WixFieldSpec::Type;
    static const WixFields fields{{"id", T::String},
                                  {"name", T::String},
                                  {"slug", T::String},
                                  {"sku", T::String},
                                  {"visible", T::Bool, true, false},
                                  {"productType", T::String},
                                  {"numericId", T::Number},
                                  {"lastUpdated", T::Date},
                                  {"updatedDate", T::Date},
                                  {"createdDate", T::Date},
                                  {"price", T::Number}};
    return fields;
}

QJsonObject WixProductsV1::toJson(const WixProduct &product)
{
    const QJsonObject price{
        {"currency", product.currency},
        {"price", product.price()},
        {"formatted",
         QJsonObject{
             {"price",
              QStringLiteral("%1 %2").arg(product.price(), 0, 'f', 2).arg(product.currency)}}}};
    QJsonObject json{{"id", product.id},
                     {"numericId", QString::number(product.numericId)},
                     {"name", product.name},
                     {"slug", product.slug},
                     {"visible", product.visible},
                     {"productType", product.productType.toLower()},
                     {"description", product.description},
                     {"price", price},
                     {"priceData", price},
                     {"createdDate", WixClock::format(product.createdMs)},
                     {"lastUpdated", WixClock::format(product.updatedMs)},
                     {"updatedDate", WixClock::format(product.updatedMs)}};
    if (!product.sku().isEmpty())
        json.insert(QStringLiteral("sku"), product.sku());
    return json;
}

QString WixProductsV1::apply(const QJsonObject &given, WixProduct *product)
{
    if (given.contains("name")) {
        const QString name = given.value("name").toString();
        if (!given.value("name").isString() || name.trimmed().isEmpty()
            || name.size() > MaxNameLength)
            return QStringLiteral("product.name: must be 1..%1 characters").arg(MaxNameLength);
        product->name = name;
    }
    for (const char *key : {"slug", "description", "sku"}) {
        const QJsonValue value = given.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return QStringLiteral("product.%1: must be a string").arg(QLatin1String(key));
    }
    if (given.contains("visible") && !given.value("visible").isBool())
        return QStringLiteral("product.visible: must be true or false");
    if (given.contains("productType")) {
        const QString type = given.value("productType").toString().toUpper();
        if (type != QLatin1String("PHYSICAL") && type != QLatin1String("DIGITAL"))
            return QStringLiteral("product.productType: must be physical or digital");
        product->productType = type;
    }
    const QJsonObject priceData =
        given.value(given.contains("priceData") ? "priceData" : "price").toObject();
    if (priceData.contains("price")) {
        if (!priceData.value("price").isDouble() || priceData.value("price").toDouble() < 0)
            return QStringLiteral("product.priceData.price: must be a number >= 0");
        product->setPrice(priceData.value("price").toDouble());
    }
    if (priceData.value("currency").isString())
        product->currency = priceData.value("currency").toString();
    if (given.value("slug").isString() && !given.value("slug").toString().isEmpty())
        product->slug = given.value("slug").toString();
    if (given.contains("description"))
        product->description = given.value("description").toString();
    if (given.contains("sku"))
        product->setSku(given.value("sku").toString());
    if (given.contains("visible"))
        product->visible = given.value("visible").toBool();
    return {};
}

Response WixProductsV1::create(const QJsonObject &body)
{
    const QJsonObject given = body.value("product").toObject();
    if (!given.value("name").isString())
        return WixReply::invalid(QStringLiteral("product.name"), QStringLiteral("required"));
    WixProduct product;
    const QString problem = apply(given, &product);
    if (!problem.isEmpty())
        return WixReply::invalid(problem.section(':', 0, 0), problem.section(": ", 1));
    return WixReply::ok({{"product", toJson(m_store.add(product))}});
}

Response WixProductsV1::get(const QString &id) const
{
    const WixProduct *product = m_store.find(id);
    if (!product)
        return WixReply::notFound(QStringLiteral("Product"), id);
    return WixReply::ok({{"product", toJson(*product)}});
}

Response WixProductsV1::update(const QString &id, const QJsonObject &body)
{
    WixProduct *stored = m_store.find(id);
    if (!stored)
        return WixReply::notFound(QStringLiteral("Product"), id);
    WixProduct product = *stored; // all or nothing
    const QString problem = apply(body.value("product").toObject(), &product);
    if (!problem.isEmpty())
        return WixReply::invalid(problem.section(':', 0, 0), problem.section(": ", 1));
    product.slug = m_store.uniqueSlug(product.slug, id);
    m_store.touch(product);
    *stored = product;
    return WixReply::ok({{"product", toJson(*stored)}});
}

Response WixProductsV1::remove(const QString &id)
{
    if (!m_store.remove(id))
        return WixReply::notFound(QStringLiteral("Product"), id);
    return WixReply::ok({});
}

Response WixProductsV1::query(const QJsonObject &body) const
{
    const QJsonObject query = body.value("query").toObject();
    QJsonDocument filter;
    QJsonDocument sort;
    if (!decodeString(query.value("filter"), &filter) || !(filter.isNull() || filter.isObject()))
        return WixReply::invalid(QStringLiteral("query.filter"),
                                 QStringLiteral("must be a string holding a JSON object"));
    if (!decodeString(query.value("sort"), &sort) || !(sort.isNull() || sort.isArray()))
        return WixReply::invalid(QStringLiteral("query.sort"),
                                 QStringLiteral("must be a string holding a JSON array"));
    return runQuery(filter.object(), sort.array(), query.value("paging").toObject(),
                    body.value("includeHiddenProducts").toBool());
}

Response WixProductsV1::readerQuery(const QJsonObject &body) const
{
    const QJsonObject query = body.value("query").toObject();
    if (query.contains("filter") && !query.value("filter").isObject())
        return WixReply::invalid(QStringLiteral("query.filter"),
                                 QStringLiteral("must be an object"));
    if (query.contains("sort") && !query.value("sort").isArray())
        return WixReply::invalid(QStringLiteral("query.sort"), QStringLiteral("must be an array"));
    return runQuery(query.value("filter").toObject(), query.value("sort").toArray(),
                    query.value("paging").toObject(), body.value("includeHiddenProducts").toBool());
}

Response WixProductsV1::runQuery(const QJsonObject &filterSpec, const QJsonArray &sortSpec,
                                 const QJsonObject &paging, bool includeHidden) const
{
    QString error;
    const WixFilter filter = WixFilter::compile(filterSpec, fields(), &error);
    if (!error.isEmpty())
        return WixReply::invalid(QStringLiteral("query.filter"), error);
    const WixSort sort = WixSort::compile(
        sortSpec.isEmpty() ? QJsonArray{QJsonObject{{"numericId", "asc"}}} : sortSpec, fields(), 3,
        NumericId, &error);
    if (!error.isEmpty())
        return WixReply::invalid(QStringLiteral("query.sort"), error);
    const int limit = paging.value("limit").toInt(MaxLimit);
    const int offset = paging.value("offset").toInt(0);
    if (limit < 0 || limit > MaxLimit || offset < 0)
        return WixReply::invalid(QStringLiteral("query.paging"),
                                 QStringLiteral("limit must be 0..%1, offset >= 0").arg(MaxLimit));
    QList<const WixProduct *> matches;
    for (const WixProduct *product : m_store.all()) {
        if ((includeHidden || product->visible)
            && filter.matches([&](int field) { return valueOf(*product, field); }))
            matches.append(product);
    }
    std::stable_sort(matches.begin(), matches.end(), [&](const WixProduct *a, const WixProduct *b) {
        return sort.compare([&](int f) { return valueOf(*a, f); },
                            [&](int f) { return valueOf(*b, f); })
            < 0;
    });
    QJsonArray products;
    for (qsizetype i = offset; i < matches.size() && i < qsizetype(offset) + limit; ++i)
        products.append(toJson(*matches.at(i)));
    return WixReply::ok({{"products", products},
                         {"metadata", QJsonObject{{"items", products.size()}, {"offset", offset}}},
                         {"totalResults", matches.size()}});
}

} // namespace Tandem::Sandbox
