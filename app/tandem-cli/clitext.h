#pragma once

#include "conflictrecord.h"
#include "historyquery.h"
#include "runsummary.h"
#include "storetypes.h"

#include <QCoreApplication>
#include <QString>

namespace Tandem::Cli {

// The CLI's messages, all under one context: lupdate and tr() both take it from the macro.
struct CliMessages
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::Cli)
};

// The human-readable output of each command (the default; --json gives the machine form).
QString summaryText(const RunSummary &summary);
QString conflictsText(const QList<Conflict> &conflicts, const QList<ConflictRecord> &records);
QString linksText(const QList<Link> &links);
// One page of runs, each followed by its entries in `entries` (a filtered history).
QString historyText(const RunPage &page, const QList<QList<RunEntry>> &entries,
                    const HistoryQuery &query);
QString valueText(const QJsonValue &value); // a field value as a person reads it

} // namespace Tandem::Cli
