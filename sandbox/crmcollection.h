#pragma once

#include "sandbox/crmrecord.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

#include <set>
#include <utility>

namespace Tandem::Sandbox {

// Where a listing stopped: the (updatedAt, id) of the last item it gave out. Resuming after
// it, rather than at an offset, stays correct while records change between pages.
struct CrmCursor
{
    qint64 updatedAt = 0;
    QString id;
};

// One collection (contacts or companies), indexed by id and by (updatedAt, id).
class CrmCollection
{
public:
    const CrmRecord *find(const QString &id) const;
    void put(const CrmRecord &record); // insert or replace, keeping the order index right
    void clear();
    int size() const { return int(m_records.size()); }

    // Records with updatedAt >= since (and after `cursor` when given), in (updatedAt, id)
    // order; at most `limit`; *more says whether another matching record follows.
    QList<CrmRecord> page(qint64 since, const CrmCursor *cursor, bool includeDeleted, int limit,
                          bool *more) const;
    void purgeTombstones(qint64 olderThan);

    QJsonArray toState() const;
    // All or nothing: on a record without an id or time, or a repeated id, the collection stays
    // as it was and *error names the record.
    bool loadState(const QJsonArray &state, QString *error);
    qint64 latestUpdate() const { return m_order.empty() ? 0 : m_order.rbegin()->first; }

private:
    using Key = std::pair<qint64, QString>;
    QHash<QString, CrmRecord> m_records;
    std::set<Key> m_order;
};

} // namespace Tandem::Sandbox
