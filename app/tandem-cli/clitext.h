#pragma once

#include "sync/engine/conflictrecord.h"
#include "sync/engine/runsummary.h"
#include "sync/store/historyquery.h"
#include "sync/store/storetypes.h"

#include <QString>

namespace Tandem::Cli {

// The human-readable output of each command (the default; --json gives the machine form).
// tandem-cli speaks English only: its words are plain strings, never translated.
QString summaryText(const RunSummary &summary);
QString conflictsText(const QList<Conflict> &conflicts, const QList<ConflictRecord> &records);
QString linksText(const QList<Link> &links);
// One page of runs, each followed by its entries in `entries` (a filtered history).
QString historyText(const RunPage &page, const QList<QList<RunEntry>> &entries,
                    const HistoryQuery &query);
QString valueText(const QJsonValue &value); // a field value as a person reads it

} // namespace Tandem::Cli
