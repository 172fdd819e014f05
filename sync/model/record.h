#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Tandem {

enum class Side { Wix, CrmOffice };

QString sideName(Side side); // "wix" / "crmoffice", for files and JSON
QString serviceName(Side side); // "Wix" / "CRMOffice", for people
Side otherSide(Side side);

// One record as a connector sees it: a flat field map keyed by the mapping's paths
// ("info.name.first", "primaryInfo.phone", "givenName", "postAddress.postCode"), plus the
// identity and the concurrency token the next write must be based on.
struct Record
{
    QString id;
    QString token; // Wix revision, CRMOffice ETag version; empty where the API has none
    QDateTime updatedAt;
    QDateTime createdAt;
    bool deleted = false; // a tombstone (CRMOffice includeDeleted)
    QJsonObject fields; // flat: path -> JSON value; an absent path means "no value"
    // Set when the service listed an item that is not a record (a wrong type, no id): why,
    // naming the collection and the item (its id if any, else its place). Such an item is
    // not synced; the engine reports it as that record's error and goes on.
    QString problem;

    bool operator==(const Record &) const = default;
};

} // namespace Tandem
