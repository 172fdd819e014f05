#include "ui/setupwizard.h"

#include "sync/credentials/environmentsecrets.h"
#include "sync/runtime/connectiontester.h"
#include "sync/runtime/sandboxlauncher.h"
#include "sync/store/profile.h"
#include "ui/crmaccountpage.h"
#include "ui/finishpage.h"
#include "ui/mappingreviewpage.h"
#include "ui/wixaccountpage.h"

#include <QAbstractButton>

namespace Tandem {

namespace {

// The sandbox accepts any non-empty key, site id and token; these only say where they came from.
const char *const kSandboxKey = "sandbox-api-key";
const char *const kSandboxSite = "sandbox-site";
const char *const kSandboxToken = "sandbox-token";

} // namespace

SetupWizard::SetupWizard(const QString &profileDir, SandboxLauncher *sandbox, QWidget *parent)
    : QWizard(parent)
    , m_profileDir(profileDir)
    , m_sandboxDir(Profile::sandboxDir())
    , m_sandbox(sandbox)
    , m_tester(new ConnectionTester(profileDir, this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Tandem"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_wix = new WixAccountPage(m_tester, this);
    m_crm = new CrmAccountPage(m_tester, this);
    m_review = new MappingReviewPage(profileDir, this);
    m_finish = new FinishPage(this);
    setPage(WixPage, m_wix);
    setPage(CrmPage, m_crm);
    setPage(ReviewPage, m_review);
    setPage(DonePage, m_finish);
    for (WizardButton b : {BackButton, NextButton, FinishButton, CancelButton})
        button(b)->setObjectName(QStringLiteral("wizardButton%1").arg(int(b)));

    connect(m_wix, &WixAccountPage::sandboxRequested, this, &SetupWizard::startSandbox);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::onPageChanged);
    keychainFor(profileDir);
    if (m_sandbox) {
        connect(m_sandbox, &SandboxLauncher::started, this, &SetupWizard::useSandbox);
        connect(m_sandbox, &SandboxLauncher::failed, m_wix, &WixAccountPage::setSandboxStatus);
    }
    loadProfile();
    resize(640, 520);
}

SetupWizard::~SetupWizard() = default;

bool SetupWizard::needsSetup(const QString &profileDir)
{
    ProfileSettings s;
    QString error;
    if (!Profile(profileDir).load(&s, &error))
        return true;
    // A profile an older `tandem-cli configure` wrote has no sign-in kind; a token in the
    // environment is one for this session.
    const bool signIn =
        !s.crmAuth.isEmpty() || EnvironmentSecrets::provides(Secret::CrmAccessToken);
    return s.wixUrl.isEmpty() || s.wixSiteId.isEmpty() || s.crmUrl.isEmpty() || !signIn;
}

bool SetupWizard::dryRunRequested() const
{
    return m_finish->dryRunRequested();
}

// Opened again from the menu, the wizard starts from what the profile has. Secrets are not read
// back from the keychain into the form: the user types them again.
void SetupWizard::loadProfile()
{
    ProfileSettings s;
    QString error;
    if (!Profile(m_profileDir).load(&s, &error))
        return;
    m_wix->setValues(s.wixUrl, QString(), s.wixSiteId);
    m_crm->setUrl(s.crmUrl);
    m_crm->setBrowserSignIn(s.crmAuth != QLatin1String("token"));
}

void SetupWizard::startSandbox()
{
    if (!m_sandbox) {
        m_wix->setSandboxStatus(tr("The sandbox is not available in this build."));
        return;
    }
    if (m_sandbox->isRunning() && m_sandbox->wixUrl().isValid()) {
        useSandbox(m_sandbox->wixUrl(), m_sandbox->crmUrl());
        return;
    }
    m_wix->setSandboxStatus(tr("Starting the sandbox servers…"));
    m_sandbox->start();
}

void SetupWizard::useSandbox(const QUrl &wixUrl, const QUrl &crmUrl)
{
    m_wix->setValues(wixUrl.toString(), QString::fromLatin1(kSandboxKey),
                     QString::fromLatin1(kSandboxSite));
    m_crm->setUrl(crmUrl.toString());
    m_crm->setApiToken(QString::fromLatin1(kSandboxToken));
    m_wix->setSandboxStatus(tr("The sandbox is running with sample data; every page is filled "
                               "in. Press Next to go on."));
}

// The sandbox's own addresses, not edited since: this is the try, not the user's accounts.
bool SetupWizard::pagesHoldSandbox() const
{
    return m_sandbox && m_sandbox->isRunning() && m_wix->url() == m_sandbox->wixUrl().toString()
        && m_crm->url() == m_sandbox->crmUrl().toString();
}

CredentialStore *SetupWizard::keychainFor(const QString &profileDir)
{
    CredentialStore *&store = profileDir == m_profileDir ? m_keychain : m_sandboxKeychain;
    if (!store) {
        store = new CredentialStore(profileDir, this);
        connect(store, &CredentialStore::secretWritten, this,
                [this](Secret which) { onSecretDone(which, {}); });
        connect(store, &CredentialStore::failed, this, &SetupWizard::onSecretDone);
    }
    return store;
}

void SetupWizard::onPageChanged(int id)
{
    if (id == DonePage)
        save();
}

void SetupWizard::save()
{
    m_finish->setSaving();
    const bool sandbox = pagesHoldSandbox();
    m_savedDir = sandbox ? m_sandboxDir : m_profileDir;
    const Profile profile(m_savedDir);
    ProfileSettings s;
    QString error;
    // The sandbox's profile is made afresh for each try; the user's keeps what it had (a
    // damaged file is replaced by what the user just entered).
    if (sandbox && !profile.recreateSandbox(&error)) {
        m_finish->setSaved(tr("The settings could not be saved: %1").arg(error), false);
        return;
    }
    if (!sandbox)
        profile.load(&s, &error);
    s.wixUrl = m_wix->url();
    s.wixSiteId = m_wix->siteId();
    s.crmUrl = m_crm->url();
    s.crmAuth = m_crm->usesBrowserSignIn() ? QStringLiteral("oauth") : QStringLiteral("token");
    s.sandbox = sandbox;
    error.clear();
    if (!profile.save(s, &error)) {
        m_finish->setSaved(tr("The settings could not be saved: %1").arg(error), false);
        return;
    }
    m_keychainErrors.clear();
    m_pending = {Secret::WixApiKey, Secret::CrmAccessToken};
    if (!m_crm->refreshToken().isEmpty())
        m_pending << Secret::CrmRefreshToken;
    CredentialStore *keychain = keychainFor(m_savedDir);
    keychain->write(Secret::WixApiKey, m_wix->apiKey());
    keychain->write(Secret::CrmAccessToken, m_crm->accessToken());
    if (!m_crm->refreshToken().isEmpty())
        keychain->write(Secret::CrmRefreshToken, m_crm->refreshToken());
}

void SetupWizard::onSecretDone(Secret which, const QString &error)
{
    if (!m_pending.removeOne(which))
        return;
    if (!error.isEmpty() && !m_keychainErrors.contains(error))
        m_keychainErrors << error;
    if (!m_pending.isEmpty())
        return;
    const bool stored = m_keychainErrors.isEmpty();
    if (m_savedDir != m_profileDir) {
        const QString keys = stored
            ? tr("Its sample keys are in the system keychain.")
            : tr("%1 Its sample keys were not stored, so its syncs fail until a keychain is "
                 "available.")
                  .arg(m_keychainErrors.join(QLatin1Char(' ')));
        m_finish->setSaved(tr("This is the sandbox: its settings are in %1, and your own profile "
                              "is left as it was; run this setup again for your accounts. %2")
                               .arg(m_savedDir, keys),
                           stored);
    } else if (stored) {
        m_finish->setSaved(tr("The settings are saved in %1. The Wix API key and the CRMOffice "
                              "sign-in are in the system keychain.")
                               .arg(m_savedDir),
                           true);
    } else {
        m_finish->setSaved(tr("%1\nThe Wix API key and the CRMOffice sign-in were not saved "
                              "anywhere, so syncs will fail until a keychain is available and "
                              "you run this setup again. The other settings are saved in %2.")
                               .arg(m_keychainErrors.join(QLatin1Char(' ')), m_savedDir),
                           false);
    }
    Q_EMIT saved(stored);
}

} // namespace Tandem
