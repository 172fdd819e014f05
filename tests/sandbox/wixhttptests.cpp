#include "tests/sandbox/wixhttptests.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/wixbackend.h"
#include "tests/sandbox/wixtestsupport.h"
#include "tests/support/testhttpclient.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox::Test {

namespace {

using Tandem::Test::HttpResult;
using Tandem::Test::TestHttpClient;

QString appCode(const HttpResult &result)
{
    return result.json()[u"details"][u"applicationError"][u"code"].toString();
}

struct WixServer
{
    explicit WixServer(const WixOptions &options)
        : server(std::make_unique<WixBackend>(options), FrontOptions{})
    {
        port = server.listen(0);
    }
    QUrl url(const QString &target) const { return QUrl(server.baseUrl().toString() + target); }
    WixBackend &wix() { return static_cast<WixBackend &>(server.backend()); }

    SandboxServer server;
    quint16 port = 0;
};

} // namespace

void WixHttpTests::testContactsOverHttp()
{
    WixServer site({u"key-1"_s, u"site-1"_s, WixCatalog::V3});
    QVERIFY(site.port != 0);
    TestHttpClient http;
    http.setDefaultHeaders({{"Authorization"_ba, "key-1"_ba}, {"wix-site-id"_ba, "site-1"_ba}});

    const QJsonObject info{
        {u"name"_s, QJsonObject{{u"first"_s, u"Ørjan"_s}, {u"last"_s, u"Kvåle"_s}}},
        {u"phones"_s,
         QJsonObject{{u"items"_s,
                      QJsonArray{QJsonObject{{u"countryCode"_s, u"NO"_s},
                                             {u"phone"_s, u"900 12 345"_s}}}}}}};
    HttpResult result = http.postJson(site.url(u"/contacts/v4/contacts"_s), {{u"info"_s, info}});
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type"_ba).startsWith("application/json"_ba));
    const QJsonObject contact = result.json()[u"contact"_s].toObject();
    const QString id = contact[u"id"_s].toString();
    QCOMPARE(contact[u"primaryInfo"_s][u"phone"_s].toString(), QStringLiteral("900 12 345"));
    QCOMPARE(contact[u"info"_s][u"name"_s][u"first"_s].toString(),
             QStringLiteral("Ørjan")); // UTF-8 both ways

    result = http.patchJson(
        site.url(u"/contacts/v4/contacts/"_s + id),
        {{u"revision"_s, 1}, {u"info"_s, QJsonObject{{u"company"_s, u"Kvåle AS"_s}}}});
    QCOMPARE(result.status, 200);
    result =
        http.patchJson(site.url(u"/contacts/v4/contacts/"_s + id),
                       {{u"revision"_s, 1}, {u"info"_s, QJsonObject{{u"company"_s, u"Stale"_s}}}});
    QCOMPARE(result.status, 409);
    QCOMPARE(appCode(result), QStringLiteral("CONTACT_ALREADY_CHANGED"));

    result = http.postJson(
        site.url(u"/contacts/v4/contacts/query"_s),
        {{u"query"_s, QJsonObject{{u"filter"_s, QJsonObject{{u"info.name.last"_s, u"Kvåle"_s}}}}}});
    QCOMPARE(result.json()[u"pagingMetadata"][u"total"].toInt(), 1);

    QCOMPARE(http.postJson(site.url(u"/__sandbox/members"_s), {{u"contactId"_s, id}}).status, 200);
    result = http.deleteResource(site.url(u"/contacts/v4/contacts/"_s + id));
    QCOMPARE(result.status, 428);
    QCOMPARE(appCode(result), QStringLiteral("CONTACT_IS_SITE_MEMBER"));
    QCOMPARE(http.get(site.url(u"/contacts/v4/contacts/"_s + id)).status, 200);
    QCOMPARE(http.get(site.url(u"/contacts/v4/contacts/nope"_s)).status, 404);

    const QJsonObject requests =
        http.get(site.url(u"/__sandbox/stats"_s)).json()[u"requests"_s].toObject();
    QVERIFY2(requests.contains(u"PATCH /contacts/v4/contacts/{id}"_s),
             QJsonDocument(requests).toJson().constData());
}

void WixHttpTests::testV3QueryGetFormAndCatalogSwitchOverHttp()
{
    WixServer site({});
    site.wix().seed({.contacts = 0, .products = 8, .companies = 0, .randomSeed = 3});
    TestHttpClient http;
    http.setDefaultHeaders({{"Authorization"_ba, "any"_ba}, {"wix-site-id"_ba, "any"_ba}});
    const QJsonObject request{
        {u"query"_s,
         QJsonObject{{u"sort"_s, QJsonArray{QJsonObject{{u"fieldName"_s, u"createdDate"_s}}}},
                     {u"cursorPaging"_s, QJsonObject{{u"limit"_s, 5}}}}}};
    const HttpResult viaGet = http.get(site.url(u"/stores/v3/products/query"_s + dotR(request)));
    QCOMPARE(viaGet.status, 200);
    const HttpResult viaPost = http.postJson(site.url(u"/stores/v3/products/query"_s), request);
    QCOMPARE(viaGet.json(), viaPost.json());
    const QStringList firstPage = idsOf(viaGet.json()[u"products"_s].toArray());
    QCOMPARE(firstPage.size(), 5);
    const QString cursor = viaGet.json()[u"pagingMetadata"][u"cursors"][u"next"].toString();
    const QJsonObject next{
        {u"query"_s, QJsonObject{{u"cursorPaging"_s, QJsonObject{{u"cursor"_s, cursor}}}}}};
    const QStringList secondPage =
        idsOf(http.get(site.url(u"/stores/v3/products/query"_s + dotR(next)))
                  .json()[u"products"_s]
                  .toArray());
    QCOMPARE(secondPage.size(), 3);

    QCOMPARE(http.postJson(site.url(u"/__sandbox/catalog"_s), {{u"catalog"_s, u"v1"_s}}).status,
             200);
    const HttpResult refused = http.get(site.url(u"/stores/v3/products/query"_s + dotR(request)));
    QCOMPARE(refused.status, 428);
    QCOMPARE(appCode(refused), QStringLiteral("CATALOG_V1_SITE_CALLING_CATALOG_V3_API"));
    const QJsonObject v1Request{
        {u"query"_s, QJsonObject{{u"sort"_s, u"[{\"createdDate\": \"asc\"}]"_s}}},
        {u"includeHiddenProducts"_s, true}};
    const HttpResult v1 = http.postJson(site.url(u"/stores/v1/products/query"_s), v1Request);
    QCOMPARE(v1.status, 200);
    QCOMPARE(idsOf(v1.json()[u"products"_s].toArray()), firstPage + secondPage);
    QCOMPARE(http.get(site.url(u"/stores/v3/provision/version"_s))
                 .json()[u"catalogVersion"_s]
                 .toString(),
             QStringLiteral("V1_CATALOG"));
}

void WixHttpTests::testUnauthorizedOverHttp()
{
    WixServer site({u"key-1"_s, u"site-1"_s, WixCatalog::V3});
    TestHttpClient http;
    HttpResult result = http.get(site.url(u"/stores/v3/provision/version"_s));
    QCOMPARE(result.status, 401);
    QCOMPARE(appCode(result), QStringLiteral("UNAUTHENTICATED"));
    result = http.get(site.url(u"/stores/v3/provision/version"_s),
                      {{"Authorization"_ba, "key-2"_ba}, {"wix-site-id"_ba, "site-1"_ba}});
    QCOMPARE(result.status, 401);
    result = http.get(site.url(u"/stores/v3/provision/version"_s),
                      {{"Authorization"_ba, "key-1"_ba}, {"wix-site-id"_ba, "site-1"_ba}});
    QCOMPARE(result.status, 200);
}

void WixHttpTests::testFilterOnEveryFieldOverHttp()
{
    WixServer site({});
    TestHttpClient http;
    http.setDefaultHeaders({{"Authorization"_ba, "k"_ba}, {"wix-site-id"_ba, "s"_ba}});
    QHash<QString, QJsonObject> made; // by first name
    for (const QString &first : {u"Anne"_s, u"Bjørn"_s, u"Cæcilie"_s}) {
        const QString mail = first.left(1).toLower() + QStringLiteral("@example.no");
        const QJsonObject info{
            {u"name"_s, QJsonObject{{u"first"_s, first}}},
            {u"emails"_s, QJsonObject{{u"items"_s, QJsonArray{QJsonObject{{u"email"_s, mail}}}}}},
            {u"phones"_s,
             QJsonObject{{u"items"_s,
                          QJsonArray{QJsonObject{{u"phone"_s, QString(u"9"_s + mail.left(1))}}}}}}};
        const HttpResult created =
            http.postJson(site.url(u"/contacts/v4/contacts"_s), {{u"info"_s, info}});
        QCOMPARE(created.status, 200);
        made.insert(first, created.json()[u"contact"_s].toObject());
    }
    const QString bjorn = u"Bjørn"_s, cecilie = u"Cæcilie"_s;
    // Bjørn changes after Cæcilie was created: updatedDate and createdDate now disagree.
    const HttpResult updated = http.patchJson(
        site.url(u"/contacts/v4/contacts/"_s + made[bjorn][u"id"_s].toString()),
        {{u"revision"_s, 1}, {u"info"_s, QJsonObject{{u"jobTitle"_s, u"Snekker"_s}}}});
    QCOMPARE(updated.status, 200);
    QVERIFY(updated.json()[u"contact"_s].toObject().value(u"updatedDate"_s).toString()
            > made[cecilie][u"updatedDate"_s].toString());

    const auto field = [&](const QString &name, const QString &op, const QJsonValue &value) {
        return QJsonObject{{name, QJsonObject{{op, value}}}};
    };
    const auto of = [&](const QString &first, const QString &key) -> QJsonValue {
        return made.value(first).value(key);
    };
    const QString anne = QStringLiteral("Anne");
    const QList<QPair<QJsonObject, QStringList>> cases{
        {field(u"updatedDate"_s, u"$gt"_s, of(cecilie, u"updatedDate"_s)), {bjorn}},
        {field(u"updatedDate"_s, u"$lte"_s, of(cecilie, u"updatedDate"_s)), {anne, cecilie}},
        {field(u"updatedDate"_s, u"$lt"_s, of(anne, u"updatedDate"_s)), {}},
        {field(u"createdDate"_s, u"$gte"_s, of(bjorn, u"createdDate"_s)), {bjorn, cecilie}},
        {field(u"createdDate"_s, u"$lt"_s, of(bjorn, u"createdDate"_s)), {anne}},
        {field(u"id"_s, u"$eq"_s, of(bjorn, u"id"_s)), {bjorn}},
        {field(u"id"_s, u"$ne"_s, of(anne, u"id"_s)), {bjorn, cecilie}},
        {field(u"id"_s, u"$in"_s, QJsonArray{of(anne, u"id"_s), of(cecilie, u"id"_s)}),
         {anne, cecilie}},
        {field(u"primaryInfo.email"_s, u"$eq"_s, u"c@example.no"_s), {cecilie}},
        {field(u"primaryInfo.email"_s, u"$in"_s, QJsonArray{u"a@example.no"_s, u"x@example.no"_s}),
         {anne}},
        {field(u"primaryInfo.phone"_s, u"$ne"_s, u"9b"_s), {anne, cecilie}},
        {field(u"info.name.last"_s, u"$eq"_s, QJsonValue::Null), {anne, bjorn, cecilie}},
        {QJsonObject{{u"$or"_s,
                      QJsonArray{field(u"id"_s, u"$eq"_s, of(anne, u"id"_s)),
                                 field(u"primaryInfo.email"_s, u"$eq"_s, u"c@example.no"_s)}}},
         {anne, cecilie}},
        {QJsonObject{
             {u"$and"_s,
              QJsonArray{field(u"createdDate"_s, u"$gt"_s, of(anne, u"createdDate"_s)),
                         field(u"updatedDate"_s, u"$lte"_s, of(cecilie, u"updatedDate"_s))}}},
         {cecilie}},
    };
    for (const auto &[filter, expected] : cases) {
        const QJsonObject query{
            {u"filter"_s, filter},
            {u"sort"_s,
             QJsonArray{QJsonObject{{u"fieldName"_s, u"createdDate"_s}, {u"order"_s, u"ASC"_s}}}},
            {u"fields"_s, QJsonArray{u"info.name"_s}}};
        const HttpResult found =
            http.postJson(site.url(u"/contacts/v4/contacts/query"_s), {{u"query"_s, query}});
        QCOMPARE(found.status, 200);
        QStringList names;
        for (const QJsonValue &contact : found.json()[u"contacts"_s].toArray())
            names << contact[u"info"_s][u"name"_s][u"first"_s].toString();
        QVERIFY2(names == expected,
                 QByteArray(QJsonDocument(filter).toJson(QJsonDocument::Compact) + " gave "
                            + names.join(u',').toUtf8())
                     .constData());
    }
}

} // namespace Tandem::Sandbox::Test
