#include "sync/model/fieldcatalog.h"

#include <array>

namespace Tandem {

namespace {

struct KnownField
{
    const char *collection;
    const char *path;
    DataType type;
};

constexpr std::array wixFields{
    KnownField{"contacts", "info.name.first", DataType::String},
    KnownField{"contacts", "info.name.last", DataType::String},
    KnownField{"contacts", "info.company", DataType::String},
    KnownField{"contacts", "info.jobTitle", DataType::String},
    KnownField{"contacts", "info.birthdate", DataType::Date},
    KnownField{"contacts", "primaryInfo.phone", DataType::String},
    KnownField{"contacts", "primaryInfo.email", DataType::String},
    KnownField{"contacts", "createdDate", DataType::DateTime},
    KnownField{"contacts", "updatedDate", DataType::DateTime},
    KnownField{"products", "name", DataType::String},
    KnownField{"products", "slug", DataType::String},
    KnownField{"products", "handle", DataType::String},
    KnownField{"products", "sku", DataType::String},
    KnownField{"products", "description", DataType::String},
    KnownField{"products", "plainDescription", DataType::String},
    KnownField{"products", "productType", DataType::String},
    KnownField{"products", "price", DataType::Number},
    KnownField{"products", "priceData.price", DataType::Number},
    KnownField{"products", "priceData.currency", DataType::String},
    KnownField{"products", "visible", DataType::Boolean},
    KnownField{"products", "stock.quantity", DataType::Integer},
    KnownField{"products", "createdDate", DataType::DateTime},
    KnownField{"products", "updatedDate", DataType::DateTime},
    KnownField{"products", "lastUpdated", DataType::DateTime},
};

constexpr std::array crmFields{
    KnownField{"contacts", "givenName", DataType::String},
    KnownField{"contacts", "familyName", DataType::String},
    KnownField{"contacts", "directPhone", DataType::String},
    KnownField{"contacts", "mobilePhone", DataType::String},
    KnownField{"contacts", "email", DataType::String},
    KnownField{"contacts", "companyId", DataType::String},
    KnownField{"contacts", "createdAt", DataType::DateTime},
    KnownField{"contacts", "updatedAt", DataType::DateTime},
    KnownField{"companies", "name", DataType::String},
    KnownField{"companies", "orgNr", DataType::String},
    KnownField{"companies", "website", DataType::String},
    KnownField{"companies", "phone", DataType::String},
    KnownField{"companies", "createdAt", DataType::DateTime},
    KnownField{"companies", "updatedAt", DataType::DateTime},
};

constexpr std::array wixSynced{
    KnownField{"contacts", "info.name.first", DataType::String},
    KnownField{"contacts", "info.name.last", DataType::String},
    KnownField{"contacts", "primaryInfo.phone", DataType::String},
    KnownField{"contacts", "primaryInfo.email", DataType::String},
    KnownField{"contacts", "info.company", DataType::String},
    KnownField{"contacts", "info.jobTitle", DataType::String},
    KnownField{"contacts", "info.birthdate", DataType::Date},
    KnownField{"contacts", "info.labelKeys", DataType::String},
    KnownField{"contacts", "info.address.addressLine1", DataType::String},
    KnownField{"contacts", "info.address.addressLine2", DataType::String},
    KnownField{"contacts", "info.address.city", DataType::String},
    KnownField{"contacts", "info.address.postalCode", DataType::String},
    KnownField{"contacts", "info.address.subdivision", DataType::String},
    KnownField{"contacts", "info.address.country", DataType::String},
    KnownField{"products", "name", DataType::String},
    KnownField{"products", "visible", DataType::Boolean},
    KnownField{"products", "slug", DataType::String},
    KnownField{"products", "description", DataType::String},
    KnownField{"products", "price", DataType::Number},
};

constexpr std::array crmSynced{
    KnownField{"contacts", "givenName", DataType::String},
    KnownField{"contacts", "familyName", DataType::String},
    KnownField{"contacts", "directPhone", DataType::String},
    KnownField{"contacts", "mobilePhone", DataType::String},
    KnownField{"contacts", "email", DataType::String},
    KnownField{"companies", "name", DataType::String},
    KnownField{"companies", "orgNr", DataType::String},
    KnownField{"companies", "website", DataType::String},
    KnownField{"companies", "phone", DataType::String},
    KnownField{"companies", "postAddress.streetAddress", DataType::String},
    KnownField{"companies", "postAddress.postCode", DataType::String},
    KnownField{"companies", "postAddress.postalArea", DataType::String},
    KnownField{"companies", "postAddress.country", DataType::String},
    KnownField{"companies", "visitAddress.streetAddress", DataType::String},
    KnownField{"companies", "visitAddress.postCode", DataType::String},
    KnownField{"companies", "visitAddress.postalArea", DataType::String},
    KnownField{"companies", "visitAddress.country", DataType::String},
};

template<std::size_t N>
std::optional<DataType> lookUp(const std::array<KnownField, N> &fields, const QString &collection,
                               const QString &path)
{
    for (const KnownField &field : fields) {
        if (collection.compare(QLatin1String(field.collection), Qt::CaseInsensitive) == 0
            && path == QLatin1String(field.path))
            return field.type;
    }
    return std::nullopt;
}

bool isAddressPart(const QString &path)
{
    static const QStringList addresses{QStringLiteral("postAddress."),
                                       QStringLiteral("visitAddress.")};
    static const QStringList parts{QStringLiteral("streetAddress"), QStringLiteral("postCode"),
                                   QStringLiteral("postalArea"), QStringLiteral("country")};
    for (const QString &address : addresses) {
        if (path.startsWith(address) && parts.contains(path.mid(address.size())))
            return true;
    }
    return false;
}

} // namespace

std::optional<DataType> FieldCatalog::wixFieldType(const QString &collection, const QString &path)
{
    // What syncs is known too: its type is declared once, with it.
    const std::optional<DataType> known = lookUp(wixFields, collection, path);
    return known ? known : lookUp(wixSynced, collection, path);
}

std::optional<DataType> FieldCatalog::crmFieldType(const QString &collection, const QString &path)
{
    if (collection.compare(QLatin1String("companies"), Qt::CaseInsensitive) == 0
        && isAddressPart(path))
        return DataType::String;
    return lookUp(crmFields, collection, path);
}

QList<FieldCatalog::Property> FieldCatalog::syncedProperties(Side side, const QString &collection)
{
    QList<Property> properties;
    const auto collect = [&](const auto &fields) {
        for (const KnownField &field : fields) {
            if (collection.compare(QLatin1String(field.collection), Qt::CaseInsensitive) == 0)
                properties.append({QLatin1String(field.path), field.type});
        }
    };
    if (side == Side::Wix)
        collect(wixSynced);
    else
        collect(crmSynced);
    return properties;
}

std::optional<DataType> FieldCatalog::syncedType(Side side, const QString &collection,
                                                 const QString &path)
{
    return side == Side::Wix ? lookUp(wixSynced, collection, path)
                             : lookUp(crmSynced, collection, path);
}

QStringList FieldCatalog::crmRequiredFields(const QString &collection)
{
    if (collection.compare(QLatin1String("companies"), Qt::CaseInsensitive) == 0)
        return {QStringLiteral("name")};
    return {};
}

} // namespace Tandem
