#pragma once

#include "app/tandem-cli/cliargs.h"
#include "sync/engine/runsummary.h"

namespace Tandem::Cli {

// `tandem-cli sync` and `undo RUN`: one run on the worker thread, a progress line on a terminal,
// Ctrl+C cancels it cleanly. Returns the exit code.
int runSyncCommand(const Args &args, const QString &profileDir);

int exitCodeFor(const RunSummary &summary);

} // namespace Tandem::Cli
