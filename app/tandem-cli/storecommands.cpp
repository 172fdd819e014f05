#include "storecommands.h"

#include "clijson.h"
#include "clioutput.h"
#include "clitext.h"
#include "conflictresolver.h"
#include "statestore.h"
#include "workerprofile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace Tandem::Cli {

bool requireProfile(const QString &profileDir)
{
    if (QFileInfo(profileDir).isDir())
        return true;
    printError(CliMessages::tr("there is no profile at %1; run `tandem-cli "
                               "--profile %1 configure ...` first")
                   .arg(profileDir));
    return false;
}

std::unique_ptr<StateStore> openStore(const QString &profileDir)
{
    if (!requireProfile(profileDir))
        return nullptr;
    auto store = std::make_unique<StateStore>(WorkerProfile::storePath(profileDir),
                                              QStringLiteral("tandem.cli"));
    const StoreError error = store->open();
    if (!error.ok()) {
        printError(error.message);
        return nullptr;
    }
    return store;
}

int runConflictsCommand(const Args &args, const QString &profileDir)
{
    const auto store = openStore(profileDir);
    if (!store)
        return ExitFailed;
    const StoreRead<QList<Conflict>> conflicts = store->openConflicts();
    if (!conflicts.ok()) {
        printError(conflicts.error.message);
        return ExitFailed;
    }
    if (args.json)
        printJson(toJsonArray(conflicts.value, conflictToJson));
    else
        printText(conflictsText(conflicts.value));
    return ExitOk;
}

int runResolveCommand(const Args &args, const QString &profileDir)
{
    const auto store = openStore(profileDir);
    if (!store)
        return ExitFailed;
    Conflict::Resolution resolution = Conflict::Resolution::Value;
    if (args.take == QLatin1String("wix"))
        resolution = Conflict::Resolution::TakeWix;
    else if (args.take == QLatin1String("crmoffice"))
        resolution = Conflict::Resolution::TakeCrmOffice;
    const ConflictResolver::Result result = ConflictResolver::resolve(
        *store, args.conflictId, resolution,
        args.hasValue ? QJsonValue(args.value) : QJsonValue(QJsonValue::Undefined));
    if (!result.ok()) {
        printError(result.error);
        return ExitFailed;
    }
    printText(CliMessages::tr("Conflict %1 resolved; the next sync writes it to both "
                              "sides.\n")
                  .arg(args.conflictId));
    return ExitOk;
}

int runLinksCommand(const Args &args, const QString &profileDir)
{
    const auto store = openStore(profileDir);
    if (!store)
        return ExitFailed;
    const StoreRead<QList<Link>> links = store->links();
    if (!links.ok()) {
        printError(links.error.message);
        return ExitFailed;
    }
    if (args.json)
        printJson(toJsonArray(links.value, linkToJson));
    else
        printText(linksText(links.value));
    return ExitOk;
}

int runHistoryCommand(const Args &args, const QString &profileDir)
{
    const auto store = openStore(profileDir);
    if (!store)
        return ExitFailed;
    const StoreRead<QList<RunRecord>> runs = store->runs();
    if (!runs.ok()) {
        printError(runs.error.message);
        return ExitFailed;
    }
    if (args.json)
        printJson(toJsonArray(runs.value, runToJson));
    else
        printText(historyText(runs.value));
    return ExitOk;
}

} // namespace Tandem::Cli
