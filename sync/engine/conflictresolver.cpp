#include "sync/engine/conflictresolver.h"

#include <QCoreApplication>

namespace Tandem {

ConflictResolver::Result ConflictResolver::resolve(StateStore &store, qint64 conflictId,
                                                   Conflict::Resolution resolution,
                                                   const QJsonValue &value)
{
    StoreRead<std::optional<Conflict>> read = store.conflict(conflictId);
    if (!read.ok())
        return {read.error.message};
    std::optional<Conflict> &conflict = read.value;
    if (!conflict)
        return {tr("There is no conflict %1.").arg(conflictId)};
    if (conflict->resolution != Conflict::Resolution::Open)
        return {tr("Conflict %1 is already resolved; the next sync applies it.").arg(conflictId)};
    if (resolution == Conflict::Resolution::Open)
        return {tr("Choose the Wix value, the CRMOffice value or a value of your own.")};
    if (resolution == Conflict::Resolution::Value && value.isUndefined())
        return {tr("Conflict %1: no value given.").arg(conflictId)};

    conflict->resolution = resolution;
    conflict->resolvedValue = resolution == Conflict::Resolution::Value ? value : QJsonValue();
    conflict->resolvedAt = QDateTime::currentDateTimeUtc();
    const StoreError saved = store.saveConflict(*conflict);
    if (!saved.ok())
        return {saved.message};
    return {};
}

} // namespace Tandem
