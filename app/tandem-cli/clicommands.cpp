#include "app/tandem-cli/clicommands.h"

#include "app/tandem-cli/clioutput.h"
#include "app/tandem-cli/cliprofile.h"
#include "app/tandem-cli/configurecommand.h"
#include "app/tandem-cli/statuscommand.h"
#include "app/tandem-cli/storecommands.h"
#include "app/tandem-cli/synccommand.h"
#include "sync/runtime/syncworker.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Tandem::Cli {

int runCommand(const Args &args)
{
    switch (args.command) {
    case Command::Help:
        printText(usageText());
        return ExitOk;
    case Command::Version:
        printText(QStringLiteral("tandem-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    default:
        break;
    }
    registerSyncMetaTypes();
    const QString profileDir = resolveProfileDir(args.profileDir);
    switch (args.command) {
    case Command::Sync:
    case Command::Undo:
        return runSyncCommand(args, profileDir);
    case Command::Conflicts:
        return runConflictsCommand(args, profileDir);
    case Command::Resolve:
        return runResolveCommand(args, profileDir);
    case Command::Links:
        return runLinksCommand(args, profileDir);
    case Command::History:
        return runHistoryCommand(args, profileDir);
    case Command::Status:
        return runStatusCommand(args, profileDir);
    case Command::Configure:
        return runConfigureCommand(args, profileDir);
    case Command::Help:
    case Command::Version:
        break;
    }
    return ExitUsage;
}

} // namespace Tandem::Cli
