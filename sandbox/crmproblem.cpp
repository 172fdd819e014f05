#include "sandbox/crmproblem.h"

#include "sandbox/httpwire.h"

namespace Tandem::Sandbox::CrmProblem {

namespace {

QString slug(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("bad-request");
    case 401:
        return QStringLiteral("unauthorized");
    case 404:
        return QStringLiteral("not-found");
    case 405:
        return QStringLiteral("method-not-allowed");
    case 412:
        return QStringLiteral("precondition-failed");
    case 422:
        return QStringLiteral("validation-failed");
    case 428:
        return QStringLiteral("precondition-required");
    case 429:
        return QStringLiteral("too-many-requests");
    case 500:
        return QStringLiteral("internal-error");
    case 503:
        return QStringLiteral("unavailable");
    default:
        return QString::number(status);
    }
}

} // namespace

Response make(int status, const QString &detail, const QJsonArray &errors)
{
    QJsonObject body{
        {QStringLiteral("type"),
         QString(QStringLiteral("https://api.crmoffice.example/problems/") + slug(status))},
        {QStringLiteral("title"), QString::fromLatin1(HttpWire::reasonPhrase(status))},
        {QStringLiteral("status"), status},
        {QStringLiteral("detail"), detail}};
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), errors);
    return Response::json(status, body, "application/problem+json");
}

} // namespace Tandem::Sandbox::CrmProblem
