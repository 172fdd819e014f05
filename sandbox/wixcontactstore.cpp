#include "sandbox/wixcontactstore.h"

#include "sandbox/wixclock.h"
#include "sandbox/wixreply.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox {

namespace {

enum Field { Id, Created, Updated, First, Last, Phone, Email };
constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 1000;

QStringList fieldsetPaths(const QString &fieldset)
{
    const QStringList basic{u"primaryInfo"_s, u"info.name"_s};
    if (fieldset == QLatin1String("BASIC"))
        return basic;
    if (fieldset == QLatin1String("COMMUNICATION_DETAILS"))
        return basic + QStringList{u"info.emails"_s, u"info.phones"_s, u"info.addresses"_s};
    if (fieldset == QLatin1String("EXTENDED"))
        return basic + QStringList{u"info.extendedFields"_s};
    return {QStringLiteral("*")}; // FULL
}

void copyPath(const QJsonObject &from, QJsonObject *to, const QStringList &parts, int at = 0)
{
    const QJsonValue value = from.value(parts.at(at));
    if (value.isUndefined())
        return;
    if (at == parts.size() - 1) {
        to->insert(parts.at(at), value);
        return;
    }
    QJsonObject child = to->value(parts.at(at)).toObject();
    copyPath(value.toObject(), &child, parts, at + 1);
    to->insert(parts.at(at), child);
}

} // namespace

WixContactStore::WixContactStore(WixClock &clock)
    : m_clock(clock)
{}

const WixFields &WixContactStore::fields()
{
    using T = WixFieldSpec::Type;
    static const WixFields fields{{u"id"_s, T::String, false},
                                  {u"createdDate"_s, T::Date, true},
                                  {u"updatedDate"_s, T::Date, false}, // filterable, not sortable
                                  {u"info.name.first"_s, T::String, true},
                                  {u"info.name.last"_s, T::String, true},
                                  {u"primaryInfo.phone"_s, T::String, false},
                                  {u"primaryInfo.email"_s, T::String, true}};
    return fields;
}

WixValue WixContactStore::value(const WixContact &contact, int field) const
{
    switch (field) {
    case Id:
        return WixValue::of(contact.id);
    case Created:
        return WixValue::of(contact.createdMs);
    case Updated:
        return WixValue::of(contact.updatedMs);
    case First:
        return contact.first.isEmpty() ? WixValue::missing() : WixValue::of(contact.first);
    case Last:
        return contact.last.isEmpty() ? WixValue::missing() : WixValue::of(contact.last);
    case Phone:
        return contact.primaryPhone.isEmpty() ? WixValue::missing()
                                              : WixValue::of(contact.primaryPhone);
    case Email:
        return contact.primaryEmail.isEmpty() ? WixValue::missing()
                                              : WixValue::of(contact.primaryEmail);
    }
    return WixValue::missing();
}

bool WixContactStore::hasDuplicate(const QJsonObject &info, const QString &exceptId) const
{
    QSet<QString> emails;
    for (const QJsonValue &item : info.value(u"emails"_s).toObject().value(u"items"_s).toArray())
        emails.insert(item.toObject().value(QStringLiteral("email")).toString().toLower());
    if (emails.isEmpty())
        return false;
    for (const WixContact &contact : m_contacts) {
        if (contact.id == exceptId)
            continue;
        for (const QJsonValue &item :
             contact.info.value(u"emails"_s).toObject().value(u"items"_s).toArray()) {
            if (emails.contains(
                    item.toObject().value(QStringLiteral("email")).toString().toLower()))
                return true;
        }
    }
    return false;
}

Response WixContactStore::create(const QJsonObject &body)
{
    changed();
    const QJsonValue infoValue = body.value(QStringLiteral("info"));
    if (!infoValue.isObject())
        return WixReply::invalid(QStringLiteral("info"), QStringLiteral("required object"));
    const QJsonObject info = infoValue.toObject();
    const QString problem = WixContact::validate(info);
    if (!problem.isEmpty())
        return WixReply::invalid(problem.section(QLatin1Char(':'), 0, 0),
                                 problem.section(u": "_s, 1));
    if (!body.value(QStringLiteral("allowDuplicates")).toBool() && hasDuplicate(info, {}))
        return WixReply::error(409, QStringLiteral("DUPLICATE_CONTACT_EXISTS"),
                               QStringLiteral("A contact with this email already exists"));
    WixContact contact;
    contact.id = WixReply::newId();
    contact.createdMs = contact.updatedMs = m_clock.next();
    contact.setInfo(info, {});
    if (contact.first.isEmpty() && contact.last.isEmpty() && contact.primaryPhone.isEmpty()
        && contact.primaryEmail.isEmpty())
        return WixReply::error(400, QStringLiteral("INSUFFICIENT_CONTACT_DATA"),
                               QStringLiteral("A contact needs a name, a phone or an email"));
    m_contacts.insert(contact.id, contact);
    m_order.append(contact.id);
    return WixReply::ok({{QStringLiteral("contact"), contact.toJson()}});
}

Response WixContactStore::get(const QString &id) const
{
    const auto it = m_contacts.constFind(id);
    if (it == m_contacts.constEnd())
        return WixReply::notFound(QStringLiteral("Contact"), id);
    return WixReply::ok({{QStringLiteral("contact"), it->toJson()}});
}

Response WixContactStore::update(const QString &id, const QJsonObject &body)
{
    changed();
    const auto it = m_contacts.find(id);
    if (it == m_contacts.end())
        return WixReply::notFound(QStringLiteral("Contact"), id);
    const QJsonValue revision = body.value(QStringLiteral("revision"));
    const int expected = revision.isString() ? revision.toString().toInt() : revision.toInt(-1);
    if (revision.isUndefined() || revision.isNull())
        return WixReply::invalid(QStringLiteral("revision"), QStringLiteral("required"));
    if (expected != it->revision)
        return WixReply::error(409, QStringLiteral("CONTACT_ALREADY_CHANGED"),
                               QStringLiteral("Contact %1 is at revision %2, not %3")
                                   .arg(id)
                                   .arg(it->revision)
                                   .arg(expected));
    const QJsonValue infoValue = body.value(QStringLiteral("info"));
    if (!infoValue.isUndefined() && !infoValue.isObject())
        return WixReply::invalid(QStringLiteral("info"), QStringLiteral("must be an object"));
    QJsonObject info = it->info; // the given top-level info parts replace the stored ones
    const QJsonObject given = infoValue.toObject();
    for (auto part = given.begin(); part != given.end(); ++part)
        info.insert(part.key(), part.value());
    const QString problem = WixContact::validate(info);
    if (!problem.isEmpty())
        return WixReply::invalid(problem.section(QLatin1Char(':'), 0, 0),
                                 problem.section(u": "_s, 1));
    if (!body.value(QStringLiteral("allowDuplicates")).toBool() && given.contains(u"emails"_s)
        && hasDuplicate(info, id))
        return WixReply::error(409, QStringLiteral("DUPLICATE_CONTACT_EXISTS"),
                               QStringLiteral("A contact with this email already exists"));
    it->setInfo(info, it->info);
    it->revision += 1;
    it->updatedMs = m_clock.next();
    return WixReply::ok({{QStringLiteral("contact"), it->toJson()}});
}

Response WixContactStore::remove(const QString &id)
{
    changed();
    const auto it = m_contacts.find(id);
    if (it == m_contacts.end())
        return WixReply::notFound(QStringLiteral("Contact"), id);
    if (it->member)
        return WixReply::error(
            428, QStringLiteral("CONTACT_IS_SITE_MEMBER"),
            QStringLiteral("Contact %1 is a site member and cannot be deleted").arg(id));
    m_contacts.erase(it);
    m_order.removeOne(id);
    return WixReply::ok({});
}

Response WixContactStore::query(const QJsonObject &body) const
{
    const QJsonObject query = body.value(QStringLiteral("query")).toObject();
    QString error;
    const WixFilter filter =
        WixFilter::compile(query.value(QStringLiteral("filter")).toObject(), fields(), &error);
    if (!error.isEmpty())
        return WixReply::invalid(QStringLiteral("query.filter"), error);
    QJsonArray sortSpec = query.value(QStringLiteral("sort")).toArray();
    if (sortSpec.isEmpty())
        sortSpec.append(QJsonObject{{u"fieldName"_s, u"createdDate"_s}, {u"order"_s, u"DESC"_s}});
    const WixSort sort = WixSort::compile(sortSpec, fields(), 1, Id, &error);
    if (!error.isEmpty())
        return WixReply::invalid(QStringLiteral("query.sort"), error);
    const QJsonObject paging = query.value(QStringLiteral("paging")).toObject();
    const int limit = paging.value(QStringLiteral("limit")).toInt(DefaultLimit);
    const int offset = paging.value(QStringLiteral("offset")).toInt(0);
    if (limit < 0 || limit > MaxLimit || offset < 0)
        return WixReply::invalid(QStringLiteral("query.paging"),
                                 QStringLiteral("limit must be 0..%1, offset >= 0").arg(MaxLimit));

    QStringList paths;
    for (const QJsonValue &field : query.value(QStringLiteral("fields")).toArray())
        paths.append(field.toString());
    for (const QJsonValue &fieldset : query.value(QStringLiteral("fieldsets")).toArray())
        paths += fieldsetPaths(fieldset.toString());
    // Sorting before filtering gives the same order: the sort's ties go by id, so it is total.
    QJsonArray contacts;
    qsizetype total = 0;
    for (const WixContact *contact : sorted(sort)) {
        if (!filter.matches([&](int field) { return value(*contact, field); }))
            continue;
        if (total >= offset && total < qsizetype(offset) + limit)
            contacts.append(project(*contact, paths));
        ++total;
    }
    const QJsonObject meta{{QStringLiteral("count"), contacts.size()},
                           {QStringLiteral("offset"), offset},
                           {QStringLiteral("total"), total},
                           {QStringLiteral("tooManyToCount"), false}};
    return WixReply::ok(
        {{QStringLiteral("contacts"), contacts}, {QStringLiteral("pagingMetadata"), meta}});
}

const QList<const WixContact *> &WixContactStore::sorted(const WixSort &sort) const
{
    if (m_sortedValid && m_sortedBy == sort.keys())
        return m_sorted;
    m_sorted.clear();
    m_sorted.reserve(m_contacts.size());
    for (const WixContact &contact : m_contacts)
        m_sorted.append(&contact);
    std::sort(m_sorted.begin(), m_sorted.end(), [&](const WixContact *a, const WixContact *b) {
        return sort.compare([&](int f) { return value(*a, f); },
                            [&](int f) { return value(*b, f); })
            < 0;
    });
    m_sortedBy = sort.keys();
    m_sortedValid = true;
    return m_sorted;
}

QJsonObject WixContactStore::project(const WixContact &contact, const QStringList &paths) const
{
    if (paths.isEmpty() || paths.contains(QStringLiteral("*")))
        return contact.toJson();
    QJsonObject projected{{QStringLiteral("id"), contact.id},
                          {QStringLiteral("revision"), contact.revision}};
    // An id scan asks for the id and at most the times: no whole contact made for them.
    QJsonObject full;
    for (const QString &path : paths) {
        if (path == QLatin1String("id") || path == QLatin1String("revision")) {
            continue; // already there
        } else if (path == QLatin1String("createdDate")) {
            projected.insert(path, WixClock::format(contact.createdMs));
        } else if (path == QLatin1String("updatedDate")) {
            projected.insert(path, WixClock::format(contact.updatedMs));
        } else {
            if (full.isEmpty())
                full = contact.toJson();
            copyPath(full, &projected, path.split(QLatin1Char('.')));
        }
    }
    return projected;
}

QString WixContactStore::insert(const QString &id, const QJsonObject &info, qint64 createdMs,
                                qint64 updatedMs)
{
    changed();
    WixContact contact;
    contact.id = id;
    contact.createdMs = createdMs;
    contact.updatedMs = updatedMs;
    contact.setInfo(info, {});
    m_clock.observe(updatedMs);
    m_contacts.insert(id, contact);
    m_order.append(id);
    return id;
}

bool WixContactStore::markMember(const QString &id)
{
    changed();
    const auto it = m_contacts.find(id);
    if (it == m_contacts.end())
        return false;
    it->member = true;
    return true;
}

void WixContactStore::clear()
{
    changed();
    m_contacts.clear();
    m_order.clear();
}

QJsonArray WixContactStore::saveState() const
{
    QJsonArray state;
    for (const QString &id : m_order)
        state.append(m_contacts.constFind(id)->toState());
    return state;
}

bool WixContactStore::loadState(const QJsonArray &state, QString *error)
{
    clear();
    for (int i = 0; i < state.size(); ++i) {
        WixContact contact;
        if (!WixContact::fromState(state.at(i).toObject(), &contact)
            || m_contacts.contains(contact.id)) {
            *error = QStringLiteral("contacts[%1] is not a valid contact or repeats an id").arg(i);
            clear();
            return false;
        }
        m_clock.observe(contact.updatedMs);
        m_contacts.insert(contact.id, contact);
        m_order.append(contact.id);
    }
    return true;
}

} // namespace Tandem::Sandbox
