#pragma once

#include "sync/connectors/connector.h"

#include <QHash>
#include <QMap>

#include <atomic>
#include <functional>

namespace Tandem {

// A clock the test moves; every write of a MemoryConnector stamps it and ticks it 1 ms, so
// updatedAt values are distinct and ordered.
class FakeClock
{
public:
    explicit FakeClock(const QDateTime &start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC))
        : m_now(start)
    {}
    QDateTime now() const { return m_now; }
    QDateTime tick()
    {
        m_now = m_now.addMSecs(1);
        return m_now;
    }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

// An in-memory service (after vdirsyncer's storage/memory.py): records with revisions, an
// optional tombstone feed (CRMOffice-like) or none (Wix-like), optional phone normalisation,
// failure injection per call, call counting and cancel.
class MemoryConnector : public Connector
{
public:
    enum class Call { ReadChanges, Read, ReadIds, Create, Update, Remove };

    MemoryConnector(Side side, FakeClock &clock, bool tombstones);

    // What the service's own users do (no call is counted).
    QString insert(const QString &collection, const QJsonObject &fields);
    void edit(const QString &collection, const QString &id, const QJsonObject &changed);
    void erase(const QString &collection, const QString &id);
    std::optional<Record> get(const QString &collection, const QString &id) const;
    QList<Record> records(const QString &collection) const; // live ones, by id

    // Behaviour switches.
    void setNormalizePhones(bool on) { m_normalizePhones = on; }
    void setMaxLength(int chars) { m_maxLength = chars; }
    void setUnsupported(const QString &collection) { m_unsupported = collection; }
    void setPageSize(int size) { m_pageSize = size; }
    void protectFromDelete(const QString &id) { m_protected.insert(id); }
    // Ids the id scans leave out though they exist: a scan that paged past them.
    QSet<QString> missedByIdScan;
    // The next `count` calls of `call` fail with `kind`. With `afterWrite`, a create/update/
    // remove is carried out first and only its answer is lost (a crash after the remote write).
    void failNext(Call call, ConnectorError::Kind kind, int count = 1, bool afterWrite = false);
    // Called at the start of every counted call, before it does anything.
    std::function<void(Call call, const QString &id)> beforeCall;
    // Called once a create/update/remove has been carried out, before it answers: a hook that
    // throws there is a process dying after the remote write and before the store update.
    std::function<void(Call call, const QString &id)> onWritten;

    int writeCount() const { return m_writes; }
    int callsOf(Call call) const { return m_perCall.value(call); }
    void clearCancel() { m_cancelled = false; }

    Side side() const override { return m_side; }
    ConnectorError readChanges(const QString &collection, const QDateTime &since,
                               const PageHandler &onPage) override;
    ConnectorResult<Record> read(const QString &collection, const QString &id) override;
    ConnectorResult<QSet<QString>> readIds(const QString &collection) override;
    ConnectorResult<Record> create(const QString &collection, const QJsonObject &fields) override;
    ConnectorResult<Record> update(const QString &collection, const QString &id,
                                   const QString &token, const QJsonObject &changed) override;
    ConnectorError remove(const QString &collection, const QString &id,
                          const QString &token) override;
    void cancel() override { m_cancelled = true; }
    int callCount() const override { return m_calls; }

private:
    struct Failure
    {
        ConnectorError::Kind kind;
        int count;
        bool afterWrite;
    };
    ConnectorError enter(Call call, const QString &collection, const QString &id,
                         bool *afterWrite = nullptr);
    QJsonObject normalised(const QJsonObject &fields) const;
    QString tooLong(const QJsonObject &fields) const;
    Record &stamp(Record &r);

    Side m_side;
    FakeClock &m_clock;
    bool m_tombstones;
    bool m_normalizePhones = false;
    int m_maxLength = 0;
    int m_pageSize = 50;
    QString m_unsupported;
    QSet<QString> m_protected;
    QHash<QString, QMap<QString, Record>> m_data; // collection -> id -> record
    QMap<Call, Failure> m_failures;
    QMap<Call, int> m_perCall;
    std::atomic_bool m_cancelled = false;
    int m_calls = 0;
    int m_writes = 0;
    int m_nextId = 1;
};

} // namespace Tandem
