#include "sandbox/crmoauth.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>

namespace Tandem::Sandbox {

namespace {

constexpr qint64 kCodeLifetimeMs = 10 * 60 * 1000;

struct AuthorizeParams
{
    QString responseType, clientId, redirectUri, challenge, challengeMethod, state;

    static AuthorizeParams from(const QUrlQuery &query)
    {
        const auto value = [&query](const char *key) {
            return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        };
        return {value("response_type"),         value("client_id"),
                value("redirect_uri"),          value("code_challenge"),
                value("code_challenge_method"), value("state")};
    }
};

// Form bodies encode a space as '+'; QUrlQuery does not know that convention.
QUrlQuery parseForm(const QByteArray &body)
{
    return QUrlQuery(QString::fromUtf8(body).replace(QLatin1Char('+'), QLatin1String("%20")));
}

QString formValue(const QUrlQuery &form, const char *key)
{
    return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashOf(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

bool isLoopbackRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.fragment().isEmpty())
        return false;
    return url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CrmOAuth", text);
}

Response html(int status, const QString &page)
{
    Response response;
    response.status = status;
    response.headers.append({"Content-Type", QByteArray("text/html; charset=utf-8")});
    response.body = page.toUtf8();
    return response;
}

Response errorPage(const QString &message)
{
    return html(400,
                QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1"
                               "</title></head><body><h1>%1</h1><p>%2</p></body></html>")
                    .arg(tr("Authorization failed"), message.toHtmlEscaped()));
}

// The client is told about an error by redirect only once its redirect_uri is trusted.
QString fatalAuthorizeError(const AuthorizeParams &params)
{
    if (params.clientId.isEmpty())
        return tr("The request names no client_id.");
    if (!isLoopbackRedirect(params.redirectUri))
        return tr("The redirect_uri must be an http loopback address (127.0.0.1, ::1 or "
                  "localhost).");
    return {};
}

QString redirectableAuthorizeError(const AuthorizeParams &params)
{
    if (params.responseType != QLatin1String("code"))
        return QStringLiteral("unsupported_response_type");
    if (params.challenge.size() < 43 || params.challengeMethod != QLatin1String("S256"))
        return QStringLiteral("invalid_request");
    return {};
}

Response redirect(const QString &redirectUri, const QList<QPair<QString, QString>> &items)
{
    QUrl url(redirectUri);
    QString query = url.query(QUrl::FullyEncoded);
    for (const auto &item : items) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += item.first + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(item.second));
    }
    url.setQuery(query, QUrl::StrictMode);
    Response response;
    response.status = 302;
    response.headers.append({"Location", url.toEncoded()});
    response.headers.append({"Cache-Control", QByteArray("no-store")});
    return response;
}

Response oauthError(const char *error, const QString &description)
{
    Response response = Response::json(400,
                                       {{QStringLiteral("error"), QLatin1String(error)},
                                        {QStringLiteral("error_description"), description}});
    response.headers.append({"Cache-Control", QByteArray("no-store")});
    return response;
}

QString consentPage(const AuthorizeParams &params)
{
    QString hidden;
    const QList<QPair<const char *, QString>> fields{
        {"response_type", params.responseType},
        {"client_id", params.clientId},
        {"redirect_uri", params.redirectUri},
        {"code_challenge", params.challenge},
        {"code_challenge_method", params.challengeMethod},
        {"state", params.state}};
    for (const auto &field : fields) {
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                      .arg(QLatin1String(field.first), field.second.toHtmlEscaped());
    }
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "</head><body><h1>%1</h1><p>%2</p>"
                          "<form method=\"post\" action=\"/api/v1/oauth/authorize\">\n%3"
                          "<button type=\"submit\" name=\"approve\" value=\"1\">%4</button>\n"
                          "<button type=\"submit\" name=\"deny\" value=\"1\">%5</button>\n"
                          "</form></body></html>")
        .arg(tr("CRMOffice sandbox: sign in"),
             tr("%1 asks for access to your CRMOffice contacts and companies.")
                 .arg(params.clientId)
                 .toHtmlEscaped(),
             hidden, tr("Approve"), tr("Deny"));
}

} // namespace

CrmOAuth::CrmOAuth(int accessTokenTtlSeconds)
    : m_ttlSeconds(qMax(1, accessTokenTtlSeconds))
{}

Response CrmOAuth::authorizePage(const Request &request) const
{
    const AuthorizeParams params = AuthorizeParams::from(request.query);
    if (const QString fatal = fatalAuthorizeError(params); !fatal.isEmpty())
        return errorPage(fatal);
    if (const QString error = redirectableAuthorizeError(params); !error.isEmpty())
        return redirect(
            params.redirectUri,
            {{QStringLiteral("error"), error}, {QStringLiteral("state"), params.state}});
    return html(200, consentPage(params));
}

Response CrmOAuth::authorizeDecision(const Request &request)
{
    const QUrlQuery form = parseForm(request.body);
    const AuthorizeParams params = AuthorizeParams::from(form);
    if (const QString fatal = fatalAuthorizeError(params); !fatal.isEmpty())
        return errorPage(fatal);
    QString error = redirectableAuthorizeError(params);
    if (error.isEmpty() && !form.hasQueryItem(QStringLiteral("approve")))
        error = QStringLiteral("access_denied");
    if (!error.isEmpty())
        return redirect(
            params.redirectUri,
            {{QStringLiteral("error"), error}, {QStringLiteral("state"), params.state}});
    const QString code = randomToken();
    m_codes.insert(code,
                   {params.clientId,
                    params.redirectUri,
                    params.challenge,
                    nowMs() + kCodeLifetimeMs,
                    false,
                    {}});
    return redirect(params.redirectUri,
                    {{QStringLiteral("code"), code}, {QStringLiteral("state"), params.state}});
}

Response CrmOAuth::token(const Request &request)
{
    const QUrlQuery form = parseForm(request.body);
    const QString grantType = formValue(form, "grant_type");
    if (grantType.isEmpty())
        return oauthError("invalid_request", tr("grant_type is missing."));
    if (grantType == QLatin1String("authorization_code"))
        return exchangeCode(form);
    if (grantType == QLatin1String("refresh_token"))
        return refresh(form);
    return oauthError("unsupported_grant_type", tr("Unsupported grant_type: %1").arg(grantType));
}

Response CrmOAuth::exchangeCode(const QUrlQuery &form)
{
    const QString codeText = formValue(form, "code");
    const QString redirectUri = formValue(form, "redirect_uri");
    if (codeText.isEmpty() || redirectUri.isEmpty())
        return oauthError("invalid_request", tr("code and redirect_uri are required."));
    auto it = m_codes.find(codeText);
    if (it == m_codes.end() || it->expiresAt < nowMs())
        return oauthError("invalid_grant", tr("The authorization code is unknown or expired."));
    if (it->used) {
        // RFC 6749 10.5: a replayed code revokes what it was exchanged for.
        for (const QString &hash : std::as_const(it->issued)) {
            m_accessTokens.remove(hash);
            m_refreshTokens.remove(hash);
        }
        return oauthError("invalid_grant", tr("The authorization code was already used."));
    }
    if (redirectUri != it->redirectUri)
        return oauthError("invalid_grant", tr("redirect_uri differs from the authorized one."));
    const QString clientId = formValue(form, "client_id");
    if (!clientId.isEmpty() && clientId != it->clientId)
        return oauthError("invalid_grant", tr("The code was issued to another client."));
    const QByteArray verifier = formValue(form, "code_verifier").toLatin1();
    const QByteArray challenge =
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (verifier.isEmpty() || QString::fromLatin1(challenge) != it->challenge)
        return oauthError("invalid_grant", tr("code_verifier does not match the code_challenge."));
    it->used = true;
    return issueTokens(it->clientId, &it->issued);
}

Response CrmOAuth::refresh(const QUrlQuery &form)
{
    const QByteArray token = formValue(form, "refresh_token").toLatin1();
    if (token.isEmpty())
        return oauthError("invalid_request", tr("refresh_token is missing."));
    const QString hash = hashOf(token);
    if (!m_refreshTokens.contains(hash))
        return oauthError("invalid_grant", tr("The refresh token is unknown or was revoked."));
    const QString clientId = m_refreshTokens.take(hash);
    return issueTokens(clientId, nullptr);
}

Response CrmOAuth::issueTokens(const QString &clientId, QStringList *issuedHashes)
{
    const QString access = randomToken();
    const QString refreshToken = randomToken();
    const QString accessHash = hashOf(access.toLatin1());
    const QString refreshHash = hashOf(refreshToken.toLatin1());
    m_accessTokens.insert(accessHash, nowMs() + qint64(m_ttlSeconds) * 1000);
    m_refreshTokens.insert(refreshHash, clientId);
    if (issuedHashes)
        *issuedHashes << accessHash << refreshHash;
    Response response = Response::json(200,
                                       {{QStringLiteral("access_token"), access},
                                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                        {QStringLiteral("expires_in"), m_ttlSeconds},
                                        {QStringLiteral("refresh_token"), refreshToken}});
    response.headers.append({"Cache-Control", QByteArray("no-store")});
    return response;
}

CrmOAuth::TokenState CrmOAuth::accessTokenState(const QByteArray &token) const
{
    const auto it = m_accessTokens.constFind(hashOf(token));
    if (it == m_accessTokens.cend())
        return TokenState::Unknown;
    return it.value() > nowMs() ? TokenState::Valid : TokenState::Expired;
}

bool CrmOAuth::isRefreshToken(const QByteArray &token) const
{
    return m_refreshTokens.contains(hashOf(token));
}

void CrmOAuth::clear()
{
    m_codes.clear();
    m_accessTokens.clear();
    m_refreshTokens.clear();
}

QJsonObject CrmOAuth::toState() const
{
    QJsonObject access;
    for (auto it = m_accessTokens.cbegin(); it != m_accessTokens.cend(); ++it)
        access.insert(it.key(), double(it.value()));
    QJsonObject refreshTokens;
    for (auto it = m_refreshTokens.cbegin(); it != m_refreshTokens.cend(); ++it)
        refreshTokens.insert(it.key(), it.value());
    return {{QStringLiteral("accessTokens"), access},
            {QStringLiteral("refreshTokens"), refreshTokens}};
}

void CrmOAuth::loadState(const QJsonObject &state)
{
    clear();
    const QJsonObject access = state.value(QStringLiteral("accessTokens")).toObject();
    for (auto it = access.begin(); it != access.end(); ++it)
        m_accessTokens.insert(it.key(), qint64(it.value().toDouble()));
    const QJsonObject refreshTokens = state.value(QStringLiteral("refreshTokens")).toObject();
    for (auto it = refreshTokens.begin(); it != refreshTokens.end(); ++it)
        m_refreshTokens.insert(it.key(), it.value().toString());
}

} // namespace Tandem::Sandbox
