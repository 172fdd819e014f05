#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Tandem::Sandbox {

enum class CrmKind { Contact, Company };

// One CRMOffice record as the sandbox keeps it. A deleted record stays as a tombstone so
// incremental listings can report the deletion.
struct CrmRecord
{
    QString id;
    int version = 1;
    qint64 createdAt = 0; // ms since epoch, UTC
    qint64 updatedAt = 0;
    bool deleted = false;
    QJsonObject fields; // the writable fields (givenName, postAddress, ...)

    QJsonObject toJson() const; // the API shape; {"id", "deleted", "updatedAt"} when deleted
    QByteArray etag() const { return '"' + QByteArray::number(version) + '"'; }

    QJsonObject toState() const;
    static CrmRecord fromState(const QJsonObject &state);
};

// RFC 3339 with milliseconds in UTC: 2026-11-26T19:55:00.123Z.
QString formatCrmTimestamp(qint64 msecsSinceEpoch);
bool parseCrmTimestamp(const QString &text, qint64 *msecsSinceEpoch);

} // namespace Tandem::Sandbox
