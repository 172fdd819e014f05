#pragma once

#include "statestore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Tandem {

inline int sideIndex(Side s)
{
    return s == Side::Wix ? 0 : 1;
}

// What the reconcile phase decided for one link or one unlinked record (pure data).
struct RecordDecision
{
    enum class Kind {
        Sync,   // an existing link: field writes, conflicts, new bases
        Create, // copy an unlinked record to the other side
        Link,   // pair two existing unlinked records found by the match key
        Delete, // the partner of a deleted record goes too
        Unlink, // forget the link, touch no record
    };
    Kind kind = Kind::Sync;
    Link link; // the stored link; for Create/Link a new one (id 0) with the known ids
    // Current records as read this run, per side (index sideIndex()); none when not read.
    std::array<std::optional<Record>, 2> current;
    std::array<QJsonObject, 2> writes;        // per side: that side's paths -> value to send
    std::array<QList<int>, 2> writtenPairs;   // per side: indices of the flow's pairs written
    std::array<QJsonObject, 2> seen;          // per side: the mapped values taken as current
    QList<int> conflictPairs;                 // pairs left in conflict: their bases stay
    QList<Conflict> conflicts;                // open conflicts to save (new or refreshed)
    QList<qint64> settledConflicts;           // stored conflicts to remove once written
    QList<Conflict> stored;                   // the link's stored conflicts (for re-merging)
    std::array<QDateTime, 2> readAt;          // per side: updatedAt of what was read (or tombstone)
    Side target = Side::CrmOffice;            // for Create and Delete
    QString reason;                           // why (match key used, deletion source, ...)
    QString error;                            // a per-record error found while reconciling
    Side errorSide = Side::CrmOffice;
    bool transientError = false; // true: the record must be read again next run
    bool rebase = false;         // the bases or tokens move even without a write
    bool recreate = false;       // Unlink: the kept record is created again on the other side

    bool hasWrites() const { return !writes[0].isEmpty() || !writes[1].isEmpty(); }
    bool isNoop() const
    {
        return kind == Kind::Sync && !hasWrites() && !rebase && conflicts.isEmpty()
            && settledConflicts.isEmpty() && error.isEmpty();
    }
};

} // namespace Tandem
