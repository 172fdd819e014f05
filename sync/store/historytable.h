#pragma once

#include "sync/store/historyquery.h"
#include "sync/store/storetypes.h"

#include <optional>

namespace Tandem {

class StoreConnection;

// The runs and run_entries tables: what each run did, record by record
// (docs/architecture.md#history).
class HistoryTable
{
public:
    explicit HistoryTable(StoreConnection &connection)
        : m_connection(connection)
    {}

    bool saveRun(RunRecord &run);
    std::optional<RunRecord> run(qint64 runId);
    QList<RunRecord> runs(int limit);
    RunPage runPage(const HistoryQuery &query);
    bool addEntry(RunEntry &entry);
    QList<RunEntry> entries(qint64 runId, const HistoryQuery &query);
    // The entries of `runId` that undo runs have taken back (and no later undo restored).
    QList<qint64> undoneEntries(qint64 runId);
    // Runs started before `olderThan`, with their entries; never `keepRunId`.
    bool prune(const QDateTime &olderThan, qint64 keepRunId);

private:
    QList<RunRecord> selectRuns(const QString &tail, const QVariantList &values);
    std::optional<int> countRuns(const QString &where, const QVariantList &values);

    StoreConnection &m_connection;
};

} // namespace Tandem
