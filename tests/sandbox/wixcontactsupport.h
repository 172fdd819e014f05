#pragma once

// Contacts with known names, phones and emails, made through the Wix backend's own routes.

#include "sandbox/wixbackend.h"
#include "tests/sandbox/wixtestsupport.h"

namespace Tandem::Sandbox::Test {

inline QJsonObject phone(const QString &number, const QString &country, bool primary = false,
                         const QString &id = {})
{
    QJsonObject item{{QStringLiteral("tag"), QStringLiteral("MOBILE")},
                     {QStringLiteral("countryCode"), country},
                     {QStringLiteral("phone"), number},
                     {QStringLiteral("primary"), primary}};
    if (!id.isEmpty())
        item.insert(QStringLiteral("id"), id);
    return item;
}

inline QJsonObject info(const QString &first, const QString &last, const QJsonArray &phones = {},
                        const QString &email = {})
{
    QJsonObject result{
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("first"), first}, {QStringLiteral("last"), last}}}};
    if (!phones.isEmpty())
        result.insert(QStringLiteral("phones"), QJsonObject{{QStringLiteral("items"), phones}});
    if (!email.isEmpty())
        result.insert(QStringLiteral("emails"),
                      QJsonObject{{QStringLiteral("items"),
                                   QJsonArray{QJsonObject{{QStringLiteral("email"), email}}}}});
    return result;
}

inline QJsonObject create(WixBackend &wix, const QJsonObject &contactInfo)
{
    const Answer answer = call(wix, "POST", QStringLiteral("/contacts/v4/contacts"),
                               {{QStringLiteral("info"), contactInfo}});
    if (answer.status != 200)
        qWarning() << "create failed" << answer.json;
    return answer.object("contact");
}

inline Answer query(WixBackend &wix, const QJsonObject &query)
{
    return call(wix, "POST", QStringLiteral("/contacts/v4/contacts/query"),
                {{QStringLiteral("query"), query}});
}

inline QStringList firstNames(const Answer &answer)
{
    QStringList names;
    for (const QJsonValue &contact : answer.array("contacts"))
        names.append(
            contact[QStringLiteral("info")][QStringLiteral("name")][QStringLiteral("first")]
                .toString());
    return names;
}

// Five contacts with known names, phones and emails, created in this order.
inline void createFive(WixBackend &wix)
{
    create(wix,
           info(QStringLiteral("Ørjan"), QStringLiteral("Kvåle"),
                {phone(QStringLiteral("+47 22 33 44 55"), QStringLiteral("NO"), true)},
                QStringLiteral("orjan@example.com")));
    create(wix,
           info(QStringLiteral("Åsa"), QStringLiteral("Bjørnstad"),
                {phone(QStringLiteral("22334455"), QStringLiteral("NO"), true)}));
    create(wix,
           info(QStringLiteral("Zoë"), QStringLiteral("Ødegård"), {},
                QStringLiteral("zoe@example.com")));
    create(wix,
           info(QStringLiteral("José"), QStringLiteral("Müller"),
                {phone(QStringLiteral("+1 (415) 555-0132"), QStringLiteral("US"), true)},
                QStringLiteral("jose@example.com")));
    create(wix,
           info(QStringLiteral("Kari"), QStringLiteral("Nordmann"),
                {phone(QStringLiteral("900 12 345"), QStringLiteral("NO"), true)}));
}

} // namespace Tandem::Sandbox::Test
