#pragma once

#include "sync/engine/runsummary.h"

#include <QDialog>

namespace Tandem {

// Shown when a run stopped before deleting many records: lists what would be deleted and
// asks. Accepting means "delete them": the caller starts the run again with forceDeletes.
class DeletionGuardDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeletionGuardDialog(const RunSummary &summary, QWidget *parent = nullptr);

    int count() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace Tandem
