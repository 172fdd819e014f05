#include "sync/store/storeschema.h"

#include "sync/store/storeconnection.h"
#include "sync/store/storelog.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace Tandem::StoreSchema {

namespace {

// "TNDM": marks the file as a Tandem store, so a version-0 foreign database is not adopted.
constexpr qint64 kApplicationId = 0x544E444D;

const QList<QStringList> &steps()
{
    static const QList<QStringList> all{
        // 0 -> 1: the sync state.
        {
            QStringLiteral("CREATE TABLE links (id INTEGER PRIMARY KEY, flow_id TEXT NOT NULL,"
                           " wix_id TEXT, wix_token TEXT NOT NULL DEFAULT '', wix_updated INTEGER,"
                           " wix_base TEXT NOT NULL DEFAULT '{}',"
                           " crm_id TEXT, crm_token TEXT NOT NULL DEFAULT '', crm_updated INTEGER,"
                           " crm_base TEXT NOT NULL DEFAULT '{}',"
                           " UNIQUE (flow_id, wix_id), UNIQUE (flow_id, crm_id))"),
            QStringLiteral("CREATE TABLE conflicts (id INTEGER PRIMARY KEY,"
                           " link_id INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE,"
                           " flow_id TEXT NOT NULL, field TEXT NOT NULL,"
                           " wix_value TEXT, crm_value TEXT, base_value TEXT,"
                           " detected_at INTEGER, resolution TEXT NOT NULL DEFAULT 'open',"
                           " resolved_value TEXT, resolved_at INTEGER)"),
            QStringLiteral("CREATE INDEX conflicts_by_link ON conflicts(link_id)"),
            QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at INTEGER,"
                           " finished_at INTEGER, status TEXT NOT NULL,"
                           " dry_run INTEGER NOT NULL DEFAULT 0,"
                           " counts TEXT NOT NULL DEFAULT '{}', error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE run_entries (id INTEGER PRIMARY KEY,"
                           " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                           " flow_id TEXT NOT NULL, side TEXT NOT NULL,"
                           " record_id TEXT NOT NULL DEFAULT '', action TEXT NOT NULL,"
                           " before TEXT NOT NULL DEFAULT '{}', after TEXT NOT NULL DEFAULT '{}',"
                           " token TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '',"
                           " at INTEGER)"),
            QStringLiteral("CREATE INDEX run_entries_by_run ON run_entries(run_id)"),
            // No foreign key to runs: an intent must outlive the pruning of its run.
            QStringLiteral("CREATE TABLE intents (id INTEGER PRIMARY KEY, run_id INTEGER,"
                           " flow_id TEXT NOT NULL, target_side TEXT NOT NULL,"
                           " source_id TEXT NOT NULL, fields TEXT NOT NULL DEFAULT '{}',"
                           " created_at INTEGER)"),
            QStringLiteral("CREATE TABLE watermarks (flow_id TEXT NOT NULL, side TEXT NOT NULL,"
                           " at INTEGER, PRIMARY KEY (flow_id, side))"),
        },
        // 1 -> 2: profile settings kept with the state, and history pruned by date.
        {
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX runs_by_start ON runs(started_at)"),
        },
        // 2 -> 3: a deletion that waits for the link's open conflict.
        {
            QStringLiteral("ALTER TABLE links ADD COLUMN wix_gone INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE links ADD COLUMN crm_gone INTEGER NOT NULL DEFAULT 0"),
        },
        // 3 -> 4: updates in flight are journalled like creates.
        {
            QStringLiteral("ALTER TABLE intents ADD COLUMN link_id INTEGER NOT NULL DEFAULT 0"),
        },
        // 4 -> 5: History shows a record by its name, not only by the service's id.
        {
            QStringLiteral(
                "ALTER TABLE run_entries ADD COLUMN record_name TEXT NOT NULL DEFAULT ''"),
        },
        // 5 -> 6: a run can be undone. Older entries keep no partner (NULL): a deletion
        // among them is listed as one that cannot be undone.
        {
            QStringLiteral("ALTER TABLE runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'sync'"),
            QStringLiteral("ALTER TABLE runs ADD COLUMN undoes INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE run_entries ADD COLUMN partner_id TEXT"),
            QStringLiteral(
                "ALTER TABLE run_entries ADD COLUMN undoes_entry INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX run_entries_by_undone ON run_entries(undoes_entry)"),
            QStringLiteral("ALTER TABLE intents ADD COLUMN undo_entry INTEGER NOT NULL DEFAULT 0"),
        },
    };
    return all;
}

bool readPragma(StoreConnection &connection, const QString &name, qint64 *value)
{
    QSqlQuery query(connection.database());
    if (!connection.execDirect(QStringLiteral("PRAGMA ") + name, &query))
        return false;
    *value = query.next() ? query.value(0).toLongLong() : 0;
    return true;
}

bool hasTables(StoreConnection &connection, bool *any)
{
    QSqlQuery query(connection.database());
    if (!connection.execDirect(QStringLiteral("SELECT count(*) FROM sqlite_master"), &query))
        return false;
    *any = query.next() && query.value(0).toLongLong() > 0;
    return true;
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

StoreError check(StoreConnection &connection, int *version)
{
    qint64 userVersion = 0;
    qint64 applicationId = 0;
    if (!readPragma(connection, QStringLiteral("user_version"), &userVersion)
        || !readPragma(connection, QStringLiteral("application_id"), &applicationId))
        return connection.lastError();
    bool anyTables = false;
    if (userVersion == 0 && !hasTables(connection, &anyTables))
        return connection.lastError();
    if ((applicationId != 0 && applicationId != kApplicationId) || (userVersion == 0 && anyTables))
        return connection.fail(
            StoreError::Kind::Corrupt,
            StateStore::tr("%1 is an SQLite database of another program, not a Tandem "
                           "state store; it was left untouched.")
                .arg(connection.filePath()));
    if (userVersion > latestVersion())
        return connection.fail(
            StoreError::Kind::NewerSchema,
            StateStore::tr("The state store %1 has schema version %2, but this Tandem "
                           "understands versions up to %3. Use a newer Tandem.")
                .arg(connection.filePath())
                .arg(userVersion)
                .arg(latestVersion()));
    *version = int(userVersion);
    return {};
}

StoreError upgrade(StoreConnection &connection, int version)
{
    if (version >= latestVersion())
        return {};
    return connection.transaction([&] {
        for (int step = version; step < latestVersion(); ++step) {
            for (const QString &sql : steps().at(step)) {
                if (!connection.execDirect(sql))
                    return false;
            }
        }
        qCInfo(lcStore) << "migrating" << connection.filePath() << "from schema version" << version
                        << "to" << latestVersion();
        return connection.execDirect(
                   QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))
            && connection.execDirect(
                QStringLiteral("PRAGMA user_version = %1").arg(latestVersion()));
    });
}

} // namespace Tandem::StoreSchema
