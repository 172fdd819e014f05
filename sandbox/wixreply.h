#pragma once

#include "sandboxbackend.h"

#include <QJsonObject>
#include <QString>

namespace Tandem::Sandbox::WixReply {

// Wix's error shape: {"message", "details": {"applicationError": {"code", "description"}}}.
Response error(int status, const QString &code, const QString &message);
// 400 with details.validationError naming the field, as Wix answers bad input.
Response invalid(const QString &field, const QString &message);
Response notFound(const QString &what, const QString &id);
Response ok(const QJsonObject &body);

// Reads the JSON object body; false with *failure set when it is missing or malformed.
bool parseBody(const Request &request, QJsonObject *body, Response *failure);
// The request of Wix's GET form `?.r=<base64url JSON>`; the body for other methods.
bool parseRequest(const Request &request, QJsonObject *body, Response *failure);

QString newId(); // a lower-case GUID without braces

} // namespace Tandem::Sandbox::WixReply
