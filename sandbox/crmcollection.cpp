#include "sandbox/crmcollection.h"

namespace Tandem::Sandbox {

const CrmRecord *CrmCollection::find(const QString &id) const
{
    const auto it = m_records.constFind(id);
    return it == m_records.cend() ? nullptr : &it.value();
}

void CrmCollection::put(const CrmRecord &record)
{
    if (const CrmRecord *old = find(record.id))
        m_order.erase({old->updatedAt, old->id});
    m_records.insert(record.id, record);
    m_order.insert({record.updatedAt, record.id});
}

void CrmCollection::clear()
{
    m_records.clear();
    m_order.clear();
}

QList<CrmRecord> CrmCollection::page(qint64 since, const CrmCursor *cursor, bool includeDeleted,
                                     int limit, bool *more) const
{
    auto it = m_order.lower_bound({since, QString()});
    if (cursor && Key(cursor->updatedAt, cursor->id) >= Key(since, QString()))
        it = m_order.upper_bound({cursor->updatedAt, cursor->id});
    QList<CrmRecord> items;
    *more = false;
    for (; it != m_order.end(); ++it) {
        const CrmRecord &record = *find(it->second);
        if (record.deleted && !includeDeleted)
            continue;
        if (items.size() == limit) {
            *more = true;
            break;
        }
        items.append(record);
    }
    return items;
}

void CrmCollection::purgeTombstones(qint64 olderThan)
{
    auto it = m_order.begin();
    while (it != m_order.end() && it->first < olderThan) {
        if (m_records[it->second].deleted) {
            m_records.remove(it->second);
            it = m_order.erase(it);
        } else {
            ++it;
        }
    }
}

QJsonArray CrmCollection::toState() const
{
    QJsonArray state;
    for (const Key &key : m_order)
        state.append(find(key.second)->toState());
    return state;
}

bool CrmCollection::loadState(const QJsonArray &state, QString *error)
{
    CrmCollection loaded;
    for (int i = 0; i < state.size(); ++i) {
        const CrmRecord record = CrmRecord::fromState(state.at(i).toObject());
        if (record.id.isEmpty() || record.updatedAt <= 0 || record.version < 1
            || loaded.find(record.id)) {
            *error = QStringLiteral("[%1] is not a valid record or repeats an id").arg(i);
            return false;
        }
        loaded.put(record);
    }
    *this = std::move(loaded);
    return true;
}

} // namespace Tandem::Sandbox
