#pragma once

namespace Tandem {

// docs/architecture.md#deletions: more than 10% of a flow's links AND more than 5 deletions
// in one run stop it before anything is deleted, unless forced. The planner asks it for a
// sync, RunUndo for an undo.
class DeletionGuard
{
public:
    static bool trips(int deletions, int linkCount);
};

} // namespace Tandem
