#include "sandbox/crmrecord.h"

#include <QDateTime>

namespace Tandem::Sandbox {

QJsonObject CrmRecord::toJson() const
{
    if (deleted) {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("deleted"), true},
                {QStringLiteral("updatedAt"), formatCrmTimestamp(updatedAt)}};
    }
    QJsonObject json = fields;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("version"), version);
    json.insert(QStringLiteral("createdAt"), formatCrmTimestamp(createdAt));
    json.insert(QStringLiteral("updatedAt"), formatCrmTimestamp(updatedAt));
    return json;
}

QJsonObject CrmRecord::toState() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("createdAt"), double(createdAt)},
            {QStringLiteral("updatedAt"), double(updatedAt)},
            {QStringLiteral("deleted"), deleted},
            {QStringLiteral("fields"), fields}};
}

CrmRecord CrmRecord::fromState(const QJsonObject &state)
{
    CrmRecord record;
    record.id = state.value(QStringLiteral("id")).toString();
    record.version = state.value(QStringLiteral("version")).toInt(1);
    record.createdAt = qint64(state.value(QStringLiteral("createdAt")).toDouble());
    record.updatedAt = qint64(state.value(QStringLiteral("updatedAt")).toDouble());
    record.deleted = state.value(QStringLiteral("deleted")).toBool();
    record.fields = state.value(QStringLiteral("fields")).toObject();
    return record;
}

QString formatCrmTimestamp(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
        .toString(Qt::ISODateWithMs); // "yyyy-MM-ddTHH:mm:ss.zzzZ", without a locale's format
}

bool parseCrmTimestamp(const QString &text, qint64 *msecsSinceEpoch)
{
    // A '+' offset that arrived unencoded in a query string reads as a space.
    QString normalized = text.trimmed();
    if (normalized.size() > 19 && normalized.at(normalized.size() - 6) == QLatin1Char(' '))
        normalized[normalized.size() - 6] = QLatin1Char('+');
    const QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid() || normalized.size() < 20)
        return false;
    *msecsSinceEpoch = parsed.toMSecsSinceEpoch();
    return true;
}

} // namespace Tandem::Sandbox
