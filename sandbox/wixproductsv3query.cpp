#include "wixproductsv3query.h"

#include "wixproductstore.h"
#include "wixproductsv3.h"
#include "wixreply.h"
#include "wixrequestedfields.h"

#include <QJsonDocument>

#include <algorithm>

namespace Tandem::Sandbox {

namespace {

enum Field { Id, CreatedDate, UpdatedDate, Slug, Visible, Handle };
constexpr int DefaultLimit = 100;
constexpr int MaxLimit = 100;

WixValue valueOf(const WixProduct &product, int field)
{
    switch (field) {
    case Id:
        return WixValue::of(product.id);
    case CreatedDate:
        return WixValue::of(product.createdMs);
    case UpdatedDate:
        return WixValue::of(product.updatedMs);
    case Slug:
        return WixValue::of(product.slug);
    case Visible:
        return WixValue::of(product.visible);
    case Handle:
        return WixValue::of(product.handle);
    }
    return WixValue::missing();
}

} // namespace

WixProductsV3Query::WixProductsV3Query(const WixProductStore &store)
    : m_store(store)
{
}

const WixFields &WixProductsV3Query::fields()
{
    using T = WixFieldSpec::Type;
    static const WixFields fields{{"id", T::String, false},          {"createdDate", T::Date},
                                  {"updatedDate", T::Date},          {"slug", T::String},
                                  {"visible", T::Bool, true, false}, {"handle", T::String, false}};
    return fields;
}

bool WixProductsV3Query::plan(const QJsonObject &query, Plan *plan, Response *failure) const
{
    const QJsonObject paging = query.value("cursorPaging").toObject();
    const QString cursor = paging.value("cursor").toString();
    plan->limit = paging.value("limit").toInt(DefaultLimit);
    if (plan->limit < 1 || plan->limit > MaxLimit) {
        *failure = WixReply::invalid("query.cursorPaging.limit",
                                     QStringLiteral("must be 1..%1").arg(MaxLimit));
        return false;
    }
    if (cursor.isEmpty()) {
        if ((query.contains("filter") && !query.value("filter").isObject())
            || (query.contains("sort") && !query.value("sort").isArray())) {
            *failure = WixReply::invalid("query", "filter must be an object and sort an array");
            return false;
        }
        plan->filter = query.value("filter").toObject();
        plan->sort = query.value("sort").toArray();
        if (plan->sort.isEmpty())
            plan->sort.append(QJsonObject{{"fieldName", "createdDate"}, {"order", "DESC"}});
        return true;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonObject state = QJsonDocument::fromJson(decoded.decoded).object();
    if (!decoded || !state.value("a").isObject()) {
        *failure =
            WixReply::invalid("query.cursorPaging.cursor", "not a cursor this server issued");
        return false;
    }
    plan->filter = state.value("f").toObject();
    plan->sort = state.value("s").toArray();
    plan->after = state.value("a").toObject();
    if (!paging.contains("limit"))
        plan->limit = state.value("l").toInt(DefaultLimit);
    return true;
}

QString WixProductsV3Query::encodeCursor(const Plan &plan, const WixSort &sort,
                                         const WixProduct &last)
{
    QJsonObject after{{"id", last.id}};
    for (const WixSort::Key &key : sort.keys()) {
        const WixFieldSpec &spec = fields().at(key.field);
        after.insert(spec.name, wixValueToJson(valueOf(last, key.field), spec.type));
    }
    const QJsonObject state{{"f", plan.filter}, {"s", plan.sort}, {"l", plan.limit}, {"a", after}};
    return QString::fromLatin1(
        QJsonDocument(state)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Response WixProductsV3Query::query(const QJsonObject &body) const
{
    Plan plan;
    Response failure;
    QStringList groups;
    if (!WixRequestedFields::parse(body.value("fields"), &groups, &failure)
        || !this->plan(body.value("query").toObject(), &plan, &failure))
        return failure;
    QString error;
    const WixFilter filter = WixFilter::compile(plan.filter, fields(), &error);
    if (!error.isEmpty())
        return WixReply::invalid("query.filter", error);
    const WixSort sort = WixSort::compile(plan.sort, fields(), 5, Id, &error);
    if (!error.isEmpty())
        return WixReply::invalid("query.sort", error);

    QHash<int, WixValue> after;
    if (!plan.after.isEmpty()) {
        for (int field = 0; field < fields().size(); ++field) {
            WixValue value;
            if (plan.after.contains(fields().at(field).name)
                && wixValueFromJson(plan.after.value(fields().at(field).name),
                                    fields().at(field).type, &value))
                after.insert(field, value);
        }
    }
    const WixGetter position = [&after](int field) { return after.value(field); };
    QList<const WixProduct *> matches;
    for (const WixProduct *product : m_store.all()) {
        const WixGetter get = [product](int field) { return valueOf(*product, field); };
        if (filter.matches(get) && (after.isEmpty() || sort.compare(get, position) > 0))
            matches.append(product);
    }
    std::sort(matches.begin(), matches.end(), [&](const WixProduct *a, const WixProduct *b) {
        return sort.compare([&](int f) { return valueOf(*a, f); },
                            [&](int f) { return valueOf(*b, f); })
            < 0;
    });
    QJsonArray products;
    for (int i = 0; i < matches.size() && i < plan.limit; ++i)
        products.append(WixProductsV3::toJson(*matches.at(i), false, groups));
    const bool hasNext = matches.size() > plan.limit;
    QJsonObject cursors;
    if (hasNext)
        cursors.insert("next", encodeCursor(plan, sort, *matches.at(plan.limit - 1)));
    const QJsonObject meta{{"count", products.size()}, {"cursors", cursors}, {"hasNext", hasNext}};
    return WixReply::ok({{"products", products}, {"pagingMetadata", meta}});
}

} // namespace Tandem::Sandbox
