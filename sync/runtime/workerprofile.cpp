#include "sync/runtime/workerprofile.h"

#include "sync/model/mappingjson.h"
#include "sync/store/profile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Tandem {

QString WorkerProfile::storePath(const QString &profileDir)
{
    return Profile(profileDir).storePath();
}

QString WorkerProfile::lockFilePath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("sync.lock"));
}

QString WorkerProfile::mappingPath(const QString &profileDir)
{
    return Profile(profileDir).mappingPath();
}

std::optional<Mapping> WorkerProfile::mapping(const QString &profileDir, QString *error)
{
    const QString path = mappingPath(profileDir);
    if (!QFileInfo::exists(path))
        return defaultMapping();
    return loadMappingFile(path, error);
}

QString WorkerProfile::phoneRegion(const QString &profileDir)
{
    ProfileSettings settings;
    if (Profile(profileDir).load(&settings, nullptr) && !settings.phoneRegion.isEmpty())
        return settings.phoneRegion;
    return QLocale::territoryToCode(QLocale::system().territory());
}

int WorkerProfile::historyKeepDays(const QString &profileDir)
{
    ProfileSettings settings;
    // Unreadable settings prune nothing: they may ask to keep more than the default.
    if (!Profile(profileDir).load(&settings, nullptr))
        return 0;
    return settings.historyKeepDays;
}

StoreAccounts WorkerProfile::accounts(const QString &profileDir)
{
    ProfileSettings settings;
    if (!Profile(profileDir).load(&settings, nullptr))
        return {};
    return StoreAccounts::of(settings);
}

} // namespace Tandem
