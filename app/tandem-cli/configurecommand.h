#pragma once

#include "app/tandem-cli/cliargs.h"

namespace Tandem::Cli {

// `tandem-cli configure`: checks the URLs (https, or http on loopback) and the mapping file,
// then writes the profile's settings (all the window needs to skip its setup) and copies the
// mapping in. Secrets are not touched.
int runConfigureCommand(const Args &args, const QString &profileDir);

} // namespace Tandem::Cli
