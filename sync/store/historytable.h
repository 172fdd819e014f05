#pragma once

#include "storetypes.h"

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
    bool addEntry(RunEntry &entry);
    QList<RunEntry> entries(qint64 runId);
    bool prune(const QDateTime &olderThan);

private:
    QList<RunRecord> selectRuns(const QString &tail, const QVariantList &values);

    StoreConnection &m_connection;
};

} // namespace Tandem
