#include "desktopapp.h"

#include "autostart.h"
#include "finishpage.h"
#include "mainwindow.h"
#include "mappingspage.h"
#include "settingsdialog.h"
#include "setupwizard.h"

#include <QMessageBox>

namespace Tandem {

namespace {

Schedule scheduleOf(const ProfileSettings &s)
{
    Schedule schedule;
    schedule.mode = scheduleModeFromName(s.scheduleMode);
    schedule.intervalMinutes = qMax(1, s.intervalMinutes);
    schedule.dailyAt = s.dailyTime;
    return schedule;
}

} // namespace

DesktopApp::DesktopApp(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(profileDir)
    , m_controller(profileDir)
    , m_window(std::make_unique<MainWindow>(&m_controller))
{
    QString error;
    if (!Profile(profileDir).load(&m_settings, &error))
        m_window->showMessage(error);
    m_window->mappingsPage()->openProfile(profileDir);
    m_scheduler.setBusyCheck([this] { return m_controller.isRunning(); });
    connect(&m_scheduler, &Scheduler::runDue, m_window.get(), &MainWindow::syncNow);
    connect(&m_scheduler, &Scheduler::nextRunChanged, m_window.get(), &MainWindow::setNextRun);
    connect(m_window.get(), &MainWindow::setupRequested, this, &DesktopApp::openSetup);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopApp::openSettings);
    connect(&m_controller, &SyncController::stateReset, this, &DesktopApp::onStateReset);
    connect(m_window.get(), &MainWindow::trayNoticeShown, this, &DesktopApp::onTrayNoticeShown);
    applySettings();
}

DesktopApp::~DesktopApp() = default;

void DesktopApp::applySettings()
{
    const Schedule schedule = scheduleOf(m_settings);
    m_scheduler.setSchedule(schedule);
    m_window->setNextRun(m_scheduler.nextRunAt());
    m_window->setKeepRunningInTray(schedule.mode != Schedule::Mode::Off);
    m_window->setTrayNoticeShown(m_settings.trayNoticeShown);
}

// Read afresh so that a change made meanwhile (tandem-cli configure) is kept; when it cannot be
// saved, the notice simply comes again at the next start.
void DesktopApp::onTrayNoticeShown()
{
    m_settings.trayNoticeShown = true;
    ProfileSettings s;
    QString error;
    if (Profile(m_profileDir).load(&s, &error)) {
        s.trayNoticeShown = true;
        Profile(m_profileDir).save(s, &error);
    }
}

void DesktopApp::raiseWindow()
{
    m_window->bringToFront();
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
    }
}

void DesktopApp::start(bool inTray)
{
    if (!inTray || !m_window->trayAvailable())
        m_window->show();
    const bool needsSetup = SetupWizard::needsSetup(m_profileDir);
    m_window->setSetupFinished(!needsSetup);
    if (needsSetup) {
        m_window->show();
        openSetup();
        return;
    }
    m_controller.testConnection(Side::Wix);
    m_controller.testConnection(Side::CrmOffice);
}

SetupWizard *DesktopApp::openSetup()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new SetupWizard(m_profileDir, &m_sandbox, m_window.get());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QDialog::accepted, this, &DesktopApp::onSetupAccepted);
    connect(m_wizard, &SetupWizard::saved, &m_controller, &SyncController::checkAccounts);
    m_wizard->open();
    return m_wizard;
}

void DesktopApp::onSetupAccepted()
{
    QString error;
    if (!Profile(m_profileDir).load(&m_settings, &error))
        m_window->showMessage(error);
    m_window->setSetupFinished(!SetupWizard::needsSetup(m_profileDir));
    m_controller.testConnection(Side::Wix);
    m_controller.testConnection(Side::CrmOffice);
    if (m_wizard && m_wizard->dryRunRequested())
        m_controller.preview();
}

// The old links and history are in the backup now: the pages show the fresh state.
void DesktopApp::onStateReset(const QString &message)
{
    if (m_wizard)
        m_wizard->finishPage()->setStateNote(message);
    m_window->showMessage(message);
    m_controller.reloadConflicts();
    m_controller.reloadHistory();
}

SettingsDialog *DesktopApp::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        return m_settingsDialog;
    }
    m_settingsDialog = new SettingsDialog(m_window.get());
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->setSchedule(scheduleOf(m_settings));
    m_settingsDialog->setLanguage(m_settings.language);
    m_settingsDialog->setStartAtLogin(Autostart::isEnabled());
    m_settingsDialog->setTrayAvailable(m_window->trayAvailable());
    connect(m_settingsDialog, &QDialog::accepted, this, &DesktopApp::onSettingsAccepted);
    m_settingsDialog->open();
    return m_settingsDialog;
}

void DesktopApp::onSettingsAccepted()
{
    ProfileSettings s = m_settings;
    const Schedule schedule = m_settingsDialog->schedule();
    s.scheduleMode = scheduleModeName(schedule.mode);
    s.intervalMinutes = schedule.intervalMinutes;
    s.dailyTime = schedule.dailyAt;
    s.language = m_settingsDialog->language();
    s.startAtLogin = m_settingsDialog->startAtLogin();
    QString error;
    if (!Autostart::setEnabled(s.startAtLogin, &error)) {
        QMessageBox::warning(m_window.get(), tr("Start at login"), error);
        s.startAtLogin = Autostart::isEnabled();
    }
    if (!Profile(m_profileDir).save(s, &error)) {
        QMessageBox::warning(m_window.get(), tr("Settings not saved"), error);
        return;
    }
    m_settings = s;
    applySettings();
}

} // namespace Tandem
