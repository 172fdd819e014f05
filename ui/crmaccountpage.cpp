#include "ui/crmaccountpage.h"

#include "sync/model/baseurlpolicy.h"
#include "sync/runtime/connectiontester.h"
#include "ui/setupwidgets.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Tandem {

CrmAccountPage::CrmAccountPage(ConnectionTester *tester, QWidget *parent)
    : QWizardPage(parent)
    , m_tester(tester)
    , m_oauth(new OAuthSignIn(this))
{
    setTitle(tr("Your CRMOffice account"));
    setSubTitle(tr("Enter your account's API address, then sign in with your browser or paste "
                   "an API token."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_url = SetupWidgets::lineEdit(tr("CRMOffice API address"), QStringLiteral("crmUrlEdit"), this);
    m_url->setPlaceholderText(tr("https://yourcompany.crmoffice.example/api/v1"));
    form->addRow(tr("API &address:"), m_url);
    layout->addLayout(form);

    m_browser = new QRadioButton(tr("Sign in with &browser"), this);
    m_browser->setObjectName(QStringLiteral("crmBrowserRadio"));
    m_browser->setChecked(true);
    m_signIn = SetupWidgets::button(tr("Si&gn in…"), QStringLiteral("crmSignInButton"), this);
    m_signInStatus = SetupWidgets::statusLabel(QStringLiteral("crmSignInStatus"), this);
    m_token = new QRadioButton(tr("Use an API &token"), this);
    m_token->setObjectName(QStringLiteral("crmTokenRadio"));
    m_tokenEdit =
        SetupWidgets::lineEdit(tr("CRMOffice API token"), QStringLiteral("crmTokenEdit"), this);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    layout->addWidget(m_browser);
    layout->addWidget(m_signIn, 0, Qt::AlignLeft);
    layout->addWidget(m_signInStatus);
    layout->addWidget(m_token);
    layout->addWidget(m_tokenEdit);

    m_test = SetupWidgets::button(tr("&Test connection"), QStringLiteral("crmTestButton"), this);
    m_result = SetupWidgets::statusLabel(QStringLiteral("crmTestResult"), this);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addStretch(1);
    setTabOrder(m_url, m_browser);
    setTabOrder(m_browser, m_signIn);
    setTabOrder(m_signIn, m_token);
    setTabOrder(m_token, m_tokenEdit);
    setTabOrder(m_tokenEdit, m_test);

    connect(m_browser, &QRadioButton::toggled, this, &CrmAccountPage::updateMode);
    connect(m_signIn, &QPushButton::clicked, this, &CrmAccountPage::signIn);
    connect(m_oauth, &OAuthSignIn::openBrowser, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_oauth, &OAuthSignIn::signedIn, this, &CrmAccountPage::onSignedIn);
    connect(m_oauth, &OAuthSignIn::failed, this, &CrmAccountPage::onSignInFailed);
    connect(m_test, &QPushButton::clicked, this, &CrmAccountPage::testConnection);
    connect(m_tester, &ConnectionTester::tested, this, &CrmAccountPage::onTested);
    for (QLineEdit *edit : {m_url, m_tokenEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &CrmAccountPage::completeChanged);
        connect(edit, &QLineEdit::textChanged, m_result, &QLabel::clear);
    }
    updateMode();
}

QString CrmAccountPage::url() const
{
    return m_url->text().trimmed();
}

bool CrmAccountPage::usesBrowserSignIn() const
{
    return m_browser->isChecked();
}

QString CrmAccountPage::accessToken() const
{
    return usesBrowserSignIn() ? m_tokens.accessToken : m_tokenEdit->text().trimmed();
}

QString CrmAccountPage::refreshToken() const
{
    return usesBrowserSignIn() ? m_tokens.refreshToken : QString();
}

void CrmAccountPage::setUrl(const QString &url)
{
    m_url->setText(url);
}

void CrmAccountPage::setApiToken(const QString &token)
{
    m_token->setChecked(true);
    m_tokenEdit->setText(token);
}

void CrmAccountPage::setBrowserSignIn(bool on)
{
    (on ? m_browser : m_token)->setChecked(true);
}

bool CrmAccountPage::isComplete() const
{
    return !url().isEmpty() && !accessToken().isEmpty();
}

void CrmAccountPage::updateMode()
{
    const bool browser = usesBrowserSignIn();
    m_signIn->setEnabled(browser);
    m_tokenEdit->setEnabled(!browser);
    m_result->clear();
    Q_EMIT completeChanged();
}

void CrmAccountPage::signIn()
{
    if (url().isEmpty()) {
        SetupWidgets::showResult(m_signInStatus, false, tr("Enter the API address first."));
        return;
    }
    QString why;
    if (!isAllowedBaseUrl(QUrl(url()), &why)) {
        SetupWidgets::showResult(m_signInStatus, false, why);
        return;
    }
    m_tokens = {};
    Q_EMIT completeChanged();
    if (m_oauth->start(QUrl(url())))
        m_signInStatus->setText(tr("Finish signing in in your browser; Tandem waits here."));
}

void CrmAccountPage::onSignedIn(const OAuthSignIn::Tokens &tokens)
{
    m_tokens = tokens;
    m_signInStatus->setText(tr("Signed in."));
    Q_EMIT completeChanged();
}

void CrmAccountPage::onSignInFailed(const QString &reason)
{
    SetupWidgets::showResult(m_signInStatus, false, reason);
}

void CrmAccountPage::testConnection()
{
    if (!isComplete()) {
        SetupWidgets::showResult(m_result, false,
                                 usesBrowserSignIn()
                                     ? tr("Enter the API address and sign in first.")
                                     : tr("Enter the API address and the API token first."));
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to CRMOffice…"));
    m_tester->testCrm(url(), accessToken());
}

void CrmAccountPage::onTested(Side side, bool ok, const QString &text)
{
    if (side != Side::CrmOffice)
        return;
    m_test->setEnabled(true);
    SetupWidgets::showResult(m_result, ok, text);
}

} // namespace Tandem
