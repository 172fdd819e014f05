#include "sync/model/mappingenums.h"

#include <array>
#include <utility>

namespace Tandem {

namespace {

template<typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, const char *>, N>;

constexpr NameTable<DataType, 6> dataTypeNames{{
    {DataType::String, "string"},
    {DataType::Integer, "integer"},
    {DataType::Number, "number"},
    {DataType::Boolean, "boolean"},
    {DataType::Date, "date"},
    {DataType::DateTime, "datetime"},
}};

constexpr NameTable<PairOrigin, 2> pairOriginNames{{
    {PairOrigin::Document, "document"},
    {PairOrigin::Added, "added"},
}};

constexpr NameTable<PairDirection, 3> pairDirectionNames{{
    {PairDirection::Both, "both"},
    {PairDirection::WixToCrmOffice, "wix-to-crmoffice"},
    {PairDirection::CrmOfficeToWix, "crmoffice-to-wix"},
}};

constexpr NameTable<CreationDirection, 3> creationDirectionNames{{
    {CreationDirection::WixToCrmOffice, "wix-to-crmoffice"},
    {CreationDirection::CrmOfficeToWix, "crmoffice-to-wix"},
    {CreationDirection::LinkOnly, "link-only"},
}};

constexpr NameTable<ConflictPolicy, 4> conflictPolicyNames{{
    {ConflictPolicy::Ask, "ask"},
    {ConflictPolicy::Newest, "newest"},
    {ConflictPolicy::Wix, "wix"},
    {ConflictPolicy::CrmOffice, "crmoffice"},
}};

constexpr NameTable<DeletionPolicy, 2> deletionPolicyNames{{
    {DeletionPolicy::Propagate, "propagate"},
    {DeletionPolicy::Unlink, "unlink"},
}};

template<typename Enum, std::size_t N> QString nameOf(const NameTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N> &table, const QString &name)
{
    for (const auto &[e, n] : table) {
        if (name == QLatin1String(n))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString dataTypeName(DataType type)
{
    return nameOf(dataTypeNames, type);
}

std::optional<DataType> dataTypeFromName(const QString &name)
{
    return valueOf(dataTypeNames, name);
}

QString pairOriginName(PairOrigin origin)
{
    return nameOf(pairOriginNames, origin);
}

std::optional<PairOrigin> pairOriginFromName(const QString &name)
{
    return valueOf(pairOriginNames, name);
}

QString pairDirectionName(PairDirection direction)
{
    return nameOf(pairDirectionNames, direction);
}

std::optional<PairDirection> pairDirectionFromName(const QString &name)
{
    return valueOf(pairDirectionNames, name);
}

QString creationDirectionName(CreationDirection direction)
{
    return nameOf(creationDirectionNames, direction);
}

std::optional<CreationDirection> creationDirectionFromName(const QString &name)
{
    return valueOf(creationDirectionNames, name);
}

QString conflictPolicyName(ConflictPolicy policy)
{
    return nameOf(conflictPolicyNames, policy);
}

std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name)
{
    return valueOf(conflictPolicyNames, name);
}

QString deletionPolicyName(DeletionPolicy policy)
{
    return nameOf(deletionPolicyNames, policy);
}

std::optional<DeletionPolicy> deletionPolicyFromName(const QString &name)
{
    return valueOf(deletionPolicyNames, name);
}

} // namespace Tandem
