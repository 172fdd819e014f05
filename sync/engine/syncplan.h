#pragma once

#include "recorddecision.h"
#include "runsummary.h"

#include <QCoreApplication>

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

// docs/architecture.md#deletions: more than 10% of a flow's links AND more than 5 deletions
// in one run stop it before anything is deleted, unless forced.
class DeletionGuard
{
public:
    static bool trips(int deletions, int linkCount);
};

class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::Planner)

public:
    explicit Planner(bool forceDeletes);

    SyncPlan plan(const QString &flowId, QList<RecordDecision> decisions, int linkCount) const;

private:
    bool m_forceDeletes;
};

} // namespace Tandem
