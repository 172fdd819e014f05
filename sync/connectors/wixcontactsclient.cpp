#include "wixcontactsclient.h"

#include "flatjson.h"
#include "listitem.h"

#include <QHash>
#include <QJsonArray>

namespace Tandem {

namespace {
const QString kFirst = QStringLiteral("info.name.first");
const QString kLast = QStringLiteral("info.name.last");
const QString kPhone = QStringLiteral("primaryInfo.phone");
const QString kEmail = QStringLiteral("primaryInfo.email");
const QString kCollection = QStringLiteral("contacts");

// Sets (or, for null/"", removes) the primary item of info.<group>.items, keeping the others.
void writePrimary(QJsonObject *info, const QString &group, const QString &key,
                  const QJsonValue &value)
{
    const bool clear = value.isNull() || value.toString().isEmpty();
    QJsonArray items = info->value(group).toObject().value(QStringLiteral("items")).toArray();
    qsizetype primary = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).toObject().value(QStringLiteral("primary")).toBool())
            primary = i;
    }
    if (clear) {
        if (primary >= 0)
            items.removeAt(primary);
    } else if (primary >= 0) {
        QJsonObject item = items.at(primary).toObject();
        item.insert(key, value);
        // Derived from the old number; the service recomputes them.
        item.remove(QStringLiteral("e164Phone"));
        item.remove(QStringLiteral("countryCode"));
        items.replace(primary, item);
    } else {
        items.append(QJsonObject{{QStringLiteral("tag"), QStringLiteral("MAIN")},
                                 {key, value},
                                 {QStringLiteral("primary"), true}});
    }
    info->insert(group, QJsonObject{{QStringLiteral("items"), items}});
}
} // namespace

WixContactsClient::WixContactsClient(WixApi &api)
    : m_api(api)
{
}

Record WixContactsClient::toRecord(const QJsonObject &contact)
{
    Record record;
    record.id = contact.value(QStringLiteral("id")).toString();
    record.token = QString::number(contact.value(QStringLiteral("revision")).toInteger());
    record.createdAt = WixApi::parseTime(contact.value(QStringLiteral("createdDate")));
    record.updatedAt = WixApi::parseTime(contact.value(QStringLiteral("updatedDate")));
    for (const QString &path : {kFirst, kLast, kPhone, kEmail}) {
        const QJsonValue value = FlatJson::valueAt(contact, path);
        if (!value.isUndefined() && !value.isNull())
            record.fields.insert(path, value);
    }
    return record;
}

ConnectorError WixContactsClient::query(const QJsonObject &queryBody,
                                        const PageReader &onContacts)
{
    for (int offset = 0;;) {
        QJsonObject query = queryBody;
        query.insert(QStringLiteral("paging"),
                     QJsonObject{{QStringLiteral("limit"), m_pageSize},
                                 {QStringLiteral("offset"), offset}});
        const HttpRequest request = WixApi::request(
                "POST", QStringLiteral("/contacts/v4/contacts/query"),
                QJsonObject{{QStringLiteral("query"), query}});
        const auto answer = m_api.call(request);
        const ConnectorResult<QJsonArray> contacts =
            WixApi::listOf(answer, request, QStringLiteral("contacts"));
        if (!contacts.ok())
            return contacts.error;
        const QJsonObject meta = answer.value.value(QStringLiteral("pagingMetadata")).toObject();
        const int count = int(contacts.value.size());
        if (!onContacts(contacts.value))
            return {};
        offset += count;
        const bool counted = !meta.value(QStringLiteral("tooManyToCount")).toBool()
                && meta.contains(QStringLiteral("total"));
        if (count < m_pageSize || count == 0
            || (counted && offset >= meta.value(QStringLiteral("total")).toInt()))
            return {};
    }
}

ConnectorError WixContactsClient::readChanges(const QDateTime &since, const PageHandler &onPage)
{
    QJsonObject body{
            {QStringLiteral("sort"),
             QJsonArray{QJsonObject{{QStringLiteral("fieldName"), QStringLiteral("createdDate")},
                                    {QStringLiteral("order"), QStringLiteral("ASC")}}}},
            {QStringLiteral("fieldsets"), QJsonArray{QStringLiteral("FULL")}}};
    if (since.isValid()) {
        const QString after = WixApi::formatTime(since);
        body.insert(QStringLiteral("filter"),
                    QJsonObject{{QStringLiteral("updatedDate"),
                                 QJsonObject{{QStringLiteral("$gt"), after}}}});
    }
    // Records updated while we page move into the filtered set and shift later pages: skip
    // what this read already reported at the same revision.
    QHash<QString, QString> seen;
    int pageNumber = 0;
    return query(body, [&](const QJsonArray &contacts) {
        QList<Record> page;
        for (Record &record :
             ListItem::records(Side::Wix, kCollection, contacts, ++pageNumber, toRecord)) {
            if (record.problem.isEmpty()) {
                if (seen.value(record.id) == record.token)
                    continue;
                seen.insert(record.id, record.token);
            }
            page.append(std::move(record));
        }
        return onPage(page);
    });
}

ConnectorResult<QSet<QString>> WixContactsClient::readIds()
{
    const QJsonObject body{
            {QStringLiteral("fields"), QJsonArray{QStringLiteral("id")}},
            {QStringLiteral("sort"),
             QJsonArray{QJsonObject{{QStringLiteral("fieldName"), QStringLiteral("createdDate")},
                                    {QStringLiteral("order"), QStringLiteral("ASC")}}}}};
    return ListItem::scanIds([&](const PageHandler &onPage) {
        int page = 0;
        return query(body, [&](const QJsonArray &contacts) {
            return onPage(ListItem::records(Side::Wix, kCollection, contacts, ++page, toRecord));
        });
    });
}

ConnectorResult<Record> WixContactsClient::contactOf(const ConnectorResult<QJsonObject> &answer,
                                                     const HttpRequest &request) const
{
    const ConnectorResult<QJsonObject> contact =
        WixApi::entityOf(answer, request, QStringLiteral("contact"));
    if (!contact.ok())
        return {{}, contact.error};
    return {toRecord(contact.value), {}};
}

ConnectorResult<QJsonObject> WixContactsClient::fetch(const QString &id)
{
    const HttpRequest request = WixApi::request("GET", QStringLiteral("/contacts/v4/contacts/") + id);
    return WixApi::entityOf(m_api.call(request), request, QStringLiteral("contact"));
}

ConnectorResult<Record> WixContactsClient::read(const QString &id)
{
    const auto contact = fetch(id);
    if (!contact.ok())
        return {{}, contact.error};
    return {toRecord(contact.value), {}};
}

QJsonObject WixContactsClient::infoFrom(const QJsonObject &changed, const QJsonObject &current)
{
    QJsonObject info;
    if (changed.contains(kFirst) || changed.contains(kLast)) {
        QJsonObject name = current.value(QStringLiteral("name")).toObject();
        for (const auto &[path, key] : {std::pair{kFirst, "first"}, std::pair{kLast, "last"}}) {
            if (!changed.contains(path))
                continue;
            if (changed.value(path).isNull())
                name.remove(QLatin1String(key));
            else
                name.insert(QLatin1String(key), changed.value(path));
        }
        info.insert(QStringLiteral("name"), name);
    }
    for (const auto &[path, group, key] : {std::tuple{kPhone, "phones", "phone"},
                                           std::tuple{kEmail, "emails", "email"}}) {
        if (!changed.contains(path))
            continue;
        info.insert(QLatin1String(group), current.value(QLatin1String(group)));
        writePrimary(&info, QLatin1String(group), QLatin1String(key), changed.value(path));
    }
    return info;
}

bool WixContactsClient::needsCurrent(const QJsonObject &changed)
{
    return changed.contains(kPhone) || changed.contains(kEmail)
            || changed.contains(kFirst) != changed.contains(kLast);
}

ConnectorResult<Record> WixContactsClient::create(const QJsonObject &fields)
{
    HttpRequest request = WixApi::request(
            "POST", QStringLiteral("/contacts/v4/contacts"),
            QJsonObject{{QStringLiteral("info"), infoFrom(fields, {})},
                        {QStringLiteral("allowDuplicates"), true}});
    request.idempotent = false;
    return contactOf(m_api.call(request), request);
}

ConnectorResult<Record> WixContactsClient::update(const QString &id, const QString &token,
                                                  const QJsonObject &changed)
{
    QJsonObject current;
    if (needsCurrent(changed)) {
        const auto contact = fetch(id);
        if (!contact.ok())
            return {{}, contact.error};
        const QString revision =
                QString::number(contact.value.value(QStringLiteral("revision")).toInteger());
        if (revision != token)
            return {{},
                    {ConnectorError::Kind::Stale,
                     tr("Wix contact %1 is at revision %2, not %3").arg(id, revision, token)}};
        current = contact.value.value(QStringLiteral("info")).toObject();
    }
    const HttpRequest request = WixApi::request(
            "PATCH", QStringLiteral("/contacts/v4/contacts/") + id,
            QJsonObject{{QStringLiteral("revision"), token.toLongLong()},
                        {QStringLiteral("info"), infoFrom(changed, current)},
                        {QStringLiteral("allowDuplicates"), true}});
    return contactOf(m_api.call(request), request);
}

ConnectorError WixContactsClient::remove(const QString &id)
{
    const HttpRequest request =
            WixApi::request("DELETE", QStringLiteral("/contacts/v4/contacts/") + id);
    const auto answer = m_api.call(request);
    if (answer.error.kind == ConnectorError::Kind::Precondition)
        return {ConnectorError::Kind::Precondition,
                tr("cannot delete on Wix: contact %1 is a site member, a Wix user or has a "
                   "subscription (%2)")
                        .arg(id, answer.error.message)};
    return answer.error;
}

} // namespace Tandem
