#pragma once

#include "sync/store/historyquery.h"
#include "sync/store/storetypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Tandem {

struct StoreError
{
    // Aborted: a transaction's work returned false (nothing failed in SQLite); rolled back.
    enum class Kind { None, NewerSchema, Corrupt, Locked, Io, Constraint, Aborted };
    Kind kind = Kind::None;
    QString message; // names the file and what went wrong
    bool ok() const { return kind == Kind::None; }
};

// What a read found, with its error: a caller that drops it gets a warning, and one that
// reads `value` without looking at `error` may act on an empty result that only means the
// store could not be read. On an error `value` holds what was read before it, possibly
// nothing (a row with an undecodable column is kept, to be shown beside the error).
template<typename T> struct [[nodiscard]] StoreRead
{
    T value{};
    StoreError error;
    bool ok() const { return error.ok(); }
};

// The per-profile SQLite state: links with their per-side bases, conflicts, runs and their
// entries, the intent journal and the per-flow watermarks. One StateStore per thread: each
// opens its own named connection (e.g. "tandem.worker", "tandem.gui") and closes it in the
// destructor, because a Qt SQL connection may only be used in the thread that opened it:
// the sync worker creates and opens its own StateStore on its thread ("tandem.worker"),
// never sharing the GUI's ("tandem.gui"). Two StateStores of one process may not share a
// connection name.
// The file is SQLite in WAL mode, created with mode 0600; a lock held elsewhere for more than
// two seconds is reported as Kind::Locked instead of waiting. JSON values round-trip exactly,
// and an undefined QJsonValue (no value) stays distinct from JSON null. Every read returns a
// StoreRead carrying its error; every write returns its StoreError.
class StateStore
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::StateStore)

public:
    StateStore(const QString &filePath, const QString &connectionName);
    ~StateStore();
    StateStore(const StateStore &) = delete;
    StateStore &operator=(const StateStore &) = delete;

    StoreError open(); // creates (mode 0600), migrates, checks; never overwrites a bad file
    static int schemaVersion();

    // Runs `work` in one transaction; rolls back when it returns false (Kind::Aborted) or a
    // statement inside fails (that statement's error). A call inside `work` joins the outer
    // transaction: its failure rolls back the whole.
    StoreError transaction(const std::function<bool()> &work);

    // Links
    StoreError saveLink(Link &link); // insert (assigns id) or update
    StoreError removeLink(qint64 linkId);
    StoreRead<std::optional<Link>> link(qint64 linkId) const;
    StoreRead<QList<Link>> links(const QList<qint64> &linkIds) const; // by id; gone ones left out
    StoreRead<std::optional<Link>> linkBySideId(const QString &flowId, Side side,
                                                const QString &id) const;
    StoreRead<QList<Link>> links(const QString &flowId = {}) const;
    StoreRead<QList<LinkIds>> linkIds(const QString &flowId) const; // by id, as links() lists them
    StoreRead<int> linkCount(const QString &flowId) const;

    // Conflicts
    StoreError saveConflict(Conflict &conflict);
    StoreError removeConflict(qint64 conflictId);
    StoreRead<std::optional<Conflict>> conflict(qint64 conflictId) const;
    StoreRead<QList<Conflict>> openConflicts(const QString &flowId = {}) const; // unresolved
    // Open and resolved-not-applied ones: a link, and the links of a flow that have any.
    StoreRead<QList<Conflict>> conflictsForLink(qint64 linkId) const;
    StoreRead<QList<qint64>> conflictedLinkIds(const QString &flowId) const;

    // Runs and their entries
    StoreError saveRun(RunRecord &run);
    StoreRead<std::optional<RunRecord>> run(qint64 runId) const;
    StoreRead<QList<RunRecord>> runs(int limit = 100) const; // newest first
    StoreRead<RunPage> runPage(const HistoryQuery &query) const; // newest first
    StoreError addEntry(RunEntry &entry);
    // A run's entries; those matching the query's record and action when it sets them.
    StoreRead<QList<RunEntry>> entries(qint64 runId, const HistoryQuery &query = {}) const;
    // The ids of `runId`'s entries that an undo took back (and no later undo restored).
    StoreRead<QList<qint64>> undoneEntries(qint64 runId) const;
    // Deletes the runs started before `olderThan` and their entries in one transaction, never
    // `keepRunId` (the run that prunes). How long to keep: HistoryPolicy.
    StoreError pruneHistory(const QDateTime &olderThan, qint64 keepRunId = 0);

    // Intent journal
    StoreError addIntent(Intent &intent);
    StoreError removeIntent(qint64 intentId);
    StoreRead<QList<Intent>> intents(const QString &flowId = {}) const; // a sync's
    StoreRead<QList<Intent>> undoIntents() const; // the re-creates of undo runs

    // Watermarks, per flow and side
    StoreError setWatermark(const QString &flowId, Side side, const QDateTime &at);
    StoreRead<QDateTime> watermark(const QString &flowId, Side side) const;

    // Small profile settings that are not secrets (catalog version seen, region, ...)
    StoreError setValue(const QString &key, const QString &value);
    StoreRead<QString> value(const QString &key) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Tandem
