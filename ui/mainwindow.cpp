#include "ui/mainwindow.h"

#include "sync/engine/runsummarytext.h"
#include "sync/runtime/synccontroller.h"
#include "ui/aboutdialog.h"
#include "ui/conflictspage.h"
#include "ui/deletionguarddialog.h"
#include "ui/historypage.h"
#include "ui/mappingspage.h"
#include "ui/overviewpage.h"
#include "ui/runtablemodel.h"
#include "ui/trayicon.h"
#include "ui/uitext.h"
#include "ui/undodialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace Tandem {

MainWindow::MainWindow(SyncController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Tandem"));
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    m_pages = new QTabWidget(this);
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_overview = new OverviewPage(m_syncNow, m_preview, m_cancel, m_pages);
    m_mappings = new MappingsPage(m_pages);
    m_conflicts = new ConflictsPage(m_pages);
    m_history = new HistoryPage(m_pages);
    m_pages->addTab(m_overview, tr("&Overview"));
    m_pages->addTab(m_mappings, tr("&Mappings"));
    m_pages->addTab(m_conflicts, tr("&Conflicts"));
    m_pages->addTab(m_history, tr("&History"));
    setCentralWidget(m_pages);
    createMenus();
    statusBar()->showMessage(tr("Ready"));

    m_tray = new TrayIcon(m_syncNow, m_quit, this);
    connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::bringToFront);

    connect(m_conflicts, &ConflictsPage::syncRequested, this, &MainWindow::syncNow);
    connectController();
    setRunning(m_controller->isRunning());
    m_controller->reloadConflicts();
    m_controller->reloadHistory();
    resize(960, 640);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_syncNow = new QAction(tr("&Sync now"), this);
    m_syncNow->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    m_syncNow->setToolTip(tr("Sync now (Ctrl+R, F5)"));
    m_preview = new QAction(tr("&Preview"), this);
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_preview->setToolTip(tr("Show what a sync would change, without writing (Ctrl+P)"));
    m_cancel = new QAction(tr("&Cancel"), this);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Stop the running sync (Esc)"));
    m_setup = new QAction(tr("Set &up accounts…"), this);
    m_settings = new QAction(tr("S&ettings…"), this);
    // Ctrl+, everywhere: QKeySequence::Preferences is empty on some Linux desktops.
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setToolTip(tr("Schedule, language and start at login (Ctrl+,)"));
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_about = new QAction(tr("&About Tandem"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_preview->setObjectName(QStringLiteral("previewAction"));
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_setup->setObjectName(QStringLiteral("setupAction"));
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_about->setObjectName(QStringLiteral("aboutAction"));
    for (QAction *a : {m_syncNow, m_preview, m_cancel, m_setup, m_settings, m_quit, m_about})
        addAction(a);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_syncNow, &QAction::triggered, this, &MainWindow::syncNow);
    connect(m_preview, &QAction::triggered, m_controller, &SyncController::preview);
    connect(m_cancel, &QAction::triggered, m_controller, &SyncController::cancel);
    connect(m_setup, &QAction::triggered, this, &MainWindow::setupRequested);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
        Q_EMIT quitRequested();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_setup);
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    sync->addAction(m_syncNow);
    sync->addAction(m_preview);
    sync->addAction(m_cancel);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction *a = view->addAction(m_pages->tabText(i));
        a->setObjectName(QStringLiteral("pageAction%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        addAction(a);
        connect(a, &QAction::triggered, this, [this, i] { showPage(i); });
        m_pageActions << a;
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
}

void MainWindow::connectController()
{
    SyncController *c = m_controller;
    connect(c, &SyncController::runStarted, this, &MainWindow::onRunStarted);
    connect(c, &SyncController::progressChanged, m_overview, &OverviewPage::onProgressChanged);
    connect(c, &SyncController::runFinished, this, &MainWindow::onRunFinished);
    connect(c, &SyncController::runRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 10000); });
    connect(c, &SyncController::deletionGuardTripped, this, &MainWindow::onDeletionGuardTripped);
    connect(c, &SyncController::conflictsLoaded, this, &MainWindow::onConflictsLoaded);
    connect(c, &SyncController::conflictResolved, m_conflicts, &ConflictsPage::onConflictResolved);
    connect(c, &SyncController::historyLoaded, this, &MainWindow::onHistoryLoaded);
    connect(c, &SyncController::runEntriesLoaded, m_history, &HistoryPage::setEntries);
    connect(c, &SyncController::connectionTested, m_overview, &OverviewPage::setAccountStatus);
    connect(c, &SyncController::wixCatalogDetected, m_overview, &OverviewPage::setWixCatalog);
    connect(m_conflicts, &ConflictsPage::resolveRequested, c, &SyncController::resolveConflict);
    connect(m_history, &HistoryPage::runSelected, c, &SyncController::reloadRunEntries);
    connect(m_history, &HistoryPage::queryChanged, c, &SyncController::setHistoryQuery);
    connect(m_history, &HistoryPage::undoRequested, this, &MainWindow::previewUndo);
}

void MainWindow::syncNow()
{
    if (m_setupFinished)
        m_controller->start(RunOptions{});
}

void MainWindow::showPage(int page)
{
    m_pages->setCurrentIndex(page);
}

void MainWindow::setKeepRunningInTray(bool keep)
{
    m_keepInTray = keep;
}

void MainWindow::setNextRun(const QDateTime &next)
{
    m_overview->setNextRun(next);
}

void MainWindow::setRunning(bool running)
{
    m_running = running;
    updateRunActions();
}

void MainWindow::setSetupFinished(bool finished)
{
    if (finished == m_setupFinished)
        return;
    m_setupFinished = finished;
    const QString reason = OverviewPage::setupNeededText();
    m_syncNow->setToolTip(finished ? tr("Sync now (Ctrl+R, F5)") : reason);
    m_preview->setToolTip(finished ? tr("Show what a sync would change, without writing (Ctrl+P)")
                                   : reason);
    m_overview->setSetupNeeded(!finished);
    updateRunActions();
}

void MainWindow::setSandbox(bool sandbox)
{
    setWindowTitle(sandbox ? tr("Tandem – sandbox with sample data, not your accounts")
                           : tr("Tandem"));
}

void MainWindow::updateRunActions()
{
    m_syncNow->setEnabled(!m_running && m_setupFinished);
    m_preview->setEnabled(!m_running && m_setupFinished);
    m_cancel->setEnabled(m_running);
    m_history->setUndoAllowed(!m_running && m_setupFinished);
}

void MainWindow::onRunStarted(bool dryRun, qint64 undoRunId)
{
    setRunning(true);
    m_overview->onRunStarted(dryRun, undoRunId);
    QString status;
    if (undoRunId != 0)
        status = dryRun ? tr("Preparing the undo of run %1…").arg(undoRunId)
                        : tr("Undo of run %1 running…").arg(undoRunId);
    else
        status = dryRun ? tr("Preview running…") : tr("Sync running…");
    statusBar()->showMessage(status);
    m_tray->setStatus(status);
}

void MainWindow::onRunFinished(const RunSummary &summary)
{
    if (summary.dryRun && summary.undoes != 0) {
        setRunning(false);
        m_overview->onRunEnded(summary.status); // the plan is the dialog's
        showUndoPreview(summary);
        return;
    }
    setRunning(false);
    m_overview->onRunFinished(summary);
    const QString text = UiText::summaryText(summary);
    statusBar()->showMessage(UiText::runStatusLabel(summary.status));
    m_tray->setStatus(UiText::runStatusLabel(summary.status));
    m_controller->reloadConflicts();
    m_controller->reloadHistory();
    m_shownRunSummary = true;
    if (summary.dryRun)
        return;
    // The account lines count records: after writes they would contradict the summary.
    m_controller->testConnection(Side::Wix);
    m_controller->testConnection(Side::CrmOffice);
    bool errors = summary.status == RunRecord::Status::Failed;
    for (const FlowSummary &f : summary.flows)
        errors = errors || f.wix.counts.errors > 0 || f.crm.counts.errors > 0;
    if (!errors && summary.status != RunRecord::Status::Conflicts)
        return;
    const QString title =
        errors ? tr("Tandem: the sync had errors") : tr("Tandem: conflicts need you");
    Q_EMIT notificationPosted(title, text);
    m_tray->notify(title, text, true);
}

// docs/architecture.md#undo: an undo first runs dry; its preview asks before anything is written.
void MainWindow::previewUndo(qint64 runId)
{
    RunOptions options;
    options.undoRunId = runId;
    options.dryRun = true;
    m_controller->start(options);
}

void MainWindow::showUndoPreview(const RunSummary &preview)
{
    if (preview.status == RunRecord::Status::Failed) {
        QMessageBox::warning(this, tr("Cannot undo run %1").arg(preview.undoes), preview.message);
        return;
    }
    auto *dialog = new UndoDialog(preview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, runId = preview.undoes, force = dialog->needsForce()] {
                RunOptions options;
                options.undoRunId = runId;
                options.forceDeletes = force; // the preview listed the deletions and was accepted
                m_controller->start(options);
            });
    dialog->open();
}

void MainWindow::onDeletionGuardTripped(const RunSummary &summary)
{
    if (summary.undoes != 0 && summary.dryRun)
        return; // the undo's preview says so itself
    setRunning(false);
    m_overview->onRunFinished(summary);
    auto *dialog = new DeletionGuardDialog(summary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, undoes = summary.undoes] {
        RunOptions options;
        options.forceDeletes = true;
        options.undoRunId = undoes; // an undo stopped by the guard goes on as that undo
        m_controller->start(options);
    });
    dialog->open();
}

void MainWindow::onConflictsLoaded(const QList<Conflict> &conflicts,
                                   const QList<ConflictRecord> &records)
{
    m_conflicts->setConflicts(conflicts, records);
    m_pages->setTabText(ConflictsTab,
                        conflicts.isEmpty() ? tr("&Conflicts")
                                            : tr("&Conflicts (%1)").arg(conflicts.size()));
}

void MainWindow::onHistoryLoaded(const RunPage &page)
{
    m_history->setRuns(page);
    if (!page.runs.isEmpty() && !m_shownRunSummary && m_history->showsNewest()) {
        const RunRecord &last = page.runs.first();
        // With its counts, as after a run in this window: a run tandem-cli made reads the same.
        m_overview->setLastRun(tr("%1, %2. %3")
                                   .arg(UiText::dateTimeText(last.startedAt),
                                        UiText::runStatusLabel(last.status),
                                        RunSummaryText::counts(RunTableModel::totalsOf(last))));
    }
}

bool MainWindow::trayAvailable() const
{
    return m_trayCheck ? m_trayCheck() : m_tray->isVisible();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::bringToFront()
{
    show();
    raise();
    activateWindow();
}

// The app does not quit on its last window (it may live in the tray), so a close that is not a
// hide to the tray quits here: no invisible process is left behind.
void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting) {
        event->accept();
        return;
    }
    if (m_keepInTray && trayAvailable()) {
        hide();
        event->ignore();
        if (!m_trayNoticeShown) {
            m_trayNoticeShown = true;
            m_tray->notify(tr("Tandem keeps running"),
                           tr("Scheduled syncs go on. Quit from the tray icon's menu."), false);
            Q_EMIT trayNoticeShown();
        }
        return;
    }
    event->accept();
    m_quitting = true;
    Q_EMIT quitRequested();
}

} // namespace Tandem
