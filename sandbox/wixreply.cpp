#include "sandbox/wixreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox::WixReply {

Response error(int status, const QString &code, const QString &message)
{
    const QJsonObject application{{u"code"_s, code}, {u"description"_s, message}};
    return Response::json(
        status,
        QJsonObject{{u"message"_s, message},
                    {u"details"_s, QJsonObject{{u"applicationError"_s, application}}}});
}

Response invalid(const QString &field, const QString &message)
{
    const QString text = QStringLiteral("%1: %2").arg(field, message);
    const QJsonObject violation{{u"field"_s, field}, {u"description"_s, message}};
    const QJsonObject validation{{u"fieldViolations"_s, QJsonArray{violation}}};
    const QJsonObject application{{u"code"_s, u"INVALID_ARGUMENT"_s}, {u"description"_s, text}};
    return Response::json(400,
                          QJsonObject{{u"message"_s, text},
                                      {u"details"_s,
                                       QJsonObject{{u"validationError"_s, validation},
                                                   {u"applicationError"_s, application}}}});
}

Response invalidEnum(const QString &field, const QString &value)
{
    const QString description = QStringLiteral("invalid enum value \"%1\"").arg(value);
    const QJsonObject violation{{u"field"_s, field},
                                {u"description"_s, description},
                                {u"violatedRule"_s, u"OTHER"_s},
                                {u"ruleName"_s, u"INVALID_ENUM_VALUE"_s},
                                {u"data"_s, QJsonObject{{u"value"_s, value}}}};
    const QJsonObject validation{{u"fieldViolations"_s, QJsonArray{violation}}};
    return Response::json(
        400,
        QJsonObject{
            {u"message"_s, QStringLiteral("INVALID_ARGUMENT: %1 has %2").arg(field, description)},
            {u"details"_s, QJsonObject{{u"validationError"_s, validation}}}});
}

Response notFound(const QString &what, const QString &id)
{
    return error(404, QStringLiteral("NOT_FOUND"),
                 QStringLiteral("%1 with id %2 not found").arg(what, id));
}

Response ok(const QJsonObject &body)
{
    return Response::json(200, body);
}

bool parseBody(const Request &request, QJsonObject *body, Response *failure)
{
    if (request.body.trimmed().isEmpty()) {
        *body = {};
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("malformed JSON at offset %1: %2")
                  .arg(parseError.offset)
                  .arg(parseError.errorString())
            : QStringLiteral("the body must be a JSON object");
        *failure = invalid(QStringLiteral("body"), reason);
        return false;
    }
    *body = document.object();
    return true;
}

bool parseRequest(const Request &request, QJsonObject *body, Response *failure)
{
    if (request.method != "GET")
        return parseBody(request, body, failure);
    const QString encoded = request.query.queryItemValue(QStringLiteral(".r"), QUrl::FullyDecoded);
    if (encoded.isEmpty()) {
        *body = {};
        return true;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded);
    if (!decoded || !document.isObject()) {
        *failure = invalid(QStringLiteral(".r"), QStringLiteral("not base64url of a JSON object"));
        return false;
    }
    *body = document.object();
    return true;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Tandem::Sandbox::WixReply
