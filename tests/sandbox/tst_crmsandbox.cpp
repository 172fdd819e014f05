// The CRMOffice sandbox over real loopback HTTP: every route and error of the contract
// (docs/contracts/crmoffice.md), paging while records change, ETag races; the OAuth flow is
// in crmoauthtests.cpp. Both run in this one executable.

#include "crmbackend.h"
#include "crmoauthtests.h"
#include "crmtestsupport.h"

#include <QSet>
#include <QTest>

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
    QCOMPARE(none.header("content-type"), QByteArray("application/problem+json"));
    QVERIFY(none.header("www-authenticate").startsWith("Bearer"));
    QCOMPARE(none.json().value(QStringLiteral("status")).toInt(), 401);
    const HttpResult empty =
        anonymous.get(crm.url(QStringLiteral("/companies")), {{"Authorization", "Bearer "}});
    QCOMPARE(empty.status, 401);
    const HttpResult basic =
        anonymous.get(crm.url(QStringLiteral("/companies")), {{"Authorization", "Basic eDp5"}});
    QCOMPARE(basic.status, 401);
}

void TestCrmSandbox::testPersonalTokenIsTheOnlyOtherTokenAccepted()
{
    Crm crm;
    QCOMPARE(crm.client.get(crm.url(QStringLiteral("/contacts"))).status, 200);
    TestHttpClient other;
    const HttpResult wrong =
        other.get(crm.url(QStringLiteral("/contacts")), {{"Authorization", "Bearer nope"}});
    QCOMPARE(wrong.status, 401);
}

void TestCrmSandbox::testTryItModeAcceptsAnyNonEmptyToken()
{
    SandboxOptions options;
    Crm crm(options);
    TestHttpClient other;
    const HttpResult any =
        other.get(crm.url(QStringLiteral("/contacts")), {{"Authorization", "Bearer anything"}});
    QCOMPARE(any.status, 200);
}

void TestCrmSandbox::testCreateAnswers201WithLocationAndEtag()
{
    Crm crm;
    const HttpResult created = crm.client.postJson(
        crm.url(QStringLiteral("/contacts")),
        {{"givenName", "Åse"}, {"familyName", "Ødegård"}, {"directPhone", "+47 22 33 44 55"}});
    QCOMPARE(created.status, 201);
    const QJsonObject record = created.json();
    const QString id = record.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QStringLiteral("c_")));
    QCOMPARE(record.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(record.value(QStringLiteral("givenName")).toString(), QStringLiteral("Åse"));
    QCOMPARE(created.header("etag"), QByteArray("\"1\""));
    QVERIFY(created.header("location").endsWith(("/api/v1/contacts/" + id).toUtf8()));
    QVERIFY(record.value(QStringLiteral("createdAt")).toString().endsWith(QLatin1Char('Z')));

    const HttpResult fetched = crm.client.get(QUrl(QString::fromUtf8(created.header("location"))));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json(), record);
    QCOMPARE(fetched.header("etag"), QByteArray("\"1\""));

    const HttpResult company =
        crm.client.postJson(crm.url(QStringLiteral("/companies")), {{"name", "Acme AS"}});
    QCOMPARE(company.status, 201);
    QVERIFY(company.json().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("co_")));
}

void TestCrmSandbox::testGetUnknownIdIs404()
{
    Crm crm;
    const HttpResult missing = crm.client.get(crm.url(QStringLiteral("/contacts/c_nothere")));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(crm.client.get(crm.url(QStringLiteral("/invoices"))).status, 404);
}

void TestCrmSandbox::testPatchIsMergePatchAndBumpsVersion()
{
    Crm crm;
    const QJsonObject record =
        crm.createContact({{"givenName", "Ada"}, {"familyName", "Lovelace"}, {"email", "a@x.no"}});
    const QUrl url = crm.url(QStringLiteral("/contacts/") + record[QStringLiteral("id")].toString());
    const HttpResult patched = crm.client.patchJson(
        url, {{"givenName", "Augusta Ada"}, {"email", QJsonValue::Null}}, {{"If-Match", "\"1\""}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.header("etag"), QByteArray("\"2\""));
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
    const HttpResult created = crm.client.postJson(
        crm.url(QStringLiteral("/companies")),
        {{"name", "Fjordkraft Bygg AS"},
         {"postAddress", QJsonObject{{"streetAddress", "Storgata 1"}, {"postCode", "0150"},
                                     {"postalArea", "Oslo"}, {"country", "NO"}}}});
    QCOMPARE(created.status, 201);
    const QUrl url = crm.url(QStringLiteral("/companies/") + created.json()[QStringLiteral("id")].toString());
    const HttpResult patched = crm.client.patchJson(
        url, {{"postAddress", QJsonObject{{"postCode", "5003"}, {"postalArea", "Bergen"}}}},
        {{"If-Match", "*"}});
    QCOMPARE(patched.status, 200);
    const QJsonObject address = patched.json().value(QStringLiteral("postAddress")).toObject();
    QCOMPARE(address.value(QStringLiteral("streetAddress")).toString(), QStringLiteral("Storgata 1"));
    QCOMPARE(address.value(QStringLiteral("postCode")).toString(), QStringLiteral("5003"));
    QCOMPARE(address.value(QStringLiteral("postalArea")).toString(), QStringLiteral("Bergen"));

    const HttpResult clearName =
        crm.client.patchJson(url, {{"name", QJsonValue::Null}}, {{"If-Match", "*"}});
    QCOMPARE(clearName.status, 422);
    QCOMPARE(problemField(clearName), QStringLiteral("name"));
}

void TestCrmSandbox::testPatchPreconditions()
{
    Crm crm;
    const QJsonObject record = crm.createContact({{"givenName", "Kåre"}});
    const QUrl url = crm.url(QStringLiteral("/contacts/") + record[QStringLiteral("id")].toString());
    QCOMPARE(crm.client.patchJson(url, {{"givenName", "K"}}).status, 428);
    QCOMPARE(crm.client.patchJson(url, {{"givenName", "K"}}, {{"If-Match", "\"7\""}}).status, 412);
    QCOMPARE(crm.client.patchJson(url, {{"givenName", "K"}}, {{"If-Match", "W/\"1\""}}).status, 412);
    QCOMPARE(crm.client.patchJson(url, {{"givenName", "K"}}, {{"If-Match", "*"}}).status, 200);
    QCOMPARE(crm.client.get(url).json().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(crm.client.patchJson(crm.url(QStringLiteral("/contacts/c_gone")), {{"givenName", "K"}},
                                  {{"If-Match", "*"}})
                 .status,
             404);
}

void TestCrmSandbox::testConcurrentPatchesWithSameEtagOneWins()
{
    Crm crm;
    const QJsonObject record = crm.createContact({{"givenName", "Ingrid"}, {"familyName", "Dahl"}});
    const QUrl url = crm.url(QStringLiteral("/contacts/") + record[QStringLiteral("id")].toString());
    const QByteArray etag = crm.client.get(url).header("etag");
    TestHttpClient second;
    second.setDefaultHeaders({{"Authorization", "Bearer " + kToken}});
    const HttpResult first = crm.client.patchJson(url, {{"givenName", "Inga"}}, {{"If-Match", etag}});
    const HttpResult late = second.patchJson(url, {{"familyName", "Haugen"}}, {{"If-Match", etag}});
    QCOMPARE(first.status, 200);
    QCOMPARE(late.status, 412);
    // The loser re-reads and merges again: both edits survive.
    const HttpResult reread = second.get(url);
    const HttpResult retried =
        second.patchJson(url, {{"familyName", "Haugen"}}, {{"If-Match", reread.header("etag")}});
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json().value(QStringLiteral("givenName")).toString(), QStringLiteral("Inga"));
    QCOMPARE(retried.json().value(QStringLiteral("familyName")).toString(), QStringLiteral("Haugen"));
    QCOMPARE(retried.header("etag"), QByteArray("\"3\""));
}

void TestCrmSandbox::testDeleteLeavesTombstoneAndHonoursIfMatch()
{
    Crm crm;
    const QJsonObject record = crm.createContact({{"givenName", "Zoë"}});
    const QString id = record[QStringLiteral("id")].toString();
    const QUrl url = crm.url(QStringLiteral("/contacts/") + id);
    QCOMPARE(crm.client.deleteResource(url, {{"If-Match", "\"9\""}}).status, 412);
    QCOMPARE(crm.client.deleteResource(url, {{"If-Match", "\"1\""}}).status, 204);
    QCOMPARE(crm.client.get(url).status, 404);
    QCOMPARE(crm.client.patchJson(url, {{"givenName", "Z"}}, {{"If-Match", "*"}}).status, 404);
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

    const QJsonObject other = crm.createContact({{"givenName", "José"}});
    QCOMPARE(crm.client.deleteResource(crm.url(QStringLiteral("/contacts/") + other[QStringLiteral("id")].toString()))
                 .status,
             204); // If-Match is optional on DELETE
}

void TestCrmSandbox::testInvalidValuesAre422_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QString longName(256, QLatin1Char('x'));
    QTest::newRow("name too long") << "contacts" << QJsonObject{{"givenName", longName}} << "givenName";
    QTest::newRow("phone too long")
        << "contacts" << QJsonObject{{"directPhone", QString(41, QLatin1Char('1'))}} << "directPhone";
    QTest::newRow("mobile too long")
        << "contacts" << QJsonObject{{"mobilePhone", QString(41, QLatin1Char('1'))}} << "mobilePhone";
    QTest::newRow("number for string") << "contacts" << QJsonObject{{"familyName", 42}} << "familyName";
    QTest::newRow("object for string")
        << "contacts" << QJsonObject{{"email", QJsonObject{{"a", 1}}}} << "email";
    QTest::newRow("unknown field") << "contacts" << QJsonObject{{"nickname", "x"}} << "nickname";
    QTest::newRow("read-only field") << "contacts" << QJsonObject{{"version", 3}} << "version";
    QTest::newRow("company without name") << "companies" << QJsonObject{{"orgNr", "923456789"}} << "name";
    QTest::newRow("company empty name") << "companies" << QJsonObject{{"name", "  "}} << "name";
    QTest::newRow("address not object")
        << "companies" << QJsonObject{{"name", "A"}, {"postAddress", "Oslo"}} << "postAddress";
    QTest::newRow("address field too long")
        << "companies"
        << QJsonObject{{"name", "A"}, {"visitAddress", QJsonObject{{"postalArea", longName}}}}
        << "visitAddress.postalArea";
}

void TestCrmSandbox::testInvalidValuesAre422()
{
    QFETCH(QString, collection);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    Crm crm;
    const HttpResult result = crm.client.postJson(crm.url(QLatin1Char('/') + collection), body);
    QCOMPARE(result.status, 422);
    QCOMPARE(result.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(result.json().value(QStringLiteral("status")).toInt(), 422);
    QCOMPARE(problemField(result), field);
    QVERIFY(result.json().value(QStringLiteral("detail")).toString().contains(field));
    // Nothing was stored.
    QCOMPARE(crm.client.get(crm.url(QLatin1Char('/') + collection)).json()[QStringLiteral("items")]
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
        {{"givenName", name}, {"directPhone", QString(40, QLatin1Char('9'))}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("givenName")).toString(), name);
    const QUrl url = crm.url(QStringLiteral("/contacts/") + created.json()[QStringLiteral("id")].toString());
    QCOMPARE(crm.client.patchJson(url, {{"directPhone", QString(41, QLatin1Char('9'))}}, {{"If-Match", "*"}})
                 .status,
             422);
    QCOMPARE(crm.client.get(url).json().value(QStringLiteral("version")).toInt(), 1);
}

void TestCrmSandbox::testMalformedBodiesAre400()
{
    Crm crm;
    const HttpResult notJson =
        crm.client.send("POST", crm.url(QStringLiteral("/contacts")), "{\"givenName\": ");
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.header("content-type"), QByteArray("application/problem+json"));
    QVERIFY(notJson.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("JSON")));
    QCOMPARE(crm.client.send("POST", crm.url(QStringLiteral("/contacts")), "[1,2]").status, 400);
    const QJsonObject record = crm.createContact({{"givenName", "Bjørn"}});
    const QUrl url = crm.url(QStringLiteral("/contacts/") + record[QStringLiteral("id")].toString());
    QCOMPARE(crm.client.send("PATCH", url, "not json", {{"If-Match", "*"}}).status, 400);
    QCOMPARE(crm.client.send("PUT", url, "{}").status, 405);
}

void TestCrmSandbox::testBadListParametersAre400_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("updatedSince garbage") << "updatedSince=yesterday";
    QTest::newRow("updatedSince without zone") << "updatedSince=2026-01-01";
    QTest::newRow("pageSize text") << "pageSize=ten";
    QTest::newRow("pageSize zero") << "pageSize=0";
    QTest::newRow("pageToken garbage") << "pageToken=!!!";
    QTest::newRow("includeDeleted maybe") << "includeDeleted=maybe";
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
    const QJsonObject page = crm.client.get(crm.url(QStringLiteral("/contacts?pageSize=5000"))).json();
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 500);
    QVERIFY(page.contains(QStringLiteral("nextPageToken")));
    QCOMPARE(crm.listAll(QStringLiteral("pageSize=5000")).size(), 501);
}

void TestCrmSandbox::testListIsAscendingByUpdatedAtWithUpdatedSince()
{
    Crm crm;
    const QJsonObject a = crm.createContact({{"givenName", "A"}});
    const QJsonObject b = crm.createContact({{"givenName", "B"}});
    const QJsonObject c = crm.createContact({{"givenName", "C"}});
    crm.client.patchJson(crm.url(QStringLiteral("/contacts/") + a[QStringLiteral("id")].toString()),
                         {{"givenName", "A2"}}, {{"If-Match", "*"}});
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
    since.addQueryItem(QStringLiteral("updatedSince"),
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
                                    {{"givenName", QStringLiteral("Endret %1").arg(index)}},
                                    {{"If-Match", "*"}})
                         .status,
                     200);
        }
        created = crm.createContact({{"givenName", "Ny"}})[QStringLiteral("id")].toString();
    });
    expected.insert(created);
    QSet<QString> ids;
    for (const QJsonValue &item : seen)
        ids.insert(item[QStringLiteral("id")].toString());
    QCOMPARE(ids, expected);
    // The edited records come again with their new values.
    QCOMPARE(seen.last()[QStringLiteral("id")].toString(), created);
    QCOMPARE(seen.at(seen.size() - 2)[QStringLiteral("givenName")].toString(), QStringLiteral("Endret 15"));
}

void TestCrmSandbox::testNormalizePhonesStripsSpaces()
{
    SandboxOptions options = crmOptions();
    options.normalizePhones = true;
    Crm crm(options);
    const QJsonObject record =
        crm.createContact({{"directPhone", "+47 22 33 44 55"}, {"mobilePhone", "+47 900 00 000"}});
    QCOMPARE(record[QStringLiteral("directPhone")].toString(), QStringLiteral("+4722334455"));
    QCOMPARE(record[QStringLiteral("mobilePhone")].toString(), QStringLiteral("+4790000000"));
    const HttpResult patched = crm.client.patchJson(
        crm.url(QStringLiteral("/contacts/") + record[QStringLiteral("id")].toString()),
        {{"directPhone", "(+47) 915 12 345"}}, {{"If-Match", "*"}});
    QCOMPARE(patched.json()[QStringLiteral("directPhone")].toString(), QStringLiteral("(+47)91512345"));

    Crm plain;
    QCOMPARE(plain.createContact({{"directPhone", "+47 22 33 44 55"}})[QStringLiteral("directPhone")].toString(),
             QStringLiteral("+47 22 33 44 55"));
}

void TestCrmSandbox::testEveryAnswerCarriesRateLimitRemaining()
{
    Crm crm;
    TestHttpClient anonymous;
    QVERIFY(!crm.client.get(crm.url(QStringLiteral("/contacts"))).header("ratelimit-remaining").isEmpty());
    QVERIFY(!anonymous.get(crm.url(QStringLiteral("/contacts"))).header("ratelimit-remaining").isEmpty());
    QVERIFY(!crm.client.get(crm.url(QStringLiteral("/contacts/c_x"))).header("ratelimit-remaining").isEmpty());
}

void TestCrmSandbox::testSeedIsDeterministicAndNorwegian()
{
    SeedOptions seed;
    seed.companies = 12;
    seed.crmContacts = 20;
    seed.randomSeed = 42;
    const auto fieldsOf = [](const QJsonObject &state, const char *collection) {
        QJsonArray fields;
        for (const QJsonValue &record : state.value(QLatin1String(collection)).toArray())
            fields.append(QJsonObject{{"id", record[QStringLiteral("id")]},
                                      {"fields", record[QStringLiteral("fields")]}});
        return fields;
    };
    CrmBackend first, second, third;
    first.seed(seed);
    second.seed(seed);
    seed.randomSeed = 43;
    third.seed(seed);
    QCOMPARE(fieldsOf(first.saveState(), "companies"), fieldsOf(second.saveState(), "companies"));
    QCOMPARE(fieldsOf(first.saveState(), "contacts"), fieldsOf(second.saveState(), "contacts"));
    QVERIFY(fieldsOf(first.saveState(), "companies") != fieldsOf(third.saveState(), "companies"));

    const QJsonArray companies = fieldsOf(first.saveState(), "companies");
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
