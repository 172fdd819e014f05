#pragma once

#include "sync/connectors/connector.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Tandem {

class ConnectionTester;

// The Wix site: address, API key and site id, "Test connection", and the first page's
// "Try with sandbox data".
class WixAccountPage : public QWizardPage
{
    Q_OBJECT
public:
    WixAccountPage(ConnectionTester *tester, QWidget *parent = nullptr);

    QString url() const;
    QString apiKey() const;
    QString siteId() const;
    void setValues(const QString &url, const QString &apiKey, const QString &siteId);
    void setSandboxStatus(const QString &text);

    bool isComplete() const override;

Q_SIGNALS:
    void sandboxRequested();

private:
    void testConnection();
    void onTested(Tandem::Side side, bool ok, const QString &text);

    ConnectionTester *m_tester = nullptr;
    QPushButton *m_sandbox = nullptr;
    QLabel *m_sandboxStatus = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_site = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace Tandem
