#include "ui/desktopapp.h"

#include "ui/autostart.h"
#include "ui/finishpage.h"
#include "ui/mainwindow.h"
#include "ui/mappingspage.h"
#include "ui/settingsdialog.h"
#include "ui/setupwizard.h"
#include "ui/wixaccountpage.h"

#include <QMessageBox>
#include <QTimer>

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
    , m_homeDir(profileDir)
    , m_sandboxDir(Profile::sandboxDir())
{
    m_scheduler.setBusyCheck([this] { return m_controller->isRunning(); });
    connect(&m_scheduler, &Scheduler::runDue, this, [this] { m_window->syncNow(); });
    connect(&m_scheduler, &Scheduler::nextRunChanged, this,
            [this](const QDateTime &next) { m_window->setNextRun(next); });
    connect(&m_probe, &LoopbackProbe::checked, this, &DesktopApp::onProbed);
    connect(&m_sandbox, &SandboxLauncher::started, this, &DesktopApp::onSandboxRestarted);
    connect(&m_sandbox, &SandboxLauncher::failed, this, &DesktopApp::onSandboxRestartFailed);
    open(profileDir);
}

// A new controller and window for the profile; the old ones (the window first, it points at
// the controller) go, with the wizard and dialogs they parent.
void DesktopApp::open(const QString &profileDir)
{
    m_window.reset();
    m_controller.reset();
    m_profileDir = profileDir;
    m_settings = ProfileSettings();
    m_controller = std::make_unique<SyncController>(profileDir);
    m_window = std::make_unique<MainWindow>(m_controller.get());
    QString error;
    if (!Profile(profileDir).load(&m_settings, &error))
        m_window->showMessage(error);
    m_window->setSandbox(m_settings.sandbox);
    m_window->mappingsPage()->openProfile(profileDir);
    connect(m_window.get(), &MainWindow::setupRequested, this, &DesktopApp::openSetup);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopApp::openSettings);
    connect(m_window.get(), &MainWindow::quitRequested, this, &DesktopApp::quitRequested);
    connect(m_controller.get(), &SyncController::stateReset, this, &DesktopApp::onStateReset);
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
    testAccounts();
}

// Accounts on this computer are a sandbox's, which stops with the program that started it: a
// profile left pointing there is found out at once, not by a sync that cannot connect.
void DesktopApp::testAccounts()
{
    if (LoopbackProbe::loopbackUrls(m_settings).isEmpty())
        testConnections();
    else
        m_probe.check(m_settings);
}

void DesktopApp::testConnections()
{
    m_controller->testConnection(Side::Wix);
    m_controller->testConnection(Side::CrmOffice);
}

// A sandbox profile is the sandbox's to begin with: its servers start again (its data is sample
// data, made afresh). Any other profile was meant for accounts the user has: the setup asks.
void DesktopApp::onProbed(const QStringList &deadUrls)
{
    if (deadUrls.isEmpty()) {
        testConnections();
        return;
    }
    m_window->setSetupFinished(false);
    if (!m_settings.sandbox) {
        offerSetup(tr("Nothing answers at %1 any more (a sandbox that has stopped?): set up "
                      "the accounts again.")
                       .arg(deadUrls.join(QLatin1String(", "))));
        return;
    }
    m_window->showMessage(tr("The sandbox had stopped; starting it again with fresh sample "
                             "data…"));
    m_restartingSandbox = true;
    m_sandbox.start();
}

void DesktopApp::onSandboxRestarted(const QUrl &wixUrl, const QUrl &crmUrl)
{
    if (!m_restartingSandbox)
        return; // the setup's try
    m_restartingSandbox = false;
    // The old state describes the stopped sandbox's records: the profile starts afresh, its
    // settings kept, its addresses the new servers'.
    ProfileSettings settings = m_settings;
    settings.wixUrl = wixUrl.toString();
    settings.crmUrl = crmUrl.toString();
    const QString dir = m_profileDir;
    const bool shown = m_window->isVisible(); // not when started in the tray
    m_window.reset();
    m_controller.reset();
    const Profile profile(dir);
    QString error;
    const bool saved = profile.recreateSandbox(&error) && profile.save(settings, &error);
    open(dir);
    m_window->setVisible(shown);
    if (!saved) {
        offerSetup(error);
        return;
    }
    m_window->setSetupFinished(!SetupWizard::needsSetup(dir));
    testConnections();
    Q_EMIT profileOpened(dir);
}

void DesktopApp::onSandboxRestartFailed(const QString &reason)
{
    if (!m_restartingSandbox)
        return;
    m_restartingSandbox = false;
    offerSetup(reason);
}

void DesktopApp::offerSetup(const QString &why)
{
    m_window->setSetupFinished(false);
    m_window->show();
    m_window->showMessage(why);
    openSetup()->wixPage()->setSandboxStatus(why);
}

SetupWizard *DesktopApp::openSetup()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    // From the sandbox's window too, the setup is for the profile the app started on.
    m_wizard = new SetupWizard(m_homeDir, &m_sandbox, m_window.get());
    m_wizard->setSandboxProfileDir(m_sandboxDir);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QDialog::accepted, this, &DesktopApp::onSetupAccepted);
    connect(m_wizard, &SetupWizard::saved, this, &DesktopApp::onSetupSaved);
    m_wizard->open();
    return m_wizard;
}

// A change of accounts starts a fresh state; the sandbox's is fresh already, and the profile
// open now is not the one saved when the setup switches profiles.
void DesktopApp::onSetupSaved()
{
    if (!m_wizard || m_wizard->savedProfileDir() != m_profileDir)
        return;
    ProfileSettings saved;
    QString error;
    if (Profile(m_profileDir).load(&saved, &error) && !saved.sandbox)
        m_controller->checkAccounts();
}

void DesktopApp::onSetupAccepted()
{
    const QString saved = m_wizard && !m_wizard->savedProfileDir().isEmpty()
        ? m_wizard->savedProfileDir()
        : m_profileDir;
    const bool dryRun = m_wizard && m_wizard->dryRunRequested();
    ProfileSettings savedSettings;
    QString error;
    Profile(saved).load(&savedSettings, &error);
    if (saved != m_profileDir || savedSettings.sandbox) {
        // The wizard belongs to the window that goes: open the other profile once it is closed.
        QTimer::singleShot(0, this, [this, saved, dryRun] {
            open(saved);
            m_window->show();
            m_window->setSetupFinished(!SetupWizard::needsSetup(saved));
            testConnections();
            if (dryRun)
                m_controller->preview();
            Q_EMIT profileOpened(saved);
        });
        return;
    }
    m_settings = savedSettings;
    if (!error.isEmpty())
        m_window->showMessage(error);
    m_window->setSandbox(m_settings.sandbox);
    m_window->setSetupFinished(!SetupWizard::needsSetup(m_profileDir));
    testConnections();
    if (dryRun)
        m_controller->preview();
}

// The old links and history are in the backup now: the pages show the fresh state.
void DesktopApp::onStateReset(const QString &message)
{
    if (m_wizard)
        m_wizard->finishPage()->setStateNote(message);
    m_window->showMessage(message);
    m_controller->reloadConflicts();
    m_controller->reloadHistory();
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
