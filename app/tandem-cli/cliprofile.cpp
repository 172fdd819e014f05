#include "app/tandem-cli/cliprofile.h"

#include "sync/store/profile.h"

#include <QDir>

namespace Tandem::Cli {

QString resolveProfileDir(const QString &given)
{
    return QDir(given.isEmpty() ? Profile::defaultDir() : given).absolutePath();
}

} // namespace Tandem::Cli
