#include "tests/sandbox/wixcontactstests.h"

#include "tests/sandbox/wixcontactsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox::Test {

namespace {

const QRegularExpression Rfc3339Ms(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));

} // namespace

void WixContactsTests::testAuthNeedsKeyAndSiteId()
{
    WixBackend wix({});
    Answer answer = call(wix, makeRequest("GET"_ba, u"/contacts/v4/contacts/x"_s, {}, false));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.code(), QStringLiteral("UNAUTHENTICATED"));
    QVERIFY(!answer.json.value(u"message"_s).toString().isEmpty());
    Request onlyKey = makeRequest("GET"_ba, u"/contacts/v4/contacts/x"_s, {}, false);
    onlyKey.headers.insert("authorization"_ba, "anything"_ba);
    QCOMPARE(call(wix, onlyKey).status, 401);
    onlyKey.headers.insert("wix-site-id"_ba, "any-site"_ba);
    QCOMPARE(call(wix, onlyKey).status, 404); // authorized: the contact just does not exist
}

void WixContactsTests::testAuthChecksConfiguredKeyAndSite()
{
    WixBackend wix({u"secret-key"_s, u"site-1"_s, WixCatalog::V3});
    Request request = makeRequest("GET"_ba, u"/stores/v3/provision/version"_s, {}, false);
    request.headers.insert("authorization"_ba, "secret-key"_ba);
    request.headers.insert("wix-site-id"_ba, "site-2"_ba);
    QCOMPARE(call(wix, request).status, 401);
    request.headers.insert("authorization"_ba, "Bearer secret-key"_ba); // Wix takes the bare key
    request.headers.insert("wix-site-id"_ba, "site-1"_ba);
    QCOMPARE(call(wix, request).status, 401);
    request.headers.insert("authorization"_ba, "secret-key"_ba);
    QCOMPARE(call(wix, request).status, 200);
}

void WixContactsTests::testCreateAndGetContact()
{
    WixBackend wix({});
    const QJsonObject created =
        create(wix,
               info(u"Ørjan"_s, u"Kvåle"_s, {phone(u"22 33 44 55"_s, u"NO"_s, true)},
                    u"orjan@example.com"_s));
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.value(u"revision"_s).toInt(), 1);
    QVERIFY(Rfc3339Ms.match(created.value(u"createdDate"_s).toString()).hasMatch());
    QCOMPARE(created.value(u"updatedDate"_s), created.value(u"createdDate"_s));
    const QJsonObject item = created[u"info"_s][u"phones"_s][u"items"_s][0].toObject();
    QVERIFY(!item.value(u"id"_s).toString().isEmpty());
    QCOMPARE(item.value(u"e164Phone"_s).toString(), QStringLiteral("+4722334455"));
    QCOMPARE(created[u"primaryInfo"_s][u"phone"_s].toString(), QStringLiteral("22 33 44 55"));
    QCOMPARE(created[u"primaryInfo"_s][u"email"_s].toString(), QStringLiteral("orjan@example.com"));

    const Answer got = call(wix, "GET"_ba, u"/contacts/v4/contacts/"_s + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.object("contact"), created);
    QCOMPARE(call(wix, "GET"_ba, u"/contacts/v4/contacts/no-such-id"_s).status, 404);
    QCOMPARE(call(wix, "GET"_ba, u"/contacts/v4/contacts/no-such-id"_s).code(),
             QStringLiteral("NOT_FOUND"));
}

void WixContactsTests::testPrimaryInfoIsReadOnly()
{
    WixBackend wix({});
    QJsonObject given = info(u"Åsa"_s, u"Bjørnstad"_s, {phone(u"+46 8 123 456 78"_s, u"SE"_s)});
    given.insert(u"primaryInfo"_s, QJsonObject{{u"phone"_s, u"+47 99 99 99 99"_s}});
    Answer answer =
        call(wix, "POST"_ba, u"/contacts/v4/contacts"_s,
             {{u"info"_s, given}, {u"primaryInfo"_s, QJsonObject{{u"email"_s, u"x@y.z"_s}}}});
    QCOMPARE(answer.status, 200);
    const QJsonObject contact = answer.object("contact");
    // The only phone becomes primary; primaryInfo mirrors it, whatever the client wrote.
    QCOMPARE(contact[u"primaryInfo"_s][u"phone"_s].toString(), QStringLiteral("+46 8 123 456 78"));
    QVERIFY(!contact[u"primaryInfo"_s].toObject().contains(u"email"_s));
    QCOMPARE(contact[u"info"_s][u"phones"_s][u"items"_s][0][u"e164Phone"_s].toString(),
             QStringLiteral("+46812345678"));
}

void WixContactsTests::testPrimaryInfoMirrorsEditedPhones()
{
    WixBackend wix({});
    const QJsonObject created =
        create(wix,
               info(u"Zoë"_s, u"Ødegård"_s,
                    {phone(u"22334455"_s, u"NO"_s, true), phone(u"020 7946 0018"_s, u"GB"_s)}));
    const QString id = created.value(u"id"_s).toString();
    QJsonArray items = created[u"info"_s][u"phones"_s][u"items"_s].toArray();
    const QString firstId = items.at(0)[u"id"_s].toString();
    const QString secondId = items.at(1)[u"id"_s].toString();
    QCOMPARE(items.at(1)[u"e164Phone"_s].toString(), QStringLiteral("+442079460018"));
    QCOMPARE(created[u"primaryInfo"_s][u"phone"_s].toString(), QStringLiteral("22334455"));

    // Make the second phone primary and add a third: existing items keep their ids.
    QJsonObject a = items.at(0).toObject();
    QJsonObject b = items.at(1).toObject();
    a.insert(u"primary"_s, false);
    b.insert(u"primary"_s, true);
    const QJsonArray edited{a, b, phone(u"+49 30 1234 567"_s, u"DE"_s)};
    Answer answer =
        call(wix, "PATCH"_ba, u"/contacts/v4/contacts/"_s + id,
             {{u"revision"_s, 1},
              {u"info"_s, QJsonObject{{u"phones"_s, QJsonObject{{u"items"_s, edited}}}}}});
    QCOMPARE(answer.status, 200);
    QJsonObject contact = answer.object("contact");
    items = std::as_const(contact)[u"info"_s][u"phones"_s][u"items"_s].toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0)[u"id"_s].toString(), firstId);
    QCOMPARE(items.at(1)[u"id"_s].toString(), secondId);
    QVERIFY(!items.at(2)[u"id"_s].toString().isEmpty());
    QCOMPARE(items.at(0)[u"primary"_s].toBool(), false);
    QCOMPARE(std::as_const(contact)[u"primaryInfo"_s][u"phone"_s].toString(),
             QStringLiteral("020 7946 0018"));
    QCOMPARE(std::as_const(contact)[u"info"_s][u"name"_s][u"first"_s].toString(),
             QStringLiteral("Zoë")); // untouched part kept

    // Removing every phone clears primaryInfo.phone.
    answer =
        call(wix, "PATCH"_ba, u"/contacts/v4/contacts/"_s + id,
             {{u"revision"_s, 2},
              {u"info"_s, QJsonObject{{u"phones"_s, QJsonObject{{u"items"_s, QJsonArray{}}}}}}});
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.object("contact")[u"primaryInfo"_s].toObject().contains(u"phone"_s));
    const Answer byPhone = query(
        wix,
        {{u"filter"_s, QJsonObject{{u"primaryInfo.phone"_s, QJsonObject{{u"$exists"_s, false}}}}}});
    QCOMPARE(idsOf(byPhone.array("contacts")), QStringList{id});
}

void WixContactsTests::testUpdateChecksRevision()
{
    WixBackend wix({});
    const QJsonObject created = create(wix, info(u"José"_s, u"Müller"_s));
    const QString path = u"/contacts/v4/contacts/"_s + created.value(u"id"_s).toString();
    const QJsonObject rename{
        {u"name"_s, QJsonObject{{u"first"_s, u"Josè"_s}, {u"last"_s, u"Müller"_s}}}};
    Answer answer = call(wix, "PATCH"_ba, path, {{u"revision"_s, 1}, {u"info"_s, rename}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object("contact").value(u"revision"_s).toInt(), 2);
    QVERIFY(answer.object("contact").value(u"updatedDate"_s).toString()
            > created.value(u"updatedDate"_s).toString());
    QCOMPARE(answer.object("contact").value(u"createdDate"_s), created.value(u"createdDate"_s));

    answer = call(wix, "PATCH"_ba, path, {{u"revision"_s, 1}, {u"info"_s, rename}});
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.code(), QStringLiteral("CONTACT_ALREADY_CHANGED"));
    QCOMPARE(call(wix, "PATCH"_ba, path, {{u"info"_s, rename}}).status, 400); // no revision at all
    QCOMPARE(call(wix, "PATCH"_ba, u"/contacts/v4/contacts/missing"_s, {{u"revision"_s, 1}}).status,
             404);
    QCOMPARE(call(wix, "GET"_ba, path).object("contact").value(u"revision"_s).toInt(), 2);
}

void WixContactsTests::testDeleteAndMemberDeleteRefused()
{
    WixBackend wix({});
    const QString plain = create(wix, info(u"Kari"_s, u"Nordmann"_s)).value(u"id"_s).toString();
    const QString member = create(wix, info(u"Ola"_s, u"Nordmann"_s)).value(u"id"_s).toString();
    Answer marked = call(wix, "POST"_ba, u"/__sandbox/members"_s, {{u"contactId"_s, member}});
    QCOMPARE(marked.status, 200);
    QCOMPARE(call(wix, "POST"_ba, u"/__sandbox/members"_s, {{u"contactId"_s, u"nobody"_s}}).status,
             404);

    Answer answer = call(wix, "DELETE"_ba, u"/contacts/v4/contacts/"_s + plain);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json, QJsonObject{});
    QCOMPARE(call(wix, "GET"_ba, u"/contacts/v4/contacts/"_s + plain).status, 404);
    QCOMPARE(call(wix, "DELETE"_ba, u"/contacts/v4/contacts/"_s + plain).status, 404);

    answer = call(wix, "DELETE"_ba, u"/contacts/v4/contacts/"_s + member);
    QCOMPARE(answer.status, 428);
    QCOMPARE(answer.code(), QStringLiteral("CONTACT_IS_SITE_MEMBER"));
    QCOMPARE(call(wix, "GET"_ba, u"/contacts/v4/contacts/"_s + member).status, 200);
}

void WixContactsTests::testValidationErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const auto json = [](const QJsonObject &object) { return QJsonDocument(object).toJson(); };
    const QJsonArray fiftyOne = [] {
        QJsonArray phones;
        for (int i = 0; i < 51; ++i)
            phones.append(phone(QString::number(90000000 + i), u"NO"_s));
        return phones;
    }();
    QTest::newRow("malformed JSON") << QByteArray("{\"info\": ") << u"body"_s;
    QTest::newRow("no info") << json({{u"allowDuplicates"_s, true}}) << u"info"_s;
    QTest::newRow("first name too long")
        << json({{u"info"_s, info(QString(1001, u'a'), u"B"_s)}}) << u"info.name.first"_s;
    QTest::newRow("last name not a string")
        << json({{u"info"_s, QJsonObject{{u"name"_s, QJsonObject{{u"last"_s, 5}}}}}})
        << u"info.name.last"_s;
    QTest::newRow("empty phone") << json(
        {{u"info"_s, info(u"A"_s, u"B"_s, {phone(u""_s, u"NO"_s)})}})
                                 << u"info.phones.items[0].phone"_s;
    QTest::newRow("phone too long")
        << json({{u"info"_s, info(u"A"_s, u"B"_s, {phone(QString(51, u'1'), u"NO"_s)})}})
        << u"info.phones.items[0].phone"_s;
    QTest::newRow("51 phones") << json({{u"info"_s, info(u"A"_s, u"B"_s, fiftyOne)}})
                               << u"info.phones.items"_s;
    QTest::newRow("birthdate not a date")
        << json({{u"info"_s, QJsonObject{{u"birthdate"_s, u"1815-13-10"_s}}}})
        << u"info.birthdate"_s;
    QTest::newRow("birthdate with a time")
        << json({{u"info"_s, QJsonObject{{u"birthdate"_s, u"1815-12-10T00:00:00Z"_s}}}})
        << u"info.birthdate"_s;
    QTest::newRow("address part not a string")
        << json({{u"info"_s,
                  QJsonObject{{u"addresses"_s,
                               QJsonObject{{u"items"_s,
                                            QJsonArray{QJsonObject{
                                                {u"address"_s, QJsonObject{{u"city"_s, 7}}}}}}}}}}})
        << u"info.addresses.items[0].address.city"_s;
    QTest::newRow("label key not a string") << json(
        {{u"info"_s, QJsonObject{{u"labelKeys"_s, QJsonObject{{u"items"_s, QJsonArray{1}}}}}}})
                                            << u"info.labelKeys.items"_s;
}

void WixContactsTests::testValidationErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    WixBackend wix({});
    const Answer answer = call(wix, makeRequest("POST"_ba, u"/contacts/v4/contacts"_s, body));
    QCOMPARE(answer.status, 400);
    const QJsonArray violations =
        answer.object("details")[u"validationError"_s][u"fieldViolations"_s].toArray();
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.at(0)[u"field"_s].toString(), field);
    QVERIFY(answer.json.value(u"message"_s).toString().contains(field));
    QCOMPARE(query(wix, {}).object("pagingMetadata").value(u"total"_s).toInt(),
             0); // nothing stored

    const QString id = create(wix, info(u"A"_s, u"B"_s)).value(u"id"_s).toString();
    const Answer update =
        call(wix, "PATCH"_ba, u"/contacts/v4/contacts/"_s + id,
             {{u"revision"_s, 1}, {u"info"_s, info(QString(1001, u'x'), u"B"_s)}});
    QCOMPARE(update.status, 400);
    QCOMPARE(call(wix, "GET"_ba, u"/contacts/v4/contacts/"_s + id)
                 .object("contact")
                 .value(u"revision"_s)
                 .toInt(),
             1);
}

void WixContactsTests::testDuplicateEmailRefusedUnlessAllowed()
{
    WixBackend wix({});
    create(wix, info(u"A"_s, u"B"_s, {}, u"same@example.com"_s));
    const QJsonObject again{{u"info"_s, info(u"C"_s, u"D"_s, {}, u"SAME@example.com"_s)}};
    const Answer refused = call(wix, "POST"_ba, u"/contacts/v4/contacts"_s, again);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.code(), QStringLiteral("DUPLICATE_CONTACT_EXISTS"));
    QJsonObject allowed = again;
    allowed.insert(u"allowDuplicates"_s, true);
    QCOMPARE(call(wix, "POST"_ba, u"/contacts/v4/contacts"_s, allowed).status, 200);
}

void WixContactsTests::testUnknownRouteIs404()
{
    WixBackend wix({});
    QCOMPARE(call(wix, "GET"_ba, u"/contacts/v9/things"_s).status, 404);
    QCOMPARE(call(wix, "PUT"_ba, u"/contacts/v4/contacts/abc"_s).status, 404);
    QCOMPARE(call(wix, "GET"_ba, u"/contacts/v4/contacts/query"_s).status, 404);
    QCOMPARE(call(wix, "POST"_ba, u"/__sandbox/catalog"_s, {{u"catalog"_s, u"v7"_s}}).status, 400);
}

void WixContactsTests::testRouteLabels()
{
    WixBackend wix({});
    const auto label = [&](const QByteArray &method, const QString &target) {
        return wix.routeOf(makeRequest(method, target));
    };
    QCOMPARE(label("POST"_ba, u"/contacts/v4/contacts/query"_s),
             QStringLiteral("POST /contacts/v4/contacts/query"));
    QCOMPARE(label("PATCH"_ba, u"/contacts/v4/contacts/7f0c"_s),
             QStringLiteral("PATCH /contacts/v4/contacts/{id}"));
    QCOMPARE(label("GET"_ba, u"/stores-reader/v1/products/ab?x=1"_s),
             QStringLiteral("GET /stores-reader/v1/products/{id}"));
    QCOMPARE(label("GET"_ba, u"/stores-reader/v1/products/query-platformized?.r=e30"_s),
             QStringLiteral("GET /stores-reader/v1/products/query-platformized"));
    QCOMPARE(label("DELETE"_ba, u"/stores/v3/products/1"_s),
             QStringLiteral("DELETE /stores/v3/products/{id}"));
    QCOMPARE(label("POST"_ba, u"/stores/v3/bulk/products/create"_s),
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

    const QJsonArray contacts = a.saveState().value(u"contacts"_s).toArray();
    QCOMPARE(contacts.size(), 60);
    int withoutPhone = 0, twoPhones = 0, secondPrimary = 0, nonAscii = 0;
    QSet<QString> formats;
    for (const QJsonValue &contact : contacts) {
        const QJsonArray phones = contact[u"info"_s][u"phones"_s][u"items"_s].toArray();
        withoutPhone += phones.isEmpty();
        twoPhones += phones.size() == 2;
        secondPrimary += phones.size() == 2 && phones.at(1)[u"primary"_s].toBool();
        const QString name = contact[u"info"_s][u"name"_s][u"first"_s].toString()
            + contact[u"info"_s][u"name"_s][u"last"_s].toString();
        nonAscii +=
            std::any_of(name.begin(), name.end(), [](QChar ch) { return ch.unicode() > 127; });
        for (const QJsonValue &item : phones)
            formats.insert(item[u"phone"_s].toString().startsWith(u'+') ? u"intl"_s
                                                                        : u"national"_s);
        if (!phones.isEmpty())
            QCOMPARE(contact[u"primaryInfo"_s][u"phone"_s].toString(), [&] {
                for (const QJsonValue &item : phones)
                    if (item[u"primary"_s].toBool())
                        return item[u"phone"_s].toString();
                return QString();
            }());
    }
    QVERIFY(withoutPhone > 0 && twoPhones > 0 && secondPrimary > 0 && nonAscii > 10);
    QCOMPARE(formats.size(), 2);
    const QJsonArray products = a.saveState().value(u"products"_s).toArray();
    QCOMPARE(products.size(), 30);
    int hidden = 0, withSku = 0;
    for (const QJsonValue &product : products) {
        hidden += !product[u"visible"_s].toBool();
        withSku += product[u"variants"_s][0].toObject().contains(u"sku"_s);
    }
    QVERIFY(hidden > 0 && hidden < 30);
    QVERIFY(withSku > 0 && withSku < 30);
}

void WixContactsTests::testStateRoundTrip()
{
    WixBackend wix({});
    wix.seed({.contacts = 10, .products = 5, .companies = 0, .randomSeed = 2});
    const QString id = create(wix, info(u"Åsa"_s, u"Kvåle"_s)).value(u"id"_s).toString();
    QCOMPARE(call(wix, "PATCH"_ba, u"/contacts/v4/contacts/"_s + id,
                  {{u"revision"_s, 1}, {u"info"_s, info(u"Åse"_s, u"Kvåle"_s)}})
                 .status,
             200);
    QVERIFY(wix.markMember(id));
    wix.setCatalog(WixCatalog::V1);
    const QJsonObject state = wix.saveState();

    WixBackend loaded({});
    loaded.loadState(state);
    QCOMPARE(loaded.saveState(), state);
    QCOMPARE(loaded.catalog(), WixCatalog::V1);
    const Answer got = call(loaded, "GET"_ba, u"/contacts/v4/contacts/"_s + id);
    QCOMPARE(got.object("contact").value(u"revision"_s).toInt(), 2);
    QCOMPARE(call(loaded, "DELETE"_ba, u"/contacts/v4/contacts/"_s + id).status, 428);
    // Times handed out after loading stay above every loaded one.
    const QString later =
        create(loaded, info(u"New"_s, u"One"_s)).value(u"updatedDate"_s).toString();
    QVERIFY(later > got.object("contact").value(u"updatedDate"_s).toString());

    // A broken record keeps what was loaded before and says which record it was.
    QJsonObject broken = state;
    QJsonArray products = broken.value(u"products"_s).toArray();
    QJsonObject product = products.at(2).toObject();
    product.insert(u"revision"_s, u"zero"_s);
    products[2] = product;
    broken.insert(u"products"_s, products);
    loaded.loadState(broken);
    QCOMPARE(loaded.loadError(),
             QStringLiteral("products[2] is not a valid product or repeats an id"));
    QCOMPARE(call(loaded, "GET"_ba, u"/contacts/v4/contacts/"_s + id).status, 200);
    QCOMPARE(loaded.catalog(), WixCatalog::V1);

    loaded.reset();
    QCOMPARE(query(loaded, {}).object("pagingMetadata").value(u"total"_s).toInt(), 0);
    QCOMPARE(loaded.catalog(), WixCatalog::V3);
}

} // namespace Tandem::Sandbox::Test
