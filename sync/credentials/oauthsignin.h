#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace Tandem {

// "Sign in with browser" for CRMOffice: OAuth 2.0 authorization code with PKCE on a loopback
// redirect (RFC 8252). Qt 6.4 has no built-in PKCE, so the challenge and the verifier are added
// to the two requests here. The tokens are handed to the caller, who stores them in the keychain;
// nothing here writes them anywhere or logs them.
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
        QDateTime expiresAt;
    };

    static constexpr const char *ClientId = "tandem-desktop";

    explicit OAuthSignIn(QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // baseUrl is the account's API base (".../api/v1"); the endpoints are <base>/oauth/...
    bool start(const QUrl &baseUrl);
    void abort();
    QUrl redirectUri() const;

    // PKCE pieces, public for tests: 64 unreserved characters, and base64url(SHA-256) unpadded.
    static QByteArray makeVerifier();
    static QByteArray challengeFor(const QByteArray &verifier);

Q_SIGNALS:
    void openBrowser(const QUrl &url); // the caller opens it (QDesktopServices)
    void signedIn(const Tandem::OAuthSignIn::Tokens &tokens);
    void failed(const QString &reason);

private:
    void cleanup();

    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    QByteArray m_verifier;
};

} // namespace Tandem
