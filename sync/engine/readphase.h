#pragma once

#include "sync/connectors/connector.h"
#include "sync/model/mapping.h"
#include "sync/store/storetypes.h"

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

// Every read of a flow's run, and nothing else (docs/architecture.md#incremental-reads): changes
// since the watermark minus an overlap, the "gone" tests on Wix, which keeps no tombstones
// (#deletions), the catalog-move check, and the single records the journal of an interrupted
// run needs. The decisions it feeds are made elsewhere; it only reads.
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
    // Adds to `changes` what exists of the side now, for the deletions it does not report: the id
    // scan, then a second look at the linked ids it did not list (only a confirmed absence counts
    // as a deletion). A failed scan is noted in `idScanProblem`, never read as "all deleted".
    void findGone(Connector &connector, SideChanges &changes, const QList<LinkIds> &links) const;
    // Every live record of a side (for matching new records against old unlinked ones).
    SideChanges readAll(Connector &connector) const;
    // Adds one record the changes did not list (a source the journal needs, a target an update
    // intent was about); one that is gone leaves them as they are.
    ConnectorError readOne(Connector &connector, const QString &id, SideChanges &changes) const;

    // The product catalog the Wix site runs now, when it is another than `before` (the last
    // run's); an empty string when it is the same or either is unknown.
    QString movedCatalog(Connector &wix, const QString &before) const;
    // After a catalog move: the links whose Wix record the new catalog does not resolve.
    static QList<LinkIds> unresolved(const SideChanges &wix, const QList<LinkIds> &links);

private:
    void scanIds(Connector &connector, SideChanges &changes) const;
    void confirmGone(Connector &connector, SideChanges &changes, const QList<LinkIds> &links) const;

    const Flow &m_flow;
    const std::atomic_bool &m_cancelled;
};

} // namespace Tandem
