#pragma once

#include "sandbox/sandboxbackend.h"
#include "sandbox/wixcontact.h"
#include "sandbox/wixfilter.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace Tandem::Sandbox {

class WixClock;

// Contacts v4: the store and its five routes. Contacts are indexed by id; a query filters the
// contacts in the order of its sort, which is kept until the store changes, so the pages of one
// scan of 10,000 contacts are not each a sort of the whole store.
class WixContactStore
{
public:
    explicit WixContactStore(WixClock &clock);

    Response create(const QJsonObject &body);
    Response get(const QString &id) const;
    Response update(const QString &id, const QJsonObject &body);
    Response remove(const QString &id);
    Response query(const QJsonObject &body) const;

    // Adds a contact with given times (seeding); returns its id.
    QString insert(const QString &id, const QJsonObject &info, qint64 createdMs, qint64 updatedMs);
    bool markMember(const QString &id);
    int count() const { return int(m_order.size()); }
    void clear();

    QJsonArray saveState() const;
    bool loadState(const QJsonArray &state, QString *error);

    static const WixFields &fields();

private:
    WixValue value(const WixContact &contact, int field) const;
    QJsonObject project(const WixContact &contact, const QStringList &paths) const;
    bool hasDuplicate(const QJsonObject &info, const QString &exceptId) const;
    const QList<const WixContact *> &sorted(const WixSort &sort) const;
    void changed() { m_sortedValid = false; }

    WixClock &m_clock;
    QHash<QString, WixContact> m_contacts;
    QStringList m_order; // ids by creation
    // Every contact in the order of the last sort asked for; points into m_contacts, so any
    // change to the store drops it (changed()).
    mutable QList<const WixContact *> m_sorted;
    mutable QList<WixSort::Key> m_sortedBy;
    mutable bool m_sortedValid = false;
};

} // namespace Tandem::Sandbox
