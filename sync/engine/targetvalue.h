#pragma once

#include "sync/model/mapping.h"
#include "sync/model/record.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace Tandem {

// The value to send to `target` for a pair: coerced to the pair's CRMOffice data type when
// the target is CRMOffice (docs/architecture.md#bad-input: an error, never a silent
// truncation). Wix takes the value as it is.
std::optional<QJsonValue> valueForTarget(const QJsonValue &value, const PropertyPair &pair,
                                         Side target, QString *error);

} // namespace Tandem
