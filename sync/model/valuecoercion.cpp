#include "sync/model/valuecoercion.h"

#include "sync/model/mappingenums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Tandem {

namespace {

// These are free functions, so their messages need a class for tr(): lupdate and the lookup
// both take the context from the macro's argument.
struct CoercionMessages
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::ValueCoercion)
};

// The value as the message shows it: JSON, cut for display only.
QString shown(const QJsonValue &value)
{
    QString text = value.isString()
        ? QLatin1Char('"') + value.toString() + QLatin1Char('"')
        : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
              .mid(1)
              .chopped(1);
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

std::optional<QJsonValue> fail(QString *error, const QJsonValue &value, DataType type,
                               const QString &reason)
{
    if (error) {
        *error = CoercionMessages::tr("cannot store %1 as %2: %3")
                     .arg(shown(value), dataTypeName(type), reason);
    }
    return std::nullopt;
}

QString numberText(double d)
{
    if (std::trunc(d) == d && std::abs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

std::optional<QJsonValue> toText(const QJsonValue &value, const CoercionLimits &limits,
                                 QString *error)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = numberText(value.toDouble());
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        return fail(error, value, DataType::String, CoercionMessages::tr("not a single value"));
    const qsizetype length = text.toUcs4().size();
    if (length > limits.maxStringLength) {
        return fail(error, value, DataType::String,
                    CoercionMessages::tr("%1 characters, at most %2 fit")
                        .arg(length)
                        .arg(limits.maxStringLength));
    }
    return QJsonValue(text);
}

std::optional<QJsonValue> toInteger(const QJsonValue &value, const CoercionLimits &limits,
                                    QString *error)
{
    const QString range =
        CoercionMessages::tr("outside %1..%2").arg(limits.minInteger).arg(limits.maxInteger);
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return fail(error, value, DataType::Integer,
                        CoercionMessages::tr("not a whole number"));
        if (parsed < limits.minInteger || parsed > limits.maxInteger)
            return fail(error, value, DataType::Integer, range);
        return QJsonValue(parsed);
    }
    if (!value.isDouble())
        return fail(error, value, DataType::Integer, CoercionMessages::tr("not a number"));
    const double number = value.toDouble();
    if (std::trunc(number) != number)
        return fail(error, value, DataType::Integer, CoercionMessages::tr("not a whole number"));
    if (number < double(limits.minInteger) || number > double(limits.maxInteger))
        return fail(error, value, DataType::Integer, range);
    return QJsonValue(qint64(number));
}

std::optional<QJsonValue> toNumber(const QJsonValue &value, QString *error)
{
    if (value.isDouble())
        return value;
    if (!value.isString())
        return fail(error, value, DataType::Number, CoercionMessages::tr("not a number"));
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return fail(error, value, DataType::Number, CoercionMessages::tr("not a number"));
    return QJsonValue(number);
}

std::optional<QJsonValue> toBoolean(const QJsonValue &value, QString *error)
{
    if (value.isBool())
        return value;
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return QJsonValue(value.toDouble() == 1);
    const QString text = value.toString().trimmed().toLower();
    if (value.isString()) {
        if (text == QLatin1String("true") || text == QLatin1String("yes")
            || text == QLatin1String("1"))
            return QJsonValue(true);
        if (text == QLatin1String("false") || text == QLatin1String("no")
            || text == QLatin1String("0"))
            return QJsonValue(false);
    }
    return fail(error, value, DataType::Boolean,
                CoercionMessages::tr("expected true/false, yes/no or 1/0"));
}

std::optional<QJsonValue> toDate(const QJsonValue &value, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = value.toString().trimmed();
    if (!value.isString() || !pattern.match(text).hasMatch()
        || !QDate::fromString(text, Qt::ISODate).isValid())
        return fail(error, value, DataType::Date,
                    CoercionMessages::tr("expected a date YYYY-MM-DD"));
    return QJsonValue(text);
}

std::optional<QJsonValue> toDateTime(const QJsonValue &value, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[Tt "
                       "](\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?([Zz]|[+-]\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(value.toString().trimmed());
    const QString expected =
        CoercionMessages::tr("expected an RFC 3339 date and time with an offset, "
                             "e.g. 2024-09-27T10:00:00+02:00");
    if (!value.isString() || !match.hasMatch())
        return fail(error, value, DataType::DateTime, expected);
    const QString fraction = match.captured(3);
    if (fraction.size() > 3
        && fraction.mid(3).contains(QRegularExpression(QStringLiteral("[1-9]"))))
        return fail(error, value, DataType::DateTime,
                    CoercionMessages::tr("finer than a millisecond"));
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm:ss"))
                           .addMSecs(fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt());
    int offset = 0;
    const QString zone = match.captured(4);
    if (zone.size() > 1) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 23 || minutes > 59)
            return fail(error, value, DataType::DateTime, expected);
        offset = (zone.at(0) == QLatin1Char('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    if (!date.isValid() || !time.isValid())
        return fail(error, value, DataType::DateTime, expected);
    // Local wall time minus its offset is UTC.
    const QDateTime utc = QDateTime(date, time, Qt::UTC).addSecs(-offset);
    const QString format = utc.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                             : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ");
    return QJsonValue(utc.toString(format));
}

} // namespace

std::optional<QJsonValue> coerce(const QJsonValue &value, DataType type, QString *error)
{
    return coerce(value, type, CoercionLimits(), error);
}

std::optional<QJsonValue> coerce(const QJsonValue &value, DataType type,
                                 const CoercionLimits &limits, QString *error)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue(QJsonValue::Null);
    switch (type) {
    case DataType::String:
        return toText(value, limits, error);
    case DataType::Integer:
        return toInteger(value, limits, error);
    case DataType::Number:
        return toNumber(value, error);
    case DataType::Boolean:
        return toBoolean(value, error);
    case DataType::Date:
        return toDate(value, error);
    case DataType::DateTime:
        return toDateTime(value, error);
    }
    return fail(error, value, type, CoercionMessages::tr("unknown data type"));
}

} // namespace Tandem
