#pragma once

#include "sandbox/sandboxbackend.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Tandem::Sandbox {

// CRMOffice's OAuth 2.0 authorization server: authorization code + PKCE (S256) for desktop
// apps with a loopback redirect (RFC 6749, 7636, 8252), and refresh tokens (rotated on use).
//   GET  /oauth/authorize  -> an HTML consent page whose form posts back here
//   POST /oauth/authorize  -> 302 to redirect_uri with code + state (or error + state)
//   POST /oauth/token      -> {"access_token", "token_type", "expires_in", "refresh_token"}
// Only token hashes are kept, so a saved state file holds no usable token.
class CrmOAuth
{
public:
    enum class TokenState { Unknown, Valid, Expired };

    explicit CrmOAuth(int accessTokenTtlSeconds = 3600);

    void setClock(const Clock &clock) { m_clock = clock; } // default: the system's time

    Response authorizePage(const Request &request) const;
    Response authorizeDecision(const Request &request);
    Response token(const Request &request);

    TokenState accessTokenState(const QByteArray &token) const;
    bool isRefreshToken(const QByteArray &token) const;

    void clear();
    QJsonObject toState() const;
    void loadState(const QJsonObject &state);

private:
    struct AuthorizationCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        qint64 expiresAt = 0;
        bool used = false;
        QStringList issued; // hashes of the tokens it was exchanged for, revoked on reuse
    };

    Response exchangeCode(const QUrlQuery &form);
    Response refresh(const QUrlQuery &form);
    Response issueTokens(const QString &clientId, QStringList *issuedHashes);

    qint64 nowMs() const { return m_clock().toMSecsSinceEpoch(); }

    int m_ttlSeconds;
    Clock m_clock = &QDateTime::currentDateTimeUtc;
    QHash<QString, AuthorizationCode> m_codes; // by code (short-lived, single use)
    QHash<QString, qint64> m_accessTokens; // token hash -> expiry (ms since epoch)
    QHash<QString, QString> m_refreshTokens; // token hash -> client id
};

} // namespace Tandem::Sandbox
