#pragma once

#include "sync/connectors/connector.h"
#include "sync/credentials/oauthsignin.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Tandem {

class ConnectionTester;

// The CRMOffice account: its API address, then "Sign in with browser" (OAuth with PKCE on a
// loopback redirect) or "Use an API token", and "Test connection".
class CrmAccountPage : public QWizardPage
{
    Q_OBJECT
public:
    CrmAccountPage(ConnectionTester *tester, QWidget *parent = nullptr);

    QString url() const;
    bool usesBrowserSignIn() const;
    QString accessToken() const; // the typed token, or the one the sign-in gave
    QString refreshToken() const; // only after a browser sign-in
    void setUrl(const QString &url);
    void setApiToken(const QString &token); // switches to "Use an API token"
    void setBrowserSignIn(bool on);

    bool isComplete() const override;

private:
    void signIn();
    void onSignedIn(const Tandem::OAuthSignIn::Tokens &tokens);
    void onSignInFailed(const QString &reason);
    void updateMode();
    void testConnection();
    void onTested(Tandem::Side side, bool ok, const QString &text);

    ConnectionTester *m_tester = nullptr;
    OAuthSignIn *m_oauth = nullptr;
    OAuthSignIn::Tokens m_tokens;
    QLineEdit *m_url = nullptr;
    QRadioButton *m_browser = nullptr;
    QRadioButton *m_token = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_signInStatus = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace Tandem
