#pragma once

#include "sync/model/mapping.h"
#include "sync/store/statestore.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Tandem {

// One mapped property of a record in conflict, as each side holds it.
struct ConflictField
{
    QString wixPath;
    QString crmPath;
    QJsonValue wixValue;
    QJsonValue crmValue;
    bool conflicting = false; // an open conflict waits on this field

    bool operator==(const ConflictField &) const = default;
};

// The record behind one link's open conflicts, as a person knows it: its name, both services'
// ids, and every mapped property from both sides. A side's values are what Tandem last saw
// there (the link's base), with the conflicting fields' current values over them.
struct ConflictRecord
{
    qint64 linkId = 0;
    QString flowId;
    QString name; // RecordName; empty when the fields hold none
    QString wixId;
    QString crmId;
    QList<ConflictField> fields; // the flow's property pairs, in the mapping's order

    bool operator==(const ConflictRecord &) const = default;

    // One per link among `conflicts`, in their order. A flow the mapping no longer has shows
    // the conflicting fields only.
    static StoreRead<QList<ConflictRecord>> load(const StateStore &store, const Mapping &mapping,
                                                 const QList<Conflict> &conflicts);
    // One link's conflicts alone, when its record was not loaded: those fields, no name.
    static ConflictRecord ofConflicts(const QList<Conflict> &conflicts);
    // The one of `records` on link `linkId`; an empty one (no name, no ids) when none is.
    static ConflictRecord forLink(const QList<ConflictRecord> &records, qint64 linkId);
};

} // namespace Tandem
