#pragma once

#include "sync/runtime/loopbackprobe.h"
#include "sync/runtime/sandboxlauncher.h"
#include "sync/runtime/scheduler.h"
#include "sync/runtime/synccontroller.h"
#include "sync/store/profile.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Tandem {

class MainWindow;
class SettingsDialog;
class SetupWizard;

// The desktop app's parts for one profile, wired together: controller, main window, tray,
// scheduler, setup wizard and settings. The program's main() only parses its options.
// "Try with sandbox data" saves a throwaway sandbox profile and opens the window on it, a new
// controller and window in place of the old; the profile the app started on stays as it was,
// and the setup opened from the sandbox's window is for that one again.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    explicit DesktopApp(const QString &profileDir, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Shows the window (or only the tray icon when `inTray` and there is a tray), and the setup
    // when the profile has no accounts yet, or when its accounts are on this computer and
    // nothing answers there any more (a sandbox profile starts its sandbox again instead).
    void start(bool inTray);

    // The profile the window shows: the one started on, or the sandbox's after a try.
    QString profileDir() const { return m_profileDir; }
    // Where "Try with sandbox data" saves: Profile::sandboxDir() unless set.
    void setSandboxProfileDir(const QString &dir) { m_sandboxDir = dir; }
    // Both change when another profile is opened (profileOpened).
    MainWindow *window() const { return m_window.get(); }
    SyncController *controller() { return m_controller.get(); }
    Scheduler *scheduler() { return &m_scheduler; }
    SetupWizard *openSetup();
    SettingsDialog *openSettings();
    // Another start on this profile asked for the window (SingleInstance).
    void raiseWindow();

Q_SIGNALS:
    // Quit from the menu or the tray, or the window closed with nothing to keep running for.
    void quitRequested();
    // The window shows another profile now, with a new window and controller.
    void profileOpened(const QString &profileDir);

private:
    void open(const QString &profileDir);
    void testAccounts();
    void testConnections();
    void onProbed(const QStringList &deadUrls);
    void onSandboxRestarted(const QUrl &wixUrl, const QUrl &crmUrl);
    void onSandboxRestartFailed(const QString &reason);
    void offerSetup(const QString &why);
    void onSetupSaved();
    void applySettings();
    void onSettingsAccepted();
    void onSetupAccepted();
    void onStateReset(const QString &message);
    void onTrayNoticeShown();

    QString m_homeDir; // the profile started on: the setup's
    QString m_profileDir; // the profile open now
    QString m_sandboxDir;
    ProfileSettings m_settings;
    SandboxLauncher m_sandbox;
    LoopbackProbe m_probe;
    bool m_restartingSandbox = false; // for a sandbox profile found with its sandbox stopped
    Scheduler m_scheduler;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<MainWindow> m_window; // after the controller it points at
    QPointer<SetupWizard> m_wizard;
    QPointer<SettingsDialog> m_settingsDialog;
};

} // namespace Tandem
