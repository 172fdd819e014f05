#pragma once

#include "sandbox/sandboxbackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Tandem::Sandbox::Test {

struct Answer
{
    int status = 0;
    QJsonObject json;

    QString code() const
    {
        return json.value(QStringLiteral("details"))
            .toObject()
            .value(QStringLiteral("applicationError"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    const QJsonObject object(const char *key) const
    {
        return json.value(QLatin1String(key)).toObject();
    }
    QJsonArray array(const char *key) const { return json.value(QLatin1String(key)).toArray(); }
};

inline Request makeRequest(const QByteArray &method, const QString &target,
                           const QByteArray &body = {}, bool authorized = true)
{
    Request request;
    request.method = method;
    request.path = target.section(QLatin1Char('?'), 0, 0);
    request.query = QUrlQuery(target.section(QLatin1Char('?'), 1));
    request.body = body;
    if (authorized) {
        request.headers.insert("authorization", "test-key");
        request.headers.insert("wix-site-id", "test-site");
    }
    return request;
}

inline Answer call(Backend &backend, const Request &request)
{
    const Response response = backend.handle(request);
    return {response.status, QJsonDocument::fromJson(response.body).object()};
}

inline Answer call(Backend &backend, const QByteArray &method, const QString &target,
                   const QJsonObject &body = {})
{
    const QByteArray bytes =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return call(backend, makeRequest(method, target, bytes));
}

// Wix SDK's GET form of a query: ?.r=<base64url of the JSON request>.
inline QString dotR(const QJsonObject &request)
{
    const QByteArray encoded =
        QJsonDocument(request)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QStringLiteral("?.r=") + QString::fromLatin1(encoded);
}

inline QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

} // namespace Tandem::Sandbox::Test
