#pragma once

#include "sync/store/storetypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Tandem {

// Which part of the kept history to read: runs started in [from, to), optionally only those
// that wrote a matching record, one page of them, newest first.
struct HistoryQuery
{
    static constexpr int defaultPageSize = 100;

    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to; // exclusive; invalid: no upper bound
    // Part of a record id or of a value written (a name, a phone), case-insensitive for ASCII.
    QString record;
    std::optional<RunEntry::Action> action;
    int offset = 0;
    int limit = defaultPageSize;

    bool filtersEntries() const { return !record.isEmpty() || action.has_value(); }
    bool operator==(const HistoryQuery &) const = default;
};

// One page of runs and how many runs match the query in all.
struct RunPage
{
    QList<RunRecord> runs;
    int total = 0;
    int offset = 0;

    bool operator==(const RunPage &) const = default;
};

// How long the history is kept: a profile setting, never below the product's 90 days, which
// the undo of a run relies on.
namespace HistoryPolicy {
constexpr int defaultKeepDays = 90;
constexpr int minKeepDays = 90;
constexpr int maxKeepDays = 3650;
} // namespace HistoryPolicy

} // namespace Tandem
