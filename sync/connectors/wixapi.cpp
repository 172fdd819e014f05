#include "sync/connectors/wixapi.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Tandem {

HttpRequest WixApi::request(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    if (method != "GET" && method != "DELETE")
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

HttpRequest WixApi::createRequest(const QString &path, const QJsonObject &body)
{
    HttpRequest made = request("POST", path, body);
    made.idempotent = false;
    return made;
}

ConnectorResult<Record> WixApi::recordOf(const ConnectorResult<QJsonObject> &answer,
                                         const HttpRequest &request, const QString &key,
                                         RecordMaker toRecord)
{
    const ConnectorResult<QJsonObject> entity = entityOf(answer, request, key);
    if (!entity.ok())
        return {{}, entity.error};
    return {toRecord(entity.value), {}};
}

ConnectorResult<Record> WixApi::callForRecord(const HttpRequest &request, const QString &key,
                                              RecordMaker toRecord)
{
    return recordOf(call(request), request, key, toRecord);
}

ConnectorError WixApi::remove(const QString &path)
{
    return call(request("DELETE", path)).error;
}

ConnectorResult<QJsonObject> WixApi::call(const HttpRequest &request)
{
    return callAll({request}).constFirst();
}

QList<ConnectorResult<QJsonObject>> WixApi::callAll(const QList<HttpRequest> &requests)
{
    const QList<HttpResponse> responses = m_http.sendAll(requests);
    QList<ConnectorResult<QJsonObject>> answers;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const HttpResponse &response = responses[i];
        if (response.status != 200 || !response.error.ok())
            answers.append({{}, errorOf(requests[i], response)});
        else
            answers.append(HttpClient::parseObject(requests[i], response.body));
    }
    return answers;
}

ConnectorResult<QJsonObject> WixApi::entityOf(const ConnectorResult<QJsonObject> &answer,
                                              const HttpRequest &request, const QString &key)
{
    if (!answer.ok())
        return {{}, answer.error};
    const QJsonValue entity = answer.value.value(key);
    if (!entity.isObject() || entity.toObject().value(QStringLiteral("id")).toString().isEmpty())
        return {{},
                {ConnectorError::Kind::Malformed,
                 tr("%1 answered without \"%2\"").arg(request.callName(), key)}};
    return {entity.toObject(), {}};
}

ConnectorResult<QJsonArray> WixApi::listOf(const ConnectorResult<QJsonObject> &answer,
                                           const HttpRequest &request, const QString &key)
{
    if (!answer.ok())
        return {{}, answer.error};
    const QJsonValue list = answer.value.value(key);
    if (!list.isArray())
        return {{},
                {ConnectorError::Kind::Malformed,
                 tr("%1 answered without a \"%2\" list").arg(request.callName(), key)}};
    return {list.toArray(), {}};
}

QString WixApi::applicationCode(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    return error.value(QStringLiteral("details"))
        .toObject()
        .value(QStringLiteral("applicationError"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

ConnectorError WixApi::errorOf(const HttpRequest &request, const HttpResponse &response)
{
    if (!response.error.ok())
        return response.error;
    const QJsonObject error = QJsonDocument::fromJson(response.body).object();
    const QJsonObject details = error.value(QStringLiteral("details")).toObject();
    const QJsonObject application = details.value(QStringLiteral("applicationError")).toObject();
    QString reason = error.value(QStringLiteral("message")).toString();
    const QString code = application.value(QStringLiteral("code")).toString();
    if (!code.isEmpty())
        reason += QStringLiteral(" (%1: %2)")
                      .arg(code, application.value(QStringLiteral("description")).toString());
    const QJsonValue validation = details.value(QStringLiteral("validationError"));
    if (validation.isObject())
        reason += QLatin1Char(' ')
            + QString::fromUtf8(
                      QJsonDocument(validation.toObject()).toJson(QJsonDocument::Compact));
    const QString message =
        tr("%1 answered %2: %3").arg(request.callName()).arg(response.status).arg(reason);
    using K = ConnectorError::Kind;
    switch (response.status) {
    case 409:
        return {K::Stale, message};
    case 404:
        return {K::NotFound, message};
    case 428:
        return {K::Precondition, message};
    case 400:
    case 422:
        return {K::Invalid, message};
    case 401:
    case 403:
        return {K::Auth, message};
    default:
        return {K::Fatal, message};
    }
}

} // namespace Tandem
