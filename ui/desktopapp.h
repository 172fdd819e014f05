#pragma once

#include "profile.h"
#include "sandboxlauncher.h"
#include "scheduler.h"
#include "synccontroller.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Tandem {

class MainWindow;
class SettingsDialog;
class SetupWizard;

// The desktop app's parts for one profile, wired together: controller, main window, tray,
// scheduler, setup wizard and settings. The program's main() only parses its options.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    explicit DesktopApp(const QString &profileDir, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Shows the window (or only the tray icon when `inTray` and there is a tray), and the setup
    // when the profile has no accounts yet.
    void start(bool inTray);

    MainWindow *window() const { return m_window.get(); }
    SyncController *controller() { return &m_controller; }
    Scheduler *scheduler() { return &m_scheduler; }
    SetupWizard *openSetup();
    SettingsDialog *openSettings();
    // Another start on this profile asked for the window (SingleInstance).
    void raiseWindow();

private:
    void applySettings();
    void onSettingsAccepted();
    void onSetupAccepted();
    void onStateReset(const QString &message);
    void onTrayNoticeShown();

    QString m_profileDir;
    ProfileSettings m_settings;
    SyncController m_controller;
    SandboxLauncher m_sandbox;
    Scheduler m_scheduler;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SetupWizard> m_wizard;
    QPointer<SettingsDialog> m_settingsDialog;
};

} // namespace Tandem
