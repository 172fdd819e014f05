#pragma once

#include "sync/model/record.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace Tandem {

// Why a connector call did not succeed. The engine decides what each kind means for the run.
struct ConnectorError
{
    enum class Kind {
        None,
        Stale, // the concurrency token is out of date (Wix 409, CRMOffice 412)
        NotFound, // 404: the record is gone
        Precondition, // 428: e.g. a Wix contact that is a site member cannot be deleted
        Invalid, // 400/422: the value does not fit the remote (too long, wrong type)
        Auth, // 401/403 after a refresh
        Transient, // 429/5xx/dropped/timeout after the retry bound
        Malformed, // a body that is not the JSON the contract promises
        Cancelled,
        Unsupported, // e.g. STORES_NOT_INSTALLED, or a catalog the site does not run
        Fatal,
    };
    Kind kind = Kind::None;
    QString message; // names the call and the reason; never a secret

    bool ok() const { return kind == Kind::None; }
};

template<typename T> struct ConnectorResult
{
    T value{};
    ConnectorError error;
    bool ok() const { return error.ok(); }
};

// One record to change in a batch write: its id, the token the change is based on, the fields.
struct RecordChange
{
    QString id;
    QString token;
    QJsonObject changed;
};

// Reports a page of records; return false to stop reading.
using PageHandler = std::function<bool(const QList<Record> &page)>;

// What the engine sees of one service. Calls are made from the worker thread and may block it
// (each runs its own event loop on the worker's QNetworkAccessManager); cancel() may be called
// from any thread and aborts the request in flight.
class Connector
{
public:
    virtual ~Connector() = default;

    virtual Side side() const = 0;

    // Records of `collection` changed since `since` (null = everything), page by page,
    // including tombstones where the service has them. Fields are the flat paths.
    virtual ConnectorError readChanges(const QString &collection, const QDateTime &since,
                                       const PageHandler &onPage) = 0;
    // readChanges() with a hint: `expectedMs` holds the change times (ms since the epoch,
    // ascending) of records the caller expects the read to list, such as those it wrote last
    // run. A service that lists changes in order of their time may be read as ranges between
    // them side by side; the default reads one page after another.
    virtual ConnectorError readChangesExpecting(const QString &collection, const QDateTime &since,
                                                const QList<qint64> &expectedMs,
                                                const PageHandler &onPage)
    {
        Q_UNUSED(expectedMs);
        return readChanges(collection, since, onPage);
    }
    virtual ConnectorResult<Record> read(const QString &collection, const QString &id) = 0;
    // The service's own time when the last readChanges() began to be answered (its Date
    // header): that read listed every change made before then. Null when the service did not
    // say; the engine's watermark then rests on the newest change it read.
    virtual QDateTime lastReadTime() const { return {}; }
    // Every id that exists now: the cheap scan that finds deletions where there are no
    // tombstones.
    virtual ConnectorResult<QSet<QString>> readIds(const QString &collection) = 0;
    // One cheap call that proves the account answers for `collection` (the Overview's check):
    // how many records it holds when that answer says so, nullopt when the service does not
    // count in it. The default reads every id, for test connectors; the services' override it.
    virtual ConnectorResult<std::optional<qint64>> countRecords(const QString &collection)
    {
        const ConnectorResult<QSet<QString>> ids = readIds(collection);
        if (!ids.ok())
            return {std::nullopt, ids.error};
        return {qint64(ids.value.size()), {}};
    }
    // Which of `ids` exist now. An id missing from a scan is no proof of a deletion (a record
    // deleted while the scan paged can hide another), so the engine asks again before it
    // deletes a partner. The default reads each record: only a 404 proves it gone.
    virtual ConnectorResult<QSet<QString>> existing(const QString &collection,
                                                    const QSet<QString> &ids)
    {
        ConnectorResult<QSet<QString>> found;
        for (const QString &id : ids) {
            const ConnectorResult<Record> r = read(collection, id);
            if (r.ok())
                found.value.insert(id);
            else if (r.error.kind != ConnectorError::Kind::NotFound)
                return {{}, r.error};
        }
        return found;
    }

    // Each answers the record as the service stored it (its new token and normalised values).
    virtual ConnectorResult<Record> create(const QString &collection,
                                           const QJsonObject &fields) = 0;
    virtual ConnectorResult<Record> update(const QString &collection, const QString &id,
                                           const QString &token, const QJsonObject &changed) = 0;
    virtual ConnectorError remove(const QString &collection, const QString &id,
                                  const QString &token) = 0;

    // Batch writes, one answer per input in the same order. The defaults make one call per
    // record; a connector whose service has bulk calls (Wix Catalog V3) overrides them.
    virtual QList<ConnectorResult<Record>> createMany(const QString &collection,
                                                      const QList<QJsonObject> &records)
    {
        QList<ConnectorResult<Record>> results;
        for (const QJsonObject &fields : records)
            results.append(create(collection, fields));
        return results;
    }
    virtual QList<ConnectorResult<Record>> updateMany(const QString &collection,
                                                      const QList<RecordChange> &changes)
    {
        QList<ConnectorResult<Record>> results;
        for (const RecordChange &change : changes)
            results.append(update(collection, change.id, change.token, change.changed));
        return results;
    }
    virtual QList<ConnectorError> removeMany(const QString &collection,
                                             const QList<RecordChange> &records)
    {
        QList<ConnectorError> results;
        for (const RecordChange &record : records)
            results.append(remove(collection, record.id, record.token));
        return results;
    }

    // How many records one request of the batch calls above writes for `collection`: 1 when
    // the service has no bulk calls (the defaults loop), e.g. 100 for Wix Catalog V3 products.
    // The engine batches its writes only where this is more than 1.
    virtual int batchLimit(const QString &collection)
    {
        Q_UNUSED(collection);
        return 1;
    }
    // How many records one page of readChanges() lists at most for `collection` (0: not
    // known). The run's call floor counts the pages a read needs by it.
    virtual int listPageSize(const QString &collection) const
    {
        Q_UNUSED(collection);
        return 0;
    }
    // How many records one write request carries for `collection`: more than 1 only where the
    // service has bulk calls (Wix Catalog V3 products), however many requests go side by side.
    // The run's call floor counts writes by it.
    virtual int recordsPerCall(const QString &collection)
    {
        Q_UNUSED(collection);
        return 1;
    }
    // Which variant of the service's API serves `collection` for this account, once a call
    // has found out (Wix products: "V1_CATALOG", "V3_CATALOG" or "STORES_NOT_INSTALLED");
    // empty when the service has one API or nothing asked yet. Never makes a call.
    virtual QString apiVersion(const QString &collection) const
    {
        Q_UNUSED(collection);
        return {};
    }

    virtual void cancel() = 0;
    virtual int callCount() const = 0; // HTTP calls since construction
};

} // namespace Tandem
