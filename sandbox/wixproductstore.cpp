#include "sandbox/wixproductstore.h"

#include "sandbox/wixclock.h"
#include "sandbox/wixreply.h"

namespace Tandem::Sandbox {

WixProductStore::WixProductStore(WixClock &clock)
    : m_clock(clock)
{}

WixProduct *WixProductStore::find(const QString &id)
{
    const auto it = m_products.find(id);
    return it == m_products.end() ? nullptr : &*it;
}

const WixProduct *WixProductStore::find(const QString &id) const
{
    const auto it = m_products.constFind(id);
    return it == m_products.constEnd() ? nullptr : &*it;
}

QList<const WixProduct *> WixProductStore::all() const
{
    QList<const WixProduct *> products;
    products.reserve(m_order.size());
    for (const QString &id : m_order)
        products.append(&*m_products.constFind(id));
    return products;
}

WixProduct &WixProductStore::add(WixProduct product)
{
    if (product.id.isEmpty())
        product.id = WixReply::newId();
    product.numericId = ++m_lastNumericId;
    if (product.createdMs == 0)
        product.createdMs = product.updatedMs = m_clock.next();
    else
        m_clock.observe(product.updatedMs);
    product.slug = uniqueSlug(
        product.slug.isEmpty() ? WixProduct::slugFor(product.name) : product.slug, product.id);
    if (product.handle.isEmpty() || handleTaken(product.handle, product.id))
        product.handle = product.slug;
    if (product.variants.isEmpty())
        product.variants.append(WixProduct::defaultVariant(WixReply::newId(), 0, {}));
    m_order.append(product.id);
    return *m_products.insert(product.id, product);
}

void WixProductStore::touch(WixProduct &product)
{
    product.revision += 1;
    product.updatedMs = m_clock.next();
}

bool WixProductStore::remove(const QString &id)
{
    if (!m_products.remove(id))
        return false;
    m_order.removeOne(id);
    return true;
}

void WixProductStore::clear()
{
    m_products.clear();
    m_order.clear();
    m_lastNumericId = 0;
}

bool WixProductStore::slugTaken(const QString &slug, const QString &exceptId) const
{
    for (const WixProduct &product : m_products) {
        if (product.slug == slug && product.id != exceptId)
            return true;
    }
    return false;
}

bool WixProductStore::handleTaken(const QString &handle, const QString &exceptId) const
{
    for (const WixProduct &product : m_products) {
        if (product.handle == handle && product.id != exceptId)
            return true;
    }
    return false;
}

QString WixProductStore::uniqueSlug(const QString &base, const QString &exceptId) const
{
    QString slug = base;
    for (int n = 2; slugTaken(slug, exceptId); ++n)
        slug = QStringLiteral("%1-%2").arg(base).arg(n);
    return slug;
}

QJsonArray WixProductStore::saveState() const
{
    QJsonArray state;
    for (const WixProduct *product : all())
        state.append(product->toState());
    return state;
}

bool WixProductStore::loadState(const QJsonArray &state, QString *error)
{
    clear();
    for (int i = 0; i < state.size(); ++i) {
        WixProduct product;
        if (!WixProduct::fromState(state.at(i).toObject(), &product)
            || m_products.contains(product.id)) {
            *error = QStringLiteral("products[%1] is not a valid product or repeats an id").arg(i);
            clear();
            return false;
        }
        m_lastNumericId = qMax(m_lastNumericId, product.numericId);
        m_clock.observe(product.updatedMs);
        m_order.append(product.id);
        m_products.insert(product.id, product);
    }
    return true;
}

} // namespace Tandem::Sandbox
