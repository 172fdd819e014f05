#include "sync/connectors/wixcontactsclient.h"

#include "sync/connectors/flatjson.h"
#include "sync/connectors/listitem.h"
#include "sync/connectors/servicetime.h"
#include "sync/connectors/wixoffsetpages.h"

#include <QHash>
#include <QJsonArray>

namespace Tandem {

namespace {
const QString kFirst = QStringLiteral("info.name.first");
const QString kLast = QStringLiteral("info.name.last");
const QString kPhone = QStringLiteral("primaryInfo.phone");
const QString kEmail = QStringLiteral("primaryInfo.email");
const QString kCompany = QStringLiteral("info.company");
const QString kJobTitle = QStringLiteral("info.jobTitle");
const QString kBirthdate = QStringLiteral("info.birthdate");
const QString kLabels = QStringLiteral("info.labelKeys");
// The parts of the contact's first address (Wix's addresses have no primary flag).
const QString kAddress = QStringLiteral("info.address.");
const QStringList kAddressParts{QStringLiteral("addressLine1"), QStringLiteral("addressLine2"),
                                QStringLiteral("city"),         QStringLiteral("postalCode"),
                                QStringLiteral("subdivision"),  QStringLiteral("country")};
const QString kCollection = QStringLiteral("contacts");
const QString kContact = QStringLiteral("contact");

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

bool changesAddress(const QJsonObject &changed)
{
    for (const QString &part : kAddressParts) {
        if (changed.contains(kAddress + part))
            return true;
    }
    return false;
}

// Sets or (null, "") clears the changed parts of the first address item, keeping the other
// items; an item left without parts is removed.
void writeAddress(QJsonObject *info, const QJsonObject &changed, const QJsonObject &current)
{
    QJsonArray items = current.value(QStringLiteral("addresses"))
                           .toObject()
                           .value(QStringLiteral("items"))
                           .toArray();
    QJsonObject item = items.isEmpty()
        ? QJsonObject{{QStringLiteral("tag"), QStringLiteral("UNTAGGED")}}
        : items.first().toObject();
    QJsonObject address = item.value(QStringLiteral("address")).toObject();
    for (const QString &part : kAddressParts) {
        const QJsonValue value = changed.value(kAddress + part);
        if (value.isUndefined())
            continue;
        if (value.isNull() || value.toString().isEmpty())
            address.remove(part);
        else
            address.insert(part, value);
    }
    // addressLine1 and streetAddress are one of: the line written replaces the street's parts.
    if (changed.contains(kAddress + QLatin1String("addressLine1")))
        address.remove(QStringLiteral("streetAddress"));
    item.insert(QStringLiteral("address"), address);
    if (!items.isEmpty())
        items.removeFirst();
    if (!address.isEmpty())
        items.prepend(item);
    info->insert(QStringLiteral("addresses"), QJsonObject{{QStringLiteral("items"), items}});
}
HttpRequest queryRequest(const QJsonObject &query)
{
    return WixApi::request("POST", QStringLiteral("/contacts/v4/contacts/query"),
                           QJsonObject{{QStringLiteral("query"), query}});
}

// Only the id is used: no times to parse or fields to flatten, 1,000 a page.
Record idOnly(const QJsonObject &contact)
{
    Record record;
    record.id = contact.value(QStringLiteral("id")).toString();
    return record;
}

} // namespace

WixContactsClient::WixContactsClient(WixApi &api)
    : m_api(api)
{}

Record WixContactsClient::toRecord(const QJsonObject &contact)
{
    Record record;
    record.id = contact.value(QStringLiteral("id")).toString();
    record.token = QString::number(contact.value(QStringLiteral("revision")).toInteger());
    record.createdAt = ServiceTime::parse(contact.value(QStringLiteral("createdDate")));
    record.updatedAt = ServiceTime::parse(contact.value(QStringLiteral("updatedDate")));
    for (const QString &path : {kFirst, kLast, kPhone, kEmail, kCompany, kJobTitle, kBirthdate}) {
        const QJsonValue value = FlatJson::valueAt(contact, path);
        if (!value.isUndefined() && !value.isNull())
            record.fields.insert(path, value);
    }
    const QJsonObject info = contact.value(QStringLiteral("info")).toObject();
    const QJsonArray labels =
        info.value(QStringLiteral("labelKeys")).toObject().value(QStringLiteral("items")).toArray();
    if (!labels.isEmpty()) {
        QStringList keys;
        for (const QJsonValue &key : labels)
            keys.append(key.toString());
        record.fields.insert(kLabels, keys.join(QLatin1String(", ")));
    }
    const QJsonObject address = info.value(QStringLiteral("addresses"))
                                    .toObject()
                                    .value(QStringLiteral("items"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("address"))
                                    .toObject();
    for (const QString &part : kAddressParts) {
        const QString value = address.value(part).toString();
        if (!value.isEmpty())
            record.fields.insert(kAddress + part, value);
    }
    return record;
}

ConnectorResult<QJsonArray> WixContactsClient::queryOnce(const HttpRequest &request,
                                                         QJsonObject *answer)
{
    const ConnectorResult<QJsonObject> reply = m_api.call(request);
    if (reply.ok())
        *answer = reply.value;
    return WixApi::listOf(reply, request, QStringLiteral("contacts"));
}

// Pages by creation time rather than by a growing offset: a record deleted (or leaving the
// filter) while the query pages would shift every later offset and hide another record from
// the scan or the incremental read. Each page asks for what was created at or after the last
// record seen and skips the ids already reported; only a full page of nothing but such ties
// (more records created in one millisecond than a page holds) goes on by offset among them.
ConnectorError WixContactsClient::query(const QJsonObject &queryBody, const PageReader &onContacts)
{
    QSet<QString> seen;
    QString from; // createdDate of the last record reported
    int ties = 0; // records reported with that createdDate
    bool byOffset = false;
    for (;;) {
        QJsonObject query = queryBody;
        if (!from.isEmpty()) {
            const QJsonObject since{
                {QStringLiteral("createdDate"), QJsonObject{{QStringLiteral("$gte"), from}}}};
            const QJsonValue filter = queryBody.value(QStringLiteral("filter"));
            query.insert(QStringLiteral("filter"),
                         filter.isUndefined()
                             ? since
                             : QJsonObject{{QStringLiteral("$and"), QJsonArray{filter, since}}});
        }
        query.insert(QStringLiteral("paging"),
                     QJsonObject{{QStringLiteral("limit"), m_pageSize},
                                 {QStringLiteral("offset"), byOffset ? ties : 0}});
        const HttpRequest request = queryRequest(query);
        QJsonObject answer;
        const ConnectorResult<QJsonArray> contacts = queryOnce(request, &answer);
        if (!contacts.ok())
            return contacts.error;
        // As listed (a malformed item is reported as it came), less those reported before
        // (the ties a page starts with): removed from the page rather than copying the rest.
        QList<qsizetype> repeated;
        for (qsizetype i = 0; i < contacts.value.size(); ++i) {
            const QJsonObject contact = contacts.value.at(i).toObject();
            const QString id = contact.value(QStringLiteral("id")).toString();
            if (!id.isEmpty() && seen.contains(id)) {
                repeated.append(i);
                continue;
            }
            seen.insert(id);
            const QString created = contact.value(QStringLiteral("createdDate")).toString();
            ties = created == from ? ties + 1 : 1;
            from = created;
        }
        QJsonArray fresh = contacts.value;
        for (auto at = repeated.crbegin(); at != repeated.crend(); ++at)
            fresh.removeAt(*at);
        if (byOffset && fresh.isEmpty())
            return {ConnectorError::Kind::Malformed,
                    tr("%1 answered the same contacts again for offset %2")
                        .arg(request.callName())
                        .arg(ties)};
        if (!onContacts(fresh))
            return {};
        const qsizetype count = contacts.value.size();
        const std::optional<qint64> total = WixOffsetPages::totalOf(answer);
        if (count < m_pageSize || (total && count >= *total))
            return {};
        if (from.isEmpty())
            return {ConnectorError::Kind::Malformed,
                    tr("%1 answered contacts without a createdDate").arg(request.callName())};
        byOffset = fresh.isEmpty();
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
        const QString after = ServiceTime::format(since);
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

// Every id a query finds, asking for ids and creation times only (what its paging needs).
ConnectorResult<QSet<QString>> WixContactsClient::idsOf(const QJsonObject &filter)
{
    QJsonObject body{
        {QStringLiteral("fields"), QJsonArray{QStringLiteral("id"), QStringLiteral("createdDate")}},
        {QStringLiteral("sort"),
         QJsonArray{QJsonObject{{QStringLiteral("fieldName"), QStringLiteral("createdDate")},
                                {QStringLiteral("order"), QStringLiteral("ASC")}}}}};
    if (!filter.isEmpty())
        body.insert(QStringLiteral("filter"), filter);
    return ListItem::scanIds([&](const PageHandler &onPage) {
        int page = 0;
        return query(body, [&](const QJsonArray &contacts) {
            return onPage(ListItem::records(Side::Wix, kCollection, contacts, ++page, idOnly));
        });
    });
}

// The whole site's ids, its pages side by side (WixOffsetPages); when the site changed while
// they were read, page after page by creation time again.
ConnectorResult<QSet<QString>> WixContactsClient::readIds()
{
    const QJsonObject query{
        {QStringLiteral("fields"), QJsonArray{QStringLiteral("id")}},
        {QStringLiteral("sort"),
         QJsonArray{QJsonObject{{QStringLiteral("fieldName"), QStringLiteral("createdDate")},
                                {QStringLiteral("order"), QStringLiteral("ASC")}}}}};
    const auto pages = WixOffsetPages(m_api, kCollection, m_pageSize).read(query, queryRequest);
    if (!pages.ok())
        return {{}, pages.error};
    if (!pages.value)
        return idsOf({});
    return ListItem::ids(Side::Wix, kCollection, *pages.value);
}

ConnectorResult<std::optional<qint64>> WixContactsClient::count()
{
    const QJsonObject query{{QStringLiteral("fields"), QJsonArray{QStringLiteral("id")}},
                            {QStringLiteral("paging"), QJsonObject{{QStringLiteral("limit"), 1}}}};
    QJsonObject answer;
    const ConnectorResult<QJsonArray> contacts = queryOnce(queryRequest(query), &answer);
    if (!contacts.ok())
        return {std::nullopt, contacts.error};
    return {WixOffsetPages::totalOf(answer), {}};
}

ConnectorResult<QSet<QString>> WixContactsClient::existing(const QSet<QString> &ids)
{
    // One query for up to a page of ids: absent from its answer is absent on the site.
    ConnectorResult<QSet<QString>> found;
    const QStringList all(ids.cbegin(), ids.cend());
    for (qsizetype at = 0; at < all.size(); at += m_pageSize) {
        const QJsonArray chunk = QJsonArray::fromStringList(all.mid(at, m_pageSize));
        ConnectorResult<QSet<QString>> part =
            idsOf({{QStringLiteral("id"), QJsonObject{{QStringLiteral("$in"), chunk}}}});
        if (!part.ok())
            return part;
        found.value.unite(part.value);
    }
    return found;
}

ConnectorResult<Record> WixContactsClient::read(const QString &id)
{
    return m_api.callForRecord(getRequest(id), kContact, toRecord);
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
    // Plain strings of info: written as they are, null clearing them.
    for (const auto &[path, key] :
         {std::pair{kCompany, "company"}, std::pair{kJobTitle, "jobTitle"}}) {
        if (changed.contains(path))
            info.insert(QLatin1String(key), changed.value(path));
    }
    // A date: "YYYY-MM-DD", "" clearing it as null does.
    if (changed.contains(kBirthdate)) {
        const QString date = changed.value(kBirthdate).toString();
        info.insert(QStringLiteral("birthdate"), date.isEmpty() ? QJsonValue() : date);
    }
    // The whole list of label keys, from one comma-separated string.
    if (changed.contains(kLabels)) {
        QJsonArray keys;
        for (const QString &key : changed.value(kLabels).toString().split(QLatin1Char(','))) {
            if (!key.trimmed().isEmpty())
                keys.append(key.trimmed());
        }
        info.insert(QStringLiteral("labelKeys"), QJsonObject{{QStringLiteral("items"), keys}});
    }
    if (changesAddress(changed))
        writeAddress(&info, changed, current);
    for (const auto &[path, group, key] :
         {std::tuple{kPhone, "phones", "phone"}, std::tuple{kEmail, "emails", "email"}}) {
        if (!changed.contains(path))
            continue;
        info.insert(QLatin1String(group), current.value(QLatin1String(group)));
        writePrimary(&info, QLatin1String(group), QLatin1String(key), changed.value(path));
    }
    return info;
}

bool WixContactsClient::needsCurrent(const QJsonObject &changed)
{
    return changed.contains(kPhone) || changed.contains(kEmail) || changesAddress(changed)
        || changed.contains(kFirst) != changed.contains(kLast);
}

HttpRequest WixContactsClient::createRequest(const QJsonObject &fields)
{
    return WixApi::createRequest(QStringLiteral("/contacts/v4/contacts"),
                                 QJsonObject{{QStringLiteral("info"), infoFrom(fields, {})},
                                             {QStringLiteral("allowDuplicates"), true}});
}

HttpRequest WixContactsClient::getRequest(const QString &id)
{
    return WixApi::request("GET", QStringLiteral("/contacts/v4/contacts/") + id);
}

HttpRequest WixContactsClient::removeRequest(const QString &id)
{
    return WixApi::request("DELETE", QStringLiteral("/contacts/v4/contacts/") + id);
}

ConnectorResult<Record> WixContactsClient::create(const QJsonObject &fields)
{
    return createMany({fields}).constFirst();
}

ConnectorResult<Record> WixContactsClient::update(const QString &id, const QString &token,
                                                  const QJsonObject &changed)
{
    return updateMany({{id, token, changed}}).constFirst();
}

ConnectorError WixContactsClient::remove(const QString &id)
{
    return removeMany({{id, {}, {}}}).constFirst();
}

QList<ConnectorResult<Record>> WixContactsClient::createMany(const QList<QJsonObject> &records)
{
    QList<HttpRequest> requests;
    for (const QJsonObject &fields : records)
        requests.append(createRequest(fields));
    const QList<ConnectorResult<QJsonObject>> answers = m_api.callAll(requests);
    QList<ConnectorResult<Record>> results;
    for (qsizetype i = 0; i < requests.size(); ++i)
        results.append(WixApi::recordOf(answers[i], requests[i], kContact, toRecord));
    return results;
}

// A change that leaves some of a contact's info alone is written over what the contact holds
// now: those are read first, side by side, and a revision that moved is Stale.
QList<ConnectorResult<Record>> WixContactsClient::updateMany(const QList<RecordChange> &changes)
{
    QList<ConnectorResult<Record>> results(changes.size());
    QList<QJsonObject> current(changes.size());
    QList<qsizetype> reading;
    QList<HttpRequest> gets;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (needsCurrent(changes[i].changed)) {
            reading.append(i);
            gets.append(getRequest(changes[i].id));
        }
    }
    const QList<ConnectorResult<QJsonObject>> got = m_api.callAll(gets);
    for (qsizetype k = 0; k < reading.size(); ++k) {
        const RecordChange &change = changes[reading[k]];
        const auto contact = WixApi::entityOf(got[k], gets[k], kContact);
        const QString revision =
            QString::number(contact.value.value(QStringLiteral("revision")).toInteger());
        if (!contact.ok())
            results[reading[k]].error = contact.error;
        else if (revision != change.token)
            results[reading[k]].error = {ConnectorError::Kind::Stale,
                                         tr("Wix contact %1 is at revision %2, not %3")
                                             .arg(change.id, revision, change.token)};
        else
            current[reading[k]] = contact.value.value(QStringLiteral("info")).toObject();
    }
    QList<qsizetype> writing;
    QList<HttpRequest> patches;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (!results[i].error.ok())
            continue;
        writing.append(i);
        patches.append(WixApi::request(
            "PATCH", QStringLiteral("/contacts/v4/contacts/") + changes[i].id,
            QJsonObject{{QStringLiteral("revision"), changes[i].token.toLongLong()},
                        {QStringLiteral("info"), infoFrom(changes[i].changed, current[i])},
                        {QStringLiteral("allowDuplicates"), true}}));
    }
    const QList<ConnectorResult<QJsonObject>> written = m_api.callAll(patches);
    for (qsizetype k = 0; k < writing.size(); ++k)
        results[writing[k]] = WixApi::recordOf(written[k], patches[k], kContact, toRecord);
    return results;
}

QList<ConnectorError> WixContactsClient::removeMany(const QList<RecordChange> &records)
{
    QList<HttpRequest> requests;
    for (const RecordChange &record : records)
        requests.append(removeRequest(record.id));
    const QList<ConnectorResult<QJsonObject>> answers = m_api.callAll(requests);
    QList<ConnectorError> results;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ConnectorError &error = answers[i].error;
        if (error.kind == ConnectorError::Kind::Precondition)
            results.append({ConnectorError::Kind::Precondition,
                            tr("cannot delete on Wix: contact %1 is a site member, a Wix user or "
                               "has a subscription (%2)")
                                .arg(records[i].id, error.message)});
        else
            results.append(error);
    }
    return results;
}

} // namespace Tandem
