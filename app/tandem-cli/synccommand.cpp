#include "app/tandem-cli/synccommand.h"

#include "app/tandem-cli/clioutput.h"
#include "app/tandem-cli/clitext.h"
#include "app/tandem-cli/progressline.h"
#include "app/tandem-cli/sigintwatcher.h"
#include "app/tandem-cli/storecommands.h"
#include "sync/runtime/synccontroller.h"

#include <QEventLoop>
#include <QLoggingCategory>

#include <cstdio>

Q_LOGGING_CATEGORY(lcCliRun, "tandem.cli.run", QtWarningMsg)

namespace Tandem::Cli {

int exitCodeFor(const RunSummary &summary)
{
    switch (summary.status) {
    case RunRecord::Status::Ok:
        return ExitOk;
    case RunRecord::Status::Conflicts:
    case RunRecord::Status::Partial: // an undo that left writes whose records changed since
        return ExitConflicts;
    case RunRecord::Status::Guarded:
        return ExitGuarded;
    case RunRecord::Status::Running:
    case RunRecord::Status::Failed:
    case RunRecord::Status::Cancelled:
        return ExitFailed;
    }
    return ExitFailed;
}

int runSyncCommand(const Args &args, const QString &profileDir)
{
    // Before the worker tries to lock the profile: a missing folder is not "another process".
    if (!requireProfile(profileDir))
        return ExitFailed;
    RunOptions options;
    options.dryRun = args.dryRun;
    options.forceDeletes = args.forceDeletes;
    if (args.command == Command::Undo)
        options.undoRunId = args.runId;
    if (args.flow != QLatin1String("all"))
        options.flowIds = QStringList{args.flow};

    SyncController controller(profileDir);
    ProgressLine progress;
    SigintWatcher sigint;
    QEventLoop loop;
    std::optional<RunSummary> summary;
    QString refusal;

    QObject::connect(&controller, &SyncController::progressChanged, &loop,
                     [&progress](const RunProgress &p) { progress.show(p); });
    // The engine's log lines are for `QT_LOGGING_RULES="tandem.cli.run.info=true"`.
    QObject::connect(&controller, &SyncController::logLine, &loop,
                     [](const QString &line) { qCInfo(lcCliRun).noquote() << line; });
    QObject::connect(&controller, &SyncController::runFinished, &loop, [&](const RunSummary &s) {
        summary = s;
        loop.quit();
    });
    QObject::connect(&controller, &SyncController::runRefused, &loop, [&](const QString &reason) {
        refusal = reason;
        loop.quit();
    });
    QObject::connect(&sigint, &SigintWatcher::interrupted, &loop, [&controller, &progress] {
        progress.clear();
        std::fputs(qPrintable(QStringLiteral("Cancelling: finishing the record in "
                                             "hand (Ctrl+C again to stop at once)\n")),
                   stderr);
        controller.cancel();
    });

    controller.start(options);
    loop.exec();
    progress.clear();

    if (!summary) {
        printError(refusal);
        return ExitFailed;
    }
    if (args.json)
        printJson(summary->toJson());
    else
        printText(summaryText(*summary));
    const int exitCode = exitCodeFor(*summary);
    // Why it stopped, where scripts look for errors; the summary above stays on stdout.
    if (exitCode == ExitFailed)
        printError(summary->message);
    else if (exitCode == ExitGuarded && args.command == Command::Undo)
        printError(QStringLiteral("%1 To delete them, run `tandem-cli undo %2 --force-deletes`.")
                       .arg(summary->message)
                       .arg(args.runId));
    else if (exitCode == ExitGuarded)
        printError(QStringLiteral("%1 Nothing was deleted; to delete them, run "
                                  "`tandem-cli sync --force-deletes`.")
                       .arg(summary->message));
    return exitCode;
}

} // namespace Tandem::Cli
