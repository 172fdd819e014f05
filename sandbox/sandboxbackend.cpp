#include "sandbox/sandboxbackend.h"

#include <QJsonDocument>

namespace Tandem::Sandbox {

Response Response::json(int status, const QJsonObject &body, const QByteArray &contentType)
{
    Response response;
    response.status = status;
    response.headers.append({"Content-Type", contentType});
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

Response Response::empty(int status)
{
    Response response;
    response.status = status;
    return response;
}

} // namespace Tandem::Sandbox
