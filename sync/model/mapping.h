#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tandem {

enum class DataType { String, Integer, Number, Boolean, Date, DateTime };
enum class PairOrigin { Document, Added }; // from the dataflow document, or added by a user
enum class PairDirection { Both, WixToCrmOffice, CrmOfficeToWix };
enum class CreationDirection { WixToCrmOffice, CrmOfficeToWix, LinkOnly };
enum class ConflictPolicy { Ask, Newest, Wix, CrmOffice };
enum class DeletionPolicy { Propagate, Unlink };

// One property pair: a Wix path and a CRMOffice path holding the same fact.
struct PropertyPair
{
    QString wixPath;
    QString crmPath;
    DataType type = DataType::String; // the CRMOffice data type
    PairOrigin origin = PairOrigin::Document;
    PairDirection direction = PairDirection::Both;

    bool operator==(const PropertyPair &) const = default;
};

// One alternative of a flow's match key: the record matches when all these pairs agree
// (after normalisation).
struct MatchRule
{
    QStringList wixPaths;
    QStringList crmPaths;

    bool operator==(const MatchRule &) const = default;
};

// One flow between a Wix collection and a CRMOffice collection.
struct Flow
{
    QString id; // stable key: "contacts", "products"
    QString sourceSystem = QStringLiteral("Wix.com");
    QString sourceCollection; // "Contacts", "Products"
    QString targetSystem = QStringLiteral("CRMOffice");
    QString targetCollection; // "Contacts", "Companies"
    CreationDirection creation = CreationDirection::WixToCrmOffice;
    ConflictPolicy conflictPolicy = ConflictPolicy::Ask;
    DeletionPolicy deletionPolicy = DeletionPolicy::Propagate;
    QList<MatchRule> matchKey;
    QList<PropertyPair> pairs;
    QStringList notes; // what an import could not express (e.g. conditional creation)

    bool operator==(const Flow &) const = default;
};

struct Mapping
{
    QList<Flow> flows;

    const Flow *flow(const QString &id) const;
    bool operator==(const Mapping &) const = default;
};

} // namespace Tandem
