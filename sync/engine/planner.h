#pragma once

#include "sync/engine/syncplan.h"

#include <QCoreApplication>

namespace Tandem {

// The plan phase: orders one flow's decisions into a SyncPlan (links, updates, creates, then
// deletions and unlinks), leaving out those that change nothing, and marks the plan guarded
// when its deletions trip the DeletionGuard.
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
