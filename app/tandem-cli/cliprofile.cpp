#include "cliprofile.h"

#include "profile.h"

#include <QDir>

namespace Tandem::Cli {

QString resolveProfileDir(const QString &given)
{
    return QDir(given.isEmpty() ? Profile::defaultDir() : given).absolutePath();
}

} // namespace Tandem::Cli
