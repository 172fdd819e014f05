#pragma once

#include "app/tandem-cli/cliargs.h"

namespace Tandem::Cli {

// `tandem-cli status`: the accounts, where their secrets come from, the product catalog the
// Wix site runs, the last run and the open conflicts.
int runStatusCommand(const Args &args, const QString &profileDir);

} // namespace Tandem::Cli
