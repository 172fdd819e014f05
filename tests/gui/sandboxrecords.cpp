#include "tests/gui/sandboxrecords.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tandem::Test {

SandboxRecords::SandboxRecords(SandboxFixture &sandbox, const Credentials &credentials)
    : m_sandbox(sandbox)
    , m_credentials(credentials)
{}

TestHttpClient::Headers SandboxRecords::wixHeaders() const
{
    return {{"Authorization", m_credentials.wixKey}, {"wix-site-id", m_credentials.wixSite}};
}

TestHttpClient::Headers SandboxRecords::crmHeaders() const
{
    return {{"Authorization", "Bearer " + m_credentials.crmToken}};
}

QUrl SandboxRecords::wixUrl(const QString &path) const
{
    return QUrl(m_sandbox.wixUrl().toString() + path);
}

QUrl SandboxRecords::crmUrl(const QString &path) const
{
    return QUrl(m_sandbox.crmUrl().toString() + path);
}

QList<QJsonObject> SandboxRecords::wixContacts()
{
    const QJsonObject query{
        {u"query"_s,
         QJsonObject{{u"paging"_s, QJsonObject{{u"limit"_s, 1000}, {u"offset"_s, 0}}}}}};
    const HttpResult result =
        m_http.postJson(wixUrl(QStringLiteral("/contacts/v4/contacts/query")), query, wixHeaders());
    QList<QJsonObject> contacts;
    for (const QJsonValue &value : result.json().value(u"contacts"_s).toArray())
        contacts << value.toObject();
    return contacts;
}

QList<QJsonObject> SandboxRecords::crmContacts()
{
    QList<QJsonObject> contacts;
    QString token;
    do {
        QString path = QStringLiteral("/contacts?pageSize=500");
        if (!token.isEmpty())
            path +=
                QStringLiteral("&pageToken=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
        const QJsonObject page = m_http.get(crmUrl(path), crmHeaders()).json();
        for (const QJsonValue &value : page.value(u"items"_s).toArray()) {
            if (!value.toObject().value(u"deleted"_s).toBool())
                contacts << value.toObject();
        }
        token = page.value(u"nextPageToken"_s).toString();
    } while (!token.isEmpty());
    return contacts;
}

QJsonObject SandboxRecords::wixContact(const QString &id)
{
    const HttpResult result =
        m_http.get(wixUrl(QStringLiteral("/contacts/v4/contacts/") + id), wixHeaders());
    return result.json().value(u"contact"_s).toObject();
}

QJsonObject SandboxRecords::crmContact(const QString &id)
{
    return m_http.get(crmUrl(QStringLiteral("/contacts/") + id), crmHeaders()).json();
}

bool SandboxRecords::setWixName(const QString &id, const QString &part, const QString &value)
{
    const QJsonObject contact = wixContact(id);
    QJsonObject name = contact.value(u"info"_s).toObject().value(u"name"_s).toObject();
    name.insert(part, value);
    const QJsonObject body{{u"revision"_s, contact.value(u"revision"_s)},
                           {u"info"_s, QJsonObject{{u"name"_s, name}}}};
    const HttpResult result =
        m_http.patchJson(wixUrl(QStringLiteral("/contacts/v4/contacts/") + id), body, wixHeaders());
    return result.status == 200;
}

bool SandboxRecords::patchCrmContact(const QString &id, const QJsonObject &fields)
{
    const HttpResult current = m_http.get(crmUrl(QStringLiteral("/contacts/") + id), crmHeaders());
    TestHttpClient::Headers headers = crmHeaders();
    headers.append({"If-Match", current.header("etag")});
    const HttpResult result =
        m_http.patchJson(crmUrl(QStringLiteral("/contacts/") + id), fields, headers);
    return result.status == 200;
}

QStringList SandboxRecords::writeRoutes(const QJsonObject &stats)
{
    QStringList routes;
    const QJsonObject requests = stats.value(u"requests"_s).toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        const QString &route = it.key();
        const bool read = route.startsWith(QLatin1String("GET "))
            || route.endsWith(QLatin1String("/query"))
            || route.endsWith(QLatin1String("/query-platformized"))
            || route.endsWith(QLatin1String("/search"));
        if (!read && it.value().toInt() > 0)
            routes << route;
    }
    return routes;
}

int SandboxRecords::writeCount(const QJsonObject &stats)
{
    int count = 0;
    const QJsonObject requests = stats.value(u"requests"_s).toObject();
    for (const QString &route : writeRoutes(stats))
        count += requests.value(route).toInt();
    return count;
}

} // namespace Tandem::Test
