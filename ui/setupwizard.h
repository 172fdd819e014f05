#pragma once

#include "sync/credentials/credentialstore.h"

#include <QStringList>
#include <QUrl>
#include <QWizard>

namespace Tandem {

class ConnectionTester;
class CrmAccountPage;
class FinishPage;
class MappingReviewPage;
class SandboxLauncher;
class WixAccountPage;

// First-run setup, also opened later from the menu: Wix, CRMOffice, the mappings and a finish
// page offering a dry run. The settings go to the profile, the secrets only to the keychain.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WixPage, CrmPage, ReviewPage, DonePage };

    // `sandbox` (may be null) outlives the wizard: the servers must keep running after it.
    SetupWizard(const QString &profileDir, SandboxLauncher *sandbox, QWidget *parent = nullptr);
    ~SetupWizard() override;

    // True when the profile lacks an account address, site id or sign-in kind (a CRMOffice
    // token in the environment stands for the kind).
    static bool needsSetup(const QString &profileDir);

    WixAccountPage *wixPage() const { return m_wix; }
    CrmAccountPage *crmPage() const { return m_crm; }
    FinishPage *finishPage() const { return m_finish; }
    bool dryRunRequested() const;
    // Where "Try with sandbox data" saves instead of the profile: Profile::sandboxDir() unless
    // set. The profile the wizard was opened for is then left as it was.
    void setSandboxProfileDir(const QString &dir) { m_sandboxDir = dir; }
    // The profile the finish page saved: the sandbox's when the pages hold the running
    // sandbox's addresses, otherwise the one the wizard was opened for; empty before.
    QString savedProfileDir() const { return m_savedDir; }

public Q_SLOTS:
    // Fills every page in for the sandbox servers at these addresses.
    void useSandbox(const QUrl &wixUrl, const QUrl &crmUrl);

Q_SIGNALS:
    // The finish page has saved (settings, and secrets as far as the keychain allowed).
    void saved(bool secretsStored);

private:
    void loadProfile();
    void startSandbox();
    void onPageChanged(int id);
    void save();
    void onSecretDone(Tandem::Secret which, const QString &error);
    bool pagesHoldSandbox() const;
    CredentialStore *keychainFor(const QString &profileDir);

    QString m_profileDir;
    QString m_sandboxDir;
    QString m_savedDir;
    SandboxLauncher *m_sandbox = nullptr;
    ConnectionTester *m_tester = nullptr;
    CredentialStore *m_keychain = nullptr;
    CredentialStore *m_sandboxKeychain = nullptr;
    WixAccountPage *m_wix = nullptr;
    CrmAccountPage *m_crm = nullptr;
    MappingReviewPage *m_review = nullptr;
    FinishPage *m_finish = nullptr;
    QList<Secret> m_pending;
    QStringList m_keychainErrors;
};

} // namespace Tandem
