#pragma once

#include "sync/store/statestore.h"

namespace Tandem {

class StoreConnection;

// The store's tables and their history. Each step brings the file from version N to N+1
// (PRAGMA user_version); steps are never edited once released, only appended.
namespace StoreSchema {

int latestVersion();

// Reads the file's version, refusing one newer than latestVersion() (NewerSchema) and an
// SQLite file that belongs to another program (Corrupt). Writes nothing.
StoreError check(StoreConnection &connection, int *version);

// Runs the missing steps from `version` in one transaction.
StoreError upgrade(StoreConnection &connection, int version);

} // namespace StoreSchema
} // namespace Tandem
