#include "app/tandem-cli/clioutput.h"

#include <QJsonDocument>

#include <cstdio>

namespace Tandem::Cli {

namespace {

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printText(const QString &text)
{
    write(stdout, text.toUtf8());
}

void printJson(const QJsonObject &json)
{
    write(stdout, QJsonDocument(json).toJson());
}

void printJson(const QJsonArray &json)
{
    write(stdout, QJsonDocument(json).toJson());
}

void printError(const QString &message)
{
    write(stderr, QStringLiteral("tandem-cli: %1\n").arg(message).toUtf8());
}

} // namespace Tandem::Cli
