#include "sync/credentials/oauthsignin.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcOAuth, "tandem.credentials.oauth")

namespace Tandem {

OAuthSignIn::OAuthSignIn(QObject *parent)
    : QObject(parent)
{}

OAuthSignIn::~OAuthSignIn()
{
    cleanup();
}

QByteArray OAuthSignIn::makeVerifier()
{
    static const char unreserved[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QByteArray verifier(64, Qt::Uninitialized);
    for (char &c : verifier)
        c = unreserved[QRandomGenerator::system()->bounded(int(sizeof unreserved) - 1)];
    return verifier;
}

QByteArray OAuthSignIn::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QUrl OAuthSignIn::redirectUri() const
{
    return m_handler ? QUrl(m_handler->callback()) : QUrl();
}

bool OAuthSignIn::start(const QUrl &baseUrl)
{
    cleanup();
    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setNetworkAccessManager(new QNetworkAccessManager(m_flow));
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_handler->isListening()) {
        Q_EMIT failed(tr("Could not listen on a loopback port for the sign-in answer."));
        cleanup();
        return false;
    }
    m_handler->setCallbackPath(QStringLiteral("callback"));
    m_handler->setCallbackText(tr("Tandem is signed in to CRMOffice. You can close this page."));
    const QString base = baseUrl.toString(QUrl::StripTrailingSlash);
    m_flow->setAuthorizationUrl(QUrl(base + QLatin1String("/oauth/authorize")));
    m_flow->setAccessTokenUrl(QUrl(base + QLatin1String("/oauth/token")));
    m_flow->setClientIdentifier(QString::fromLatin1(ClientId));
    m_flow->setReplyHandler(m_handler);

    m_verifier = makeVerifier();
    const QByteArray challenge = challengeFor(m_verifier);
    m_flow->setModifyParametersFunction(
        [this, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *params) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                params->replace(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
                params->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                params->replace(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthSignIn::openBrowser);
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        Tokens tokens{m_flow->token(), m_flow->refreshToken(), m_flow->expirationAt()};
        qCInfo(lcOAuth) << "signed in; token expires at" << tokens.expiresAt;
        cleanup();
        Q_EMIT signedIn(tokens);
    });
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                const QString reason = description.isEmpty() ? error : description;
                cleanup();
                Q_EMIT failed(tr("Sign-in was refused: %1").arg(reason));
            });
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error) {
        cleanup();
        Q_EMIT failed(tr("Sign-in failed: the server did not accept the answer."));
    });
    m_flow->grant();
    return true;
}

void OAuthSignIn::abort()
{
    cleanup();
}

void OAuthSignIn::cleanup()
{
    m_verifier.clear();
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    if (m_handler) {
        m_handler->close();
        m_handler->deleteLater();
        m_handler = nullptr;
    }
}

} // namespace Tandem
