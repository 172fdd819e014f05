#include "sandbox/wixproduct.h"

#include "sandbox/wixclock.h"
#include "sandbox/wixreply.h"

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox {

QString WixProduct::sku() const
{
    return variants.first().toObject().value(QStringLiteral("sku")).toString();
}

double WixProduct::price() const
{
    const QJsonObject price = variants.first().toObject().value(QStringLiteral("price")).toObject();
    return price.value(QStringLiteral("actualPrice"))
        .toObject()
        .value(u"amount"_s)
        .toString()
        .toDouble();
}

void WixProduct::setSku(const QString &sku)
{
    if (variants.isEmpty())
        variants.append(defaultVariant(WixReply::newId(), 0, {}));
    QJsonObject variant = variants.first().toObject();
    if (sku.isEmpty())
        variant.remove(QStringLiteral("sku"));
    else
        variant.insert(QStringLiteral("sku"), sku);
    variants[0] = variant;
}

void WixProduct::setPrice(double price)
{
    if (variants.isEmpty())
        variants.append(defaultVariant(WixReply::newId(), 0, {}));
    QJsonObject variant = variants.first().toObject();
    variant.insert(QStringLiteral("price"),
                   QJsonObject{{u"actualPrice"_s,
                                QJsonObject{{u"amount"_s, QString::number(price, 'f', 2)}}}});
    variants[0] = variant;
}

QJsonObject WixProduct::defaultVariant(const QString &id, double price, const QString &sku)
{
    QJsonObject variant{{u"id"_s, id},
                        {u"choices"_s, QJsonArray{}},
                        {u"visible"_s, true},
                        {u"price"_s,
                         QJsonObject{{u"actualPrice"_s,
                                      QJsonObject{{u"amount"_s, QString::number(price, 'f', 2)}}}}},
                        {u"physicalProperties"_s, QJsonObject{}}};
    if (!sku.isEmpty())
        variant.insert(QStringLiteral("sku"), sku);
    return variant;
}

QString WixProduct::slugFor(const QString &name)
{
    QString slug;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug.append(c);
        else if ((c.isSpace() || c == QLatin1Char('-')) && !slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("product") : slug;
}

QJsonObject WixProduct::toState() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"numericId"_s, QString::number(numericId)},
                       {u"revision"_s, QString::number(revision)},
                       {u"createdDate"_s, WixClock::format(createdMs)},
                       {u"updatedDate"_s, WixClock::format(updatedMs)},
                       {u"name"_s, name},
                       {u"slug"_s, slug},
                       {u"handle"_s, handle},
                       {u"visible"_s, visible},
                       {u"productType"_s, productType},
                       {u"description"_s, description},
                       {u"currency"_s, currency},
                       {u"physicalProperties"_s, physicalProperties},
                       {u"variants"_s, variants}};
}

bool WixProduct::fromState(const QJsonObject &state, WixProduct *product)
{
    product->id = state.value(u"id"_s).toString();
    product->numericId = state.value(u"numericId"_s).toString().toLongLong();
    product->revision = state.value(u"revision"_s).toString().toLongLong();
    product->name = state.value(u"name"_s).toString();
    product->slug = state.value(u"slug"_s).toString();
    product->handle = state.value(u"handle"_s).toString();
    product->visible = state.value(u"visible"_s).toBool(true);
    product->productType = state.value(u"productType"_s).toString();
    product->description = state.value(u"description"_s).toString();
    product->currency = state.value(u"currency"_s).toString();
    product->physicalProperties = state.value(u"physicalProperties"_s).toObject();
    product->variants = state.value(u"variants"_s).toArray();
    const bool dates =
        WixClock::parse(state.value(u"createdDate"_s).toString(), &product->createdMs)
        && WixClock::parse(state.value(u"updatedDate"_s).toString(), &product->updatedMs);
    return dates && !product->id.isEmpty() && !product->name.isEmpty() && product->revision > 0
        && !product->variants.isEmpty();
}

} // namespace Tandem::Sandbox
