#include "sync/runtime/connectorfactory.h"

#include "sync/connectors/aimdpacer.h"
#include "sync/connectors/crmofficeconnector.h"
#include "sync/connectors/wixconnector.h"
#include "sync/credentials/credentialstore.h"
#include "sync/credentials/environmentsecrets.h"
#include "sync/credentials/oauthsignin.h"
#include "sync/store/profile.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFactory, "tandem.connectors.factory")

namespace Tandem {

namespace {

// A secret from the environment, or from the keychain. `error` is set when the keychain could
// not be asked; a secret that is simply not stored gives nullopt and no error.
std::optional<QString> secretFrom(CredentialStore &keychain, Secret which, QString *error)
{
    if (std::optional<QString> fromEnvironment = EnvironmentSecrets::value(which))
        return fromEnvironment;
    std::optional<QString> stored = keychain.readNow(which, error);
    if (stored && stored->isEmpty())
        return std::nullopt;
    return stored;
}

QString missingSecret(const QString &what, Secret which, const QString &keychainError)
{
    const char *variable = EnvironmentSecrets::variable(which);
    if (!keychainError.isEmpty())
        return ConnectorFactory::tr(
                   "The %1 could not be read from the keychain: %2 For a headless run, set %3 "
                   "instead.")
            .arg(what, keychainError, QLatin1String(variable));
    return ConnectorFactory::tr(
               "No %1 is stored for this profile. Enter it in Tandem's setup (it goes to the "
               "keychain) or, for a headless run, set %2.")
        .arg(what, QLatin1String(variable));
}

// The pace a Wix site allowed, kept for the next run so it does not learn it again by a 429.
void rememberWixPace(const QString &profileDir, double perSecond)
{
    const Profile profile(profileDir);
    ProfileSettings settings;
    QString why;
    if (profile.load(&settings, &why)) {
        settings.wixRequestsPerSecond = perSecond;
        if (profile.save(settings, &why))
            return;
    }
    qCWarning(lcFactory).noquote() << "the Wix pace was not remembered:" << why;
}

std::unique_ptr<WixConnector> makeWix(const ProfileSettings &settings, CredentialStore &keychain,
                                      const QString &profileDir, QNetworkAccessManager &nam,
                                      QString *error)
{
    if (settings.wixUrl.isEmpty() || settings.wixSiteId.isEmpty()) {
        *error = ConnectorFactory::tr(
            "The profile has no Wix address or site id: run the setup or `tandem-cli "
            "configure` first.");
        return nullptr;
    }
    QString keychainError;
    const std::optional<QString> key = secretFrom(keychain, Secret::WixApiKey, &keychainError);
    if (!key) {
        *error =
            missingSecret(ConnectorFactory::tr("Wix API key"), Secret::WixApiKey, keychainError);
        return nullptr;
    }
    auto wix = std::make_unique<WixConnector>(QUrl(settings.wixUrl), key->toUtf8(),
                                              settings.wixSiteId.toUtf8(), &nam);
    wix->http().setWindow(settings.requestWindow);
    auto pacer = std::make_unique<AimdPacer>(settings.wixRequestsPerSecond);
    pacer->setRateChanged(
        [profileDir](double perSecond) { rememberWixPace(profileDir, perSecond); });
    wix->http().setPacer(std::move(pacer));
    return wix;
}

// OAuth tokens from the setup's "Sign in with browser". A refresh token that the service
// rotates is written back, since the old one stops working.
std::unique_ptr<AccessTokenProvider> oauthProvider(CrmOfficeConnector &crm,
                                                   CredentialStore &keychain,
                                                   const QString &profileDir, const QString &access,
                                                   QString *error)
{
    QString keychainError;
    const std::optional<QString> refresh =
        keychain.readNow(Secret::CrmRefreshToken, &keychainError);
    if (!keychainError.isEmpty()) {
        *error = missingSecret(ConnectorFactory::tr("CRMOffice refresh token"),
                               Secret::CrmAccessToken, keychainError);
        return nullptr;
    }
    if (!refresh || refresh->isEmpty())
        return std::make_unique<StaticTokenProvider>(access.toUtf8());
    OAuthTokenProvider::Tokens tokens;
    tokens.accessToken = access.toUtf8();
    tokens.refreshToken = refresh->toUtf8();
    auto provider = std::make_unique<OAuthTokenProvider>(
        crm.http(), QString::fromLatin1(OAuthSignIn::ClientId), tokens);
    provider->setRefreshTokenChanged([profileDir](const QByteArray &rotated) {
        QString why;
        CredentialStore store(profileDir);
        if (!store.writeNow(Secret::CrmRefreshToken, QString::fromUtf8(rotated), &why))
            qCWarning(lcFactory).noquote()
                << "the new CRMOffice refresh token was not stored:" << why;
    });
    return provider;
}

std::unique_ptr<CrmOfficeConnector> makeCrm(const ProfileSettings &settings,
                                            CredentialStore &keychain, const QString &profileDir,
                                            QNetworkAccessManager &nam, QString *error)
{
    if (settings.crmUrl.isEmpty()) {
        *error = ConnectorFactory::tr(
            "The profile has no CRMOffice address: run the setup or `tandem-cli "
            "configure` first.");
        return nullptr;
    }
    auto crm = std::make_unique<CrmOfficeConnector>(QUrl(settings.crmUrl), &nam);
    crm->http().setWindow(settings.requestWindow);
    if (const std::optional<QString> token = EnvironmentSecrets::value(Secret::CrmAccessToken)) {
        crm->http().redaction().addSecret(token->toUtf8());
        crm->setTokenProvider(std::make_unique<StaticTokenProvider>(token->toUtf8()));
        return crm;
    }
    const bool oauth = settings.crmAuth == QLatin1String("oauth");
    const QString what = oauth ? ConnectorFactory::tr("CRMOffice sign-in")
                               : ConnectorFactory::tr("CRMOffice API token");
    QString keychainError;
    const std::optional<QString> access = keychain.readNow(Secret::CrmAccessToken, &keychainError);
    if (!access || access->isEmpty()) {
        *error = missingSecret(what, Secret::CrmAccessToken, keychainError);
        return nullptr;
    }
    crm->http().redaction().addSecret(access->toUtf8());
    std::unique_ptr<AccessTokenProvider> provider = oauth
        ? oauthProvider(*crm, keychain, profileDir, *access, error)
        : std::make_unique<StaticTokenProvider>(access->toUtf8());
    if (!provider)
        return nullptr;
    crm->setTokenProvider(std::move(provider));
    return crm;
}

} // namespace

ProfileConnectorFactory::ProfileConnectorFactory(const QString &profileDir)
    : m_profileDir(profileDir)
{}

ConnectorPair ProfileConnectorFactory::create(QNetworkAccessManager &nam)
{
    ConnectorPair pair;
    ProfileSettings settings;
    if (!Profile(m_profileDir).load(&settings, &pair.error))
        return pair;
    CredentialStore keychain(m_profileDir);
    pair.wix = makeWix(settings, keychain, m_profileDir, nam, &pair.error);
    if (pair.wix)
        pair.crm = makeCrm(settings, keychain, m_profileDir, nam, &pair.error);
    // The caller shows the error to the user; this note is for the log only.
    if (!pair.ok())
        qCInfo(lcFactory).noquote() << pair.error;
    return pair;
}

} // namespace Tandem
