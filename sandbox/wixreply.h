#pragma once

#include "sandbox/sandboxbackend.h"

#include <QJsonObject>
#include <QString>

namespace Tandem::Sandbox::WixReply {

// Wix's error shape: {"message", "details": {"applicationError": {"code", "description"}}}.
Response error(int status, const QString &code, const QString &message);
// 400 with details.validationError naming the field, as Wix answers bad input.
Response invalid(const QString &field, const QString &message);
// 400 for a value outside an enum, as Wix's request validation answers it before any
// application code runs: {"message", "details": {"validationError": {"fieldViolations"}}}.
Response invalidEnum(const QString &field, const QString &value);
Response notFound(const QString &what, const QString &id);
Response ok(const QJsonObject &body);

// Reads the JSON object body; false with *failure set when it is missing or malformed.
bool parseBody(const Request &request, QJsonObject *body, Response *failure);
// The request of Wix's GET form `?.r=<base64url JSON>`; the body for other methods.
bool parseRequest(const Request &request, QJsonObject *body, Response *failure);

QString newId(); // a lower-case GUID without braces

} // namespace Tandem::Sandbox::WixReply
