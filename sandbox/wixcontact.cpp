#include "sandbox/wixcontact.h"

#include "sandbox/wixclock.h"
#include "sandbox/wixreply.h"

#include <QDate>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox {

namespace {

constexpr int MaxNameLength = 1000;
constexpr int MaxPhoneLength = 50;
constexpr int MaxItems = 50;

// The items of info.<group> ({"items": [...]}, absent or null when none), or the problem with
// the wrapper.
QString wrappedItems(const QJsonObject &info, const QString &group, QJsonArray *array)
{
    const QJsonValue wrapper = info.value(group);
    if (wrapper.isUndefined() || wrapper.isNull())
        return {};
    const QJsonValue items = wrapper.toObject().value(QStringLiteral("items"));
    if (!wrapper.isObject() || !(items.isArray() || items.isUndefined()))
        return QStringLiteral("info.%1.items: must be an array").arg(group);
    *array = items.toArray();
    if (array->size() > MaxItems)
        return QStringLiteral("info.%1.items: at most %2 items").arg(group).arg(MaxItems);
    return {};
}

QString checkItems(const QJsonObject &info, const QString &group, const QString &valueKey)
{
    QJsonArray array;
    if (const QString problem = wrappedItems(info, group, &array); !problem.isEmpty())
        return problem;
    for (int i = 0; i < array.size(); ++i) {
        const QString where =
            QStringLiteral("info.%1.items[%2].%3").arg(group).arg(i).arg(valueKey);
        const QJsonValue value = array.at(i).toObject().value(valueKey);
        if (!array.at(i).isObject() || !value.isString())
            return where + QStringLiteral(": must be a string");
        const qsizetype length = value.toString().size();
        if (length < 1 || (valueKey == QLatin1String("phone") && length > MaxPhoneLength))
            return where + QStringLiteral(": must be 1..%1 characters").arg(MaxPhoneLength);
    }
    return {};
}

// info.birthdate: null, or a date as "YYYY-MM-DD".
QString checkBirthdate(const QJsonObject &info)
{
    const QJsonValue value = info.value(QStringLiteral("birthdate"));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString() || value.toString().size() != 10
        || !QDate::fromString(value.toString(), Qt::ISODate).isValid())
        return QStringLiteral("info.birthdate: must be a date as YYYY-MM-DD");
    return {};
}

// info.addresses.items: up to 50 objects, each address's parts strings.
QString checkAddresses(const QJsonObject &info)
{
    QJsonArray array;
    if (const QString problem = wrappedItems(info, QStringLiteral("addresses"), &array);
        !problem.isEmpty())
        return problem;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonValue address = array.at(i).toObject().value(QStringLiteral("address"));
        if (!array.at(i).isObject() || !(address.isObject() || address.isUndefined()))
            return QStringLiteral("info.addresses.items[%1].address: must be an object").arg(i);
        const QJsonObject parts = address.toObject();
        for (auto part = parts.begin(); part != parts.end(); ++part) {
            if (part.key() != QLatin1String("streetAddress") && !part.value().isString()
                && !part.value().isNull())
                return QStringLiteral("info.addresses.items[%1].address.%2: must be a string")
                    .arg(i)
                    .arg(part.key());
        }
    }
    return {};
}

// info.labelKeys.items: up to 50 label keys, non-empty strings.
QString checkLabels(const QJsonObject &info)
{
    QJsonArray keys;
    if (const QString problem = wrappedItems(info, QStringLiteral("labelKeys"), &keys);
        !problem.isEmpty())
        return problem;
    for (const QJsonValue &key : keys) {
        if (!key.isString() || key.toString().isEmpty())
            return QStringLiteral("info.labelKeys.items: must be label keys (strings)");
    }
    return {};
}

// Keeps given address item ids, reuses the id at the same place in `previous`, invents the rest.
QJsonObject normalizeAddresses(const QJsonObject &wrapper, const QJsonObject &previous)
{
    const QJsonArray old = previous.value(QStringLiteral("items")).toArray();
    QJsonArray items = wrapper.value(QStringLiteral("items")).toArray();
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item.value(QStringLiteral("id")).toString().isEmpty()) {
            const QString oldId = old.at(i).toObject().value(QStringLiteral("id")).toString();
            item.insert(QStringLiteral("id"), oldId.isEmpty() ? WixReply::newId() : oldId);
        }
        if (!item.contains(QStringLiteral("tag")))
            item.insert(QStringLiteral("tag"), QStringLiteral("UNTAGGED"));
        items[i] = item;
    }
    return QJsonObject{{QStringLiteral("items"), items}};
}

// Keeps given item ids, reuses the id of an unchanged value, invents the rest; the first
// item marked primary stays primary (the first item when none is).
QJsonObject normalizeItems(const QJsonObject &wrapper, const QJsonObject &previous,
                           const QString &valueKey, bool phones)
{
    QHash<QString, QString> oldIds;
    for (const QJsonValue &item : previous.value(QStringLiteral("items")).toArray())
        oldIds.insert(item.toObject().value(valueKey).toString(),
                      item.toObject().value(u"id"_s).toString());
    QJsonArray items = wrapper.value(QStringLiteral("items")).toArray();
    int primary = -1;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).toObject().value(QStringLiteral("primary")).toBool() && primary < 0)
            primary = i;
    }
    if (primary < 0 && !items.isEmpty())
        primary = 0;
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        const QString value = item.value(valueKey).toString();
        if (item.value(QStringLiteral("id")).toString().isEmpty())
            item.insert(QStringLiteral("id"), oldIds.value(value, WixReply::newId()));
        if (!item.contains(QStringLiteral("tag")))
            item.insert(QStringLiteral("tag"), QStringLiteral("UNTAGGED"));
        item.insert(QStringLiteral("primary"), i == primary);
        if (phones) {
            const QString e164 =
                WixContact::e164(value, item.value(QStringLiteral("countryCode")).toString());
            if (e164.isEmpty())
                item.remove(QStringLiteral("e164Phone"));
            else
                item.insert(QStringLiteral("e164Phone"), e164);
        }
        items[i] = item;
    }
    return QJsonObject{{QStringLiteral("items"), items}};
}

QString primaryValue(const QJsonObject &info, const QString &group, const QString &valueKey)
{
    for (const QJsonValue &item :
         info.value(group).toObject().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("primary")).toBool())
            return item.toObject().value(valueKey).toString();
    }
    return {};
}

} // namespace

QJsonObject WixContact::toJson() const
{
    QJsonObject primaryInfo;
    if (!primaryEmail.isEmpty())
        primaryInfo.insert(QStringLiteral("email"), primaryEmail);
    if (!primaryPhone.isEmpty())
        primaryInfo.insert(QStringLiteral("phone"), primaryPhone);
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("revision"), revision},
                       {QStringLiteral("createdDate"), WixClock::format(createdMs)},
                       {QStringLiteral("updatedDate"), WixClock::format(updatedMs)},
                       {QStringLiteral("primaryInfo"), primaryInfo},
                       {QStringLiteral("info"), info}};
}

QJsonObject WixContact::toState() const
{
    QJsonObject state = toJson();
    state.insert(QStringLiteral("member"), member);
    return state;
}

bool WixContact::fromState(const QJsonObject &state, WixContact *contact)
{
    contact->id = state.value(QStringLiteral("id")).toString();
    contact->revision = state.value(QStringLiteral("revision")).toInt(1);
    contact->member = state.value(QStringLiteral("member")).toBool();
    const bool dates =
        WixClock::parse(state.value(u"createdDate"_s).toString(), &contact->createdMs)
        && WixClock::parse(state.value(u"updatedDate"_s).toString(), &contact->updatedMs);
    const QJsonObject info = state.value(QStringLiteral("info")).toObject();
    if (contact->id.isEmpty() || !dates || !validate(info).isEmpty())
        return false;
    contact->setInfo(info, info);
    return true;
}

QString WixContact::validate(const QJsonObject &info)
{
    const QJsonValue name = info.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isNull() && !name.isObject())
        return QStringLiteral("info.name: must be an object");
    for (const char *part : {"first", "last"}) {
        const QJsonValue value = name.toObject().value(QLatin1String(part));
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return QStringLiteral("info.name.%1: must be a string").arg(QLatin1String(part));
        if (value.toString().size() > MaxNameLength)
            return QStringLiteral("info.name.%1: at most %2 characters")
                .arg(QLatin1String(part))
                .arg(MaxNameLength);
    }
    QString problem = checkItems(info, QStringLiteral("phones"), QStringLiteral("phone"));
    if (problem.isEmpty())
        problem = checkItems(info, QStringLiteral("emails"), QStringLiteral("email"));
    for (const auto check : {checkBirthdate, checkAddresses, checkLabels}) {
        if (problem.isEmpty())
            problem = check(info);
    }
    return problem;
}

void WixContact::setInfo(const QJsonObject &given, QJsonObject previous)
{
    info = given;
    for (const auto &[group, key] : {std::pair{"phones", "phone"}, std::pair{"emails", "email"}}) {
        const QString groupName = QLatin1String(group);
        if (info.contains(groupName) && !info.value(groupName).isNull()) {
            info.insert(groupName,
                        normalizeItems(info.value(groupName).toObject(),
                                       previous.value(groupName).toObject(), QLatin1String(key),
                                       groupName == "phones"_L1));
        } else {
            info.remove(groupName);
        }
    }
    if (info.value(QStringLiteral("addresses")).isObject())
        info.insert(QStringLiteral("addresses"),
                    normalizeAddresses(info.value(QStringLiteral("addresses")).toObject(),
                                       previous.value(QStringLiteral("addresses")).toObject()));
    const QJsonObject name = info.value(QStringLiteral("name")).toObject();
    first = name.value(QStringLiteral("first")).toString();
    last = name.value(QStringLiteral("last")).toString();
    primaryPhone = primaryValue(info, QStringLiteral("phones"), QStringLiteral("phone"));
    primaryEmail = primaryValue(info, QStringLiteral("emails"), QStringLiteral("email"));
}

QString WixContact::e164(const QString &phone, const QString &countryCode)
{
    // Cheap stand-in for libphonenumber: enough for the formats the seed and tests use.
    static const QHash<QString, QString> callingCodes{{u"NO"_s, u"47"_s}, {u"SE"_s, u"46"_s},
                                                      {u"DK"_s, u"45"_s}, {u"US"_s, u"1"_s},
                                                      {u"GB"_s, u"44"_s}, {u"DE"_s, u"49"_s}};
    const QString trimmed = phone.trimmed();
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.isEmpty())
        return {};
    if (trimmed.startsWith(QLatin1Char('+')))
        return QLatin1Char('+') + digits;
    if (digits.startsWith(QLatin1String("00")))
        return QLatin1Char('+') + digits.mid(2);
    const QString code = callingCodes.value(countryCode.toUpper());
    if (code.isEmpty())
        return {};
    if (digits.startsWith(QLatin1Char('0'))) // national trunk prefix (GB, DE, SE)
        digits.remove(0, 1);
    return QLatin1Char('+') + code + digits;
}

} // namespace Tandem::Sandbox
