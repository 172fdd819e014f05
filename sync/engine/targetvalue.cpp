#include "sync/engine/targetvalue.h"

#include "sync/engine/fieldmerge.h"
#include "sync/model/mappingenums.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <cmath>

namespace Tandem {

namespace {

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<QJsonValue> coerce(const QJsonValue &v, DataType type, QString *error)
{
    const QString s = text(v).trimmed();
    bool ok = false;
    switch (type) {
    case DataType::String:
        if (v.isObject() || v.isArray())
            break;
        return QJsonValue(text(v));
    case DataType::Integer: {
        const double d = v.isDouble() ? v.toDouble() : s.toDouble(&ok);
        if ((v.isDouble() || ok) && std::isfinite(d) && d == std::floor(d)
            && std::fabs(d) < 9007199254740992.0)
            return QJsonValue(d);
        break;
    }
    case DataType::Number: {
        const double d = v.isDouble() ? v.toDouble() : s.toDouble(&ok);
        if ((v.isDouble() || ok) && std::isfinite(d))
            return QJsonValue(d);
        break;
    }
    case DataType::Boolean:
        if (v.isBool())
            return v;
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QJsonValue(true);
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QJsonValue(false);
        break;
    case DataType::Date: {
        const QDate date = QDate::fromString(s.left(10), Qt::ISODate);
        if (date.isValid())
            return QJsonValue(date.toString(Qt::ISODate));
        break;
    }
    case DataType::DateTime: {
        const QDateTime at = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (at.isValid())
            return QJsonValue(at.toUTC().toString(Qt::ISODateWithMs));
        break;
    }
    }
    if (error)
        *error = QCoreApplication::translate("TargetValue", "\"%1\" is not a valid %2")
                     .arg(s.left(40), dataTypeName(type));
    return std::nullopt;
}

} // namespace

std::optional<QJsonValue> valueForTarget(const QJsonValue &value, const PropertyPair &pair,
                                         Side target, QString *error)
{
    if (isEmptyValue(value))
        return QJsonValue(QJsonValue::Null);
    if (target == Side::Wix)
        return value;
    return coerce(value, pair.type, error);
}

} // namespace Tandem
