#include "sync/store/storecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <array>
#include <utility>

namespace Tandem::StoreCodec {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names,
                            const QString &name)
{
    for (const auto &[e, text] : names) {
        if (name == QLatin1String(text))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Conflict::Resolution, const char *>, 4> kResolutions{{
    {Conflict::Resolution::Open, "open"},
    {Conflict::Resolution::TakeWix, "wix"},
    {Conflict::Resolution::TakeCrmOffice, "crmoffice"},
    {Conflict::Resolution::Value, "value"},
}};

constexpr std::array<std::pair<RunRecord::Status, const char *>, 7> kStatuses{{
    {RunRecord::Status::Running, "running"},
    {RunRecord::Status::Ok, "ok"},
    {RunRecord::Status::Conflicts, "conflicts"},
    {RunRecord::Status::Guarded, "guarded"},
    {RunRecord::Status::Failed, "failed"},
    {RunRecord::Status::Cancelled, "cancelled"},
    {RunRecord::Status::Partial, "partial"},
}};

constexpr std::array<std::pair<RunEntry::Action, const char *>, 5> kActions{{
    {RunEntry::Action::Create, "create"},
    {RunEntry::Action::Update, "update"},
    {RunEntry::Action::Delete, "delete"},
    {RunEntry::Action::Link, "link"},
    {RunEntry::Action::Error, "error"},
}};

} // namespace

QVariant fromJsonValue(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    // A top-level scalar is not a JSON document: wrap it in an array and drop the brackets.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonValue toJsonValue(const QVariant &column, bool *ok)
{
    *ok = true;
    if (column.isNull())
        return QJsonValue(QJsonValue::Undefined);
    const QByteArray text = '[' + column.toString().toUtf8() + ']';
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        *ok = false;
        return QJsonValue(QJsonValue::Undefined);
    }
    return doc.array().at(0);
}

QVariant fromObject(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject toObject(const QVariant &column, bool *ok)
{
    *ok = true;
    if (column.isNull())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(column.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *ok = false;
        return {};
    }
    return doc.object();
}

QVariant fromDateTime(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
}

QDateTime toDateTime(const QVariant &column)
{
    if (column.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(column.toLongLong(), QTimeZone::utc());
}

QVariant fromText(const QString &text)
{
    return text.isNull() ? QVariant(QString::fromLatin1("", 0)) : QVariant(text);
}

QVariant fromId(const QString &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

QString fromSide(Side side)
{
    return sideName(side);
}

std::optional<Side> toSide(const QString &name)
{
    for (Side side : {Side::Wix, Side::CrmOffice}) {
        if (name == sideName(side))
            return side;
    }
    return std::nullopt;
}

QString fromResolution(Conflict::Resolution resolution)
{
    return nameOf(kResolutions, resolution);
}

std::optional<Conflict::Resolution> toResolution(const QString &name)
{
    return valueOf(kResolutions, name);
}

QString fromStatus(RunRecord::Status status)
{
    return nameOf(kStatuses, status);
}

std::optional<RunRecord::Status> toStatus(const QString &name)
{
    return valueOf(kStatuses, name);
}

QString fromAction(RunEntry::Action action)
{
    return nameOf(kActions, action);
}

std::optional<RunEntry::Action> toAction(const QString &name)
{
    return valueOf(kActions, name);
}

} // namespace Tandem::StoreCodec
