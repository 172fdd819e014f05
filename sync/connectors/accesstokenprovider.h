#pragma once

#include "sync/connectors/connector.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace Tandem {

class HttpClient;

// Where the CRMOffice connector gets its bearer token.
class AccessTokenProvider
{
public:
    virtual ~AccessTokenProvider() = default;
    // A token to send now; `forceRefresh` after the service answered 401 to the current one.
    virtual ConnectorResult<QByteArray> accessToken(bool forceRefresh = false) = 0;
    virtual bool canRefresh() const = 0;
};

// A personal API token: never expires from our side, cannot be refreshed.
class StaticTokenProvider : public AccessTokenProvider
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::StaticTokenProvider)

public:
    explicit StaticTokenProvider(const QByteArray &token);
    ConnectorResult<QByteArray> accessToken(bool forceRefresh) override;
    bool canRefresh() const override { return false; }

private:
    QByteArray m_token;
};

// An OAuth 2.0 access token with its refresh token. Refreshes shortly before expiry and when
// forced, via POST <base>/oauth/token grant_type=refresh_token. A service that rotates refresh
// tokens hands out a new one each time: onRefreshTokenChanged lets the owner store it in the
// keychain, since the old one no longer works.
class OAuthTokenProvider : public AccessTokenProvider
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::OAuthTokenProvider)

public:
    struct Tokens
    {
        QByteArray accessToken;
        QDateTime expiresAt; // null: unknown, refresh first
        QByteArray refreshToken;
    };

    OAuthTokenProvider(HttpClient &http, const QString &clientId, const Tokens &tokens);

    void setRefreshTokenChanged(std::function<void(const QByteArray &)> callback)
    {
        m_onRefreshTokenChanged = std::move(callback);
    }
    void setRefreshMarginSeconds(int seconds) { m_marginSeconds = m_tokenMargin = seconds; }
    // The time expiries are judged by; tests advance their own instead of sleeping.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    ConnectorResult<QByteArray> accessToken(bool forceRefresh) override;
    bool canRefresh() const override { return !m_tokens.refreshToken.isEmpty(); }
    int refreshCount() const { return m_refreshes; }

private:
    ConnectorError refresh();

    HttpClient &m_http;
    QString m_clientId;
    Tokens m_tokens;
    int m_marginSeconds = 60;
    int m_tokenMargin;
    int m_refreshes = 0;
    std::function<void(const QByteArray &)> m_onRefreshTokenChanged;
    std::function<QDateTime()> m_clock = &QDateTime::currentDateTimeUtc;
};

} // namespace Tandem
