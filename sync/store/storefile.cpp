#include "sync/store/storefile.h"

#include "sync/store/storelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Tandem::StoreFile {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

void restrictPermissions(const QString &path)
{
    QFile file(path);
    if (!file.exists() || !(file.permissions() & kOthers))
        return;
    if (file.setPermissions(kOwnerOnly))
        qCInfo(lcStore) << "made" << path << "readable by its owner only";
    else
        qCWarning(lcStore) << "could not restrict the permissions of" << path;
}

StoreError checkHeader(const QString &path)
{
    static const QByteArray header("SQLite format 3\0", 16);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {
            StoreError::Kind::Io,
            StateStore::tr("The state store %1 cannot be read: %2.").arg(path, file.errorString())};
    if (file.read(header.size()) != header)
        return {
            StoreError::Kind::Corrupt,
            StateStore::tr("The state store %1 is not an SQLite database (damaged or a different "
                           "file); it was left untouched.")
                .arg(path)};
    return {};
}

} // namespace

StoreError prepare(const QString &path, bool *created)
{
    *created = false;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return {StoreError::Kind::Io,
                StateStore::tr("The folder of the state store %1 does not exist.").arg(path)};
    if (info.exists()) {
        if (!info.isFile())
            return {StoreError::Kind::Io,
                    StateStore::tr("The state store %1 is not a regular file.").arg(path)};
        if (info.size() > 0) {
            if (StoreError error = checkHeader(path); !error.ok())
                return error;
        } else {
            *created = true;
        }
    } else {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return {StoreError::Kind::Io,
                    StateStore::tr("The state store %1 cannot be created: %2.")
                        .arg(path, file.errorString())};
        *created = true;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        restrictPermissions(path + QLatin1String(suffix));
    return {};
}

} // namespace Tandem::StoreFile
