#pragma once

#include "sync/store/statestore.h"

namespace Tandem::StoreFile {

// Makes `path` ready for SQLite without letting SQLite touch a file that is not ours: an
// existing non-empty file must start with the SQLite header (else Corrupt, file untouched);
// a missing file is created empty with mode 0600; group/other permission bits on the file
// and its -wal/-shm companions are removed. `created` says whether the file is new.
StoreError prepare(const QString &path, bool *created);

} // namespace Tandem::StoreFile
