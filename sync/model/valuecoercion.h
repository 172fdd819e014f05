#pragma once

#include "sync/model/mapping.h"

#include <QJsonValue>

#include <optional>

namespace Tandem {

struct CoercionLimits
{
    qsizetype maxStringLength = 255; // characters (code points); CRMOffice's limit
    qint64 minInteger = -(qint64(1) << 53); // what a JSON number holds exactly
    qint64 maxInteger = qint64(1) << 53;
};

// Converts a source value to the target data type, or fails with a message naming the value
// and the type. Never truncates or rounds: a value that does not fit is an error.
// Null and undefined stay null (the field is cleared). Dates are "YYYY-MM-DD"; datetimes are
// RFC 3339 with an offset, returned in UTC ("2024-09-27T08:00:00Z", milliseconds when non-zero).
std::optional<QJsonValue> coerce(const QJsonValue &value, DataType type, QString *error);
std::optional<QJsonValue> coerce(const QJsonValue &value, DataType type,
                                 const CoercionLimits &limits, QString *error);

} // namespace Tandem
