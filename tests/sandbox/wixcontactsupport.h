#pragma once

// Contacts with known names, phones and emails, made through the Wix backend's own routes.

#include "wixbackend.h"
#include "wixtestsupport.h"

namespace Tandem::Sandbox::Test {

inline QJsonObject phone(const QString &number, const QString &country, bool primary = false,
                         const QString &id = {})
{
    QJsonObject item{
        {"tag", "MOBILE"}, {"countryCode", country}, {"phone", number}, {"primary", primary}};
    if (!id.isEmpty())
        item.insert("id", id);
    return item;
}

inline QJsonObject info(const QString &first, const QString &last, const QJsonArray &phones = {},
                        const QString &email = {})
{
    QJsonObject result{{"name", QJsonObject{{"first", first}, {"last", last}}}};
    if (!phones.isEmpty())
        result.insert("phones", QJsonObject{{"items", phones}});
    if (!email.isEmpty())
        result.insert("emails", QJsonObject{{"items", QJsonArray{QJsonObject{{"email", email}}}}});
    return result;
}

inline QJsonObject create(WixBackend &wix, const QJsonObject &contactInfo)
{
    const Answer answer = call(wix, "POST", "/contacts/v4/contacts", {{"info", contactInfo}});
    if (answer.status != 200)
        qWarning() << "create failed" << answer.json;
    return answer.object("contact");
}

inline Answer query(WixBackend &wix, const QJsonObject &query)
{
    return call(wix, "POST", "/contacts/v4/contacts/query", {{"query", query}});
}

inline QStringList firstNames(const Answer &answer)
{
    QStringList names;
    for (const QJsonValue &contact : answer.array("contacts"))
        names.append(contact["info"]["name"]["first"].toString());
    return names;
}

// Five contacts with known names, phones and emails, created in this order.
inline void createFive(WixBackend &wix)
{
    create(wix,
           info("Ørjan", "Kvåle", {phone("+47 22 33 44 55", "NO", true)}, "orjan@example.com"));
    create(wix, info("Åsa", "Bjørnstad", {phone("22334455", "NO", true)}));
    create(wix, info("Zoë", "Ødegård", {}, "zoe@example.com"));
    create(wix,
           info("José", "Müller", {phone("+1 (415) 555-0132", "US", true)}, "jose@example.com"));
    create(wix, info("Kari", "Nordmann", {phone("900 12 345", "NO", true)}));
}

} // namespace Tandem::Sandbox::Test
