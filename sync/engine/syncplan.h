#pragma once

#include "recorddecision.h"
#include "runsummary.h"

namespace Tandem {

// The ordered work of one flow: links, updates, creates, then deletions and unlinks.
struct SyncPlan
{
    QString flowId;
    QList<RecordDecision> decisions;
    bool guarded = false;
    QStringList wouldDelete; // "wix:<id>" / "crmoffice:<id>"

    QList<PlanItem> items() const; // what a dry run shows
};

} // namespace Tandem
