#include "sandbox/wixproductsv3query.h"

#include "sandbox/wixproductstore.h"
#include "sandbox/wixproductsv3.h"
#include "sandbox/wixreply.h"
#include "sandbox/wixrequestedfields.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

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
{}

const WixFields &WixProductsV3Query::fields()
{
    using T = WixFieldSpec::Type;
    static const WixFields fields{
        {u"id"_s, T::String, false},          {u"createdDate"_s, T::Date},
        {u"updatedDate"_s, T::Date},          {u"slug"_s, T::String},
        {u"visible"_s, T::Bool, true, false}, {u"handle"_s, T::String, false}};
    return fields;
}

bool WixProductsV3Query::plan(const QJsonObject &query, Plan *plan, Response *failure) const
{
    const QJsonObject paging = query.value(u"cursorPaging"_s).toObject();
    const QString cursor = paging.value(u"cursor"_s).toString();
    plan->limit = paging.value(u"limit"_s).toInt(DefaultLimit);
    if (plan->limit < 1 || plan->limit > MaxLimit) {
        *failure = WixReply::invalid(u"query.cursorPaging.limit"_s,
                                     QStringLiteral("must be 1..%1").arg(MaxLimit));
        return false;
    }
    if (cursor.isEmpty()) {
        if ((query.contains(u"filter"_s) && !query.value(u"filter"_s).isObject())
            || (query.contains(u"sort"_s) && !query.value(u"sort"_s).isArray())) {
            *failure =
                WixReply::invalid(u"query"_s, u"filter must be an object and sort an array"_s);
            return false;
        }
        plan->filter = query.value(u"filter"_s).toObject();
        plan->sort = query.value(u"sort"_s).toArray();
        if (plan->sort.isEmpty())
            plan->sort.append(
                QJsonObject{{u"fieldName"_s, u"createdDate"_s}, {u"order"_s, u"DESC"_s}});
        return true;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonObject state = QJsonDocument::fromJson(decoded.decoded).object();
    if (!decoded || !state.value(u"a"_s).isObject()) {
        *failure =
            WixReply::invalid(u"query.cursorPaging.cursor"_s, u"not a cursor this server issued"_s);
        return false;
    }
    plan->filter = state.value(u"f"_s).toObject();
    plan->sort = state.value(u"s"_s).toArray();
    plan->after = state.value(u"a"_s).toObject();
    if (!paging.contains(u"limit"_s))
        plan->limit = state.value(u"l"_s).toInt(DefaultLimit);
    return true;
}

QString WixProductsV3Query::encodeCursor(const Plan &plan, const WixSort &sort,
                                         const WixProduct &last)
{
    QJsonObject after{{u"id"_s, last.id}};
    for (const WixSort::Key &key : sort.keys()) {
        const WixFieldSpec &spec = fields().at(key.field);
        after.insert(spec.name, wixValueToJson(valueOf(last, key.field), spec.type));
    }
    const QJsonObject state{
        {u"f"_s, plan.filter}, {u"s"_s, plan.sort}, {u"l"_s, plan.limit}, {u"a"_s, after}};
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
    if (!WixRequestedFields::parse(body.value(u"fields"_s), &groups, &failure)
        || !this->plan(body.value(u"query"_s).toObject(), &plan, &failure))
        return failure;
    QString error;
    const WixFilter filter = WixFilter::compile(plan.filter, fields(), &error);
    if (!error.isEmpty())
        return WixReply::invalid(u"query.filter"_s, error);
    const WixSort sort = WixSort::compile(plan.sort, fields(), 5, Id, &error);
    if (!error.isEmpty())
        return WixReply::invalid(u"query.sort"_s, error);

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
        cursors.insert(u"next"_s, encodeCursor(plan, sort, *matches.at(plan.limit - 1)));
    const QJsonObject meta{
        {u"count"_s, products.size()}, {u"cursors"_s, cursors}, {u"hasNext"_s, hasNext}};
    return WixReply::ok({{u"products"_s, products}, {u"pagingMetadata"_s, meta}});
}

} // namespace Tandem::Sandbox
