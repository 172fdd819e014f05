#pragma once

#include "sync/store/historyquery.h"

#include <QString>
#include <QStringList>

namespace Tandem::Cli {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitConflicts = 3, ExitGuarded = 4 };

enum class Command {
    Help,
    Version,
    Sync,
    Undo,
    Conflicts,
    Resolve,
    Links,
    History,
    Status,
    Configure
};

// The command line, understood. Secrets are never part of it.
struct Args
{
    Command command = Command::Help;
    QString profileDir; // empty = the default profile
    bool json = false;

    // sync
    bool dryRun = false;
    QString flow = QStringLiteral("all"); // contacts | products | all
    bool forceDeletes = false;

    // undo (with dryRun, forceDeletes)
    qint64 runId = 0;

    // resolve
    qint64 conflictId = 0;
    QString take; // wix | crmoffice
    QString value;
    bool hasValue = false;

    // configure
    QString wixUrl;
    QString wixSiteId;
    QString crmUrl;
    QString mappingFile;
    QString region; // ISO 3166 country code, upper case
    int keepDays = 0; // days of history to keep; 0 leaves the profile's setting

    // history: the filter and the page (the first page is 1)
    HistoryQuery history;
    int page = 1;
};

struct ParseResult
{
    Args args;
    QString error; // set on a usage error: what was wrong, never the value of a secret
    bool ok() const { return error.isEmpty(); }
};

// argv without the program name. Options may come before or after the command word.
ParseResult parseArgs(const QStringList &arguments);
QString usageText();

} // namespace Tandem::Cli
