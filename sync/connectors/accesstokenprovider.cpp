#include "sync/connectors/accesstokenprovider.h"

#include "sync/connectors/httpclient.h"

#include <QUrlQuery>

namespace Tandem {

StaticTokenProvider::StaticTokenProvider(const QByteArray &token)
    : m_token(token)
{}

ConnectorResult<QByteArray> StaticTokenProvider::accessToken(bool)
{
    ConnectorResult<QByteArray> result;
    if (m_token.isEmpty())
        result.error = {ConnectorError::Kind::Auth, tr("No CRMOffice API token is set.")};
    result.value = m_token;
    return result;
}

OAuthTokenProvider::OAuthTokenProvider(HttpClient &http, const QString &clientId,
                                       const Tokens &tokens)
    : m_http(http)
    , m_clientId(clientId)
    , m_tokens(tokens)
    , m_tokenMargin(m_marginSeconds)
{
    m_http.redaction().addSecret(m_tokens.accessToken);
    m_http.redaction().addSecret(m_tokens.refreshToken);
}

ConnectorResult<QByteArray> OAuthTokenProvider::accessToken(bool forceRefresh)
{
    ConnectorResult<QByteArray> result;
    const bool expiring =
        m_tokens.expiresAt.isNull() || m_clock().addSecs(m_tokenMargin) >= m_tokens.expiresAt;
    if (forceRefresh || expiring || m_tokens.accessToken.isEmpty())
        result.error = refresh();
    result.value = m_tokens.accessToken;
    return result;
}

ConnectorError OAuthTokenProvider::refresh()
{
    if (!canRefresh())
        return {ConnectorError::Kind::Auth,
                tr("The CRMOffice sign-in has expired and there is no refresh token: sign in "
                   "again.")};
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/oauth/token");
    request.contentType = "application/x-www-form-urlencoded";
    request.authenticated = false;
    request.idempotent = false; // a refresh token may be spent by the first attempt
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(m_tokens.refreshToken));
    if (!m_clientId.isEmpty())
        form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    request.body = form.toString(QUrl::FullyEncoded).toLatin1();

    const HttpResponse response = m_http.send(request);
    if (!response.error.ok())
        return response.error;
    const auto body = HttpClient::parseObject(request, response.body);
    if (response.status != 200) {
        const QString reason = body.value.value(QStringLiteral("error")).toString();
        return {ConnectorError::Kind::Auth,
                tr("Refreshing the CRMOffice sign-in failed (%1 %2): sign in again.")
                    .arg(response.status)
                    .arg(reason)};
    }
    if (!body.ok())
        return body.error;
    const QByteArray access =
        body.value.value(QStringLiteral("access_token")).toString().toLatin1();
    if (access.isEmpty())
        return {ConnectorError::Kind::Malformed,
                tr("%1 answered without an access_token").arg(request.callName())};
    ++m_refreshes;
    m_tokens.accessToken = access;
    m_http.redaction().addSecret(access);
    const int expiresIn = body.value.value(QStringLiteral("expires_in")).toInt(3600);
    m_tokens.expiresAt = m_clock().addSecs(expiresIn);
    // A short-lived token would otherwise count as expiring the moment it arrives.
    m_tokenMargin = std::min(m_marginSeconds, expiresIn / 4);
    const QByteArray rotated =
        body.value.value(QStringLiteral("refresh_token")).toString().toLatin1();
    if (!rotated.isEmpty() && rotated != m_tokens.refreshToken) {
        m_tokens.refreshToken = rotated;
        m_http.redaction().addSecret(rotated);
        if (m_onRefreshTokenChanged)
            m_onRefreshTokenChanged(rotated);
    }
    return {};
}

} // namespace Tandem
