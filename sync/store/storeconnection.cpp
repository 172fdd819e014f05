#include "sync/store/storeconnection.h"

#include "sync/store/storelog.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace Tandem {

namespace {

// SQLite's primary result codes (the driver reports them as the native error code).
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

StoreError::Kind kindFor(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return StoreError::Kind::Io;
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return StoreError::Kind::Locked;
    case SqliteCorrupt:
    case SqliteNotADb:
        return StoreError::Kind::Corrupt;
    case SqliteConstraint:
        return StoreError::Kind::Constraint;
    case SqliteReadOnly:
    case SqliteIoErr:
    case SqliteFull:
    case SqliteCantOpen:
    default:
        return StoreError::Kind::Io;
    }
}

} // namespace

StoreConnection::StoreConnection(const QString &filePath, const QString &name)
    : m_filePath(filePath)
    , m_name(name)
{}

StoreConnection::~StoreConnection()
{
    close();
}

QSqlDatabase StoreConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool StoreConnection::open()
{
    if (!m_added) {
        if (QSqlDatabase::contains(m_name)) {
            fail(StoreError::Kind::Io,
                 tr("The database connection name \"%1\" is already in use in this program; "
                    "each thread needs its own.")
                     .arg(m_name));
            return false;
        }
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name).setDatabaseName(m_filePath);
        m_added = true;
    }
    QSqlDatabase db = database();
    if (db.isOpen() || db.open())
        return true;
    fail(db.lastError(), tr("opening"));
    return false;
}

void StoreConnection::close()
{
    m_queries.clear();
    if (!m_added)
        return;
    database().close();
    QSqlDatabase::removeDatabase(m_name);
    m_added = false;
}

QSqlQuery *StoreConnection::prepare(const QString &sql)
{
    if (const auto found = m_queries.constFind(sql); found != m_queries.constEnd())
        return found->get();
    if (!database().isOpen()) {
        fail(StoreError::Kind::Io, tr("The state store %1 is not open.").arg(m_filePath));
        return nullptr;
    }
    auto query = std::make_shared<QSqlQuery>(database());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        fail(query->lastError(), tr("preparing a statement"));
        return nullptr;
    }
    m_queries.insert(sql, query);
    return query.get();
}

bool StoreConnection::exec(QSqlQuery *query, const QString &what)
{
    if (!query)
        return false;
    if (query->exec())
        return true;
    fail(query->lastError(), what);
    query->finish();
    return false;
}

bool StoreConnection::finish(QSqlQuery *query, const QString &what)
{
    const QSqlError error = query->lastError();
    query->finish();
    if (!error.isValid())
        return true;
    fail(error, what);
    return false;
}

bool StoreConnection::execDirect(const QString &sql, QSqlQuery *result)
{
    QSqlQuery local(database());
    QSqlQuery &query = result ? *result : local;
    query.setForwardOnly(true);
    if (query.exec(sql))
        return true;
    fail(query.lastError(), sql.section(QLatin1Char(' '), 0, 1));
    return false;
}

StoreError StoreConnection::transaction(const std::function<bool()> &work)
{
    if (m_depth > 0) { // a nested call joins the outer transaction
        ++m_depth;
        const bool ok = work();
        --m_depth;
        if (!ok && m_txError.ok())
            m_txError = {StoreError::Kind::Aborted,
                         tr("The change to %1 was abandoned.").arg(m_filePath)};
        m_lastError = m_txError;
        return m_txError;
    }
    m_txError = {};
    if (!execDirect(QStringLiteral("BEGIN IMMEDIATE")))
        return m_lastError;
    m_depth = 1;
    bool ok = false;
    try {
        ok = work();
    } catch (...) {
        m_depth = 0;
        rollback();
        throw;
    }
    m_depth = 0;
    if (ok && m_txError.ok() && execDirect(QStringLiteral("COMMIT"))) {
        m_lastError = {};
        return {};
    }
    StoreError error = m_txError.ok() ? m_lastError : m_txError;
    if (error.ok())
        error = {StoreError::Kind::Aborted, tr("The change to %1 was abandoned.").arg(m_filePath)};
    rollback();
    m_lastError = error;
    return error;
}

void StoreConnection::rollback()
{
    // After some errors (disk full, I/O) SQLite has already rolled back: nothing to report.
    QSqlQuery query(database());
    query.exec(QStringLiteral("ROLLBACK"));
}

StoreError StoreConnection::fail(StoreError::Kind kind, const QString &message)
{
    m_lastError = {kind, message};
    if (m_depth > 0 && m_txError.ok())
        m_txError = m_lastError;
    qCWarning(lcStore).noquote() << message;
    return m_lastError;
}

StoreError StoreConnection::fail(const QSqlError &error, const QString &what)
{
    const StoreError::Kind kind = kindFor(error);
    QString message;
    switch (kind) {
    case StoreError::Kind::Locked:
        message = tr("The state store %1 is locked by another program or thread (%2: %3).");
        break;
    case StoreError::Kind::Corrupt:
        message = tr("The state store %1 is damaged (%2: %3).");
        break;
    case StoreError::Kind::Constraint:
        message = tr("The state store %1 refused a change that breaks its rules (%2: %3).");
        break;
    default:
        message = tr("The state store %1 could not be used (%2: %3).");
        break;
    }
    return fail(kind, message.arg(m_filePath, what, error.text()));
}

void StoreConnection::badColumn(const QString &table, qint64 rowId, const QString &column)
{
    fail(StoreError::Kind::Corrupt,
         tr("The state store %1 has an unreadable value in %2.%3 of row %4.")
             .arg(m_filePath, table, column)
             .arg(rowId));
}

} // namespace Tandem
