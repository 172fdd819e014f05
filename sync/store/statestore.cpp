#include "sync/store/statestore.h"

#include "sync/store/conflicttable.h"
#include "sync/store/historytable.h"
#include "sync/store/intenttable.h"
#include "sync/store/linktable.h"
#include "sync/store/storecodec.h"
#include "sync/store/storeconnection.h"
#include "sync/store/storefile.h"
#include "sync/store/storelog.h"
#include "sync/store/storeschema.h"

#include <QCoreApplication>

namespace Tandem {

Q_LOGGING_CATEGORY(lcStore, "tandem.store")

namespace {

constexpr int kBusyTimeoutMs = 2000; // long enough for a short write, short enough to report

// One public read: what it found, paired with the error it met.
template<typename Read>
auto readWith(StoreConnection &c, Read &&read) -> StoreRead<decltype(read())>
{
    c.begin();
    StoreRead<decltype(read())> result{read(), {}};
    result.error = c.lastError();
    return result;
}

} // namespace

struct StateStore::Private
{
    Private(const QString &filePath, const QString &connectionName)
        : connection(filePath, connectionName)
        , links(connection)
        , conflicts(connection)
        , history(connection)
        , intents(connection)
    {}

    StoreError configure(bool created);
    StoreError checkIntegrity();

    StoreConnection connection;
    LinkTable links;
    ConflictTable conflicts;
    HistoryTable history;
    IntentTable intents;
};

StateStore::StateStore(const QString &filePath, const QString &connectionName)
    : d(new Private(filePath, connectionName))
{}

StateStore::~StateStore() = default;

StoreError StateStore::open()
{
    StoreConnection &c = d->connection;
    c.begin();
    bool created = false;
    if (const StoreError error = StoreFile::prepare(c.filePath(), &created); !error.ok())
        return c.fail(error.kind, error.message);
    if (!c.open())
        return c.lastError();
    const StoreError error = d->configure(created);
    if (!error.ok())
        c.close(); // release the file; later calls report that the store is not open
    return error;
}

StoreError StateStore::Private::configure(bool created)
{
    StoreConnection &c = connection;
    if (!c.execDirect(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs))
        || !c.execDirect(QStringLiteral("PRAGMA foreign_keys = ON")))
        return c.lastError();
    int version = 0;
    if (const StoreError error = StoreSchema::check(c, &version); !error.ok())
        return error;
    if (!created) {
        if (const StoreError error = checkIntegrity(); !error.ok())
            return error;
    }
    // Only now may SQLite write: switching to WAL rewrites the header of an old file.
    QSqlQuery mode(c.database());
    if (!c.execDirect(QStringLiteral("PRAGMA journal_mode = WAL"), &mode))
        return c.lastError();
    if (!mode.next() || mode.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return c.fail(
            StoreError::Kind::Io,
            StateStore::tr("The state store %1 cannot use write-ahead logging (journal mode %2).")
                .arg(c.filePath(), mode.value(0).toString()));
    mode.finish();
    // In WAL mode, NORMAL syncs at checkpoints rather than at each commit. A commit is in the
    // WAL (the OS's cache) when COMMIT returns, so a killed or crashed Tandem loses nothing:
    // an intent written before its create is there on the next run. Only a power cut or OS
    // crash may drop the last commits, and the file stays consistent. FULL cost an fsync per
    // batch of a first sync.
    if (!c.execDirect(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return c.lastError();
    return StoreSchema::upgrade(c, version);
}

StoreError StateStore::Private::checkIntegrity()
{
    StoreConnection &c = connection;
    QSqlQuery check(c.database());
    if (!c.execDirect(QStringLiteral("PRAGMA quick_check(1)"), &check))
        return c.lastError();
    const QString verdict = check.next() ? check.value(0).toString() : QString();
    if (verdict == QLatin1String("ok"))
        return {};
    return c.fail(StoreError::Kind::Corrupt,
                  StateStore::tr("The state store %1 is damaged (%2); it was left untouched.")
                      .arg(c.filePath(), verdict));
}

int StateStore::schemaVersion()
{
    return StoreSchema::latestVersion();
}

StoreError StateStore::transaction(const std::function<bool()> &work)
{
    return d->connection.transaction(work);
}

StoreError StateStore::saveLink(Link &link)
{
    d->connection.begin();
    d->links.save(link);
    return d->connection.lastError();
}

StoreError StateStore::removeLink(qint64 linkId)
{
    d->connection.begin();
    d->links.remove(linkId);
    return d->connection.lastError();
}

StoreRead<std::optional<Link>> StateStore::link(qint64 linkId) const
{
    return readWith(d->connection, [&] { return d->links.byId(linkId); });
}

StoreRead<QList<Link>> StateStore::links(const QList<qint64> &linkIds) const
{
    return readWith(d->connection, [&] { return d->links.byIds(linkIds); });
}

StoreRead<std::optional<Link>> StateStore::linkBySideId(const QString &flowId, Side side,
                                                        const QString &id) const
{
    return readWith(d->connection, [&] { return d->links.bySideId(flowId, side, id); });
}

StoreRead<QList<Link>> StateStore::links(const QString &flowId) const
{
    return readWith(d->connection, [&] { return d->links.list(flowId); });
}

StoreRead<QList<LinkIds>> StateStore::linkIds(const QString &flowId) const
{
    return readWith(d->connection, [&] { return d->links.idList(flowId); });
}

StoreRead<int> StateStore::linkCount(const QString &flowId) const
{
    return readWith(d->connection, [&] { return d->links.count(flowId); });
}

StoreError StateStore::saveConflict(Conflict &conflict)
{
    d->connection.begin();
    d->conflicts.save(conflict);
    return d->connection.lastError();
}

StoreError StateStore::removeConflict(qint64 conflictId)
{
    d->connection.begin();
    d->conflicts.remove(conflictId);
    return d->connection.lastError();
}

StoreRead<std::optional<Conflict>> StateStore::conflict(qint64 conflictId) const
{
    return readWith(d->connection, [&] { return d->conflicts.byId(conflictId); });
}

StoreRead<QList<Conflict>> StateStore::openConflicts(const QString &flowId) const
{
    return readWith(d->connection, [&] { return d->conflicts.open(flowId); });
}

StoreRead<QList<Conflict>> StateStore::conflictsForLink(qint64 linkId) const
{
    return readWith(d->connection, [&] { return d->conflicts.forLink(linkId); });
}

StoreRead<QList<qint64>> StateStore::conflictedLinkIds(const QString &flowId) const
{
    return readWith(d->connection, [&] { return d->conflicts.linkIds(flowId); });
}

StoreError StateStore::saveRun(RunRecord &run)
{
    d->connection.begin();
    d->history.saveRun(run);
    return d->connection.lastError();
}

StoreRead<std::optional<RunRecord>> StateStore::run(qint64 runId) const
{
    return readWith(d->connection, [&] { return d->history.run(runId); });
}

StoreRead<QList<RunRecord>> StateStore::runs(int limit) const
{
    return readWith(d->connection, [&] { return d->history.runs(limit); });
}

StoreRead<RunPage> StateStore::runPage(const HistoryQuery &query) const
{
    return readWith(d->connection, [&] { return d->history.runPage(query); });
}

StoreError StateStore::addEntry(RunEntry &entry)
{
    d->connection.begin();
    d->history.addEntry(entry);
    return d->connection.lastError();
}

StoreRead<QList<RunEntry>> StateStore::entries(qint64 runId, const HistoryQuery &query) const
{
    return readWith(d->connection, [&] { return d->history.entries(runId, query); });
}

StoreRead<QList<qint64>> StateStore::undoneEntries(qint64 runId) const
{
    return readWith(d->connection, [&] { return d->history.undoneEntries(runId); });
}

StoreError StateStore::pruneHistory(const QDateTime &olderThan, qint64 keepRunId)
{
    return d->connection.transaction([&] { return d->history.prune(olderThan, keepRunId); });
}

StoreError StateStore::addIntent(Intent &intent)
{
    d->connection.begin();
    d->intents.add(intent);
    return d->connection.lastError();
}

StoreError StateStore::removeIntent(qint64 intentId)
{
    d->connection.begin();
    d->intents.remove(intentId);
    return d->connection.lastError();
}

StoreRead<QList<Intent>> StateStore::intents(const QString &flowId) const
{
    return readWith(d->connection, [&] { return d->intents.list(flowId); });
}

StoreRead<QList<Intent>> StateStore::undoIntents() const
{
    return readWith(d->connection, [&] { return d->intents.list({}, true); });
}

StoreError StateStore::setWatermark(const QString &flowId, Side side, const QDateTime &at)
{
    StoreConnection &c = d->connection;
    c.begin();
    QSqlQuery *query = c.prepare(
        QStringLiteral("INSERT OR REPLACE INTO watermarks (flow_id, side, at) VALUES (?, ?, ?)"));
    if (!query)
        return c.lastError();
    query->addBindValue(StoreCodec::fromText(flowId));
    query->addBindValue(StoreCodec::fromSide(side));
    query->addBindValue(StoreCodec::fromDateTime(at));
    c.exec(query, QStringLiteral("saving a watermark"));
    return c.lastError();
}

StoreRead<QDateTime> StateStore::watermark(const QString &flowId, Side side) const
{
    return readWith(d->connection, [&] {
        StoreConnection &c = d->connection;
        QSqlQuery *query =
            c.prepare(QStringLiteral("SELECT at FROM watermarks WHERE flow_id = ? AND side = ?"));
        if (!query)
            return QDateTime();
        query->addBindValue(StoreCodec::fromText(flowId));
        query->addBindValue(StoreCodec::fromSide(side));
        if (!c.exec(query, QStringLiteral("reading a watermark")))
            return QDateTime();
        const QDateTime at = query->next() ? StoreCodec::toDateTime(query->value(0)) : QDateTime();
        return c.finish(query, QStringLiteral("reading a watermark")) ? at : QDateTime();
    });
}

StoreError StateStore::setValue(const QString &key, const QString &value)
{
    StoreConnection &c = d->connection;
    c.begin();
    QSqlQuery *query =
        c.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    if (!query)
        return c.lastError();
    query->addBindValue(StoreCodec::fromText(key));
    query->addBindValue(StoreCodec::fromText(value));
    c.exec(query, QStringLiteral("saving a setting"));
    return c.lastError();
}

StoreRead<QString> StateStore::value(const QString &key) const
{
    return readWith(d->connection, [&] {
        StoreConnection &c = d->connection;
        QSqlQuery *query = c.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        if (!query)
            return QString();
        query->addBindValue(StoreCodec::fromText(key));
        if (!c.exec(query, QStringLiteral("reading a setting")))
            return QString();
        const QString value = query->next() ? query->value(0).toString() : QString();
        return c.finish(query, QStringLiteral("reading a setting")) ? value : QString();
    });
}

} // namespace Tandem
