#pragma once

#include "sync/model/mapping.h"
#include "sync/model/record.h"

#include <optional>

namespace Tandem {

// What Tandem knows of the two APIs' fields (docs/contracts/wix.md,
// docs/contracts/crmoffice.md): the type of the values a path holds, and the fields a record
// cannot be created without; and of those, the properties the connectors read and write,
// which are the only ones a mapping may pair.
class FieldCatalog
{
public:
    static std::optional<DataType> wixFieldType(const QString &collection, const QString &path);
    static std::optional<DataType> crmFieldType(const QString &collection, const QString &path);
    static QStringList crmRequiredFields(const QString &collection);

    // The properties the connectors read and write, with their types: the only ones a mapping
    // may pair. Wix contacts (WixContactsClient): the name, the primary phone and email, the
    // company, the job title, the birthdate, the label keys (one comma-separated string) and
    // the parts of the first address (info.address.<part>);
    // Wix products: those both catalogs' clients carry (name, visible, slug, description, the
    // price of a product without options), so a mapping holds when the site changes catalog;
    // CRMOffice contacts and companies: the contract's fields, addresses by their parts. A
    // round-trip test against the sandbox writes and reads back each one.
    struct Property
    {
        QString path;
        DataType type;
    };
    static QList<Property> syncedProperties(Side side, const QString &collection);
    static std::optional<DataType> syncedType(Side side, const QString &collection,
                                              const QString &path);
};

} // namespace Tandem
