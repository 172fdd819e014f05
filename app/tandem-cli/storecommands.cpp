#include "app/tandem-cli/storecommands.h"

#include "app/tandem-cli/clijson.h"
#include "app/tandem-cli/clioutput.h"
#include "app/tandem-cli/clitext.h"
#include "sync/engine/conflictresolver.h"
#include "sync/runtime/workerprofile.h"
#include "sync/store/statestore.h"

#include <QFileInfo>
#include <QJsonArray>

#include <memory>

namespace Tandem::Cli {

bool requireProfile(const QString &profileDir)
{
    if (QFileInfo(profileDir).isDir())
        return true;
    printError(QStringLiteral("there is no profile at %1; run `tandem-cli "
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
    // Without a readable mapping the records are still named from what Tandem last saw.
    QString mappingError;
    const Mapping mapping = WorkerProfile::mapping(profileDir, &mappingError).value_or(Mapping{});
    const StoreRead<QList<ConflictRecord>> records =
        ConflictRecord::load(*store, mapping, conflicts.value);
    if (!records.ok()) {
        printError(records.error.message);
        return ExitFailed;
    }
    if (args.json) {
        QJsonArray array;
        for (const Conflict &c : conflicts.value)
            array.append(conflictToJson(c, ConflictRecord::forLink(records.value, c.linkId)));
        printJson(array);
    } else {
        printText(conflictsText(conflicts.value, records.value));
    }
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
    printText(QStringLiteral("Conflict %1 resolved; the next sync writes it to both "
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
    HistoryQuery query = args.history;
    query.offset = (args.page - 1) * query.limit;
    const StoreRead<RunPage> page = store->runPage(query);
    if (!page.ok()) {
        printError(page.error.message);
        return ExitFailed;
    }
    // With a record or action asked for, each run shows the entries that matched.
    QList<QList<RunEntry>> entries;
    for (const RunRecord &run : page.value.runs) {
        if (!query.filtersEntries())
            break;
        const StoreRead<QList<RunEntry>> found = store->entries(run.id, query);
        if (!found.ok()) {
            printError(found.error.message);
            return ExitFailed;
        }
        entries.append(found.value);
    }
    if (args.json)
        printJson(historyToJson(page.value, entries));
    else
        printText(historyText(page.value, entries, query));
    return ExitOk;
}

} // namespace Tandem::Cli
