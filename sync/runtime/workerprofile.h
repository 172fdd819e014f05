#pragma once

#include "sync/model/mapping.h"
#include "sync/store/storeaccounts.h"

#include <QString>

#include <optional>

namespace Tandem {

// What a run needs to know about its profile folder: where the store and the mapping are. The
// file names come from Profile, the one place that lays out a profile folder.
class WorkerProfile
{
public:
    static QString storePath(const QString &profileDir);
    static QString lockFilePath(const QString &profileDir);
    static QString mappingPath(const QString &profileDir); // may not exist: the default applies
    // The profile's mapping file, or the shipped mapping when the profile has none.
    static std::optional<Mapping> mapping(const QString &profileDir, QString *error);
    // The profile's phone region, or the system locale's when the profile sets none.
    static QString phoneRegion(const QString &profileDir);
    // How many days of history the profile keeps; 0 (prune nothing) when unreadable.
    static int historyKeepDays(const QString &profileDir);
    // The accounts the profile names; empty when its settings cannot be read.
    static StoreAccounts accounts(const QString &profileDir);
};

} // namespace Tandem
