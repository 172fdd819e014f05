#include "tests/gui/guitestbed.h"

#include "sync/store/profile.h"
#include "tests/gui/sandboxconnectorfactory.h"
#include "ui/mappingspage.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTest>

namespace Tandem::Test {

namespace {
Sandbox::SandboxOptions sandboxOptions(const GuiTestBed::Options &options)
{
    Sandbox::SandboxOptions o;
    o.latencyMs = options.latencyMs;
    o.seed.contacts = options.wixContacts;
    o.seed.products = options.wixProducts;
    o.wixApiKey = QString::fromLatin1(GuiTestBed::WixKey);
    o.wixSiteId = QString::fromLatin1(GuiTestBed::WixSite);
    o.crmToken = QString::fromLatin1(GuiTestBed::CrmToken);
    return o;
}
} // namespace

GuiTestBed::GuiTestBed(const Options &options)
    : m_sandbox(std::make_unique<SandboxFixture>(sandboxOptions(options)))
{
    if (!m_sandbox->isRunning()) {
        m_error = QStringLiteral("sandbox: ") + m_sandbox->errorString();
        return;
    }
    m_records = std::make_unique<SandboxRecords>(
        *m_sandbox, SandboxRecords::Credentials{WixKey, WixSite, CrmToken});
    if (!writeProfile())
        return;
    if (options.profileFactory) {
        qputenv("TANDEM_WIX_API_KEY", WixKey);
        qputenv("TANDEM_CRMOFFICE_TOKEN", CrmToken);
        m_controller = std::make_unique<SyncController>(m_profile.path());
    } else {
        SandboxConnectorFactory::Endpoints endpoints{m_sandbox->wixUrl(), m_sandbox->crmUrl(),
                                                     WixKey, WixSite, CrmToken};
        m_controller = std::make_unique<SyncController>(
            m_profile.path(), std::make_unique<SandboxConnectorFactory>(endpoints));
    }
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->mappingsPage()->openProfile(m_profile.path()); // as DesktopApp wires it
    m_window->resize(1000, 700);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        m_error = QStringLiteral("the main window was not exposed");
}

GuiTestBed::~GuiTestBed()
{
    m_window.reset();
    m_controller.reset();
}

bool GuiTestBed::writeProfile()
{
    ProfileSettings settings;
    settings.wixUrl = m_sandbox->wixUrl().toString();
    settings.wixSiteId = QString::fromLatin1(WixSite);
    settings.crmUrl = m_sandbox->crmUrl().toString();
    settings.crmAuth = QStringLiteral("token");
    settings.phoneRegion = QStringLiteral("NO");
    settings.scheduleMode = QStringLiteral("off");
    QString error;
    if (!Profile(m_profile.path()).save(settings, &error)) {
        m_error = QStringLiteral("profile: ") + error;
        return false;
    }
    return true;
}

QAbstractButton *GuiTestBed::button(const char *objectName) const
{
    return find<QAbstractButton>(objectName);
}

RunSummary GuiTestBed::clickAndWait(QAbstractButton *button, int timeoutMs)
{
    QSignalSpy finished(m_controller.get(), &SyncController::runFinished);
    if (!button) {
        RunSummary failed;
        failed.status = RunRecord::Status::Failed;
        failed.message = QStringLiteral("no such button");
        return failed;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        RunSummary failed;
        failed.status = RunRecord::Status::Failed;
        failed.message = QStringLiteral("the run did not finish in %1 ms").arg(timeoutMs);
        return failed;
    }
    return finished.first().first().value<RunSummary>();
}

RunSummary GuiTestBed::waitForRun(int timeoutMs)
{
    QSignalSpy finished(m_controller.get(), &SyncController::runFinished);
    if (!finished.wait(timeoutMs)) {
        RunSummary failed;
        failed.status = RunRecord::Status::Failed;
        failed.message = QStringLiteral("the run did not finish in %1 ms").arg(timeoutMs);
        return failed;
    }
    return finished.first().first().value<RunSummary>();
}

} // namespace Tandem::Test
