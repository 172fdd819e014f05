#include "sync/store/statereset.h"

#include "sync/store/storelog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Tandem {

namespace {

QString backupPathFor(const QString &storePath, const QString &oldSite)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString site = oldSite.left(40);
    site.replace(unsafe, QStringLiteral("_"));
    const QDir dir = QFileInfo(storePath).absoluteDir();
    const QString stem =
        QStringLiteral("state-%1-%2")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                 site.isEmpty() ? QStringLiteral("unknown") : site);
    QString path = dir.filePath(stem + QStringLiteral(".sqlite.bak"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.sqlite.bak").arg(stem).arg(n));
    return path;
}

} // namespace

StateReset::Outcome StateReset::adopt(const QString &storePath, const StoreAccounts &accounts,
                                      const QString &connectionName)
{
    if (accounts.isEmpty() || !QFileInfo::exists(storePath))
        return {};
    StoreAccounts recorded;
    {
        StateStore store(storePath, connectionName);
        if (const StoreError e = store.open(); !e.ok())
            return {false, {}, e.message};
        const StoreRead<StoreAccounts> read = StoreAccounts::recordedIn(store);
        if (!read.ok())
            return {false, {}, read.error.message};
        recorded = read.value;
    } // closed: the last connection's close folds the write-ahead log into the file
    if (recorded.isEmpty() || recorded == accounts)
        return {};
    return moveAside(storePath, recorded, accounts);
}

StateReset::Outcome StateReset::moveAside(const QString &storePath, const StoreAccounts &before,
                                          const StoreAccounts &now)
{
    // A log left after our close belongs to a connection of another program: moving the file
    // under it would split the state in two.
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFileInfo::exists(storePath + QLatin1String(suffix)))
            return {false,
                    {},
                    tr("The accounts changed, but the sync state %1 is in use by another Tandem "
                       "program. Close it and try again; until then no sync runs.")
                        .arg(storePath)};
    }
    const QString backup = backupPathFor(storePath, before.wixSiteId);
    QFile file(storePath);
    if (!file.rename(backup))
        return {false,
                {},
                tr("The accounts changed, but the sync state %1 could not be moved aside: %2. "
                   "No sync runs until it is.")
                    .arg(storePath, file.errorString())};
    qCInfo(lcStore) << "accounts changed: moved the sync state to" << backup;
    return {true, backup,
            tr("The accounts changed (before: Wix site %1 and CRMOffice %2; now: Wix site %3 and "
               "CRMOffice %4). "
               "Tandem starts from a fresh sync state; the old one is kept as %5. Nothing is "
               "deleted on either service because of the change.")
                .arg(before.wixSiteId, before.crmUrl, now.wixSiteId, now.crmUrl, backup)};
}

} // namespace Tandem
