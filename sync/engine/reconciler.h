#pragma once

#include "sync/engine/fieldmerge.h"
#include "sync/engine/recorddecision.h"
#include "sync/model/mapping.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Tandem {

// Decides per link what the run should do (docs/architecture.md#state-per-link through
// #deletions). Pure: no I/O, no store access.
class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::Reconciler)

public:
    Reconciler(const Flow &flow, const QDateTime &now);

    // A stored link with whatever was read of its two records this run. A side that was not
    // read is taken to be its base, except the fields of its open conflicts (their values were
    // saved with the conflict). `conflicts` are the stored ones of this link, open or resolved.
    RecordDecision reconcile(const Link &link, const PerSide<std::optional<Record>> &current,
                             const QList<Conflict> &conflicts) const;

    // Whether reconcile() would decide nothing for a link without stored conflicts or a side
    // marked gone: every record read (none for a side not read) is at its base's token and
    // holds its base's mapped values. Cheaper than reconcile() for a record read again.
    bool unchanged(const Link &link, const PerSide<const Record *> &current) const;

    // An unlinked record to copy to the other side.
    RecordDecision create(const Record &source, Side sourceSide) const;

    // Two unlinked records the match key paired; `matchedPairs` are the pair indices the
    // key compared (equal after normalisation, so never a conflict).
    RecordDecision link(const Record &wix, const Record &crm, const QList<int> &matchedPairs) const;

    // A linked record that is gone on `deletedSide`; `conflicts` are the link's stored ones.
    RecordDecision deletion(const Link &link, Side deletedSide, const std::optional<Record> &other,
                            bool otherDeleted, const QList<Conflict> &conflicts = {}) const;

    // After a successful write to `side`, move the written fields' bases (both sides) to what
    // the side answered and what was copied: a partial success is never lost.
    void applyWrite(RecordDecision &d, Side side, const Record &answer) const;
    // After all writes: every side's base becomes what it serves, except in open conflicts,
    // where it stays the last value seen before the side's conflicting edit.
    void finish(RecordDecision &d) const;

    QJsonObject seen(const Link &link, Side side, const std::optional<Record> &current,
                     const QList<Conflict> &conflicts) const;

private:
    static bool decidedForPartner(const Conflict &c, Side partner);
    void mergePair(RecordDecision &d, int index, const PerSide<QJsonObject> &seen,
                   const Conflict *stored) const;
    void applyResolution(RecordDecision &d, int index, const PerSide<QJsonObject> &seen,
                         const Conflict &c) const;
    bool addWrite(RecordDecision &d, int index, Side target, const QJsonValue &sourceValue,
                  Side sourceSide) const;
    QJsonValue conflictBase(const RecordDecision &d, int index, Side side) const;
    bool needsRebase(const RecordDecision &d, const PerSide<QJsonObject> &seen) const;

    const Flow &m_flow;
    QDateTime m_now;
};

} // namespace Tandem
