#pragma once

#include "sync/model/perside.h"
#include "sync/store/statestore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tandem {

// What the reconcile phase decided for one link or one unlinked record (pure data).
struct RecordDecision
{
    enum class Kind {
        Sync, // an existing link: field writes, conflicts, new bases
        Create, // copy an unlinked record to the other side
        Link, // pair two existing unlinked records found by the match key
        Delete, // the partner of a deleted record goes too
        Unlink, // forget the link, touch no record
    };
    Kind kind = Kind::Sync;
    Link link; // the stored link; for Create/Link a new one (id 0) with the known ids
    // Current records as read this run, per side; none when not read.
    PerSide<std::optional<Record>> current;
    PerSide<QJsonObject> writes; // per side: that side's paths -> value to send
    PerSide<QList<int>> writtenPairs; // per side: indices of the flow's pairs written
    PerSide<QJsonObject> seen; // per side: the mapped values taken as current
    QList<int> conflictPairs; // pairs left in conflict: their bases stay
    QList<Conflict> conflicts; // open conflicts to save (new or refreshed)
    QList<qint64> settledConflicts; // stored conflicts to remove once written
    QList<Conflict> stored; // the link's stored conflicts (for re-merging)
    PerSide<QDateTime> readAt; // per side: updatedAt of what was read (or tombstone)
    Side target = Side::CrmOffice; // for Create and Delete
    QString reason; // why (match key used, deletion source, ...)
    QString error; // a per-record error found while reconciling
    Side errorSide = Side::CrmOffice;
    bool transientError = false; // true: the record must be read again next run
    bool rebase = false; // the bases or tokens move even without a write
    bool recreate = false; // Unlink: the kept record is created again on the other side

    bool hasWrites() const
    {
        return !writes[Side::Wix].isEmpty() || !writes[Side::CrmOffice].isEmpty();
    }
    bool isNoop() const
    {
        return kind == Kind::Sync && !hasWrites() && !rebase && conflicts.isEmpty()
            && settledConflicts.isEmpty() && error.isEmpty();
    }
};

} // namespace Tandem
