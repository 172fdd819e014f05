// The CRMOffice sandbox over real loopback HTTP: every route and error of the contract
// (docs/contracts/crmoffice.md), paging while records change, ETag races; the OAuth flow is
// in crmoauthtests.cpp. Both run in this one executable.

#include "sandbox/crmbackend.h"
#include "tests/sandbox/crmoauthtests.h"
#include "tests/sandbox/crmtestsupport.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tandem::Sandbox;
using namespace Tandem::Test;
using namespace Tandem::Test::CrmTest;

class TestCrmSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRequestsWithoutBearerTokenAre401();
    void testPersonalTokenIsTheOnlyOtherTokenAccepted();
    void testTryItModeAcceptsAnyNonEmptyToken();
    void testCreateAnswers201WithLocationAndEtag();
    void testGetUnknownIdIs404();
    void testPatchIsMergePatchAndBumpsVersion();
    void testPatchMergesNestedAddressFields();
    void testPatchPreconditions();
    void testConcurrentPatchesWithSameEtagOneWins();
    void testDeleteLeavesTombstoneAndHonoursIfMatch();
    void testInvalidValuesAre422_data();
    void testInvalidValuesAre422();
    void testLimitsAreInclusive();
    void testMalformedBodiesAre400();
    void testBadListParametersAre400_data();
    void testBadListParametersAre400();
    void testPageSizeIsCappedAt500();
    void testListIsAscendingByUpdatedAtWithUpdatedSince();
    void testPagingWhileRecordsChangeLosesNothing();
    void testNormalizePhonesStripsSpaces();
    void testEveryAnswerCarriesRateLimitRemaining();
    void testSeedIsDeterministicAndNorwegian();
};

void TestCrmSandbox::testRequestsWithoutBearerTokenAre401()
{
    Crm crm;
    TestHttpClient anonymous;
    const HttpResult none = anonymous.get(crm.url(QStringLiteral("/contacts")));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.header("content-type"_ba), QByteArray("application/problem+json"));
    QVERIFY(none.header("www-authenticate"_ba).startsWith("Bearer"_ba));
    QCOMPARE(none.json().value(QStringLiteral("status")).toInt(), 401);
    const HttpResult empty =
        anonymous.get(crm.url(QStringLiteral("/companies")), {{"Authorization"_ba, "Bearer "_ba}});
    QCOMPARE(empty.status, 401);
    const HttpResult basic = anonymous.get(crm.url(QStringLiteral("/companies")),
                                           {{"Authorization"_ba, "Basic eDp5"_ba}});
    QCOMPARE(basic.status, 401);
}

void TestCrmSandbox::testPersonalTokenIsTheOnlyOtherTokenAccepted()
{
    Crm crm;
    QCOMPARE(crm.client.get(crm.url(QStringLiteral("/contacts"))).status, 200);
    TestHttpClient other;
    const HttpResult wrong =
        other.get(crm.url(QStringLiteral("/contacts")), {{"Authorization"_ba, "Bearer nope"_ba}});
    QCOMPARE(wrong.status, 401);
}

void TestCrmSandbox::testTryItModeAcceptsAnyNonEmptyToken()
{
    SandboxOptions options;
    Crm crm(options);
    TestHttpClient other;
    const HttpResult any = other.get(crm.url(QStringLiteral("/contacts")),
                                     {{"Authorization"_ba, "Bearer anything"_ba}});
    QCOMPARE(any.status, 200);
}

void TestCrmSandbox::testCreateAnswers201WithLocationAndEtag()
{
    Crm crm;
    const HttpResult created = crm.client.postJson(crm.url(QStringLiteral("/contacts")),
                                                   {{u"givenName"_s, u"Åse"_s},
                                                    {u"familyName"_s, u"Ødegård"_s},
                                                    {u"directPhone"_s, u"+47 22 33 44 55"_s}});
    QCOMPARE(created.status, 201);
    const QJsonObject record = created.json();
    const QString id = record.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QStringLiteral("c_")));
    QCOMPARE(record.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(record.value(QStringLiteral("givenName")).toString(), QStringLiteral("Åse"));
    QCOMPARE(created.header("etag"_ba), QByteArray("\"1\""));
    QVERIFY(created.header("location"_ba).endsWith((u"/api/v1/contacts/"_s + id).toUtf8()));
    QVERIFY(record.value(QStringLiteral("createdAt")).toString().endsWith(QLatin1Char('Z')));

    const HttpResult fetched =
        crm.client.get(QUrl(QString::fromUtf8(created.header("location"_ba))));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json(), record);
    QCOMPARE(fetched.header("etag"_ba), QByteArray("\"1\""));

    const HttpResult company =
        crm.client.postJson(crm.url(QStringLiteral("/companies")), {{u"name"_s, u"Acme AS"_s}});
    QCOMPARE(company.status, 201);
    QVERIFY(
        company.json().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("co_")));
}

void TestCrmSandbox::testGetUnknownIdIs404()
{
    Crm crm;
    const HttpResult missing = crm.client.get(crm.url(QStringLiteral("/contacts/c_nothere")));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("content-type"_ba), QByteArray("application/problem+json"));
    QCOMPARE(crm.client.get(crm.url(QStringLiteral("/invoices"))).status, 404);
}

void TestCrmSandbox::testPatchIsMergePatchAndBumpsVersion()
{
    Crm crm;
    const QJsonObject record = crm.createContact(
        {{u"givenName"_s, u"Ada"_s}, {u"familyName"_s, u"Lovelace"_s}, {u"email"_s, u"a@x.no"_s}});
    const QUrl url =
        crm.url(QStringLiteral("/contacts/") + record[QStringLiteral("id")].toString());
    const HttpResult patched = crm.client.patchJson(
        url, {{u"givenName"_s, u"Augusta Ada"_s}, {u"email"_s, QJsonValue::Null}},
        {{"If-Match"_ba, "\"1\""_ba}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.header("etag"_ba), QByteArray("\"2\""));
    const QJsonObject after = patched.json();
    QCOMPARE(after.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(after.value(QStringLiteral("givenName")).toString(), QStringLiteral("Augusta Ada"));
    QCOMPARE(after.value(QStringLiteral("familyName")).toString(), QStringLiteral("Lovelace"));
    QVERIFY(!after.contains(QStringLiteral("email")));
    QVERIFY(after.value(QStringLiteral("updatedAt")).toString()
            > record.value(QStringLiteral("updatedAt")).toString());
    QCOMPARE(crm.client.get(url).json(), after);
}

void TestCrmSandbox::testPatchMergesNestedAddressFields()
{
    Crm crm;
    const HttpResult created =
        crm.client.postJson(crm.url(QStringLiteral("/companies")),
                            {{u"name"_s, u"Fjordkraft Bygg AS"_s},
                             {u"postAddress"_s,
                              QJsonObject{{u"streetAddress"_s, u"Storgata 1"_s},
                                          {u"postCode"_s, u"0150"_s},
                                          {u"postalArea"_s, u"Oslo"_s},
                                          {u"country"_s, u"NO"_s}}}});
    QCOMPARE(created.status, 201);
    const QUrl url =
        crm.url(QStringLiteral("/companies/") + created.json()[QStringLiteral("id")].toString());
    const HttpResult patched = crm.client.patchJson(
        url,
        {{u"postAddress"_s,
          QJsonObject{{u"postCode"_s, u"5003"_s}, {u"postalArea"_s, u"Bergen"_s}}}},
        {{"If-Match"_ba, "*"_ba}});
    QCOMPARE(patched.status, 200);
    const QJsonObject address = patched.json().value(QStringLiteral("postAddress")).toObject();
    QCOMPARE(address.value(QStringLiteral("streetAddress")).toString(),
             QStringLiteral("Storgata 1"));
    QCOMPARE(address.value(QStringLiteral("postCode")).toString(), QStringLiteral("5003"));
    QCOMPARE(address.value(QStringLiteral("postalArea")).toString(), QStringLiteral("Bergen"));

    const HttpResult clearName =
        crm.client.patchJson(url, {{u"name"_s, QJsonValue::Null}}, {{"If-Match"_ba, "*"_ba}});
    QCOMPARE(clearName.status, 422);
    QCOMPARE(problemField(clearName), QStringLiteral("name"));
}

void TestCrmSandbox::testPatchPreconditions()
{
    Crm crm;
    const QJsonObject record = crm.createContact({{u"givenName"_s, u"Kåre"_s}});
    const QUrl url =
        crm.url(QStringLiteral("/contacts/") + record[QStringLiteral("id")].toString());
    QCOMPARE(crm.client.patchJson(url, {{u"givenName"_s, u"K"_s}}).status, 428);
    QCOMPARE(
        crm.client.patchJson(url, {{u"givenName"_s, u"K"_s}}, {{"If-Match"_ba, "\"7\""_ba}}).status,
        412);
    QCOMPARE(crm.client.patchJson(url, {{u"givenName"_s, u"K"_s}}, {{"If-Match"_ba, "W/\"1\""_ba}})
                 .status,
             412);
    QCOMPARE(
        crm.client.patchJson(url, {{u"givenName"_s, u"K"_s}}, {{"If-Match"_ba, "*"_ba}}).status,
        200);
    QCOMPARE(crm.client.get(url).json().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(crm.client
                 .patchJson(crm.url(QStringLiteral("/contacts/c_gone")), {{u"givenName"_s, u"K"_s}},
                            {{"If-Match"_ba, "*"_ba}})
                 .status,
             404);
}

void TestCrmSandbox::testConcurrentPatchesWithSameEtagOneWins()
{
    Crm crm;
    const QJsonObject record =
        crm.createContact({{u"givenName"_s, u"Ingrid"_s}, {u"familyName"_s, u"Dahl"_s}});
    const QUrl url =
        crm.url(QStringLiteral("/contacts/") + record[QStringLiteral("id")].toString());
    const QByteArray etag = crm.client.get(url).header("etag"_ba);
    TestHttpClient second;
    second.setDefaultHeaders({{"Authorization"_ba, "Bearer "_ba + kToken}});
    const HttpResult first =
        crm.client.patchJson(url, {{u"givenName"_s, u"Inga"_s}}, {{"If-Match"_ba, etag}});
    const HttpResult late =
        second.patchJson(url, {{u"familyName"_s, u"Haugen"_s}}, {{"If-Match"_ba, etag}});
    QCOMPARE(first.status, 200);
    QCOMPARE(late.status, 412);
    // The loser re-reads and merges again: both edits survive.
    const HttpResult reread = second.get(url);
    const HttpResult retried = second.patchJson(url, {{u"familyName"_s, u"Haugen"_s}},
                                                {{"If-Match"_ba, reread.header("etag"_ba)}});
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json().value(QStringLiteral("givenName")).toString(), QStringLiteral("Inga"));
    QCOMPARE(retried.json().value(QStringLiteral("familyName")).toString(),
             QStringLiteral("Haugen"));
    QCOMPARE(retried.header("etag"_ba), QByteArray("\"3\""));
}

void TestCrmSandbox::testDeleteLeavesTombstoneAndHonoursIfMatch()
{
    Crm crm;
    const QJsonObject record = crm.createContact({{u"givenName"_s, u"Zoë"_s}});
    const QString id = record[QStringLiteral("id")].toString();
    const QUrl url = crm.url(QStringLiteral("/contacts/") + id);
    QCOMPARE(crm.client.deleteResource(url, {{"If-Match"_ba, "\"9\""_ba}}).status, 412);
    QCOMPARE(crm.client.deleteResource(url, {{"If-Match"_ba, "\"1\""_ba}}).status, 204);
    QCOMPARE(crm.client.get(url).status, 404);
    QCOMPARE(
        crm.client.patchJson(url, {{u"givenName"_s, u"Z"_s}}, {{"If-Match"_ba, "*"_ba}}).status,
        404);
    QCOMPARE(crm.client.deleteResource(url).status, 404);

    const QJsonArray visible = crm.listAll(QStringLiteral("pageSize=10"));
    QVERIFY(visible.isEmpty());
    const QJsonArray all = crm.listAll(QStringLiteral("includeDeleted=true"));
    QCOMPARE(all.size(), 1);
    const QJsonObject tombstone = all.at(0).toObject();
    QCOMPARE(tombstone.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(tombstone.value(QStringLiteral("deleted")).toBool(), true);
    QVERIFY(tombstone.contains(QStringLiteral("updatedAt")));
    QVERIFY(!tombstone.contains(QStringLiteral("givenName")));

    const QJsonObject other = crm.createContact({{u"givenName"_s, u"José"_s}});
    QCOMPARE(crm.client
                 .deleteResource(
                     crm.url(QStringLiteral("/contacts/") + other[QStringLiteral("id")].toString()))
                 .status,
             204); // If-Match is optional on DELETE
}

void TestCrmSandbox::testInvalidValuesAre422_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QString longName(256, QLatin1Char('x'));
    QTest::newRow("name too long")
        << u"contacts"_s << QJsonObject{{u"givenName"_s, longName}} << u"givenName"_s;
    QTest::newRow("phone too long")
        << u"contacts"_s << QJsonObject{{u"directPhone"_s, QString(41, QLatin1Char('1'))}}
        << u"directPhone"_s;
    QTest::newRow("mobile too long")
        << u"contacts"_s << QJsonObject{{u"mobilePhone"_s, QString(41, QLatin1Char('1'))}}
        << u"mobilePhone"_s;
    QTest::newRow("number for string")
        << u"contacts"_s << QJsonObject{{u"familyName"_s, 42}} << u"familyName"_s;
    QTest::newRow("object for string")
        << u"contacts"_s << QJsonObject{{u"email"_s, QJsonObject{{u"a"_s, 1}}}} << u"email"_s;
    QTest::newRow("unknown field")
        << u"contacts"_s << QJsonObject{{u"nickname"_s, u"x"_s}} << u"nickname"_s;
    QTest::newRow("read-only field")
        << u"contacts"_s << QJsonObject{{u"version"_s, 3}} << u"version"_s;
    QTest::newRow("company without name")
        << u"companies"_s << QJsonObject{{u"orgNr"_s, u"923456789"_s}} << u"name"_s;
    QTest::newRow("company empty name")
        << u"companies"_s << QJsonObject{{u"name"_s, u"  "_s}} << u"name"_s;
    QTest::newRow("address not object")
        << u"companies"_s << QJsonObject{{u"name"_s, u"A"_s}, {u"postAddress"_s, u"Oslo"_s}}
        << u"postAddress"_s;
    QTest::newRow("address field too long")
        << u"companies"_s
        << QJsonObject{{u"name"_s, u"A"_s},
                       {u"visitAddress"_s, QJsonObject{{u"postalArea"_s, longName}}}}
        << u"visitAddress.postalArea"_s;
}

void TestCrmSandbox::testInvalidValuesAre422()
{
    QFETCH(QString, collection);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    Crm crm;
    const HttpResult result = crm.client.postJson(crm.url(QLatin1Char('/') + collection), body);
    QCOMPARE(result.status, 422);
    QCOMPARE(result.header("content-type"_ba), QByteArray("application/problem+json"));
    QCOMPARE(result.json().value(QStringLiteral("status")).toInt(), 422);
    QCOMPARE(problemField(result), field);
    QVERIFY(result.json().value(QStringLiteral("detail")).toString().contains(field));
    // Nothing was stored.
    QCOMPARE(crm.client.get(crm.url(QLatin1Char('/') + collection))
                 .json()[QStringLiteral("items")]
                 .toArray()
                 .size(),
             collection == QLatin1String("companies") ? 5 : 0);
}

void TestCrmSandbox::testLimitsAreInclusive()
{
    Crm crm;
    // 255 characters, counted as characters even when not ASCII.
    const QString name = QString(254, QLatin1Char('a')) + QStringLiteral("Ø");
    const HttpResult created = crm.client.postJson(
        crm.url(QStringLiteral("/contacts")),
        {{u"givenName"_s, name}, {u"directPhone"_s, QString(40, QLatin1Char('9'))}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("givenName")).toString(), name);
    const QUrl url =
        crm.url(QStringLiteral("/contacts/") + created.json()[QStringLiteral("id")].toString());
    QCOMPARE(crm.client
                 .patchJson(url, {{u"directPhone"_s, QString(41, QLatin1Char('9'))}},
                            {{"If-Match"_ba, "*"_ba}})
                 .status,
             422);
    QCOMPARE(crm.client.get(url).json().value(QStringLiteral("version")).toInt(), 1);
}

void TestCrmSandbox::testMalformedBodiesAre400()
{
    Crm crm;
    const HttpResult notJson =
        crm.client.send("POST"_ba, crm.url(QStringLiteral("/contacts")), "{\"givenName\": "_ba);
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.header("content-type"_ba), QByteArray("application/problem+json"));
    QVERIFY(
        notJson.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("JSON")));
    QCOMPARE(crm.client.send("POST"_ba, crm.url(QStringLiteral("/contacts")), "[1,2]"_ba).status,
             400);
    const QJsonObject record = crm.createContact({{u"givenName"_s, u"Bjørn"_s}});
    const QUrl url =
        crm.url(QStringLiteral("/contacts/") + record[QStringLiteral("id")].toString());
    QCOMPARE(crm.client.send("PATCH"_ba, url, "not json"_ba, {{"If-Match"_ba, "*"_ba}}).status,
             400);
    QCOMPARE(crm.client.send("PUT"_ba, url, "{}"_ba).status, 405);
}

void TestCrmSandbox::testBadListParametersAre400_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("updatedSince garbage") << u"updatedSince=yesterday"_s;
    QTest::newRow("updatedSince without zone") << u"updatedSince=2026-01-01"_s;
    QTest::newRow("pageSize text") << u"pageSize=ten"_s;
    QTest::newRow("pageSize zero") << u"pageSize=0"_s;
    QTest::newRow("pageToken garbage") << u"pageToken=!!!"_s;
    QTest::newRow("includeDeleted maybe") << u"includeDeleted=maybe"_s;
}

void TestCrmSandbox::testBadListParametersAre400()
{
    QFETCH(QString, query);
    Crm crm;
    const HttpResult result = crm.client.get(crm.url(QStringLiteral("/contacts?") + query));
    QCOMPARE(result.status, 400);
    const QString parameter = query.section(QLatin1Char('='), 0, 0);
    QVERIFY2(result.json().value(QStringLiteral("detail")).toString().contains(parameter),
             result.body.constData());
}

void TestCrmSandbox::testPageSizeIsCappedAt500()
{
    Crm crm(crmOptions(501));
    const QJsonObject page =
        crm.client.get(crm.url(QStringLiteral("/contacts?pageSize=5000"))).json();
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 500);
    QVERIFY(page.contains(QStringLiteral("nextPageToken")));
    QCOMPARE(crm.listAll(QStringLiteral("pageSize=5000")).size(), 501);
}

void TestCrmSandbox::testListIsAscendingByUpdatedAtWithUpdatedSince()
{
    Crm crm;
    const QJsonObject a = crm.createContact({{u"givenName"_s, u"A"_s}});
    const QJsonObject b = crm.createContact({{u"givenName"_s, u"B"_s}});
    const QJsonObject c = crm.createContact({{u"givenName"_s, u"C"_s}});
    crm.client.patchJson(crm.url(QStringLiteral("/contacts/") + a[QStringLiteral("id")].toString()),
                         {{u"givenName"_s, u"A2"_s}}, {{"If-Match"_ba, "*"_ba}});
    const QJsonArray all = crm.listAll(QStringLiteral("pageSize=2"));
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0)[QStringLiteral("givenName")].toString(), QStringLiteral("B"));
    QCOMPARE(all.at(2)[QStringLiteral("givenName")].toString(), QStringLiteral("A2"));
    for (int i = 1; i < all.size(); ++i) {
        QVERIFY(all.at(i - 1)[QStringLiteral("updatedAt")].toString()
                <= all.at(i)[QStringLiteral("updatedAt")].toString());
    }
    // updatedSince is inclusive and takes any offset.
    QUrlQuery since;
    since.addQueryItem(
        QStringLiteral("updatedSince"),
        QString::fromLatin1(QUrl::toPercentEncoding(c[QStringLiteral("updatedAt")].toString())));
    const QJsonArray recent = crm.listAll(since.toString(QUrl::FullyEncoded));
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0)[QStringLiteral("id")], c[QStringLiteral("id")]);
    const QString later = QStringLiteral("updatedSince=")
        + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("2999-01-01T01:00:00+01:00")));
    QVERIFY(crm.listAll(later).isEmpty());
    Q_UNUSED(b);
}

void TestCrmSandbox::testPagingWhileRecordsChangeLosesNothing()
{
    Crm crm(crmOptions(25));
    const QJsonArray before = crm.listAll(QStringLiteral("pageSize=100"));
    QCOMPARE(before.size(), 25);
    QSet<QString> expected;
    for (const QJsonValue &item : before)
        expected.insert(item[QStringLiteral("id")].toString());

    QString created;
    const QJsonArray seen = crm.listAll(QStringLiteral("pageSize=10"), [&](int page) {
        if (page != 0)
            return;
        // After page 1: an already seen record moves to the end (an offset would now skip
        // one), an unseen one is edited, one is added.
        for (const int index : {0, 15}) {
            const QString id = before.at(index)[QStringLiteral("id")].toString();
            QCOMPARE(crm.client
                         .patchJson(crm.url(QStringLiteral("/contacts/") + id),
                                    {{u"givenName"_s, QStringLiteral("Endret %1").arg(index)}},
                                    {{"If-Match"_ba, "*"_ba}})
                         .status,
                     200);
        }
        created = crm.createContact({{u"givenName"_s, u"Ny"_s}})[QStringLiteral("id")].toString();
    });
    expected.insert(created);
    QSet<QString> ids;
    for (const QJsonValue &item : seen)
        ids.insert(item[QStringLiteral("id")].toString());
    QCOMPARE(ids, expected);
    // The edited records come again with their new values.
    QCOMPARE(seen.last()[QStringLiteral("id")].toString(), created);
    QCOMPARE(seen.at(seen.size() - 2)[QStringLiteral("givenName")].toString(),
             QStringLiteral("Endret 15"));
}

void TestCrmSandbox::testNormalizePhonesStripsSpaces()
{
    SandboxOptions options = crmOptions();
    options.normalizePhones = true;
    Crm crm(options);
    const QJsonObject record = crm.createContact(
        {{u"directPhone"_s, u"+47 22 33 44 55"_s}, {u"mobilePhone"_s, u"+47 900 00 000"_s}});
    QCOMPARE(record[QStringLiteral("directPhone")].toString(), QStringLiteral("+4722334455"));
    QCOMPARE(record[QStringLiteral("mobilePhone")].toString(), QStringLiteral("+4790000000"));
    const HttpResult patched = crm.client.patchJson(
        crm.url(QStringLiteral("/contacts/") + record[QStringLiteral("id")].toString()),
        {{u"directPhone"_s, u"(+47) 915 12 345"_s}}, {{"If-Match"_ba, "*"_ba}});
    QCOMPARE(patched.json()[QStringLiteral("directPhone")].toString(),
             QStringLiteral("(+47)91512345"));

    Crm plain;
    QCOMPARE(plain
                 .createContact(
                     {{u"directPhone"_s, u"+47 22 33 44 55"_s}})[QStringLiteral("directPhone")]
                 .toString(),
             QStringLiteral("+47 22 33 44 55"));
}

void TestCrmSandbox::testEveryAnswerCarriesRateLimitRemaining()
{
    Crm crm;
    TestHttpClient anonymous;
    QVERIFY(!crm.client.get(crm.url(QStringLiteral("/contacts")))
                 .header("ratelimit-remaining"_ba)
                 .isEmpty());
    QVERIFY(!anonymous.get(crm.url(QStringLiteral("/contacts")))
                 .header("ratelimit-remaining"_ba)
                 .isEmpty());
    QVERIFY(!crm.client.get(crm.url(QStringLiteral("/contacts/c_x")))
                 .header("ratelimit-remaining"_ba)
                 .isEmpty());
}

void TestCrmSandbox::testSeedIsDeterministicAndNorwegian()
{
    SeedOptions seed;
    seed.companies = 12;
    seed.crmContacts = 20;
    seed.randomSeed = 42;
    const auto fieldsOf = [](const QJsonObject &state, const QString &collection) {
        QJsonArray fields;
        for (const QJsonValue &record : state.value(collection).toArray())
            fields.append(QJsonObject{{u"id"_s, record[QStringLiteral("id")]},
                                      {u"fields"_s, record[QStringLiteral("fields")]}});
        return fields;
    };
    CrmBackend first, second, third;
    first.seed(seed);
    second.seed(seed);
    seed.randomSeed = 43;
    third.seed(seed);
    QCOMPARE(fieldsOf(first.saveState(), u"companies"_s),
             fieldsOf(second.saveState(), u"companies"_s));
    QCOMPARE(fieldsOf(first.saveState(), u"contacts"_s),
             fieldsOf(second.saveState(), u"contacts"_s));
    QVERIFY(fieldsOf(first.saveState(), u"companies"_s)
            != fieldsOf(third.saveState(), u"companies"_s));

    const QJsonArray companies = fieldsOf(first.saveState(), u"companies"_s);
    QCOMPARE(companies.size(), 12);
    int nonAscii = 0, withOrgNr = 0;
    QSet<QString> names;
    for (const QJsonValue &company : companies) {
        const QJsonObject fields = company[QStringLiteral("fields")].toObject();
        const QString name = fields[QStringLiteral("name")].toString();
        names.insert(name);
        nonAscii += name.toLatin1() != name.toUtf8() ? 1 : 0;
        withOrgNr += fields.contains(QStringLiteral("orgNr")) ? 1 : 0;
    }
    QCOMPARE(names.size(), 12);
    QVERIFY(nonAscii > 0);
    QVERIFY(withOrgNr > 0 && withOrgNr < 12);

    CrmBackend fresh;
    fresh.seed(SeedOptions{});
    QVERIFY(fresh.saveState().value(QStringLiteral("contacts")).toArray().isEmpty());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestCrmSandbox records;
    TestCrmOAuth oauth;
    int failures = QTest::qExec(&records, argc, argv);
    failures += QTest::qExec(&oauth, argc, argv);
    return failures == 0 ? 0 : 1;
}

#include "tst_crmsandbox.moc"
