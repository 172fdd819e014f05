#include "wixhttptests.h"

#include "sandboxserver.h"
#include "testhttpclient.h"
#include "wixbackend.h"
#include "wixtestsupport.h"

#include <QTest>

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
    QUrl url(const QString &target) const
    {
        return QUrl(server.baseUrl().toString() + target);
    }
    WixBackend &wix() { return static_cast<WixBackend &>(server.backend()); }

    SandboxServer server;
    quint16 port = 0;
};

} // namespace

void WixHttpTests::testContactsOverHttp()
{
    WixServer site({"key-1", "site-1", WixCatalog::V3});
    QVERIFY(site.port != 0);
    TestHttpClient http;
    http.setDefaultHeaders({{"Authorization", "key-1"}, {"wix-site-id", "site-1"}});

    const QJsonObject info{{"name", QJsonObject{{"first", "Ørjan"}, {"last", "Kvåle"}}},
                           {"phones", QJsonObject{{"items", QJsonArray{QJsonObject{
                                                                {"countryCode", "NO"}, {"phone", "900 12 345"}}}}}}};
    HttpResult result = http.postJson(site.url("/contacts/v4/contacts"), {{"info", info}});
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").startsWith("application/json"));
    const QJsonObject contact = result.json()["contact"].toObject();
    const QString id = contact["id"].toString();
    QCOMPARE(contact["primaryInfo"]["phone"].toString(), QStringLiteral("900 12 345"));
    QCOMPARE(contact["info"]["name"]["first"].toString(), QStringLiteral("Ørjan")); // UTF-8 both ways

    result = http.patchJson(site.url("/contacts/v4/contacts/" + id),
                            {{"revision", 1}, {"info", QJsonObject{{"company", "Kvåle AS"}}}});
    QCOMPARE(result.status, 200);
    result = http.patchJson(site.url("/contacts/v4/contacts/" + id),
                            {{"revision", 1}, {"info", QJsonObject{{"company", "Stale"}}}});
    QCOMPARE(result.status, 409);
    QCOMPARE(appCode(result), QStringLiteral("CONTACT_ALREADY_CHANGED"));

    result = http.postJson(site.url("/contacts/v4/contacts/query"),
                           {{"query", QJsonObject{{"filter", QJsonObject{{"info.name.last", "Kvåle"}}}}}});
    QCOMPARE(result.json()[u"pagingMetadata"][u"total"].toInt(), 1);

    QCOMPARE(http.postJson(site.url("/__sandbox/members"), {{"contactId", id}}).status, 200);
    result = http.deleteResource(site.url("/contacts/v4/contacts/" + id));
    QCOMPARE(result.status, 428);
    QCOMPARE(appCode(result), QStringLiteral("CONTACT_IS_SITE_MEMBER"));
    QCOMPARE(http.get(site.url("/contacts/v4/contacts/" + id)).status, 200);
    QCOMPARE(http.get(site.url("/contacts/v4/contacts/nope")).status, 404);

    const QJsonObject requests = http.get(site.url("/__sandbox/stats")).json()["requests"].toObject();
    QVERIFY2(requests.contains("PATCH /contacts/v4/contacts/{id}"),
             QJsonDocument(requests).toJson().constData());
}

void WixHttpTests::testV3QueryGetFormAndCatalogSwitchOverHttp()
{
    WixServer site({});
    site.wix().seed({.contacts = 0, .products = 8, .companies = 0, .randomSeed = 3});
    TestHttpClient http;
    http.setDefaultHeaders({{"Authorization", "any"}, {"wix-site-id", "any"}});
    const QJsonObject request{{"query", QJsonObject{{"sort", QJsonArray{QJsonObject{{"fieldName", "createdDate"}}}},
                                                    {"cursorPaging", QJsonObject{{"limit", 5}}}}}};
    const HttpResult viaGet = http.get(site.url("/stores/v3/products/query" + dotR(request)));
    QCOMPARE(viaGet.status, 200);
    const HttpResult viaPost = http.postJson(site.url("/stores/v3/products/query"), request);
    QCOMPARE(viaGet.json(), viaPost.json());
    const QStringList firstPage = idsOf(viaGet.json()["products"].toArray());
    QCOMPARE(firstPage.size(), 5);
    const QString cursor = viaGet.json()[u"pagingMetadata"][u"cursors"][u"next"].toString();
    const QJsonObject next{{"query", QJsonObject{{"cursorPaging", QJsonObject{{"cursor", cursor}}}}}};
    const QStringList secondPage =
        idsOf(http.get(site.url("/stores/v3/products/query" + dotR(next))).json()["products"].toArray());
    QCOMPARE(secondPage.size(), 3);

    QCOMPARE(http.postJson(site.url("/__sandbox/catalog"), {{"catalog", "v1"}}).status, 200);
    const HttpResult refused = http.get(site.url("/stores/v3/products/query" + dotR(request)));
    QCOMPARE(refused.status, 428);
    QCOMPARE(appCode(refused), QStringLiteral("CATALOG_V1_SITE_CALLING_CATALOG_V3_API"));
    const QJsonObject v1Request{{"query", QJsonObject{{"sort", "[{\"createdDate\": \"asc\"}]"}}},
                                {"includeHiddenProducts", true}};
    const HttpResult v1 = http.postJson(site.url("/stores/v1/products/query"), v1Request);
    QCOMPARE(v1.status, 200);
    QCOMPARE(idsOf(v1.json()["products"].toArray()), firstPage + secondPage);
    QCOMPARE(http.get(site.url("/stores/v3/provision/version")).json()["catalogVersion"].toString(),
             QStringLiteral("V1_CATALOG"));
}

void WixHttpTests::testUnauthorizedOverHttp()
{
    WixServer site({"key-1", "site-1", WixCatalog::V3});
    TestHttpClient http;
    HttpResult result = http.get(site.url("/stores/v3/provision/version"));
    QCOMPARE(result.status, 401);
    QCOMPARE(appCode(result), QStringLiteral("UNAUTHENTICATED"));
    result = http.get(site.url("/stores/v3/provision/version"), {{"Authorization", "key-2"}, {"wix-site-id", "site-1"}});
    QCOMPARE(result.status, 401);
    result = http.get(site.url("/stores/v3/provision/version"), {{"Authorization", "key-1"}, {"wix-site-id", "site-1"}});
    QCOMPARE(result.status, 200);
}

void WixHttpTests::testFilterOnEveryFieldOverHttp()
{
    WixServer site({});
    TestHttpClient http;
    http.setDefaultHeaders({{"Authorization", "k"}, {"wix-site-id", "s"}});
    QHash<QString, QJsonObject> made; // by first name
    for (const char *name : {"Anne", "Bjørn", "Cæcilie"}) {
        const QString first = QString::fromUtf8(name);
        const QString mail = first.left(1).toLower() + QStringLiteral("@example.no");
        const QJsonObject info{
            {"name", QJsonObject{{"first", first}}},
            {"emails", QJsonObject{{"items", QJsonArray{QJsonObject{{"email", mail}}}}}},
            {"phones", QJsonObject{{"items", QJsonArray{QJsonObject{{"phone", "9" + mail.left(1)}}}}}}};
        const HttpResult created = http.postJson(site.url("/contacts/v4/contacts"), {{"info", info}});
        QCOMPARE(created.status, 200);
        made.insert(first, created.json()["contact"].toObject());
    }
    const QString bjorn = QString::fromUtf8("Bjørn"), cecilie = QString::fromUtf8("Cæcilie");
    // Bjørn changes after Cæcilie was created: updatedDate and createdDate now disagree.
    const HttpResult updated = http.patchJson(
        site.url("/contacts/v4/contacts/" + made[bjorn]["id"].toString()),
        {{"revision", 1}, {"info", QJsonObject{{"jobTitle", "Snekker"}}}});
    QCOMPARE(updated.status, 200);
    QVERIFY(updated.json()["contact"].toObject().value("updatedDate").toString()
            > made[cecilie]["updatedDate"].toString());

    const auto field = [&](const char *name, const char *op, const QJsonValue &value) {
        return QJsonObject{{QLatin1String(name), QJsonObject{{QLatin1String(op), value}}}};
    };
    const auto of = [&](const QString &first, const char *key) -> QJsonValue {
        return made.value(first).value(QLatin1String(key));
    };
    const QString anne = QStringLiteral("Anne");
    const QList<QPair<QJsonObject, QStringList>> cases{
        {field("updatedDate", "$gt", of(cecilie, "updatedDate")), {bjorn}},
        {field("updatedDate", "$lte", of(cecilie, "updatedDate")), {anne, cecilie}},
        {field("updatedDate", "$lt", of(anne, "updatedDate")), {}},
        {field("createdDate", "$gte", of(bjorn, "createdDate")), {bjorn, cecilie}},
        {field("createdDate", "$lt", of(bjorn, "createdDate")), {anne}},
        {field("id", "$eq", of(bjorn, "id")), {bjorn}},
        {field("id", "$ne", of(anne, "id")), {bjorn, cecilie}},
        {field("id", "$in", QJsonArray{of(anne, "id"), of(cecilie, "id")}), {anne, cecilie}},
        {field("primaryInfo.email", "$eq", "c@example.no"), {cecilie}},
        {field("primaryInfo.email", "$in", QJsonArray{"a@example.no", "x@example.no"}), {anne}},
        {field("primaryInfo.phone", "$ne", "9b"), {anne, cecilie}},
        {field("info.name.last", "$eq", QJsonValue::Null), {anne, bjorn, cecilie}},
        {QJsonObject{{"$or", QJsonArray{field("id", "$eq", of(anne, "id")),
                                        field("primaryInfo.email", "$eq", "c@example.no")}}},
         {anne, cecilie}},
        {QJsonObject{{"$and", QJsonArray{field("createdDate", "$gt", of(anne, "createdDate")),
                                         field("updatedDate", "$lte", of(cecilie, "updatedDate"))}}},
         {cecilie}},
    };
    for (const auto &[filter, expected] : cases) {
        const QJsonObject query{
            {"filter", filter},
            {"sort", QJsonArray{QJsonObject{{"fieldName", "createdDate"}, {"order", "ASC"}}}},
            {"fields", QJsonArray{"info.name"}}};
        const HttpResult found =
            http.postJson(site.url("/contacts/v4/contacts/query"), {{"query", query}});
        QCOMPARE(found.status, 200);
        QStringList names;
        for (const QJsonValue &contact : found.json()["contacts"].toArray())
            names << contact["info"]["name"]["first"].toString();
        QVERIFY2(names == expected,
                 QJsonDocument(filter).toJson(QJsonDocument::Compact) + " gave " + names.join(',').toUtf8());
    }
}

} // namespace Tandem::Sandbox::Test
