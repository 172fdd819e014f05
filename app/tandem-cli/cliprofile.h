#pragma once

#include <QString>

namespace Tandem::Cli {

// The absolute profile folder a command works on: --profile, or Profile::defaultDir(), the one
// the desktop app uses too.
QString resolveProfileDir(const QString &given);

} // namespace Tandem::Cli
