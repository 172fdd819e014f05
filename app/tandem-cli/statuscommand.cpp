#include "app/tandem-cli/statuscommand.h"

#include "app/tandem-cli/clijson.h"
#include "app/tandem-cli/clioutput.h"
#include "app/tandem-cli/clitext.h"
#include "app/tandem-cli/storecommands.h"
#include "sync/connectors/wixcatalogprobe.h"
#include "sync/credentials/credentialstore.h"
#include "sync/credentials/environmentsecrets.h"
#include "sync/engine/runsummary.h"
#include "sync/store/profile.h"

#include <QJsonDocument>

namespace Tandem::Cli {

namespace {

// Where a run would take a secret from: "environment", "keychain" or "missing" (the value is
// only looked at, never printed). A keychain that cannot be asked counts as missing.
QString secretSource(CredentialStore &keychain, Secret which)
{
    if (EnvironmentSecrets::provides(which))
        return QStringLiteral("environment");
    QString error;
    const std::optional<QString> stored = keychain.readNow(which, &error);
    return stored && !stored->isEmpty() ? QStringLiteral("keychain") : QStringLiteral("missing");
}

QString sourceText(const QString &source, Secret which)
{
    const char *variable = EnvironmentSecrets::variable(which);
    if (source == QLatin1String("environment"))
        return QStringLiteral("from %1").arg(QLatin1String(variable));
    if (source == QLatin1String("keychain"))
        return QStringLiteral("in the keychain");
    return QStringLiteral("missing (store it with the Tandem window, or set %1)")
        .arg(QLatin1String(variable));
}

// The status, or nullopt with the store's error when a part of it could not be read.
std::optional<QJsonObject> statusJson(const QString &profileDir, const ProfileSettings &settings,
                                      const StateStore &store, StoreError *error)
{
    const StoreRead<QList<RunRecord>> runs = store.runs(1);
    const StoreRead<QString> catalog = store.value(QLatin1String(wixCatalogKey));
    const StoreRead<QList<Link>> links = store.links();
    const StoreRead<QList<Conflict>> conflicts = store.openConflicts();
    for (const StoreError &e : {runs.error, catalog.error, links.error, conflicts.error}) {
        if (!e.ok()) {
            *error = e;
            return std::nullopt;
        }
    }
    CredentialStore keychain(profileDir);
    return QJsonObject{
        {QStringLiteral("profile"), profileDir},
        {QStringLiteral("wix"),
         QJsonObject{{QStringLiteral("url"), settings.wixUrl},
                     {QStringLiteral("siteId"), settings.wixSiteId},
                     {QStringLiteral("catalog"), catalog.value},
                     {QStringLiteral("secret"), secretSource(keychain, Secret::WixApiKey)}}},
        {QStringLiteral("crmoffice"),
         QJsonObject{{QStringLiteral("url"), settings.crmUrl},
                     {QStringLiteral("auth"),
                      settings.crmAuth.isEmpty() ? QStringLiteral("token") : settings.crmAuth},
                     {QStringLiteral("secret"), secretSource(keychain, Secret::CrmAccessToken)}}},
        {QStringLiteral("links"), int(links.value.size())},
        {QStringLiteral("openConflicts"), int(conflicts.value.size())},
        {QStringLiteral("lastRun"),
         runs.value.isEmpty() ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(runToJson(runs.value.first()))},
    };
}

QString statusText(const QJsonObject &status)
{
    const QJsonObject wix = status.value(QLatin1String("wix")).toObject();
    const QJsonObject crm = status.value(QLatin1String("crmoffice")).toObject();
    auto text = [](const QJsonObject &o, const char *key) {
        const QString value = o.value(QLatin1String(key)).toString();
        return value.isEmpty() ? QStringLiteral("(not set)") : value;
    };
    QString out =
        QStringLiteral("Profile:   %1\n").arg(status.value(QLatin1String("profile")).toString());
    out += QStringLiteral("Wix:       %1, site %2; API key %3\n")
               .arg(text(wix, "url"), text(wix, "siteId"),
                    sourceText(text(wix, "secret"), Secret::WixApiKey));
    const QString catalog = wixCatalogText(wix.value(QLatin1String("catalog")).toString());
    out += QStringLiteral("Products:  %1\n")
               .arg(catalog.isEmpty() ? QStringLiteral("catalog not known until the first sync")
                                      : catalog);
    out += QStringLiteral("CRMOffice: %1 (%2); token %3\n")
               .arg(text(crm, "url"), text(crm, "auth"),
                    sourceText(text(crm, "secret"), Secret::CrmAccessToken));
    out += QStringLiteral("Links: %1, open conflicts: %2\n")
               .arg(status.value(QLatin1String("links")).toInt())
               .arg(status.value(QLatin1String("openConflicts")).toInt());
    const QJsonObject run = status.value(QLatin1String("lastRun")).toObject();
    if (run.isEmpty())
        return out + QStringLiteral("Last run:  none yet\n");
    out += QStringLiteral("Last run:  #%1 %2 %3")
               .arg(run.value(QLatin1String("id")).toInteger())
               .arg(run.value(QLatin1String("startedAt")).toString(),
                    run.value(QLatin1String("status")).toString());
    const QString error = run.value(QLatin1String("error")).toString();
    return out + (error.isEmpty() ? QString() : QStringLiteral(": ") + error) + QLatin1Char('\n');
}

} // namespace

int runStatusCommand(const Args &args, const QString &profileDir)
{
    ProfileSettings settings;
    QString error;
    if (!Profile(profileDir).load(&settings, &error)) {
        printError(error);
        return ExitFailed;
    }
    const auto store = openStore(profileDir);
    if (!store)
        return ExitFailed;
    StoreError readError;
    const std::optional<QJsonObject> status = statusJson(profileDir, settings, *store, &readError);
    if (!status) {
        printError(readError.message);
        return ExitFailed;
    }
    if (args.json)
        printJson(*status);
    else
        printText(statusText(*status));
    return ExitOk;
}

} // namespace Tandem::Cli
