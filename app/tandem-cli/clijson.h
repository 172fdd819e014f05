#pragma once

#include "storetypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Tandem::Cli {

// The JSON shapes of `conflicts --json`, `links --json` and `history --json`.
QString resolutionName(Conflict::Resolution resolution); // "open", "wix", "crmoffice", "value"
QString runStatusName(RunRecord::Status status);
QJsonObject conflictToJson(const Conflict &conflict);
QJsonObject linkToJson(const Link &link);
QJsonObject runToJson(const RunRecord &run);

template<typename T, typename F>
QJsonArray toJsonArray(const QList<T> &items, F convert)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(convert(item));
    return array;
}

} // namespace Tandem::Cli
