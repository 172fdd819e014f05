#pragma once

#include "runsummary.h"
#include "storetypes.h"

#include <QString>

namespace Tandem::Cli {

// The human-readable output of each command (the default; --json gives the machine form).
QString summaryText(const RunSummary &summary);
QString conflictsText(const QList<Conflict> &conflicts);
QString linksText(const QList<Link> &links);
QString historyText(const QList<RunRecord> &runs);
QString valueText(const QJsonValue &value); // a field value as a person reads it

} // namespace Tandem::Cli
