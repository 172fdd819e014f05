#include "wixcontactstests.h"

#include "wixcontactsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace Tandem::Sandbox::Test {

namespace {

const QRegularExpression Rfc3339Ms(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));

} // namespace

void WixContactsTests::testAuthNeedsKeyAndSiteId()
{
    WixBackend wix({});
    Answer answer = call(wix, makeRequest("GET", "/contacts/v4/contacts/x", {}, false));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.code(), QStringLiteral("UNAUTHENTICATED"));
    QVERIFY(!answer.json.value("message").toString().isEmpty());
    Request onlyKey = makeRequest("GET", "/contacts/v4/contacts/x", {}, false);
    onlyKey.headers.insert("authorization", "anything");
    QCOMPARE(call(wix, onlyKey).status, 401);
    onlyKey.headers.insert("wix-site-id", "any-site");
    QCOMPARE(call(wix, onlyKey).status, 404); // authorized: the contact just does not exist
}

void WixContactsTests::testAuthChecksConfiguredKeyAndSite()
{
    WixBackend wix({"secret-key", "site-1", WixCatalog::V3});
    Request request = makeRequest("GET", "/stores/v3/provision/version", {}, false);
    request.headers.insert("authorization", "secret-key");
    request.headers.insert("wix-site-id", "site-2");
    QCOMPARE(call(wix, request).status, 401);
    request.headers.insert("authorization", "Bearer secret-key"); // Wix takes the bare key
    request.headers.insert("wix-site-id", "site-1");
    QCOMPARE(call(wix, request).status, 401);
    request.headers.insert("authorization", "secret-key");
    QCOMPARE(call(wix, request).status, 200);
}

void WixContactsTests::testCreateAndGetContact()
{
    WixBackend wix({});
    const QJsonObject created = create(
        wix, info("Ørjan", "Kvåle", {phone("22 33 44 55", "NO", true)}, "orjan@example.com"));
    const QString id = created.value("id").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.value("revision").toInt(), 1);
    QVERIFY(Rfc3339Ms.match(created.value("createdDate").toString()).hasMatch());
    QCOMPARE(created.value("updatedDate"), created.value("createdDate"));
    const QJsonObject item = created["info"]["phones"]["items"][0].toObject();
    QVERIFY(!item.value("id").toString().isEmpty());
    QCOMPARE(item.value("e164Phone").toString(), QStringLiteral("+4722334455"));
    QCOMPARE(created["primaryInfo"]["phone"].toString(), QStringLiteral("22 33 44 55"));
    QCOMPARE(created["primaryInfo"]["email"].toString(), QStringLiteral("orjan@example.com"));

    const Answer got = call(wix, "GET", "/contacts/v4/contacts/" + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.object("contact"), created);
    QCOMPARE(call(wix, "GET", "/contacts/v4/contacts/no-such-id").status, 404);
    QCOMPARE(call(wix, "GET", "/contacts/v4/contacts/no-such-id").code(),
             QStringLiteral("NOT_FOUND"));
}

void WixContactsTests::testPrimaryInfoIsReadOnly()
{
    WixBackend wix({});
    QJsonObject given = info("Åsa", "Bjørnstad", {phone("+46 8 123 456 78", "SE")});
    given.insert("primaryInfo", QJsonObject{{"phone", "+47 99 99 99 99"}});
    Answer answer = call(wix, "POST", "/contacts/v4/contacts",
                         {{"info", given}, {"primaryInfo", QJsonObject{{"email", "x@y.z"}}}});
    QCOMPARE(answer.status, 200);
    const QJsonObject contact = answer.object("contact");
    // The only phone becomes primary; primaryInfo mirrors it, whatever the client wrote.
    QCOMPARE(contact["primaryInfo"]["phone"].toString(), QStringLiteral("+46 8 123 456 78"));
    QVERIFY(!contact["primaryInfo"].toObject().contains("email"));
    QCOMPARE(contact["info"]["phones"]["items"][0]["e164Phone"].toString(),
             QStringLiteral("+46812345678"));
}

void WixContactsTests::testPrimaryInfoMirrorsEditedPhones()
{
    WixBackend wix({});
    const QJsonObject created = create(
        wix, info("Zoë", "Ødegård", {phone("22334455", "NO", true), phone("020 7946 0018", "GB")}));
    const QString id = created.value("id").toString();
    QJsonArray items = created["info"]["phones"]["items"].toArray();
    const QString firstId = items.at(0)["id"].toString();
    const QString secondId = items.at(1)["id"].toString();
    QCOMPARE(items.at(1)["e164Phone"].toString(), QStringLiteral("+442079460018"));
    QCOMPARE(created["primaryInfo"]["phone"].toString(), QStringLiteral("22334455"));

    // Make the second phone primary and add a third: existing items keep their ids.
    QJsonObject a = items.at(0).toObject();
    QJsonObject b = items.at(1).toObject();
    a.insert("primary", false);
    b.insert("primary", true);
    const QJsonArray edited{a, b, phone("+49 30 1234 567", "DE")};
    Answer answer =
        call(wix, "PATCH", "/contacts/v4/contacts/" + id,
             {{"revision", 1}, {"info", QJsonObject{{"phones", QJsonObject{{"items", edited}}}}}});
    QCOMPARE(answer.status, 200);
    QJsonObject contact = answer.object("contact");
    items = std::as_const(contact)["info"]["phones"]["items"].toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0)["id"].toString(), firstId);
    QCOMPARE(items.at(1)["id"].toString(), secondId);
    QVERIFY(!items.at(2)["id"].toString().isEmpty());
    QCOMPARE(items.at(0)["primary"].toBool(), false);
    QCOMPARE(std::as_const(contact)["primaryInfo"]["phone"].toString(),
             QStringLiteral("020 7946 0018"));
    QCOMPARE(std::as_const(contact)["info"]["name"]["first"].toString(),
             QStringLiteral("Zoë")); // untouched part kept

    // Removing every phone clears primaryInfo.phone.
    answer = call(
        wix, "PATCH", "/contacts/v4/contacts/" + id,
        {{"revision", 2}, {"info", QJsonObject{{"phones", QJsonObject{{"items", QJsonArray{}}}}}}});
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.object("contact")["primaryInfo"].toObject().contains("phone"));
    const Answer byPhone = query(
        wix, {{"filter", QJsonObject{{"primaryInfo.phone", QJsonObject{{"$exists", false}}}}}});
    QCOMPARE(idsOf(byPhone.array("contacts")), QStringList{id});
}

void WixContactsTests::testUpdateChecksRevision()
{
    WixBackend wix({});
    const QJsonObject created = create(wix, info("José", "Müller"));
    const QString path = "/contacts/v4/contacts/" + created.value("id").toString();
    const QJsonObject rename{{"name", QJsonObject{{"first", "Josè"}, {"last", "Müller"}}}};
    Answer answer = call(wix, "PATCH", path, {{"revision", 1}, {"info", rename}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object("contact").value("revision").toInt(), 2);
    QVERIFY(answer.object("contact").value("updatedDate").toString()
            > created.value("updatedDate").toString());
    QCOMPARE(answer.object("contact").value("createdDate"), created.value("createdDate"));

    answer = call(wix, "PATCH", path, {{"revision", 1}, {"info", rename}});
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.code(), QStringLiteral("CONTACT_ALREADY_CHANGED"));
    QCOMPARE(call(wix, "PATCH", path, {{"info", rename}}).status, 400); // no revision at all
    QCOMPARE(call(wix, "PATCH", "/contacts/v4/contacts/missing", {{"revision", 1}}).status, 404);
    QCOMPARE(call(wix, "GET", path).object("contact").value("revision").toInt(), 2);
}

void WixContactsTests::testDeleteAndMemberDeleteRefused()
{
    WixBackend wix({});
    const QString plain = create(wix, info("Kari", "Nordmann")).value("id").toString();
    const QString member = create(wix, info("Ola", "Nordmann")).value("id").toString();
    Answer marked = call(wix, "POST", "/__sandbox/members", {{"contactId", member}});
    QCOMPARE(marked.status, 200);
    QCOMPARE(call(wix, "POST", "/__sandbox/members", {{"contactId", "nobody"}}).status, 404);

    Answer answer = call(wix, "DELETE", "/contacts/v4/contacts/" + plain);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json, QJsonObject{});
    QCOMPARE(call(wix, "GET", "/contacts/v4/contacts/" + plain).status, 404);
    QCOMPARE(call(wix, "DELETE", "/contacts/v4/contacts/" + plain).status, 404);

    answer = call(wix, "DELETE", "/contacts/v4/contacts/" + member);
    QCOMPARE(answer.status, 428);
    QCOMPARE(answer.code(), QStringLiteral("CONTACT_IS_SITE_MEMBER"));
    QCOMPARE(call(wix, "GET", "/contacts/v4/contacts/" + member).status, 200);
}

void WixContactsTests::testValidationErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const auto json = [](const QJsonObject &object) { return QJsonDocument(object).toJson(); };
    const QJsonArray fiftyOne = [] {
        QJsonArray phones;
        for (int i = 0; i < 51; ++i)
            phones.append(phone(QString::number(90000000 + i), "NO"));
        return phones;
    }();
    QTest::newRow("malformed JSON") << QByteArray("{\"info\": ") << "body";
    QTest::newRow("no info") << json({{"allowDuplicates", true}}) << "info";
    QTest::newRow("first name too long")
        << json({{"info", info(QString(1001, 'a'), "B")}}) << "info.name.first";
    QTest::newRow("last name not a string")
        << json({{"info", QJsonObject{{"name", QJsonObject{{"last", 5}}}}}}) << "info.name.last";
    QTest::newRow("empty phone") << json({{"info", info("A", "B", {phone("", "NO")})}})
                                 << "info.phones.items[0].phone";
    QTest::newRow("phone too long")
        << json({{"info", info("A", "B", {phone(QString(51, '1'), "NO")})}})
        << "info.phones.items[0].phone";
    QTest::newRow("51 phones") << json({{"info", info("A", "B", fiftyOne)}}) << "info.phones.items";
    QTest::newRow("birthdate not a date")
        << json({{"info", QJsonObject{{"birthdate", "1815-13-10"}}}}) << "info.birthdate";
    QTest::newRow("birthdate with a time")
        << json({{"info", QJsonObject{{"birthdate", "1815-12-10T00:00:00Z"}}}}) << "info.birthdate";
    QTest::newRow("address part not a string") << json(
        {{"info",
          QJsonObject{
              {"addresses",
               QJsonObject{
                   {"items", QJsonArray{QJsonObject{{"address", QJsonObject{{"city", 7}}}}}}}}}}})
                                               << "info.addresses.items[0].address.city";
    QTest::newRow("label key not a string")
        << json({{"info", QJsonObject{{"labelKeys", QJsonObject{{"items", QJsonArray{1}}}}}}})
        << "info.labelKeys.items";
}

void WixContactsTests::testValidationErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    WixBackend wix({});
    const Answer answer = call(wix, makeRequest("POST", "/contacts/v4/contacts", body));
    QCOMPARE(answer.status, 400);
    const QJsonArray violations =
        answer.object("details")["validationError"]["fieldViolations"].toArray();
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.at(0)["field"].toString(), field);
    QVERIFY(answer.json.value("message").toString().contains(field));
    QCOMPARE(query(wix, {}).object("pagingMetadata").value("total").toInt(), 0); // nothing stored

    const QString id = create(wix, info("A", "B")).value("id").toString();
    const Answer update = call(wix, "PATCH", "/contacts/v4/contacts/" + id,
                               {{"revision", 1}, {"info", info(QString(1001, 'x'), "B")}});
    QCOMPARE(update.status, 400);
    QCOMPARE(
        call(wix, "GET", "/contacts/v4/contacts/" + id).object("contact").value("revision").toInt(),
        1);
}

void WixContactsTests::testDuplicateEmailRefusedUnlessAllowed()
{
    WixBackend wix({});
    create(wix, info("A", "B", {}, "same@example.com"));
    const QJsonObject again{{"info", info("C", "D", {}, "SAME@example.com")}};
    const Answer refused = call(wix, "POST", "/contacts/v4/contacts", again);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code(), QStringLiteral("DUPLICATE_CONTACT_EXISTS"));
    QJsonObject allowed = again;
    allowed.insert("allowDuplicates", true);
    QCOMPARE(call(wix, "POST", "/contacts/v4/contacts", allowed).status, 200);
}

void WixContactsTests::testUnknownRouteIs404()
{
    WixBackend wix({});
    QCOMPARE(call(wix, "GET", "/contacts/v9/things").status, 404);
    QCOMPARE(call(wix, "PUT", "/contacts/v4/contacts/abc").status, 404);
    QCOMPARE(call(wix, "GET", "/contacts/v4/contacts/query").status, 404);
    QCOMPARE(call(wix, "POST", "/__sandbox/catalog", {{"catalog", "v7"}}).status, 400);
}

void WixContactsTests::testRouteLabels()
{
    WixBackend wix({});
    const auto label = [&](const QByteArray &method, const QString &target) {
        return wix.routeOf(makeRequest(method, target));
    };
    QCOMPARE(label("POST", "/contacts/v4/contacts/query"),
             QStringLiteral("POST /contacts/v4/contacts/query"));
    QCOMPARE(label("PATCH", "/contacts/v4/contacts/7f0c"),
             QStringLiteral("PATCH /contacts/v4/contacts/{id}"));
    QCOMPARE(label("GET", "/stores-reader/v1/products/ab?x=1"),
             QStringLiteral("GET /stores-reader/v1/products/{id}"));
    QCOMPARE(label("GET", "/stores-reader/v1/products/query-platformized?.r=e30"),
             QStringLiteral("GET /stores-reader/v1/products/query-platformized"));
    QCOMPARE(label("DELETE", "/stores/v3/products/1"),
             QStringLiteral("DELETE /stores/v3/products/{id}"));
    QCOMPARE(label("POST", "/stores/v3/bulk/products/create"),
             QStringLiteral("POST /stores/v3/bulk/products/create"));
}

void WixContactsTests::testSeedIsDeterministicAndRealistic()
{
    WixBackend a({});
    WixBackend b({});
    WixBackend c({});
    a.seed({.contacts = 60, .products = 30, .companies = 0, .randomSeed = 7});
    b.seed({.contacts = 60, .products = 30, .companies = 0, .randomSeed = 7});
    c.seed({.contacts = 60, .products = 30, .companies = 0, .randomSeed = 8});
    QCOMPARE(a.saveState(), b.saveState());
    QVERIFY(a.saveState() != c.saveState());

    const QJsonArray contacts = a.saveState().value("contacts").toArray();
    QCOMPARE(contacts.size(), 60);
    int withoutPhone = 0, twoPhones = 0, secondPrimary = 0, nonAscii = 0;
    QSet<QString> formats;
    for (const QJsonValue &contact : contacts) {
        const QJsonArray phones = contact["info"]["phones"]["items"].toArray();
        withoutPhone += phones.isEmpty();
        twoPhones += phones.size() == 2;
        secondPrimary += phones.size() == 2 && phones.at(1)["primary"].toBool();
        const QString name = contact["info"]["name"]["first"].toString()
            + contact["info"]["name"]["last"].toString();
        nonAscii +=
            std::any_of(name.begin(), name.end(), [](QChar ch) { return ch.unicode() > 127; });
        for (const QJsonValue &item : phones)
            formats.insert(item["phone"].toString().startsWith('+') ? "intl" : "national");
        if (!phones.isEmpty())
            QCOMPARE(contact["primaryInfo"]["phone"].toString(), [&] {
                for (const QJsonValue &item : phones)
                    if (item["primary"].toBool())
                        return item["phone"].toString();
                return QString();
            }());
    }
    QVERIFY(withoutPhone > 0 && twoPhones > 0 && secondPrimary > 0 && nonAscii > 10);
    QCOMPARE(formats.size(), 2);
    const QJsonArray products = a.saveState().value("products").toArray();
    QCOMPARE(products.size(), 30);
    int hidden = 0, withSku = 0;
    for (const QJsonValue &product : products) {
        hidden += !product["visible"].toBool();
        withSku += product["variants"][0].toObject().contains("sku");
    }
    QVERIFY(hidden > 0 && hidden < 30);
    QVERIFY(withSku > 0 && withSku < 30);
}

void WixContactsTests::testStateRoundTrip()
{
    WixBackend wix({});
    wix.seed({.contacts = 10, .products = 5, .companies = 0, .randomSeed = 2});
    const QString id = create(wix, info("Åsa", "Kvåle")).value("id").toString();
    QCOMPARE(call(wix, "PATCH", "/contacts/v4/contacts/" + id,
                  {{"revision", 1}, {"info", info("Åse", "Kvåle")}})
                 .status,
             200);
    QVERIFY(wix.markMember(id));
    wix.setCatalog(WixCatalog::V1);
    const QJsonObject state = wix.saveState();

    WixBackend loaded({});
    loaded.loadState(state);
    QCOMPARE(loaded.saveState(), state);
    QCOMPARE(loaded.catalog(), WixCatalog::V1);
    const Answer got = call(loaded, "GET", "/contacts/v4/contacts/" + id);
    QCOMPARE(got.object("contact").value("revision").toInt(), 2);
    QCOMPARE(call(loaded, "DELETE", "/contacts/v4/contacts/" + id).status, 428);
    // Times handed out after loading stay above every loaded one.
    const QString later = create(loaded, info("New", "One")).value("updatedDate").toString();
    QVERIFY(later > got.object("contact").value("updatedDate").toString());

    // A broken record keeps what was loaded before and says which record it was.
    QJsonObject broken = state;
    QJsonArray products = broken.value("products").toArray();
    QJsonObject product = products.at(2).toObject();
    product.insert("revision", "zero");
    products[2] = product;
    broken.insert("products", products);
    loaded.loadState(broken);
    QCOMPARE(loaded.loadError(),
             QStringLiteral("products[2] is not a valid product or repeats an id"));
    QCOMPARE(call(loaded, "GET", "/contacts/v4/contacts/" + id).status, 200);
    QCOMPARE(loaded.catalog(), WixCatalog::V1);

    loaded.reset();
    QCOMPARE(query(loaded, {}).object("pagingMetadata").value("total").toInt(), 0);
    QCOMPARE(loaded.catalog(), WixCatalog::V3);
}

} // namespace Tandem::Sandbox::Test
