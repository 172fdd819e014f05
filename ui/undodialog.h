#pragma once

#include "sync/engine/runsummary.h"

#include <QDialog>

namespace Tandem {

class PlanTableModel;

// The preview of an undo (docs/architecture.md#undo): what taking back a run would write, in
// the table Preview uses, and what it would leave because the records changed since. Accepted,
// the caller runs the undo; with deletions past the guard, accepting is the user's go-ahead.
class UndoDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UndoDialog(const RunSummary &preview, QWidget *parent = nullptr);

    PlanTableModel *planModel() const { return m_plan; }
    bool needsForce() const { return m_force; } // the deletion guard would stop the undo

private:
    PlanTableModel *m_plan = nullptr;
    bool m_force = false;
};

} // namespace Tandem
