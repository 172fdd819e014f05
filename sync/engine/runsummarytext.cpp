#include "sync/engine/runsummarytext.h"

namespace Tandem {

QString RunSummaryText::counts(const RunCounts &counts)
{
    return tr("%1 created, %2 updated, %3 deleted, %4 unchanged, %5 conflicts, %6 errors")
        .arg(counts.created)
        .arg(counts.updated)
        .arg(counts.deleted)
        .arg(counts.unchanged)
        .arg(counts.conflicts)
        .arg(counts.errors);
}

QString RunSummaryText::emptyValue()
{
    return tr("(empty)");
}

} // namespace Tandem
