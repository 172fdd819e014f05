#include "sandbox/wixproductsv3.h"

#include "sandbox/wixclock.h"
#include "sandbox/wixproductstore.h"
#include "sandbox/wixreply.h"
#include "sandbox/wixrequestedfields.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox {

namespace {

constexpr int MaxNameLength = 80;
constexpr int MaxBulk = 100;

bool fail(Response *failure, const QString &field, const QString &message)
{
    *failure = WixReply::invalid(field, message);
    return false;
}

bool applyVariants(const QJsonValue &info, WixProduct *product, Response *failure)
{
    const QJsonArray variants = info.toObject().value(u"variants"_s).toArray();
    if (!info.isObject() || variants.isEmpty())
        return fail(failure, u"product.variantsInfo.variants"_s,
                    u"at least one variant is required"_s);
    QJsonArray normalized;
    for (int i = 0; i < variants.size(); ++i) {
        QJsonObject variant = variants.at(i).toObject();
        const QString where = QStringLiteral("product.variantsInfo.variants[%1]").arg(i);
        if (!variants.at(i).isObject())
            return fail(failure, where, u"must be an object"_s);
        const QJsonValue amount = variant.value(u"price"_s)
                                      .toObject()
                                      .value(u"actualPrice"_s)
                                      .toObject()
                                      .value(u"amount"_s);
        bool numeric = false;
        amount.toString().toDouble(&numeric);
        if (!amount.isUndefined() && !numeric)
            return fail(failure, where + u".price.actualPrice.amount"_s,
                        u"must be a decimal string"_s);
        if (variant.value(u"id"_s).toString().isEmpty()) {
            const QString old = product->variants.at(i).toObject().value(u"id"_s).toString();
            variant.insert(u"id"_s, old.isEmpty() ? WixReply::newId() : old);
        }
        if (!variant.contains(u"choices"_s))
            variant.insert(u"choices"_s, QJsonArray{});
        normalized.append(variant);
    }
    product->variants = normalized;
    return true;
}

// Copies the writable fields of a client's product; handle and productType are fixed once set.
bool applyFields(const QJsonObject &given, WixProduct *product, bool creating, Response *failure)
{
    if (creating || given.contains(u"name"_s)) {
        const QString name = given.value(u"name"_s).toString();
        if (!given.value(u"name"_s).isString() || name.trimmed().isEmpty()
            || name.size() > MaxNameLength)
            return fail(failure, u"product.name"_s,
                        QStringLiteral("must be 1..%1 characters").arg(MaxNameLength));
        product->name = name;
    }
    const QString type = given.value(u"productType"_s).toString();
    if (creating && type != QLatin1String("PHYSICAL") && type != QLatin1String("DIGITAL"))
        return fail(failure, u"product.productType"_s, u"must be PHYSICAL or DIGITAL"_s);
    if (!creating && given.contains(u"productType"_s) && type != product->productType)
        return fail(failure, u"product.productType"_s, u"cannot change"_s);
    const QString handle = given.value(u"handle"_s).toString();
    if (!creating && given.contains(u"handle"_s) && handle != product->handle)
        return fail(failure, u"product.handle"_s, u"cannot change"_s);
    for (const char *key : {"slug", "handle", "plainDescription"}) {
        const QJsonValue value = given.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return fail(failure, QStringLiteral("product.%1").arg(QLatin1String(key)),
                        u"must be a string"_s);
    }
    if (given.contains(u"visible"_s) && !given.value(u"visible"_s).isBool())
        return fail(failure, u"product.visible"_s, u"must be true or false"_s);
    if (creating) {
        product->productType = type;
        product->handle = handle;
    }
    if (given.contains(u"physicalProperties"_s))
        product->physicalProperties = given.value(u"physicalProperties"_s).toObject();
    if (creating && type == QLatin1String("PHYSICAL")
        && !given.value(u"physicalProperties"_s).isObject())
        return fail(failure, u"product.physicalProperties"_s, u"required for a PHYSICAL product"_s);
    if ((creating || given.contains(u"variantsInfo"_s))
        && !applyVariants(given.value(u"variantsInfo"_s), product, failure))
        return false;
    if (given.contains(u"slug"_s))
        product->slug = given.value(u"slug"_s).toString();
    if (given.contains(u"plainDescription"_s))
        product->description = given.value(u"plainDescription"_s).toString();
    if (given.contains(u"visible"_s))
        product->visible = given.value(u"visible"_s).toBool();
    return true;
}

QJsonObject priceRange(const WixProduct &product)
{
    double low = 0;
    double high = 0;
    for (int i = 0; i < product.variants.size(); ++i) {
        const double amount = product.variants.at(i)
                                  .toObject()
                                  .value(u"price"_s)
                                  .toObject()
                                  .value(u"actualPrice"_s)
                                  .toObject()
                                  .value(u"amount"_s)
                                  .toString()
                                  .toDouble();
        low = i == 0 ? amount : qMin(low, amount);
        high = i == 0 ? amount : qMax(high, amount);
    }
    return {{u"minValue"_s, QJsonObject{{u"amount"_s, QString::number(low, 'f', 2)}}},
            {u"maxValue"_s, QJsonObject{{u"amount"_s, QString::number(high, 'f', 2)}}}};
}

} // namespace

WixProductsV3::WixProductsV3(WixProductStore &store)
    : m_store(store)
{}

QJsonObject WixProductsV3::toJson(const WixProduct &product, bool withVariants,
                                  const QStringList &groups)
{
    QJsonObject json{
        {u"id"_s, product.id},
        {u"revision"_s, QString::number(product.revision)},
        {u"createdDate"_s, WixClock::format(product.createdMs)},
        {u"updatedDate"_s, WixClock::format(product.updatedMs)},
        {u"name"_s, product.name},
        {u"slug"_s, product.slug},
        {u"handle"_s, product.handle},
        {u"visible"_s, product.visible},
        {u"productType"_s, product.productType},
        {u"actualPriceRange"_s, priceRange(product)},
        {u"variantSummary"_s, QJsonObject{{u"variantCount"_s, product.variants.size()}}}};
    if (product.productType == QLatin1String("PHYSICAL"))
        json.insert(u"physicalProperties"_s, product.physicalProperties);
    if (withVariants)
        json.insert(u"variantsInfo"_s, QJsonObject{{u"variants"_s, product.variants}});
    // The groups the sandbox stores; the others are valid to ask for and add nothing here.
    if (groups.contains(QLatin1String("PLAIN_DESCRIPTION")))
        json.insert(u"plainDescription"_s, product.description);
    if (groups.contains(QLatin1String("CURRENCY")))
        json.insert(u"currency"_s, product.currency);
    return json;
}

WixProduct *WixProductsV3::createOne(const QJsonObject &given, Response *failure)
{
    WixProduct product;
    if (!applyFields(given, &product, true, failure))
        return nullptr;
    if (!product.slug.isEmpty() && m_store.slugTaken(product.slug, {})) {
        *failure = WixReply::error(409, u"DUPLICATE_SLUG_ERROR"_s,
                                   QStringLiteral("slug %1 is already used").arg(product.slug));
        return nullptr;
    }
    if (!product.handle.isEmpty() && m_store.handleTaken(product.handle, {})) {
        *failure = WixReply::invalid(u"product.handle"_s,
                                     QStringLiteral("%1 is already used").arg(product.handle));
        return nullptr;
    }
    return &m_store.add(product);
}

WixProduct *WixProductsV3::updateOne(const QString &id, const QJsonObject &given, Response *failure)
{
    WixProduct *stored = m_store.find(id);
    if (!stored) {
        *failure = WixReply::notFound(u"Product"_s, id);
        return nullptr;
    }
    const QJsonValue revision = given.value(u"revision"_s);
    if (!revision.isString() && !revision.isDouble()) {
        *failure = WixReply::invalid(u"product.revision"_s, u"required"_s);
        return nullptr;
    }
    const qint64 expected =
        revision.isString() ? revision.toString().toLongLong() : revision.toInteger();
    if (expected != stored->revision) {
        *failure = WixReply::error(409, u"REVISION_MISMATCH"_s,
                                   QStringLiteral("Product %1 is at revision %2, not %3")
                                       .arg(id)
                                       .arg(stored->revision)
                                       .arg(expected));
        return nullptr;
    }
    WixProduct product = *stored; // all or nothing
    if (!applyFields(given, &product, false, failure))
        return nullptr;
    if (m_store.slugTaken(product.slug, id)) {
        *failure = WixReply::error(409, u"DUPLICATE_SLUG_ERROR"_s,
                                   QStringLiteral("slug %1 is already used").arg(product.slug));
        return nullptr;
    }
    m_store.touch(product);
    *stored = product;
    return stored;
}

Response WixProductsV3::create(const QJsonObject &body)
{
    Response failure;
    QStringList groups;
    if (!WixRequestedFields::parse(body.value(u"fields"_s), &groups, &failure))
        return failure;
    if (!body.value(u"product"_s).isObject())
        return WixReply::invalid(u"product"_s, u"required object"_s);
    const WixProduct *product = createOne(body.value(u"product"_s).toObject(), &failure);
    return product ? WixReply::ok({{u"product"_s, toJson(*product, true, groups)}}) : failure;
}

Response WixProductsV3::get(const QString &id, const QStringList &fields) const
{
    QStringList groups;
    Response failure;
    if (!WixRequestedFields::parse(fields, &groups, &failure))
        return failure;
    const WixProduct *product = m_store.find(id);
    if (!product)
        return WixReply::notFound(u"Product"_s, id);
    return WixReply::ok({{u"product"_s, toJson(*product, true, groups)}});
}

Response WixProductsV3::update(const QString &id, const QJsonObject &body)
{
    Response failure;
    QStringList groups;
    if (!WixRequestedFields::parse(body.value(u"fields"_s), &groups, &failure))
        return failure;
    const QJsonObject given = body.value(u"product"_s).toObject();
    if (given.contains(u"id"_s) && given.value(u"id"_s).toString() != id)
        return WixReply::invalid(u"product.id"_s, u"does not match the path"_s);
    const WixProduct *product = updateOne(id, given, &failure);
    return product ? WixReply::ok({{u"product"_s, toJson(*product, true, groups)}}) : failure;
}

Response WixProductsV3::remove(const QString &id)
{
    if (!m_store.remove(id))
        return WixReply::notFound(u"Product"_s, id);
    return WixReply::ok({});
}

QJsonObject WixProductsV3::bulkItem(int index, const QString &id, const WixProduct *product,
                                    const Response &failure, bool returnEntity,
                                    const QStringList &groups)
{
    QJsonObject meta{{u"originalIndex"_s, index}, {u"success"_s, failure.status == 200}};
    if (!id.isEmpty())
        meta.insert(u"id"_s, id);
    if (failure.status != 200) {
        const QJsonObject error = QJsonDocument::fromJson(failure.body).object();
        const QJsonObject details =
            error.value(u"details"_s).toObject().value(u"applicationError"_s).toObject();
        meta.insert(u"error"_s,
                    QJsonObject{{u"code"_s, details.value(u"code"_s)},
                                {u"description"_s, error.value(u"message"_s)}});
    }
    QJsonObject result{{u"itemMetadata"_s, meta}};
    if (product && returnEntity)
        result.insert(u"item"_s, toJson(*product, true, groups));
    return result;
}

Response WixProductsV3::bulkAnswer(const QJsonArray &results, int failures) const
{
    const QJsonObject meta{{u"totalSuccesses"_s, results.size() - failures},
                           {u"totalFailures"_s, failures},
                           {u"undetailedFailures"_s, 0}};
    return WixReply::ok({{u"results"_s, results}, {u"bulkActionMetadata"_s, meta}});
}

Response WixProductsV3::bulkCreate(const QJsonObject &body)
{
    const QJsonArray products = body.value(u"products"_s).toArray();
    if (products.isEmpty() || products.size() > MaxBulk)
        return WixReply::invalid(u"products"_s, QStringLiteral("1..%1 products").arg(MaxBulk));
    QStringList groups;
    Response refused;
    if (!WixRequestedFields::parse(body.value(u"fields"_s), &groups, &refused))
        return refused;
    const bool returnEntity = body.value(u"returnEntity"_s).toBool();
    QJsonArray results;
    int failures = 0;
    for (int i = 0; i < products.size(); ++i) {
        Response failure;
        const WixProduct *product = createOne(products.at(i).toObject(), &failure);
        failures += product ? 0 : 1;
        results.append(
            bulkItem(i, product ? product->id : QString(), product, failure, returnEntity, groups));
    }
    return bulkAnswer(results, failures);
}

Response WixProductsV3::bulkUpdate(const QJsonObject &body)
{
    const QJsonArray products = body.value(u"products"_s).toArray();
    if (products.isEmpty() || products.size() > MaxBulk)
        return WixReply::invalid(u"products"_s, QStringLiteral("1..%1 products").arg(MaxBulk));
    QStringList groups;
    Response refused;
    if (!WixRequestedFields::parse(body.value(u"fields"_s), &groups, &refused))
        return refused;
    const bool returnEntity = body.value(u"returnEntity"_s).toBool();
    QJsonArray results;
    int failures = 0;
    for (int i = 0; i < products.size(); ++i) {
        const QJsonObject given = products.at(i).toObject().value(u"product"_s).toObject();
        const QString id = given.value(u"id"_s).toString();
        Response failure;
        const WixProduct *product = id.isEmpty() ? nullptr : updateOne(id, given, &failure);
        if (id.isEmpty())
            failure =
                WixReply::invalid(QStringLiteral("products[%1].product.id").arg(i), u"required"_s);
        failures += product ? 0 : 1;
        results.append(bulkItem(i, id, product, failure, returnEntity, groups));
    }
    return bulkAnswer(results, failures);
}

Response WixProductsV3::bulkDelete(const QJsonObject &body)
{
    const QJsonArray ids = body.value(u"productIds"_s).toArray();
    if (ids.isEmpty() || ids.size() > MaxBulk)
        return WixReply::invalid(u"productIds"_s, QStringLiteral("1..%1 ids").arg(MaxBulk));
    QJsonArray results;
    int failures = 0;
    for (int i = 0; i < ids.size(); ++i) {
        const QString id = ids.at(i).toString();
        const Response failure =
            m_store.remove(id) ? Response{} : WixReply::notFound(u"Product"_s, id);
        failures += failure.status == 200 ? 0 : 1;
        results.append(bulkItem(i, id, nullptr, failure, false, {}));
    }
    return bulkAnswer(results, failures);
}

} // namespace Tandem::Sandbox
