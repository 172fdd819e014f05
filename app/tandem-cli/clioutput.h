#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Tandem::Cli {

// stdout carries the result, stderr the errors ("tandem-cli: ..."), both UTF-8.
void printText(const QString &text);
void printJson(const QJsonObject &json);
void printJson(const QJsonArray &json);
void printError(const QString &message);

} // namespace Tandem::Cli
