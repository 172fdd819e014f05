#pragma once

#include "sync/engine/runsummary.h"
#include "sync/engine/syncrun.h"
#include "sync/model/record.h"

#include <QDateTime>
#include <QWidget>

class QAction;
class QGroupBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace Tandem {

class PlanTableModel;

// Accounts, the last and next run, the run controls with progress, and a preview's plan.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(QAction *syncNow, QAction *preview, QAction *cancel, QWidget *parent = nullptr);

    void setAccountStatus(Side side, bool ok, const QString &text);
    void setNextRun(const QDateTime &next);
    void setWixCatalog(const QString &catalog); // a wire name such as "V3_CATALOG"
    void setLastRun(const QString &text);

    QProgressBar *progressBar() const { return m_progress; }
    // Why nothing can run yet, in the phase line until the setup is finished.
    void setSetupNeeded(bool needed);
    static QString setupNeededText();
    QLabel *phaseLabel() const { return m_phase; }
    PlanTableModel *planModel() const { return m_planModel; }

public Q_SLOTS:
    // An undo (undoRunId, the run it takes back) says so; its preview's plan is its dialog's.
    void onRunStarted(bool dryRun, qint64 undoRunId = 0);
    void onProgressChanged(const Tandem::RunProgress &progress);
    void onRunFinished(const Tandem::RunSummary &summary);
    // The progress stops with the run's status, the last run left as it was (an undo's preview).
    void onRunEnded(Tandem::RunRecord::Status status);

private:
    QGroupBox *buildAccounts();
    QGroupBox *buildRun(QAction *syncNow, QAction *preview, QAction *cancel);
    QGroupBox *buildPlan();

    QLabel *m_wixStatus = nullptr;
    QLabel *m_crmStatus = nullptr;
    QLabel *m_wixCatalog = nullptr;
    QLabel *m_lastRun = nullptr;
    QLabel *m_nextRun = nullptr;
    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    QGroupBox *m_planBox = nullptr;
    QLabel *m_planNote = nullptr;
    QTableView *m_planView = nullptr;
    PlanTableModel *m_planModel = nullptr;
};

} // namespace Tandem
