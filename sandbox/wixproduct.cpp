#include "wixproduct.h"

#include "wixclock.h"
#include "wixreply.h"

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
        .value("amount")
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
    variant.insert(
        QStringLiteral("price"),
        QJsonObject{{"actualPrice", QJsonObject{{"amount", QString::number(price, 'f', 2)}}}});
    variants[0] = variant;
}

QJsonObject WixProduct::defaultVariant(const QString &id, double price, const QString &sku)
{
    QJsonObject variant{
        {"id", id},
        {"choices", QJsonArray{}},
        {"visible", true},
        {"price",
         QJsonObject{{"actualPrice", QJsonObject{{"amount", QString::number(price, 'f', 2)}}}}},
        {"physicalProperties", QJsonObject{}}};
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
    return QJsonObject{{"id", id},
                       {"numericId", QString::number(numericId)},
                       {"revision", QString::number(revision)},
                       {"createdDate", WixClock::format(createdMs)},
                       {"updatedDate", WixClock::format(updatedMs)},
                       {"name", name},
                       {"slug", slug},
                       {"handle", handle},
                       {"visible", visible},
                       {"productType", productType},
                       {"description", description},
                       {"currency", currency},
                       {"physicalProperties", physicalProperties},
                       {"variants", variants}};
}

bool WixProduct::fromState(const QJsonObject &state, WixProduct *product)
{
    product->id = state.value("id").toString();
    product->numericId = state.value("numericId").toString().toLongLong();
    product->revision = state.value("revision").toString().toLongLong();
    product->name = state.value("name").toString();
    product->slug = state.value("slug").toString();
    product->handle = state.value("handle").toString();
    product->visible = state.value("visible").toBool(true);
    product->productType = state.value("productType").toString();
    product->description = state.value("description").toString();
    product->currency = state.value("currency").toString();
    product->physicalProperties = state.value("physicalProperties").toObject();
    product->variants = state.value("variants").toArray();
    const bool dates = WixClock::parse(state.value("createdDate").toString(), &product->createdMs)
        && WixClock::parse(state.value("updatedDate").toString(), &product->updatedMs);
    return dates && !product->id.isEmpty() && !product->name.isEmpty() && product->revision > 0
        && !product->variants.isEmpty();
}

} // namespace Tandem::Sandbox
