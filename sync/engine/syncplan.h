#pragma once

#include "sync/engine/recorddecision.h"
#include "sync/engine/runsummary.h"

namespace Tandem {

// The ordered work of one flow: links, updates, creates, then deletions and unlinks.
struct SyncPlan
{
    QString flowId;
    QList<RecordDecision> decisions;
    bool guarded = false;
    QStringList wouldDelete; // "wix:<id>" / "crmoffice:<id>"
    QStringList wouldDeleteNames; // the same records' names, in that order (RecordName)

    QList<PlanItem> items() const; // what a dry run shows
};

} // namespace Tandem
