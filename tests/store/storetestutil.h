#pragma once

#include "sync/store/storetypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <sys/stat.h>

// A plain QSQLITE connection beside the store under test: builds old or foreign files by
// hand and holds locks, as another program would.
class RawConnection
{
public:
    RawConnection(const QString &path, const QString &name)
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    // Runs each statement; returns the first error's text, or an empty string.
    QString run(const QStringList &statements)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        for (const QString &sql : statements) {
            if (!query.exec(sql))
                return sql + QStringLiteral(": ") + query.lastError().text();
        }
        return {};
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
};

namespace StoreTestUtil {
using namespace Tandem;

inline QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

// The file's permission bits, straight from stat(2).
inline int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

inline QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline Link sampleLink(const QString &wixId, const QString &crmId)
{
    Link link;
    link.flowId = QStringLiteral("contacts");
    link.wix = {wixId, QStringLiteral("7"), at(QStringLiteral("2026-03-01T10:00:00.123Z")),
                QJsonObject{{QStringLiteral("info.name.first"), QStringLiteral("Åse")},
                            {QStringLiteral("primaryInfo.phone"), QJsonValue::Null}}};
    link.crm = {crmId, QStringLiteral("W/\"3\""), at(QStringLiteral("2026-03-01T10:00:01Z")),
                QJsonObject{{QStringLiteral("givenName"), QStringLiteral("Åse")},
                            {QStringLiteral("tags"), QJsonArray{1, 2.5, QStringLiteral("x")}}}};
    return link;
}

// The version-1 schema as Tandem 0.1 wrote it, to prove that old files are migrated.
inline const QStringList kVersion1Schema{
    QStringLiteral("CREATE TABLE links (id INTEGER PRIMARY KEY, flow_id TEXT NOT NULL, wix_id TEXT,"
                   " wix_token TEXT NOT NULL DEFAULT '', wix_updated INTEGER,"
                   " wix_base TEXT NOT NULL DEFAULT '{}', crm_id TEXT,"
                   " crm_token TEXT NOT NULL DEFAULT '', crm_updated INTEGER,"
                   " crm_base TEXT NOT NULL DEFAULT '{}',"
                   " UNIQUE (flow_id, wix_id), UNIQUE (flow_id, crm_id))"),
    QStringLiteral("CREATE TABLE conflicts (id INTEGER PRIMARY KEY, link_id INTEGER NOT NULL"
                   " REFERENCES links(id) ON DELETE CASCADE, flow_id TEXT NOT NULL,"
                   " field TEXT NOT NULL, wix_value TEXT, crm_value TEXT, base_value TEXT,"
                   " detected_at INTEGER, resolution TEXT NOT NULL DEFAULT 'open',"
                   " resolved_value TEXT, resolved_at INTEGER)"),
    QStringLiteral("CREATE INDEX conflicts_by_link ON conflicts(link_id)"),
    QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at INTEGER,"
                   " finished_at INTEGER, status TEXT NOT NULL, dry_run INTEGER NOT NULL DEFAULT 0,"
                   " counts TEXT NOT NULL DEFAULT '{}', error TEXT NOT NULL DEFAULT '')"),
    QStringLiteral(
        "CREATE TABLE run_entries (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL"
        " REFERENCES runs(id) ON DELETE CASCADE, flow_id TEXT NOT NULL,"
        " side TEXT NOT NULL, record_id TEXT NOT NULL DEFAULT '', action TEXT NOT NULL,"
        " before TEXT NOT NULL DEFAULT '{}', after TEXT NOT NULL DEFAULT '{}',"
        " token TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', at INTEGER)"),
    QStringLiteral("CREATE INDEX run_entries_by_run ON run_entries(run_id)"),
    QStringLiteral("CREATE TABLE intents (id INTEGER PRIMARY KEY, run_id INTEGER,"
                   " flow_id TEXT NOT NULL, target_side TEXT NOT NULL, source_id TEXT NOT NULL,"
                   " fields TEXT NOT NULL DEFAULT '{}', created_at INTEGER)"),
    QStringLiteral("CREATE TABLE watermarks (flow_id TEXT NOT NULL, side TEXT NOT NULL,"
                   " at INTEGER, PRIMARY KEY (flow_id, side))"),
    QStringLiteral("PRAGMA application_id = 1414415437"),
    QStringLiteral("PRAGMA user_version = 1"),
};

} // namespace StoreTestUtil
