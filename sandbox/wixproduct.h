#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Tandem::Sandbox {

// One stored product, in a form both catalogs render from, so a site moved between V1 and V3
// keeps its products and their ids. The first variant carries the price and SKU.
struct WixProduct
{
    QString id;
    qint64 numericId = 0;
    qint64 revision = 1;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString name;
    QString slug;
    QString handle;
    bool visible = true;
    QString productType = QStringLiteral("PHYSICAL"); // PHYSICAL | DIGITAL
    QString description;
    QString currency = QStringLiteral("NOK");
    QJsonObject physicalProperties;
    QJsonArray variants; // V3 wire form

    QString sku() const;
    double price() const;
    void setSku(const QString &sku);
    void setPrice(double price);

    QJsonObject toState() const;
    static bool fromState(const QJsonObject &state, WixProduct *product);

    static QJsonObject defaultVariant(const QString &id, double price, const QString &sku);
    static QString slugFor(const QString &name);
};

} // namespace Tandem::Sandbox
