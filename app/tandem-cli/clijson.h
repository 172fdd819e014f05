#pragma once

#include "sync/engine/conflictrecord.h"
#include "sync/store/historyquery.h"
#include "sync/store/storetypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Tandem::Cli {

// The JSON shapes of `conflicts --json`, `links --json` and `history --json`.
// With the record it is on: its name and both services' ids (ConflictRecord).
QJsonObject conflictToJson(const Conflict &conflict, const ConflictRecord &record);
QJsonObject linkToJson(const Link &link);
QJsonObject runToJson(const RunRecord &run);

QJsonObject entryToJson(const RunEntry &entry);

template<typename T, typename F> QJsonArray toJsonArray(const QList<T> &items, F convert)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(convert(item));
    return array;
}

// One page of runs; when `entries` is given (a filtered history), the i-th run carries the
// i-th list as "entries".
QJsonArray historyToJson(const RunPage &page, const QList<QList<RunEntry>> &entries);

} // namespace Tandem::Cli
