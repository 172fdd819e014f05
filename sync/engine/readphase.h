#pragma once

#include "connector.h"
#include "mapping.h"
#include "storetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <atomic>
#include <optional>

namespace Tandem {

// What one side of a flow looks like this run: its changed records (mapped fields only), its
// tombstones, and for a side without tombstones the ids that exist now.
struct SideChanges
{
    QHash<QString, Record> records; // live changed records by id
    QHash<QString, QDateTime> tombstones;
    QList<Record> malformed; // listed items that are not records (Record::problem): one error each
    std::optional<QSet<QString>> existingIds; // set only when the id scan succeeded
    QString idScanProblem; // why there is no id scan (then no deletions are inferred)
    QDateTime maxUpdatedAt;
    QDateTime readTime; // the service's time as the read began (Connector::lastReadTime)
    int pages = 0; // pages the changed-records query served
    int idScanCalls = 0; // calls the id scan and the absence check made
    bool complete = false; // every record since the watermark was read (not incremental)
    ConnectorError error;
};

// Reads both sides of a flow (docs/architecture.md#incremental-reads): changes since the
// watermark minus an overlap, plus the id scan on Wix, which has no tombstones (#deletions).
class ReadPhase
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::ReadPhase)

public:
    static constexpr qint64 overlapMs = 2 * 60 * 1000;

    ReadPhase(const Flow &flow, const std::atomic_bool &cancelled);

    // `expectedMs`: the change times of the side's linked records (any order), for a
    // connector that reads ranges of its list side by side (Connector::readChangesExpecting).
    SideChanges readChanges(Connector &connector, const QDateTime &watermark,
                            QList<qint64> expectedMs = {}) const;
    // Adds the id scan to `changes` (a failed scan is noted, never read as "all deleted").
    void scanIds(Connector &connector, SideChanges &changes) const;
    // Asks the service again for the linked ids the scan did not list: only a confirmed
    // absence counts as a deletion. Without an answer, no deletion is taken from the scan.
    void confirmGone(Connector &connector, SideChanges &changes, const QList<LinkIds> &links) const;
    // Every live record of a side (for matching new records against old unlinked ones).
    SideChanges readAll(Connector &connector) const;

private:
    const Flow &m_flow;
    const std::atomic_bool &m_cancelled;
};

} // namespace Tandem
