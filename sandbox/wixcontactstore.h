#pragma once

#include "sandbox/sandboxbackend.h"
#include "sandbox/wixcontact.h"
#include "sandbox/wixfilter.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace Tandem::Sandbox {

class WixClock;

// Contacts v4: the store and its five routes. Contacts are indexed by id; a query scans the
// creation-ordered list once, so 10,000 contacts filter in a few milliseconds.
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

    WixClock &m_clock;
    QHash<QString, WixContact> m_contacts;
    QStringList m_order; // ids by creation
};

} // namespace Tandem::Sandbox
