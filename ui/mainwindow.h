#pragma once

#include "sync/engine/conflictrecord.h"
#include "sync/engine/runsummary.h"
#include "sync/store/storetypes.h"

#include <QDateTime>
#include <QMainWindow>

#include <functional>

class QAction;
class QTabWidget;

namespace Tandem {

class ConflictsPage;
class HistoryPage;
class MappingsPage;
class OverviewPage;
class SyncController;
class TrayIcon;

// The four pages and the run controls. Everything it shows comes from the controller's
// signals; everything it does goes through the controller's slots.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { OverviewTab, MappingsTab, ConflictsTab, HistoryTab };

    explicit MainWindow(SyncController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    OverviewPage *overviewPage() const { return m_overview; }
    MappingsPage *mappingsPage() const { return m_mappings; }
    ConflictsPage *conflictsPage() const { return m_conflicts; }
    HistoryPage *historyPage() const { return m_history; }
    QTabWidget *pages() const { return m_pages; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *previewAction() const { return m_preview; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *setupAction() const { return m_setup; }
    QAction *settingsAction() const { return m_settings; }
    QAction *aboutAction() const { return m_about; }
    bool trayAvailable() const;
    // Tests stand in for the desktop's tray (offscreen has none).
    void setTrayCheck(std::function<bool()> check) { m_trayCheck = std::move(check); }
    void showMessage(const QString &text); // in the status bar, for a while

    // While a schedule is on, closing the window hides it to the tray so the runs go on;
    // otherwise, or with no tray to come back from, closing quits.
    void setKeepRunningInTray(bool keep);
    // The first hide to the tray says where the app went; later ones do not.
    void setTrayNoticeShown(bool shown) { m_trayNoticeShown = shown; }
    void setNextRun(const QDateTime &next);
    // Until the setup is finished there is nothing to sync: Sync now and Preview are off and
    // the Overview says why; a due scheduled run does nothing.
    void setSetupFinished(bool finished);
    // A sandbox profile's window says in its title that its accounts are the local sandbox's.
    void setSandbox(bool sandbox);

public Q_SLOTS:
    void syncNow();
    void showPage(int page);
    void bringToFront();

Q_SIGNALS:
    void setupRequested();
    void settingsRequested();
    // Quit from the menu or the tray, or the window closed with nothing to keep running for.
    void quitRequested();
    void trayNoticeShown();
    // A run ended with conflicts or errors; also shown by the tray when there is one.
    void notificationPosted(const QString &title, const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void connectController();
    void onRunStarted(bool dryRun, qint64 undoRunId);
    void onRunFinished(const Tandem::RunSummary &summary);
    void onDeletionGuardTripped(const Tandem::RunSummary &summary);
    void previewUndo(qint64 runId);
    void showUndoPreview(const Tandem::RunSummary &preview);
    void onConflictsLoaded(const QList<Tandem::Conflict> &conflicts,
                           const QList<Tandem::ConflictRecord> &records);
    void onHistoryLoaded(const Tandem::RunPage &page);
    void setRunning(bool running);
    void updateRunActions();
    void showAbout();

    SyncController *m_controller = nullptr;
    QTabWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    MappingsPage *m_mappings = nullptr;
    ConflictsPage *m_conflicts = nullptr;
    HistoryPage *m_history = nullptr;
    TrayIcon *m_tray = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_setup = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QList<QAction *> m_pageActions;
    bool m_keepInTray = false;
    bool m_setupFinished = true;
    bool m_running = false;
    bool m_quitting = false;
    bool m_trayNoticeShown = false;
    std::function<bool()> m_trayCheck;
    bool m_shownRunSummary = false; // the overview shows a full summary, not just the history
};

} // namespace Tandem
