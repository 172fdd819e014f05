#pragma once

#include "mapping.h"

#include <optional>

namespace Tandem {

// What Tandem knows of the two APIs' fields (docs/contracts/wix.md,
// docs/contracts/crmoffice.md): the type of the values a path holds, and the fields a record
// cannot be created without. Paths not listed are unknown, not wrong: a user may map fields
// this table does not describe.
class FieldCatalog
{
public:
    static std::optional<DataType> wixFieldType(const QString &collection, const QString &path);
    static std::optional<DataType> crmFieldType(const QString &collection, const QString &path);
    static QStringList crmRequiredFields(const QString &collection);
};

} // namespace Tandem
