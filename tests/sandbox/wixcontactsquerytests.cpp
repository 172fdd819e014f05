#include "wixcontactsquerytests.h"

#include "wixcontactsupport.h"

#include <QTest>

namespace Tandem::Sandbox::Test {

void WixContactsQueryTests::testFilterOperators_data()
{
    QTest::addColumn<QJsonObject>("filter");
    QTest::addColumn<QStringList>("expected"); // first names, creation order
    const auto f = [](const char *field, const QJsonValue &condition) {
        return QJsonObject{{QLatin1String(field), condition}};
    };
    const auto op = [](const char *name, const QJsonValue &value) {
        return QJsonObject{{QLatin1String(name), value}};
    };
    QTest::newRow("shorthand eq") << f("info.name.first", "Zoë") << QStringList{"Zoë"};
    QTest::newRow("$eq last") << f("info.name.last", op("$eq", "Müller")) << QStringList{"José"};
    QTest::newRow("$ne") << f("info.name.last", op("$ne", "Müller"))
                         << QStringList{"Ørjan", "Åsa", "Zoë", "Kari"};
    QTest::newRow("$in") << f("info.name.first", op("$in", QJsonArray{"Kari", "Åsa", "Nobody"}))
                         << QStringList{"Åsa", "Kari"};
    QTest::newRow("$gt string") << f("info.name.first", op("$gt", "Kari"))
                                << QStringList{"Ørjan", "Åsa", "Zoë"};
    QTest::newRow("$gte+$lt range") << f("info.name.last", QJsonObject{{"$gte", "M"}, {"$lt", "O"}})
                                    << QStringList{"José", "Kari"};
    QTest::newRow("$lte") << f("info.name.first", op("$lte", "José")) << QStringList{"José"};
    QTest::newRow("phone eq") << f("primaryInfo.phone", "22334455") << QStringList{"Åsa"};
    QTest::newRow("email $startsWith")
        << f("primaryInfo.email", op("$startsWith", "JO")) << QStringList{"José"};
    QTest::newRow("email $exists")
        << f("primaryInfo.email", op("$exists", true)) << QStringList{"Ørjan", "Zoë", "José"};
    QTest::newRow("$and") << QJsonObject{{"$and",
                                          QJsonArray{f("primaryInfo.email", op("$exists", true)),
                                                     f("primaryInfo.phone", op("$exists", true))}}}
                          << QStringList{"Ørjan", "José"};
    QTest::newRow("$or") << QJsonObject{{"$or",
                                         QJsonArray{f("info.name.first", "Kari"),
                                                    f("info.name.last", "Kvåle")}}}
                         << QStringList{"Ørjan", "Kari"};
    QTest::newRow("$or inside $and")
        << QJsonObject{{"$and",
                        QJsonArray{QJsonObject{{"$or",
                                                QJsonArray{f("info.name.first", "Kari"),
                                                           f("info.name.first", "Zoë")}}},
                                   f("primaryInfo.phone", op("$exists", true))}}}
        << QStringList{"Kari"};
    QTest::newRow("createdDate old") << f("createdDate", op("$gt", "2000-01-01T00:00:00Z"))
                                     << QStringList{"Ørjan", "Åsa", "Zoë", "José", "Kari"};
    QTest::newRow("updatedDate future")
        << f("updatedDate", op("$gte", "2999-01-01T00:00:00.000Z")) << QStringList{};
}

void WixContactsQueryTests::testFilterOperators()
{
    QFETCH(QJsonObject, filter);
    QFETCH(QStringList, expected);
    WixBackend wix({});
    createFive(wix);
    const Answer answer =
        query(wix,
              {{"filter", filter},
               {"sort", QJsonArray{QJsonObject{{"fieldName", "createdDate"}, {"order", "ASC"}}}}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(firstNames(answer), expected);
    QCOMPARE(answer.object("pagingMetadata").value("total").toInt(), expected.size());
}

void WixContactsQueryTests::testFilterErrorsNameTheField()
{
    WixBackend wix({});
    createFive(wix);
    Answer answer = query(wix, {{"filter", QJsonObject{{"info.company", "Acme"}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value("message").toString().contains("info.company"));
    answer =
        query(wix, {{"filter", QJsonObject{{"createdDate", QJsonObject{{"$gt", "yesterday"}}}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value("message").toString().contains("createdDate"));
    answer = query(wix, {{"filter", QJsonObject{{"id", QJsonObject{{"$regex", ".*"}}}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value("message").toString().contains("$regex"));
    QCOMPARE(query(wix, {{"filter", QJsonObject{{"$or", "x"}}}}).status, 400);
    QCOMPARE(query(wix, {{"filter", QJsonObject{{"id", QJsonObject{{"$in", "x"}}}}}}).status, 400);
}

void WixContactsQueryTests::testSortAndRefusedSorts()
{
    WixBackend wix({});
    createFive(wix);
    const auto sorted = [&](const char *field, const char *order) {
        return query(wix,
                     {{"sort", QJsonArray{QJsonObject{{"fieldName", field}, {"order", order}}}}});
    };
    QCOMPARE(firstNames(sorted("info.name.first", "ASC")),
             (QStringList{"José", "Kari", "Zoë", "Åsa", "Ørjan"}));
    QCOMPARE(firstNames(sorted("info.name.last", "DESC")),
             (QStringList{"Zoë", "Kari", "José", "Ørjan", "Åsa"}));
    QCOMPARE(firstNames(sorted("createdDate", "DESC")),
             (QStringList{"Kari", "José", "Zoë", "Åsa", "Ørjan"}));
    QCOMPARE(firstNames(query(wix, {})),
             (QStringList{"Kari", "José", "Zoë", "Åsa", "Ørjan"})); // default: newest first
    Answer answer = sorted("updatedDate", "ASC");
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value("message").toString().contains("updatedDate"));
    answer = query(wix,
                   {{"sort",
                     QJsonArray{QJsonObject{{"fieldName", "createdDate"}},
                                QJsonObject{{"fieldName", "info.name.first"}}}}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(sorted("createdDate", "SIDEWAYS").status, 400);
}

void WixContactsQueryTests::testProjectionKeepsIdAndRevision()
{
    WixBackend wix({});
    createFive(wix);
    Answer answer = query(
        wix, {{"fields", QJsonArray{"info.name.first"}}, {"paging", QJsonObject{{"limit", 1}}}});
    QCOMPARE(answer.status, 200);
    QJsonObject contact = answer.array("contacts")[0].toObject();
    QCOMPARE(contact.keys(), (QStringList{"id", "info", "revision"}));
    QCOMPARE(contact["info"].toObject(), (QJsonObject{{"name", QJsonObject{{"first", "Kari"}}}}));
    answer =
        query(wix, {{"fieldsets", QJsonArray{"BASIC"}}, {"paging", QJsonObject{{"limit", 1}}}});
    contact = answer.array("contacts")[0].toObject();
    QCOMPARE(contact.keys(), (QStringList{"id", "info", "primaryInfo", "revision"}));
    QCOMPARE(contact["info"].toObject().keys(), QStringList{"name"});
}

// Offset paging by createdDate ASC: a new contact lands at the end and an edited one stays in
// place, so neither disturbs the pages; a deleted contact before the offset shifts the rest
// one place forward, so the next page skips one record. A client re-reads from an overlap.
void WixContactsQueryTests::testOffsetPagingWhileRecordsChange()
{
    WixBackend wix({});
    QStringList created;
    for (int i = 0; i < 25; ++i)
        created.append(create(wix, info(QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')), "X"))
                           .value("id")
                           .toString());
    const auto page = [&](int offset) {
        return query(
            wix,
            {{"sort", QJsonArray{QJsonObject{{"fieldName", "createdDate"}, {"order", "ASC"}}}},
             {"paging", QJsonObject{{"limit", 10}, {"offset", offset}}}});
    };
    Answer first = page(0);
    QCOMPARE(idsOf(first.array("contacts")), created.mid(0, 10));
    QCOMPARE(first.object("pagingMetadata"),
             (QJsonObject{{"count", 10}, {"offset", 0}, {"total", 25}, {"tooManyToCount", false}}));

    const QString late = create(wix, info("Late", "X")).value("id").toString();
    QCOMPARE(call(wix, "PATCH", "/contacts/v4/contacts/" + created[3],
                  {{"revision", 1}, {"info", info("Edited", "X")}})
                 .status,
             200);
    Answer second = page(10);
    QCOMPARE(idsOf(second.array("contacts")), created.mid(10, 10));

    QCOMPARE(call(wix, "DELETE", "/contacts/v4/contacts/" + created[0]).status, 200);
    Answer third = page(20);
    QStringList expected = created.mid(21, 4) << late; // created[20] slid onto page two: skipped
    QCOMPARE(idsOf(third.array("contacts")), expected);
    QCOMPARE(third.object("pagingMetadata").value("total").toInt(), 25);
    QCOMPARE(idsOf(page(19).array("contacts")).first(), created[20]); // an overlap re-read finds it
}

void WixContactsQueryTests::testUpdatedDateStrictlyIncreases()
{
    WixBackend wix({});
    QStringList stamps;
    for (int i = 0; i < 50; ++i)
        stamps.append(create(wix, info("N", QString::number(i))).value("updatedDate").toString());
    for (int i = 1; i < stamps.size(); ++i)
        QVERIFY2(stamps[i] > stamps[i - 1], qPrintable(stamps[i]));
    const Answer after =
        query(wix,
              {{"filter", QJsonObject{{"updatedDate", QJsonObject{{"$gt", stamps[39]}}}}},
               {"paging", QJsonObject{{"limit", 100}}}});
    QCOMPARE(after.object("pagingMetadata").value("total").toInt(), 10);
}

void WixContactsQueryTests::testPagingLimits()
{
    WixBackend wix({});
    wix.seed({.contacts = 120, .products = 0, .companies = 0, .randomSeed = 3});
    QCOMPARE(query(wix, {}).array("contacts").size(), 50);
    QCOMPARE(query(wix, {{"paging", QJsonObject{{"limit", 1000}}}}).array("contacts").size(), 120);
    QCOMPARE(query(wix, {{"paging", QJsonObject{{"limit", 1001}}}}).status, 400);
    QCOMPARE(query(wix, {{"paging", QJsonObject{{"offset", -1}}}}).status, 400);
    const Answer tail = query(wix, {{"paging", QJsonObject{{"limit", 50}, {"offset", 100}}}});
    QCOMPARE(tail.object("pagingMetadata").value("count").toInt(), 20);
}

void WixContactsQueryTests::testFilteredQueryOverTenThousandContacts()
{
    WixBackend wix({});
    wix.seed({.contacts = 10000, .products = 0, .companies = 0, .randomSeed = 5});
    const QJsonObject filtered{
        {"filter",
         QJsonObject{
             {"$or",
              QJsonArray{QJsonObject{{"info.name.first", "Ørjan"}},
                         QJsonObject{{"primaryInfo.phone", QJsonObject{{"$exists", false}}}}}}}},
        {"sort", QJsonArray{QJsonObject{{"fieldName", "createdDate"}, {"order", "ASC"}}}},
        {"paging", QJsonObject{{"limit", 100}}}};
    const Answer answer = query(wix, filtered);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.object("pagingMetadata").value("total").toInt() > 1000);
    QCOMPARE(answer.array("contacts").size(), 100);
    QString previous;
    for (const QJsonValue &contact : answer.array("contacts")) {
        const bool matches = contact["info"]["name"]["first"].toString() == QStringLiteral("Ørjan")
            || !contact["primaryInfo"].toObject().contains("phone");
        QVERIFY(matches);
        QVERIFY(contact["createdDate"].toString() >= previous);
        previous = contact["createdDate"].toString();
    }
}

} // namespace Tandem::Sandbox::Test
