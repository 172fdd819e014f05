#include "sandbox/wixproductsv1.h"

#include "sandbox/wixclock.h"
#include "sandbox/wixproductstore.h"
#include "sandbox/wixreply.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

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
{}

const WixFields &WixProductsV1::fields()
{
    using T = WixFieldSpec::Type;
    static const WixFields fields{{u"id"_s, T::String},
                                  {u"name"_s, T::String},
                                  {u"slug"_s, T::String},
                                  {u"sku"_s, T::String},
                                  {u"visible"_s, T::Bool, true, false},
                                  {u"productType"_s, T::String},
                                  {u"numericId"_s, T::Number},
                                  {u"lastUpdated"_s, T::Date},
                                  {u"updatedDate"_s, T::Date},
                                  {u"createdDate"_s, T::Date},
                                  {u"price"_s, T::Number}};
    return fields;
}

QJsonObject WixProductsV1::toJson(const WixProduct &product)
{
    const QJsonObject price{
        {u"currency"_s, product.currency},
        {u"price"_s, product.price()},
        {u"formatted"_s,
         QJsonObject{
             {u"price"_s,
              QStringLiteral("%1 %2").arg(product.price(), 0, 'f', 2).arg(product.currency)}}}};
    QJsonObject json{{u"id"_s, product.id},
                     {u"numericId"_s, QString::number(product.numericId)},
                     {u"name"_s, product.name},
                     {u"slug"_s, product.slug},
                     {u"visible"_s, product.visible},
                     {u"productType"_s, product.productType.toLower()},
                     {u"description"_s, product.description},
                     {u"price"_s, price},
                     {u"priceData"_s, price},
                     {u"createdDate"_s, WixClock::format(product.createdMs)},
                     {u"lastUpdated"_s, WixClock::format(product.updatedMs)},
                     {u"updatedDate"_s, WixClock::format(product.updatedMs)}};
    if (!product.sku().isEmpty())
        json.insert(QStringLiteral("sku"), product.sku());
    return json;
}

QString WixProductsV1::apply(const QJsonObject &given, WixProduct *product)
{
    if (given.contains(u"name"_s)) {
        const QString name = given.value(u"name"_s).toString();
        if (!given.value(u"name"_s).isString() || name.trimmed().isEmpty()
            || name.size() > MaxNameLength)
            return QStringLiteral("product.name: must be 1..%1 characters").arg(MaxNameLength);
        product->name = name;
    }
    for (const char *key : {"slug", "description", "sku"}) {
        const QJsonValue value = given.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return QStringLiteral("product.%1: must be a string").arg(QLatin1String(key));
    }
    if (given.contains(u"visible"_s) && !given.value(u"visible"_s).isBool())
        return QStringLiteral("product.visible: must be true or false");
    if (given.contains(u"productType"_s)) {
        const QString type = given.value(u"productType"_s).toString().toUpper();
        if (type != QLatin1String("PHYSICAL") && type != QLatin1String("DIGITAL"))
            return QStringLiteral("product.productType: must be physical or digital");
        product->productType = type;
    }
    const QJsonObject priceData =
        given.value(given.contains(u"priceData"_s) ? u"priceData"_s : u"price"_s).toObject();
    if (priceData.contains(u"price"_s)) {
        if (!priceData.value(u"price"_s).isDouble() || priceData.value(u"price"_s).toDouble() < 0)
            return QStringLiteral("product.priceData.price: must be a number >= 0");
        product->setPrice(priceData.value(u"price"_s).toDouble());
    }
    if (priceData.value(u"currency"_s).isString())
        product->currency = priceData.value(u"currency"_s).toString();
    if (given.value(u"slug"_s).isString() && !given.value(u"slug"_s).toString().isEmpty())
        product->slug = given.value(u"slug"_s).toString();
    if (given.contains(u"description"_s))
        product->description = given.value(u"description"_s).toString();
    if (given.contains(u"sku"_s))
        product->setSku(given.value(u"sku"_s).toString());
    if (given.contains(u"visible"_s))
        product->visible = given.value(u"visible"_s).toBool();
    return {};
}

Response WixProductsV1::create(const QJsonObject &body)
{
    const QJsonObject given = body.value(u"product"_s).toObject();
    if (!given.value(u"name"_s).isString())
        return WixReply::invalid(QStringLiteral("product.name"), QStringLiteral("required"));
    WixProduct product;
    const QString problem = apply(given, &product);
    if (!problem.isEmpty())
        return WixReply::invalid(problem.section(u':', 0, 0), problem.section(u": "_s, 1));
    return WixReply::ok({{u"product"_s, toJson(m_store.add(product))}});
}

Response WixProductsV1::get(const QString &id) const
{
    const WixProduct *product = m_store.find(id);
    if (!product)
        return WixReply::notFound(QStringLiteral("Product"), id);
    return WixReply::ok({{u"product"_s, toJson(*product)}});
}

Response WixProductsV1::update(const QString &id, const QJsonObject &body)
{
    WixProduct *stored = m_store.find(id);
    if (!stored)
        return WixReply::notFound(QStringLiteral("Product"), id);
    WixProduct product = *stored; // all or nothing
    const QString problem = apply(body.value(u"product"_s).toObject(), &product);
    if (!problem.isEmpty())
        return WixReply::invalid(problem.section(u':', 0, 0), problem.section(u": "_s, 1));
    product.slug = m_store.uniqueSlug(product.slug, id);
    m_store.touch(product);
    *stored = product;
    return WixReply::ok({{u"product"_s, toJson(*stored)}});
}

Response WixProductsV1::remove(const QString &id)
{
    if (!m_store.remove(id))
        return WixReply::notFound(QStringLiteral("Product"), id);
    return WixReply::ok({});
}

Response WixProductsV1::query(const QJsonObject &body) const
{
    const QJsonObject query = body.value(u"query"_s).toObject();
    QJsonDocument filter;
    QJsonDocument sort;
    if (!decodeString(query.value(u"filter"_s), &filter) || !(filter.isNull() || filter.isObject()))
        return WixReply::invalid(QStringLiteral("query.filter"),
                                 QStringLiteral("must be a string holding a JSON object"));
    if (!decodeString(query.value(u"sort"_s), &sort) || !(sort.isNull() || sort.isArray()))
        return WixReply::invalid(QStringLiteral("query.sort"),
                                 QStringLiteral("must be a string holding a JSON array"));
    return runQuery(filter.object(), sort.array(), query.value(u"paging"_s).toObject(),
                    body.value(u"includeHiddenProducts"_s).toBool());
}

Response WixProductsV1::readerQuery(const QJsonObject &body) const
{
    const QJsonObject query = body.value(u"query"_s).toObject();
    if (query.contains(u"filter"_s) && !query.value(u"filter"_s).isObject())
        return WixReply::invalid(QStringLiteral("query.filter"),
                                 QStringLiteral("must be an object"));
    if (query.contains(u"sort"_s) && !query.value(u"sort"_s).isArray())
        return WixReply::invalid(QStringLiteral("query.sort"), QStringLiteral("must be an array"));
    return runQuery(query.value(u"filter"_s).toObject(), query.value(u"sort"_s).toArray(),
                    query.value(u"paging"_s).toObject(),
                    body.value(u"includeHiddenProducts"_s).toBool());
}

Response WixProductsV1::runQuery(const QJsonObject &filterSpec, const QJsonArray &sortSpec,
                                 const QJsonObject &paging, bool includeHidden) const
{
    QString error;
    const WixFilter filter = WixFilter::compile(filterSpec, fields(), &error);
    if (!error.isEmpty())
        return WixReply::invalid(QStringLiteral("query.filter"), error);
    const WixSort sort = WixSort::compile(
        sortSpec.isEmpty() ? QJsonArray{QJsonObject{{u"numericId"_s, u"asc"_s}}} : sortSpec,
        fields(), 3, NumericId, &error);
    if (!error.isEmpty())
        return WixReply::invalid(QStringLiteral("query.sort"), error);
    const int limit = paging.value(u"limit"_s).toInt(MaxLimit);
    const int offset = paging.value(u"offset"_s).toInt(0);
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
    return WixReply::ok(
        {{u"products"_s, products},
         {u"metadata"_s, QJsonObject{{u"items"_s, products.size()}, {u"offset"_s, offset}}},
         {u"totalResults"_s, matches.size()}});
}

} // namespace Tandem::Sandbox
