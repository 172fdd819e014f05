#include "sync/connectors/crmofficeconnector.h"

#include "sync/connectors/budgetpacer.h"
#include "sync/connectors/flatjson.h"
#include "sync/connectors/listitem.h"
#include "sync/connectors/servicetime.h"
#include "sync/connectors/timeranges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace Tandem {

namespace {
const QStringList kBookkeeping{QStringLiteral("id"), QStringLiteral("version"),
                               QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
                               QStringLiteral("deleted")};

QByteArray versionOfEtag(QByteArray etag)
{
    if (etag.startsWith("W/"))
        etag = etag.mid(2);
    return etag.trimmed().replace('"', QByteArray());
}
} // namespace

CrmOfficeConnector::CrmOfficeConnector(const QUrl &baseUrl, QNetworkAccessManager *nam)
    : m_http(std::make_unique<HttpClient>(baseUrl, nam))
{
    m_http->setPacer(std::make_unique<BudgetPacer>());
}

void CrmOfficeConnector::setTokenProvider(std::unique_ptr<AccessTokenProvider> provider)
{
    m_tokens = std::move(provider);
}

Record CrmOfficeConnector::toRecord(const QJsonObject &item, const QByteArray &etag)
{
    Record record;
    record.id = item.value(QStringLiteral("id")).toString();
    record.token = etag.isEmpty()
        ? QString::number(item.value(QStringLiteral("version")).toInteger())
        : QString::fromLatin1(versionOfEtag(etag));
    record.updatedAt = ServiceTime::parse(item.value(QStringLiteral("updatedAt")));
    record.createdAt = ServiceTime::parse(item.value(QStringLiteral("createdAt")));
    record.deleted = item.value(QStringLiteral("deleted")).toBool();
    if (record.deleted)
        record.token.clear();
    record.fields = FlatJson::flatten(item, kBookkeeping);
    return record;
}

HttpResponse CrmOfficeConnector::call(const HttpRequest &request)
{
    return callAll({request}).constFirst();
}

QList<HttpResponse> CrmOfficeConnector::callAll(const QList<HttpRequest> &requests)
{
    QList<HttpResponse> responses(requests.size());
    if (!m_tokens) {
        for (HttpResponse &response : responses)
            response.error = {ConnectorError::Kind::Auth,
                              tr("No CRMOffice sign-in is configured.")};
        return responses;
    }
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < requests.size(); ++i)
        pending.append(i);
    for (bool refreshed : {false, true}) {
        const ConnectorResult<QByteArray> token = m_tokens->accessToken(refreshed);
        if (!token.ok()) {
            for (qsizetype i : pending)
                responses[i].error = token.error;
            return responses;
        }
        m_http->redaction().addSecret(token.value);
        QList<HttpRequest> batch;
        for (qsizetype i : pending) {
            batch.append(requests[i]);
            batch.last().headers.append({"Authorization", "Bearer " + token.value});
        }
        const QList<HttpResponse> answers = m_http->sendAll(batch);
        QList<qsizetype> unauthorized;
        for (qsizetype k = 0; k < pending.size(); ++k) {
            responses[pending[k]] = answers[k];
            if (answers[k].status == 401)
                unauthorized.append(pending[k]);
        }
        // One refresh and one retry on 401; a second 401 is the answer.
        if (unauthorized.isEmpty() || refreshed || !m_tokens->canRefresh())
            return responses;
        pending = unauthorized;
    }
    return responses;
}

ConnectorError CrmOfficeConnector::errorOf(const HttpRequest &request,
                                           const HttpResponse &response) const
{
    if (!response.error.ok())
        return response.error;
    const QJsonObject problem = HttpClient::parseObject(request, response.body).value;
    QString detail = problem.value(QStringLiteral("detail")).toString();
    if (detail.isEmpty())
        detail = problem.value(QStringLiteral("title")).toString();
    for (const QJsonValue &error : problem.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject item = error.toObject();
        detail += QStringLiteral(" [%1: %2]")
                      .arg(item.value(QStringLiteral("field")).toString(),
                           item.value(QStringLiteral("message")).toString());
    }
    const QString message =
        tr("%1 answered %2: %3").arg(request.callName()).arg(response.status).arg(detail);
    using K = ConnectorError::Kind;
    switch (response.status) {
    case 412:
        return {K::Stale, message};
    case 404:
        return {K::NotFound, message};
    case 428:
        return {K::Precondition, message};
    case 400:
    case 409:
    case 422:
        return {K::Invalid, message};
    case 401:
    case 403:
        return {K::Auth, message};
    default:
        return {K::Fatal, message};
    }
}

ConnectorError CrmOfficeConnector::checkCollection(const QString &collection) const
{
    // The mapping names collections as the dataflow document does ("Contacts"); the API's
    // paths are lower case.
    if (collection.compare(QLatin1String("contacts"), Qt::CaseInsensitive) == 0
        || collection.compare(QLatin1String("companies"), Qt::CaseInsensitive) == 0)
        return {};
    return {ConnectorError::Kind::Unsupported,
            tr("CRMOffice has no collection \"%1\" (contacts and companies are supported)")
                .arg(collection)};
}

ConnectorResult<Record> CrmOfficeConnector::recordOf(const HttpRequest &request,
                                                     const HttpResponse &response,
                                                     int expectedStatus) const
{
    ConnectorResult<Record> result;
    if (response.status != expectedStatus || !response.error.ok()) {
        result.error = errorOf(request, response);
        return result;
    }
    const auto body = HttpClient::parseObject(request, response.body);
    if (!body.ok()) {
        result.error = body.error;
        return result;
    }
    result.value = toRecord(body.value, response.header("etag"));
    if (result.value.id.isEmpty())
        result.error = {ConnectorError::Kind::Malformed,
                        tr("%1 answered a record without an id").arg(request.callName())};
    return result;
}

ConnectorResult<QJsonObject> CrmOfficeConnector::listBody(const HttpRequest &request,
                                                          const HttpResponse &response) const
{
    if (response.status != 200 || !response.error.ok())
        return {{}, errorOf(request, response)};
    ConnectorResult<QJsonObject> body = HttpClient::parseObject(request, response.body);
    if (body.ok() && !body.value.value(QStringLiteral("items")).isArray())
        return {{},
                {ConnectorError::Kind::Malformed,
                 tr("%1 answered without an \"items\" list").arg(request.callName())}};
    return body;
}

ConnectorResult<QJsonObject> CrmOfficeConnector::listPage(const HttpRequest &request)
{
    return listBody(request, call(request));
}

HttpRequest CrmOfficeConnector::listRequest(const QString &collection, const QDateTime &since,
                                            bool includeDeleted, const QString &pageToken) const
{
    HttpRequest request;
    request.path = QLatin1Char('/') + collection.toLower();
    if (since.isValid())
        request.query.addQueryItem(QStringLiteral("updatedSince"), ServiceTime::format(since));
    if (includeDeleted)
        request.query.addQueryItem(QStringLiteral("includeDeleted"), QStringLiteral("true"));
    request.query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_pageSize));
    if (!pageToken.isEmpty())
        request.query.addQueryItem(QStringLiteral("pageToken"), pageToken);
    return request;
}

ConnectorError CrmOfficeConnector::listPages(const QString &collection, const QDateTime &since,
                                             bool includeDeleted, const PageHandler &onPage)
{
    if (const ConnectorError error = checkCollection(collection); !error.ok())
        return error;
    QString pageToken;
    int pageNumber = 0;
    do {
        const HttpRequest request = listRequest(collection, since, includeDeleted, pageToken);
        const ConnectorResult<QJsonObject> body = listPage(request);
        if (!body.ok())
            return body.error;
        const QJsonArray items = body.value.value(QStringLiteral("items")).toArray();
        const QList<Record> page =
            ListItem::records(Side::CrmOffice, collection.toLower(), items, ++pageNumber,
                              [](const QJsonObject &item) { return toRecord(item); });
        pageToken = body.value.value(QStringLiteral("nextPageToken")).toString();
        if (!onPage(page))
            return {};
    } while (!pageToken.isEmpty());
    return {};
}

ConnectorError CrmOfficeConnector::readChanges(const QString &collection, const QDateTime &since,
                                               const PageHandler &onPage)
{
    m_http->markServerTime();
    const ConnectorError error = listPages(collection, since, true, onPage);
    m_readTime = error.ok() ? m_http->serverTime() : QDateTime();
    return error;
}

// The list is in order of updatedAt (docs/contracts/crmoffice.md), so ranges of it can be read
// side by side, each from where it starts (updatedSince) until its first record past its end.
// A record that changes while they are read moves past every range, into the last one.
ConnectorError CrmOfficeConnector::readChangesExpecting(const QString &collection,
                                                        const QDateTime &since,
                                                        const QList<qint64> &expectedMs,
                                                        const PageHandler &onPage)
{
    const QList<qint64> splits = TimeRanges::split(expectedMs, m_pageSize, m_http->window());
    if (splits.isEmpty())
        return readChanges(collection, since, onPage);
    if (const ConnectorError error = checkCollection(collection); !error.ok())
        return error;
    struct Range
    {
        QDateTime from;
        qint64 lastMs = -1; // the last change time it lists; -1: to the end of the list
        QString pageToken;
        bool done = false;
    };
    QList<Range> ranges{{since, splits.first(), QString(), false}};
    for (qsizetype i = 0; i < splits.size(); ++i)
        ranges.append({QDateTime::fromMSecsSinceEpoch(splits[i], QTimeZone::utc()),
                       i + 1 < splits.size() ? splits[i + 1] : -1, QString(), false});
    m_http->markServerTime();
    m_readTime = QDateTime();
    int pageNumber = 0;
    for (;;) {
        QList<qsizetype> reading;
        QList<HttpRequest> requests;
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            if (ranges[i].done)
                continue;
            reading.append(i);
            requests.append(listRequest(collection, ranges[i].from, true, ranges[i].pageToken));
        }
        if (requests.isEmpty())
            break;
        const QList<HttpResponse> answers = callAll(requests);
        for (qsizetype k = 0; k < answers.size(); ++k) {
            const ConnectorResult<QJsonObject> body = listBody(requests[k], answers[k]);
            if (!body.ok())
                return body.error;
            Range &range = ranges[reading[k]];
            QList<Record> page =
                ListItem::records(Side::CrmOffice, collection.toLower(),
                                  body.value.value(QStringLiteral("items")).toArray(), ++pageNumber,
                                  [](const QJsonObject &item) { return toRecord(item); });
            const auto past = std::find_if(page.begin(), page.end(), [&](const Record &r) {
                return range.lastMs >= 0 && r.updatedAt.isValid()
                    && r.updatedAt.toMSecsSinceEpoch() > range.lastMs;
            });
            range.done = past != page.end();
            page.erase(past, page.end());
            range.pageToken = body.value.value(QStringLiteral("nextPageToken")).toString();
            range.done = range.done || range.pageToken.isEmpty();
            if (!onPage(page))
                return {};
        }
    }
    m_readTime = m_http->serverTime();
    return {};
}

ConnectorResult<QSet<QString>> CrmOfficeConnector::readIds(const QString &collection)
{
    return ListItem::scanIds(
        [&](const PageHandler &onPage) { return listPages(collection, {}, false, onPage); });
}

ConnectorResult<std::optional<qint64>> CrmOfficeConnector::countRecords(const QString &collection)
{
    if (const ConnectorError error = checkCollection(collection); !error.ok())
        return {std::nullopt, error};
    HttpRequest request;
    request.path = QLatin1Char('/') + collection.toLower();
    request.query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1"));
    return {std::nullopt, listPage(request).error};
}

ConnectorResult<Record> CrmOfficeConnector::read(const QString &collection, const QString &id)
{
    if (const ConnectorError error = checkCollection(collection); !error.ok())
        return {{}, error};
    HttpRequest request;
    request.path = QStringLiteral("/%1/%2").arg(collection.toLower(), id);
    return recordOf(request, call(request), 200);
}

HttpRequest CrmOfficeConnector::createRequest(const QString &collection, const QJsonObject &fields)
{
    HttpRequest request;
    request.method = "POST";
    request.path = QLatin1Char('/') + collection.toLower();
    request.body = QJsonDocument(FlatJson::nest(fields)).toJson(QJsonDocument::Compact);
    request.idempotent = false;
    return request;
}

HttpRequest CrmOfficeConnector::updateRequest(const QString &collection, const RecordChange &change)
{
    HttpRequest request;
    request.method = "PATCH";
    request.path = QStringLiteral("/%1/%2").arg(collection.toLower(), change.id);
    request.contentType = "application/merge-patch+json";
    request.headers.append({"If-Match", '"' + change.token.toUtf8() + '"'});
    request.body = QJsonDocument(FlatJson::nest(change.changed)).toJson(QJsonDocument::Compact);
    return request;
}

HttpRequest CrmOfficeConnector::removeRequest(const QString &collection, const RecordChange &record)
{
    HttpRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/%1/%2").arg(collection.toLower(), record.id);
    if (!record.token.isEmpty())
        request.headers.append({"If-Match", '"' + record.token.toUtf8() + '"'});
    return request;
}

ConnectorError CrmOfficeConnector::removeResult(const HttpRequest &request,
                                                const HttpResponse &response) const
{
    if (response.error.ok() && (response.status == 204 || response.status == 200))
        return {};
    return errorOf(request, response);
}

ConnectorResult<Record> CrmOfficeConnector::create(const QString &collection,
                                                   const QJsonObject &fields)
{
    return createMany(collection, {fields}).constFirst();
}

ConnectorResult<Record> CrmOfficeConnector::update(const QString &collection, const QString &id,
                                                   const QString &token, const QJsonObject &changed)
{
    return updateMany(collection, {{id, token, changed}}).constFirst();
}

ConnectorError CrmOfficeConnector::remove(const QString &collection, const QString &id,
                                          const QString &token)
{
    return removeMany(collection, {{id, token, {}}}).constFirst();
}

// The batch calls send their requests side by side (HttpClient::sendAll), one per record.
QList<ConnectorResult<Record>> CrmOfficeConnector::createMany(const QString &collection,
                                                              const QList<QJsonObject> &records)
{
    if (const ConnectorError error = checkCollection(collection); !error.ok())
        return QList<ConnectorResult<Record>>(records.size(), {{}, error});
    QList<HttpRequest> requests;
    for (const QJsonObject &fields : records)
        requests.append(createRequest(collection, fields));
    const QList<HttpResponse> responses = callAll(requests);
    QList<ConnectorResult<Record>> results;
    for (qsizetype i = 0; i < requests.size(); ++i)
        results.append(recordOf(requests[i], responses[i], 201));
    return results;
}

QList<ConnectorResult<Record>> CrmOfficeConnector::updateMany(const QString &collection,
                                                              const QList<RecordChange> &changes)
{
    if (const ConnectorError error = checkCollection(collection); !error.ok())
        return QList<ConnectorResult<Record>>(changes.size(), {{}, error});
    QList<HttpRequest> requests;
    for (const RecordChange &change : changes)
        requests.append(updateRequest(collection, change));
    const QList<HttpResponse> responses = callAll(requests);
    QList<ConnectorResult<Record>> results;
    for (qsizetype i = 0; i < requests.size(); ++i)
        results.append(recordOf(requests[i], responses[i], 200));
    return results;
}

QList<ConnectorError> CrmOfficeConnector::removeMany(const QString &collection,
                                                     const QList<RecordChange> &records)
{
    if (const ConnectorError error = checkCollection(collection); !error.ok())
        return QList<ConnectorError>(records.size(), error);
    QList<HttpRequest> requests;
    for (const RecordChange &record : records)
        requests.append(removeRequest(collection, record));
    const QList<HttpResponse> responses = callAll(requests);
    QList<ConnectorError> results;
    for (qsizetype i = 0; i < requests.size(); ++i)
        results.append(removeResult(requests[i], responses[i]));
    return results;
}

} // namespace Tandem
