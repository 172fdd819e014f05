#pragma once

#include "sandbox/wixproduct.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace Tandem::Sandbox {

class WixClock;

// The products of one site, whichever catalog serves them: indexed by id, kept in creation
// order, with unique slugs and handles.
class WixProductStore
{
public:
    explicit WixProductStore(WixClock &clock);

    WixProduct *find(const QString &id);
    const WixProduct *find(const QString &id) const;
    QList<const WixProduct *> all() const; // creation order

    // Stores a new product: fills id (unless set), numeric id, times, slug and handle.
    WixProduct &add(WixProduct product);
    // Marks a change: revision + 1, updatedDate moves on.
    void touch(WixProduct &product);
    bool remove(const QString &id);
    void clear();

    // `base` itself when free (or owned by exceptId), else base-2, base-3, ...
    QString uniqueSlug(const QString &base, const QString &exceptId) const;
    bool slugTaken(const QString &slug, const QString &exceptId) const;
    bool handleTaken(const QString &handle, const QString &exceptId) const;

    WixClock &clock() { return m_clock; }

    QJsonArray saveState() const;
    bool loadState(const QJsonArray &state, QString *error);

private:
    WixClock &m_clock;
    QHash<QString, WixProduct> m_products;
    QStringList m_order;
    qint64 m_lastNumericId = 0;
};

} // namespace Tandem::Sandbox
