#include "ui/wixaccountpage.h"

#include "sync/runtime/connectiontester.h"
#include "ui/setupwidgets.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tandem {

WixAccountPage::WixAccountPage(ConnectionTester *tester, QWidget *parent)
    : QWizardPage(parent)
    , m_tester(tester)
{
    setTitle(tr("Your Wix site"));
    setSubTitle(tr("Tandem reads and writes the site's contacts and products with an API key. "
                   "Create one in the Wix dashboard under API Keys."));
    auto *layout = new QVBoxLayout(this);

    auto *sandboxRow = new QHBoxLayout;
    m_sandbox =
        SetupWidgets::button(tr("Try with &sandbox data"), QStringLiteral("sandboxButton"), this);
    m_sandbox->setToolTip(tr("Start local test servers with sample data and fill in every "
                             "page, so you can try Tandem without real accounts."));
    m_sandboxStatus = SetupWidgets::statusLabel(QStringLiteral("sandboxStatus"), this);
    sandboxRow->addWidget(m_sandbox);
    sandboxRow->addWidget(m_sandboxStatus, 1);
    layout->addLayout(sandboxRow);

    auto *form = new QFormLayout;
    m_url = SetupWidgets::lineEdit(tr("Wix API address"), QStringLiteral("wixUrlEdit"), this);
    m_url->setText(ConnectionTester::defaultWixUrl());
    m_key = SetupWidgets::lineEdit(tr("Wix API key"), QStringLiteral("wixApiKeyEdit"), this);
    m_key->setEchoMode(QLineEdit::Password);
    m_site = SetupWidgets::lineEdit(tr("Wix site id"), QStringLiteral("wixSiteIdEdit"), this);
    m_site->setPlaceholderText(tr("e.g. 3f2b9c1e-…"));
    form->addRow(tr("API &address:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("Site &id:"), m_site);
    layout->addLayout(form);

    m_test = SetupWidgets::button(tr("&Test connection"), QStringLiteral("wixTestButton"), this);
    m_result = SetupWidgets::statusLabel(QStringLiteral("wixTestResult"), this);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addStretch(1);
    setTabOrder(m_sandbox, m_url);
    setTabOrder(m_url, m_key);
    setTabOrder(m_key, m_site);
    setTabOrder(m_site, m_test);

    connect(m_sandbox, &QPushButton::clicked, this, &WixAccountPage::sandboxRequested);
    connect(m_test, &QPushButton::clicked, this, &WixAccountPage::testConnection);
    connect(m_tester, &ConnectionTester::tested, this, &WixAccountPage::onTested);
    for (QLineEdit *edit : {m_url, m_key, m_site}) {
        connect(edit, &QLineEdit::textChanged, this, &WixAccountPage::completeChanged);
        connect(edit, &QLineEdit::textChanged, m_result, &QLabel::clear);
    }
}

QString WixAccountPage::url() const
{
    return m_url->text().trimmed();
}

QString WixAccountPage::apiKey() const
{
    return m_key->text().trimmed();
}

QString WixAccountPage::siteId() const
{
    return m_site->text().trimmed();
}

void WixAccountPage::setValues(const QString &url, const QString &apiKey, const QString &siteId)
{
    m_url->setText(url.isEmpty() ? ConnectionTester::defaultWixUrl() : url);
    m_key->setText(apiKey);
    m_site->setText(siteId);
}

void WixAccountPage::setSandboxStatus(const QString &text)
{
    m_sandboxStatus->setText(text);
}

bool WixAccountPage::isComplete() const
{
    return !url().isEmpty() && !apiKey().isEmpty() && !siteId().isEmpty();
}

void WixAccountPage::testConnection()
{
    if (!isComplete()) {
        SetupWidgets::showResult(m_result, false,
                                 tr("Enter the API address, the API key and the site id first."));
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to Wix…"));
    m_tester->testWix(url(), apiKey(), siteId());
}

void WixAccountPage::onTested(Side side, bool ok, const QString &text)
{
    if (side != Side::Wix)
        return;
    m_test->setEnabled(true);
    SetupWidgets::showResult(m_result, ok, text);
}

} // namespace Tandem
