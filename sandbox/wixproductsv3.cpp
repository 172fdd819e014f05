#include "wixproductsv3.h"

#include "wixclock.h"
#include "wixproductstore.h"
#include "wixreply.h"
#include "wixrequestedfields.h"

#include <QJsonDocument>

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
    const QJsonArray variants = info.toObject().value("variants").toArray();
    if (!info.isObject() || variants.isEmpty())
        return fail(failure, "product.variantsInfo.variants", "at least one variant is required");
    QJsonArray normalized;
    for (int i = 0; i < variants.size(); ++i) {
        QJsonObject variant = variants.at(i).toObject();
        const QString where = QStringLiteral("product.variantsInfo.variants[%1]").arg(i);
        if (!variants.at(i).isObject())
            return fail(failure, where, "must be an object");
        const QJsonValue amount =
            variant.value("price").toObject().value("actualPrice").toObject().value("amount");
        bool numeric = false;
        amount.toString().toDouble(&numeric);
        if (!amount.isUndefined() && !numeric)
            return fail(failure, where + ".price.actualPrice.amount", "must be a decimal string");
        if (variant.value("id").toString().isEmpty()) {
            const QString old = product->variants.at(i).toObject().value("id").toString();
            variant.insert("id", old.isEmpty() ? WixReply::newId() : old);
        }
        if (!variant.contains("choices"))
            variant.insert("choices", QJsonArray{});
        normalized.append(variant);
    }
    product->variants = normalized;
    return true;
}

// Copies the writable fields of a client's product; handle and productType are fixed once set.
bool applyFields(const QJsonObject &given, WixProduct *product, bool creating, Response *failure)
{
    if (creating || given.contains("name")) {
        const QString name = given.value("name").toString();
        if (!given.value("name").isString() || name.trimmed().isEmpty()
            || name.size() > MaxNameLength)
            return fail(failure, "product.name",
                        QStringLiteral("must be 1..%1 characters").arg(MaxNameLength));
        product->name = name;
    }
    const QString type = given.value("productType").toString();
    if (creating && type != QLatin1String("PHYSICAL") && type != QLatin1String("DIGITAL"))
        return fail(failure, "product.productType", "must be PHYSICAL or DIGITAL");
    if (!creating && given.contains("productType") && type != product->productType)
        return fail(failure, "product.productType", "cannot change");
    const QString handle = given.value("handle").toString();
    if (!creating && given.contains("handle") && handle != product->handle)
        return fail(failure, "product.handle", "cannot change");
    for (const char *key : {"slug", "handle", "plainDescription"}) {
        const QJsonValue value = given.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return fail(failure, QStringLiteral("product.%1").arg(QLatin1String(key)),
                        "must be a string");
    }
    if (given.contains("visible") && !given.value("visible").isBool())
        return fail(failure, "product.visible", "must be true or false");
    if (creating) {
        product->productType = type;
        product->handle = handle;
    }
    if (given.contains("physicalProperties"))
        product->physicalProperties = given.value("physicalProperties").toObject();
    if (creating && type == QLatin1String("PHYSICAL")
        && !given.value("physicalProperties").isObject())
        return fail(failure, "product.physicalProperties", "required for a PHYSICAL product");
    if ((creating || given.contains("variantsInfo"))
        && !applyVariants(given.value("variantsInfo"), product, failure))
        return false;
    if (given.contains("slug"))
        product->slug = given.value("slug").toString();
    if (given.contains("plainDescription"))
        product->description = given.value("plainDescription").toString();
    if (given.contains("visible"))
        product->visible = given.value("visible").toBool();
    return true;
}

QJsonObject priceRange(const WixProduct &product)
{
    double low = 0;
    double high = 0;
    for (int i = 0; i < product.variants.size(); ++i) {
        const double amount = product.variants.at(i)
                                  .toObject()
                                  .value("price")
                                  .toObject()
                                  .value("actualPrice")
                                  .toObject()
                                  .value("amount")
                                  .toString()
                                  .toDouble();
        low = i == 0 ? amount : qMin(low, amount);
        high = i == 0 ? amount : qMax(high, amount);
    }
    return {{"minValue", QJsonObject{{"amount", QString::number(low, 'f', 2)}}},
            {"maxValue", QJsonObject{{"amount", QString::number(high, 'f', 2)}}}};
}

} // namespace

WixProductsV3::WixProductsV3(WixProductStore &store)
    : m_store(store)
{
}

QJsonObject WixProductsV3::toJson(const WixProduct &product, bool withVariants,
                                  const QStringList &groups)
{
    QJsonObject json{{"id", product.id},
                     {"revision", QString::number(product.revision)},
                     {"createdDate", WixClock::format(product.createdMs)},
                     {"updatedDate", WixClock::format(product.updatedMs)},
                     {"name", product.name},
                     {"slug", product.slug},
                     {"handle", product.handle},
                     {"visible", product.visible},
                     {"productType", product.productType},
                     {"actualPriceRange", priceRange(product)},
                     {"variantSummary", QJsonObject{{"variantCount", product.variants.size()}}}};
    if (product.productType == QLatin1String("PHYSICAL"))
        json.insert("physicalProperties", product.physicalProperties);
    if (withVariants)
        json.insert("variantsInfo", QJsonObject{{"variants", product.variants}});
    // The groups the sandbox stores; the others are valid to ask for and add nothing here.
    if (groups.contains(QLatin1String("PLAIN_DESCRIPTION")))
        json.insert("plainDescription", product.description);
    if (groups.contains(QLatin1String("CURRENCY")))
        json.insert("currency", product.currency);
    return json;
}

WixProduct *WixProductsV3::createOne(const QJsonObject &given, Response *failure)
{
    WixProduct product;
    if (!applyFields(given, &product, true, failure))
        return nullptr;
    if (!product.slug.isEmpty() && m_store.slugTaken(product.slug, {})) {
        *failure = WixReply::error(409, "DUPLICATE_SLUG_ERROR",
                                   QStringLiteral("slug %1 is already used").arg(product.slug));
        return nullptr;
    }
    if (!product.handle.isEmpty() && m_store.handleTaken(product.handle, {})) {
        *failure = WixReply::invalid("product.handle",
                                     QStringLiteral("%1 is already used").arg(product.handle));
        return nullptr;
    }
    return &m_store.add(product);
}

WixProduct *WixProductsV3::updateOne(const QString &id, const QJsonObject &given, Response *failure)
{
    WixProduct *stored = m_store.find(id);
    if (!stored) {
        *failure = WixReply::notFound("Product", id);
        return nullptr;
    }
    const QJsonValue revision = given.value("revision");
    if (!revision.isString() && !revision.isDouble()) {
        *failure = WixReply::invalid("product.revision", "required");
        return nullptr;
    }
    const qint64 expected =
        revision.isString() ? revision.toString().toLongLong() : revision.toInteger();
    if (expected != stored->revision) {
        *failure = WixReply::error(409, "REVISION_MISMATCH",
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
        *failure = WixReply::error(409, "DUPLICATE_SLUG_ERROR",
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
    if (!WixRequestedFields::parse(body.value("fields"), &groups, &failure))
        return failure;
    if (!body.value("product").isObject())
        return WixReply::invalid("product", "required object");
    const WixProduct *product = createOne(body.value("product").toObject(), &failure);
    return product ? WixReply::ok({{"product", toJson(*product, true, groups)}}) : failure;
}

Response WixProductsV3::get(const QString &id, const QStringList &fields) const
{
    QStringList groups;
    Response failure;
    if (!WixRequestedFields::parse(fields, &groups, &failure))
        return failure;
    const WixProduct *product = m_store.find(id);
    if (!product)
        return WixReply::notFound("Product", id);
    return WixReply::ok({{"product", toJson(*product, true, groups)}});
}

Response WixProductsV3::update(const QString &id, const QJsonObject &body)
{
    Response failure;
    QStringList groups;
    if (!WixRequestedFields::parse(body.value("fields"), &groups, &failure))
        return failure;
    const QJsonObject given = body.value("product").toObject();
    if (given.contains("id") && given.value("id").toString() != id)
        return WixReply::invalid("product.id", "does not match the path");
    const WixProduct *product = updateOne(id, given, &failure);
    return product ? WixReply::ok({{"product", toJson(*product, true, groups)}}) : failure;
}

Response WixProductsV3::remove(const QString &id)
{
    if (!m_store.remove(id))
        return WixReply::notFound("Product", id);
    return WixReply::ok({});
}

QJsonObject WixProductsV3::bulkItem(int index, const QString &id, const WixProduct *product,
                                    const Response &failure, bool returnEntity,
                                    const QStringList &groups)
{
    QJsonObject meta{{"originalIndex", index}, {"success", failure.status == 200}};
    if (!id.isEmpty())
        meta.insert("id", id);
    if (failure.status != 200) {
        const QJsonObject error = QJsonDocument::fromJson(failure.body).object();
        const QJsonObject details =
            error.value("details").toObject().value("applicationError").toObject();
        meta.insert(
            "error",
            QJsonObject{{"code", details.value("code")}, {"description", error.value("message")}});
    }
    QJsonObject result{{"itemMetadata", meta}};
    if (product && returnEntity)
        result.insert("item", toJson(*product, true, groups));
    return result;
}

Response WixProductsV3::bulkAnswer(const QJsonArray &results, int failures) const
{
    const QJsonObject meta{{"totalSuccesses", results.size() - failures},
                           {"totalFailures", failures},
                           {"undetailedFailures", 0}};
    return WixReply::ok({{"results", results}, {"bulkActionMetadata", meta}});
}

Response WixProductsV3::bulkCreate(const QJsonObject &body)
{
    const QJsonArray products = body.value("products").toArray();
    if (products.isEmpty() || products.size() > MaxBulk)
        return WixReply::invalid("products", QStringLiteral("1..%1 products").arg(MaxBulk));
    QStringList groups;
    Response refused;
    if (!WixRequestedFields::parse(body.value("fields"), &groups, &refused))
        return refused;
    const bool returnEntity = body.value("returnEntity").toBool();
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
    const QJsonArray products = body.value("products").toArray();
    if (products.isEmpty() || products.size() > MaxBulk)
        return WixReply::invalid("products", QStringLiteral("1..%1 products").arg(MaxBulk));
    QStringList groups;
    Response refused;
    if (!WixRequestedFields::parse(body.value("fields"), &groups, &refused))
        return refused;
    const bool returnEntity = body.value("returnEntity").toBool();
    QJsonArray results;
    int failures = 0;
    for (int i = 0; i < products.size(); ++i) {
        const QJsonObject given = products.at(i).toObject().value("product").toObject();
        const QString id = given.value("id").toString();
        Response failure;
        const WixProduct *product = id.isEmpty() ? nullptr : updateOne(id, given, &failure);
        if (id.isEmpty())
            failure =
                WixReply::invalid(QStringLiteral("products[%1].product.id").arg(i), "required");
        failures += product ? 0 : 1;
        results.append(bulkItem(i, id, product, failure, returnEntity, groups));
    }
    return bulkAnswer(results, failures);
}

Response WixProductsV3::bulkDelete(const QJsonObject &body)
{
    const QJsonArray ids = body.value("productIds").toArray();
    if (ids.isEmpty() || ids.size() > MaxBulk)
        return WixReply::invalid("productIds", QStringLiteral("1..%1 ids").arg(MaxBulk));
    QJsonArray results;
    int failures = 0;
    for (int i = 0; i < ids.size(); ++i) {
        const QString id = ids.at(i).toString();
        const Response failure =
            m_store.remove(id) ? Response{} : WixReply::notFound("Product", id);
        failures += failure.status == 200 ? 0 : 1;
        results.append(bulkItem(i, id, nullptr, failure, false, {}));
    }
    return bulkAnswer(results, failures);
}

} // namespace Tandem::Sandbox
