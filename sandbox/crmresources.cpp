#include "sandbox/crmresources.h"

#include "sandbox/crmlisting.h"
#include "sandbox/crmproblem.h"
#include "sandbox/crmschema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Tandem::Sandbox {

namespace {

constexpr qint64 kTombstoneLifetimeMs = 30LL * 24 * 60 * 60 * 1000;

// Reads a request body that must be a JSON object; otherwise *error is the 400 answer.
bool readObject(const Request &request, QJsonObject *object, Response *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = CrmProblem::make(400,
                                  QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset));
        return false;
    }
    if (!document.isObject()) {
        *error = CrmProblem::make(400, QStringLiteral("The body must be a JSON object."));
        return false;
    }
    *object = document.object();
    return true;
}

Response invalid(const QList<CrmFieldError> &errors)
{
    QStringList fields;
    for (const CrmFieldError &error : errors)
        fields << error.field + QLatin1Char(' ') + error.message;
    return CrmProblem::make(422, fields.join(QLatin1String("; ")), CrmSchema::toJson(errors));
}

Response notFound(const QString &id)
{
    return CrmProblem::make(404, QStringLiteral("No record with id '%1'.").arg(id));
}

} // namespace

CrmResources::CrmResources(CrmKind kind, const QString &collectionPath, const QString &idPrefix)
    : m_kind(kind)
    , m_collectionPath(collectionPath)
    , m_idPrefix(idPrefix)
    , m_ids(1)
{}

Response CrmResources::list(const Request &request)
{
    CrmListQuery query;
    if (const QString error = CrmListQuery::parse(request.query, &query); !error.isEmpty())
        return CrmProblem::make(400, error);
    m_collection.purgeTombstones(QDateTime::currentMSecsSinceEpoch() - kTombstoneLifetimeMs);
    bool more = false;
    const QList<CrmRecord> records =
        m_collection.page(query.updatedSince, query.after ? &*query.after : nullptr,
                          query.includeDeleted, query.pageSize, &more);
    QJsonArray items;
    for (const CrmRecord &record : records)
        items.append(record.toJson());
    QJsonObject body{{QStringLiteral("items"), items}};
    if (more && !records.isEmpty()) {
        body.insert(QStringLiteral("nextPageToken"),
                    CrmPageToken::encode({records.last().updatedAt, records.last().id}));
    }
    return Response::json(200, body);
}

Response CrmResources::get(const QString &id) const
{
    const CrmRecord *record = m_collection.find(id);
    if (!record || record->deleted)
        return notFound(id);
    return recordAnswer(200, *record);
}

Response CrmResources::create(const Request &request)
{
    QJsonObject body;
    Response error;
    if (!readObject(request, &body, &error))
        return error;
    QJsonObject fields = CrmSchema::mergePatch({}, body);
    if (const auto errors = CrmSchema::validate(m_kind, fields); !errors.isEmpty())
        return invalid(errors);
    const CrmRecord record = insert(fields);
    Response response = recordAnswer(201, record);
    const QByteArray host = request.header("host");
    const QByteArray path = (m_collectionPath + QLatin1Char('/') + record.id).toUtf8();
    response.headers.append({"Location", host.isEmpty() ? path : "http://" + host + path});
    return response;
}

Response CrmResources::patch(const QString &id, const Request &request)
{
    const CrmRecord *existing = m_collection.find(id);
    if (!existing || existing->deleted)
        return notFound(id);
    switch (checkIfMatch(request, *existing)) {
    case Precondition::Missing:
        return CrmProblem::make(428,
                                QStringLiteral("PATCH needs If-Match with the record's ETag."));
    case Precondition::Stale:
        return CrmProblem::make(412,
                                QStringLiteral("If-Match %1 is stale; the record is at %2.")
                                    .arg(QString::fromUtf8(request.header("if-match")),
                                         QString::fromUtf8(existing->etag())));
    case Precondition::Matches:
        break;
    }
    QJsonObject patchBody;
    Response error;
    if (!readObject(request, &patchBody, &error))
        return error;
    QJsonObject fields = CrmSchema::mergePatch(existing->fields, patchBody);
    if (const auto errors = CrmSchema::validate(m_kind, fields); !errors.isEmpty())
        return invalid(errors);
    if (m_normalizePhones)
        CrmSchema::normalizePhones(m_kind, &fields);
    if (fields == existing->fields)
        return recordAnswer(200, *existing); // nothing changed: same version, same ETag
    CrmRecord record = *existing;
    record.fields = fields;
    ++record.version;
    record.updatedAt = now();
    m_collection.put(record);
    return recordAnswer(200, record);
}

Response CrmResources::remove(const QString &id, const Request &request)
{
    const CrmRecord *existing = m_collection.find(id);
    if (!existing || existing->deleted)
        return notFound(id);
    if (checkIfMatch(request, *existing) == Precondition::Stale) {
        return CrmProblem::make(412,
                                QStringLiteral("If-Match %1 is stale; the record is at %2.")
                                    .arg(QString::fromUtf8(request.header("if-match")),
                                         QString::fromUtf8(existing->etag())));
    }
    CrmRecord tombstone = *existing;
    tombstone.deleted = true;
    tombstone.fields = {};
    ++tombstone.version;
    tombstone.updatedAt = now();
    m_collection.put(tombstone);
    return Response::empty(204);
}

CrmRecord CrmResources::insert(const QJsonObject &fields)
{
    CrmRecord record;
    record.id = newId();
    record.fields = fields;
    if (m_normalizePhones)
        CrmSchema::normalizePhones(m_kind, &record.fields);
    record.createdAt = record.updatedAt = now();
    m_collection.put(record);
    return record;
}

void CrmResources::clear(quint32 idSeed)
{
    m_collection.clear();
    m_ids.seed(idSeed);
}

Response CrmResources::recordAnswer(int status, const CrmRecord &record) const
{
    Response response = Response::json(status, record.toJson());
    response.headers.append({"ETag", record.etag()});
    return response;
}

CrmResources::Precondition CrmResources::checkIfMatch(const Request &request,
                                                      const CrmRecord &record)
{
    const QByteArray header = request.header("if-match").trimmed();
    if (header.isEmpty())
        return Precondition::Missing;
    const QList<QByteArray> tags = header.split(',');
    for (const QByteArray &tag : tags) {
        const QByteArray trimmed = tag.trimmed();
        if (trimmed == "*" || trimmed == record.etag())
            return Precondition::Matches;
    }
    return Precondition::Stale;
}

qint64 CrmResources::now()
{
    // Past every stored change too (a --data file from a clock that ran ahead), so a new
    // change always lists after the ones a client has already seen.
    m_lastTimestamp = std::max({QDateTime::currentMSecsSinceEpoch(), m_lastTimestamp + 1,
                                m_collection.latestUpdate() + 1});
    return m_lastTimestamp;
}

QString CrmResources::newId()
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString id;
    do {
        id = m_idPrefix;
        for (int i = 0; i < 12; ++i)
            id += QLatin1Char(alphabet[m_ids.bounded(36)]);
    } while (m_collection.find(id));
    return id;
}

} // namespace Tandem::Sandbox
