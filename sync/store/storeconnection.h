#pragma once

#include "sync/store/statestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;

namespace Tandem {

// One named QSQLITE connection of one thread, with its cached prepared statements, the
// error of the last operation and the state of the current (possibly nested) transaction.
// It never holds a QSqlDatabase: the connection is looked up by name when needed, so that
// removeDatabase() in the destructor finds no copy still alive.
class StoreConnection
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::StoreConnection)

public:
    StoreConnection(const QString &filePath, const QString &name);
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    const QString &filePath() const { return m_filePath; }
    QSqlDatabase database() const;

    bool open();
    void close();

    // A cached prepared statement, or nullptr (with lastError() set) when it does not compile.
    QSqlQuery *prepare(const QString &sql);
    // Executes a prepared statement; on failure records the error and returns false.
    bool exec(QSqlQuery *query, const QString &what);
    // Ends reading a result set; reports an error met while stepping through the rows.
    bool finish(QSqlQuery *query, const QString &what);
    // Executes one unprepared statement (pragmas, BEGIN, DDL).
    bool execDirect(const QString &sql, QSqlQuery *result = nullptr);

    StoreError transaction(const std::function<bool()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // Starts a public operation: clears the error of the previous one.
    void begin() { m_lastError = {}; }
    StoreError lastError() const { return m_lastError; }
    StoreError fail(StoreError::Kind kind, const QString &message);
    StoreError fail(const QSqlError &error, const QString &what);
    // A row whose stored column cannot be decoded: reported as Corrupt, the row is kept.
    void badColumn(const QString &table, qint64 rowId, const QString &column);

private:
    void rollback();

    QString m_filePath;
    QString m_name;
    bool m_added = false;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    StoreError m_lastError;
    StoreError m_txError; // first failure inside the current transaction
    int m_depth = 0;
};

} // namespace Tandem
