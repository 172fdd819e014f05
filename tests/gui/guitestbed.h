#pragma once

#include "sync/engine/runsummary.h"
#include "sync/runtime/synccontroller.h"
#include "tests/gui/sandboxrecords.h"
#include "tests/support/sandboxfixture.h"
#include "ui/mainwindow.h"

#include <QTemporaryDir>

#include <memory>

class QAbstractButton;

namespace Tandem::Test {

// The desktop app as a user meets it, against a loopback sandbox: a temp profile folder whose
// profile.json points at the sandbox, the real SyncController and the real MainWindow (shown,
// offscreen). Members are destroyed window first, sandbox last, so a run still going can be
// cancelled while its server answers.
class GuiTestBed
{
public:
    struct Options
    {
        int latencyMs = 0;
        int wixContacts = 8;
        int wixProducts = 3;
        // true: the profile's own ProfileConnectorFactory, secrets from the environment
        // variables a headless run uses; false: SandboxConnectorFactory injected.
        bool profileFactory = false;
    };

    // Distinctive, so that a grep for them means something.
    static constexpr const char *WixKey = "wix-key-5e1f0c9a7b3d2468";
    static constexpr const char *WixSite = "gui-test-site";
    static constexpr const char *CrmToken = "crm-token-91ad7c3e5f0b2846";

    explicit GuiTestBed(const Options &options);
    GuiTestBed()
        : GuiTestBed(Options{})
    {}
    ~GuiTestBed();

    bool isReady() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    SandboxFixture &sandbox() { return *m_sandbox; }
    SandboxRecords &records() { return *m_records; }
    QString profileDir() const { return m_profile.path(); }
    SyncController &controller() { return *m_controller; }
    MainWindow &window() { return *m_window; }

    // A widget of the main window by its objectName ("syncNowButton", "conflictsTable", ...).
    template<typename T> T *find(const char *objectName) const
    {
        return m_window->findChild<T *>(QLatin1String(objectName));
    }
    QAbstractButton *button(const char *objectName) const;
    // Clicks it as a user would and waits for the run it starts to finish. A run that does not
    // finish in time comes back Failed with a message saying so.
    RunSummary clickAndWait(QAbstractButton *button, int timeoutMs = 30000);
    RunSummary waitForRun(int timeoutMs = 30000);
    RunSummary syncNow() { return clickAndWait(button("syncNowButton")); }

private:
    bool writeProfile();

    QTemporaryDir m_profile;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxRecords> m_records;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    QString m_error;
};

} // namespace Tandem::Test
