#pragma once

#include "app/tandem-cli/cliargs.h"

namespace Tandem::Cli {

// Runs one parsed command and returns the process exit code (see ExitCode).
int runCommand(const Args &args);

} // namespace Tandem::Cli
