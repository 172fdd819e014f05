#include "app/tandem-cli/configurecommand.h"

#include "app/tandem-cli/clioutput.h"
#include "app/tandem-cli/clitext.h"
#include "sync/model/mappingjson.h"
#include "sync/model/mappingvalidator.h"
#include "sync/store/profile.h"
#include "sync/store/statereset.h"

namespace Tandem::Cli {

int runConfigureCommand(const Args &args, const QString &profileDir)
{
    const Profile profile(profileDir);
    ProfileSettings settings;
    QString error;
    // Keeps what the desktop app set (schedule, language, phone region, sign-in kind, history).
    if (!profile.load(&settings, &error)) {
        printError(error);
        return ExitFailed;
    }
    settings.wixUrl = args.wixUrl;
    settings.wixSiteId = args.wixSiteId.trimmed();
    settings.crmUrl = args.crmUrl;
    // The sign-in kind is the last thing the window's setup asks for: without it the window
    // opens the setup again. The command line signs in with an API token (from the keychain or
    // TANDEM_CRMOFFICE_TOKEN); a browser sign-in the window made is kept.
    if (settings.crmAuth.isEmpty())
        settings.crmAuth = QStringLiteral("token");
    if (!args.region.isEmpty())
        settings.phoneRegion = args.region;
    if (args.keepDays > 0)
        settings.historyKeepDays = args.keepDays;
    std::optional<Mapping> mapping;
    if (!args.mappingFile.isEmpty()) {
        mapping = loadMappingFile(args.mappingFile, &error);
        if (!mapping) {
            printError(error);
            return ExitFailed;
        }
        // A pair no connector reads or writes would only look synced.
        const QStringList unsynced =
            MappingValidator::messages(MappingValidator().unsyncedProperties(*mapping));
        if (!unsynced.isEmpty()) {
            printError(QStringLiteral("mapping file %1: %2")
                           .arg(args.mappingFile, unsynced.join(QLatin1Char('\n'))));
            return ExitFailed;
        }
    }
    if (!profile.save(settings, &error)
        || (mapping && !saveMappingFile(*mapping, profile.mappingPath(), &error))) {
        printError(error);
        return ExitFailed;
    }
    printText(QStringLiteral("Profile saved in %1. Secrets come from the keychain, or from "
                             "TANDEM_WIX_API_KEY and TANDEM_CRMOFFICE_TOKEN.\n")
                  .arg(profileDir));
    // Another site or CRMOffice: the old links would read as deletions there.
    const StateReset::Outcome reset = StateReset::adopt(
        profile.storePath(), StoreAccounts::of(settings), QStringLiteral("tandem.configure"));
    if (!reset.ok) {
        printError(reset.message);
        return ExitFailed;
    }
    if (!reset.message.isEmpty())
        printText(reset.message + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace Tandem::Cli
