#pragma once

#include "sync/model/mapping.h"

#include <optional>

namespace Tandem {

// The lowercase names the mapping file and the dataflow documents use for the enums.
QString dataTypeName(DataType type);
std::optional<DataType> dataTypeFromName(const QString &name);

QString pairOriginName(PairOrigin origin);
std::optional<PairOrigin> pairOriginFromName(const QString &name);

QString pairDirectionName(PairDirection direction);
std::optional<PairDirection> pairDirectionFromName(const QString &name);

QString creationDirectionName(CreationDirection direction);
std::optional<CreationDirection> creationDirectionFromName(const QString &name);

QString conflictPolicyName(ConflictPolicy policy);
std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name);

QString deletionPolicyName(DeletionPolicy policy);
std::optional<DeletionPolicy> deletionPolicyFromName(const QString &name);

} // namespace Tandem
