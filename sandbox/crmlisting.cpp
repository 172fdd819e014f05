#include "sandbox/crmlisting.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Tandem::Sandbox {

namespace {

bool parseBool(const QString &text, bool *value)
{
    if (text == QLatin1String("true") || text == QLatin1String("1")) {
        *value = true;
        return true;
    }
    if (text == QLatin1String("false") || text == QLatin1String("0")) {
        *value = false;
        return true;
    }
    return false;
}

} // namespace

QString CrmListQuery::parse(const QUrlQuery &query, CrmListQuery *out)
{
    const auto value = [&query](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    if (query.hasQueryItem(QStringLiteral("updatedSince"))
        && !parseCrmTimestamp(value("updatedSince"), &out->updatedSince)) {
        return QStringLiteral("updatedSince '%1' is not an RFC 3339 date-time with a time zone.")
            .arg(value("updatedSince"));
    }
    if (query.hasQueryItem(QStringLiteral("includeDeleted"))
        && !parseBool(value("includeDeleted"), &out->includeDeleted)) {
        return QStringLiteral("includeDeleted must be true or false.");
    }
    if (query.hasQueryItem(QStringLiteral("pageSize"))) {
        bool ok = false;
        const int size = value("pageSize").toInt(&ok);
        if (!ok || size < 1)
            return QStringLiteral("pageSize must be a positive integer.");
        out->pageSize = qMin(size, kMaxPageSize);
    }
    if (query.hasQueryItem(QStringLiteral("pageToken"))) {
        CrmCursor cursor;
        if (!CrmPageToken::decode(value("pageToken"), &cursor))
            return QStringLiteral("pageToken is not a token this server gave out.");
        out->after = cursor;
    }
    return {};
}

namespace CrmPageToken {

QString encode(const CrmCursor &cursor)
{
    const QJsonObject json{{QStringLiteral("u"), QString::number(cursor.updatedAt)},
                           {QStringLiteral("i"), cursor.id}};
    return QString::fromLatin1(
        QJsonDocument(json)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decode(const QString &token, CrmCursor *cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QJsonObject json = QJsonDocument::fromJson(*decoded).object();
    bool ok = false;
    cursor->updatedAt = json.value(QStringLiteral("u")).toString().toLongLong(&ok);
    cursor->id = json.value(QStringLiteral("i")).toString();
    return ok && !cursor->id.isEmpty();
}

} // namespace CrmPageToken
} // namespace Tandem::Sandbox
