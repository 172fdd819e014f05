#include "tests/sandbox/wixcontactsquerytests.h"

#include "tests/sandbox/wixcontactsupport.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tandem::Sandbox::Test {

void WixContactsQueryTests::testFilterOperators_data()
{
    QTest::addColumn<QJsonObject>("filter");
    QTest::addColumn<QStringList>("expected"); // first names, creation order
    const auto f = [](const QString &field, const QJsonValue &condition) {
        return QJsonObject{{field, condition}};
    };
    const auto op = [](const QString &name, const QJsonValue &value) {
        return QJsonObject{{name, value}};
    };
    QTest::newRow("shorthand eq") << f(u"info.name.first"_s, u"Zoë"_s) << QStringList{u"Zoë"_s};
    QTest::newRow("$eq last") << f(u"info.name.last"_s, op(u"$eq"_s, u"Müller"_s))
                              << QStringList{u"José"_s};
    QTest::newRow("$ne") << f(u"info.name.last"_s, op(u"$ne"_s, u"Müller"_s))
                         << QStringList{u"Ørjan"_s, u"Åsa"_s, u"Zoë"_s, u"Kari"_s};
    QTest::newRow("$in") << f(u"info.name.first"_s,
                              op(u"$in"_s, QJsonArray{u"Kari"_s, u"Åsa"_s, u"Nobody"_s}))
                         << QStringList{u"Åsa"_s, u"Kari"_s};
    QTest::newRow("$gt string") << f(u"info.name.first"_s, op(u"$gt"_s, u"Kari"_s))
                                << QStringList{u"Ørjan"_s, u"Åsa"_s, u"Zoë"_s};
    QTest::newRow("$gte+$lt range")
        << f(u"info.name.last"_s, QJsonObject{{u"$gte"_s, u"M"_s}, {u"$lt"_s, u"O"_s}})
        << QStringList{u"José"_s, u"Kari"_s};
    QTest::newRow("$lte") << f(u"info.name.first"_s, op(u"$lte"_s, u"José"_s))
                          << QStringList{u"José"_s};
    QTest::newRow("phone eq") << f(u"primaryInfo.phone"_s, u"22334455"_s) << QStringList{u"Åsa"_s};
    QTest::newRow("email $startsWith")
        << f(u"primaryInfo.email"_s, op(u"$startsWith"_s, u"JO"_s)) << QStringList{u"José"_s};
    QTest::newRow("email $exists") << f(u"primaryInfo.email"_s, op(u"$exists"_s, true))
                                   << QStringList{u"Ørjan"_s, u"Zoë"_s, u"José"_s};
    QTest::newRow("$and") << QJsonObject{{u"$and"_s,
                                          QJsonArray{
                                              f(u"primaryInfo.email"_s, op(u"$exists"_s, true)),
                                              f(u"primaryInfo.phone"_s, op(u"$exists"_s, true))}}}
                          << QStringList{u"Ørjan"_s, u"José"_s};
    QTest::newRow("$or") << QJsonObject{{u"$or"_s,
                                         QJsonArray{f(u"info.name.first"_s, u"Kari"_s),
                                                    f(u"info.name.last"_s, u"Kvåle"_s)}}}
                         << QStringList{u"Ørjan"_s, u"Kari"_s};
    QTest::newRow("$or inside $and")
        << QJsonObject{{u"$and"_s,
                        QJsonArray{QJsonObject{{u"$or"_s,
                                                QJsonArray{f(u"info.name.first"_s, u"Kari"_s),
                                                           f(u"info.name.first"_s, u"Zoë"_s)}}},
                                   f(u"primaryInfo.phone"_s, op(u"$exists"_s, true))}}}
        << QStringList{u"Kari"_s};
    QTest::newRow("createdDate old")
        << f(u"createdDate"_s, op(u"$gt"_s, u"2000-01-01T00:00:00Z"_s))
        << QStringList{u"Ørjan"_s, u"Åsa"_s, u"Zoë"_s, u"José"_s, u"Kari"_s};
    QTest::newRow("updatedDate future")
        << f(u"updatedDate"_s, op(u"$gte"_s, u"2999-01-01T00:00:00.000Z"_s)) << QStringList{};
}

void WixContactsQueryTests::testFilterOperators()
{
    QFETCH(QJsonObject, filter);
    QFETCH(QStringList, expected);
    WixBackend wix({});
    createFive(wix);
    const Answer answer = query(
        wix,
        {{u"filter"_s, filter},
         {u"sort"_s,
          QJsonArray{QJsonObject{{u"fieldName"_s, u"createdDate"_s}, {u"order"_s, u"ASC"_s}}}}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(firstNames(answer), expected);
    QCOMPARE(answer.object("pagingMetadata").value(u"total"_s).toInt(), expected.size());
}

void WixContactsQueryTests::testFilterErrorsNameTheField()
{
    WixBackend wix({});
    createFive(wix);
    Answer answer = query(wix, {{u"filter"_s, QJsonObject{{u"info.company"_s, u"Acme"_s}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(u"message"_s).toString().contains(u"info.company"_s));
    answer = query(
        wix,
        {{u"filter"_s, QJsonObject{{u"createdDate"_s, QJsonObject{{u"$gt"_s, u"yesterday"_s}}}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(u"message"_s).toString().contains(u"createdDate"_s));
    answer =
        query(wix, {{u"filter"_s, QJsonObject{{u"id"_s, QJsonObject{{u"$regex"_s, u".*"_s}}}}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(u"message"_s).toString().contains(u"$regex"_s));
    QCOMPARE(query(wix, {{u"filter"_s, QJsonObject{{u"$or"_s, u"x"_s}}}}).status, 400);
    QCOMPARE(
        query(wix, {{u"filter"_s, QJsonObject{{u"id"_s, QJsonObject{{u"$in"_s, u"x"_s}}}}}}).status,
        400);
}

void WixContactsQueryTests::testSortAndRefusedSorts()
{
    WixBackend wix({});
    createFive(wix);
    const auto sorted = [&](const QString &field, const QString &order) {
        return query(
            wix,
            {{u"sort"_s, QJsonArray{QJsonObject{{u"fieldName"_s, field}, {u"order"_s, order}}}}});
    };
    QCOMPARE(firstNames(sorted(u"info.name.first"_s, u"ASC"_s)),
             (QStringList{u"José"_s, u"Kari"_s, u"Zoë"_s, u"Åsa"_s, u"Ørjan"_s}));
    QCOMPARE(firstNames(sorted(u"info.name.last"_s, u"DESC"_s)),
             (QStringList{u"Zoë"_s, u"Kari"_s, u"José"_s, u"Ørjan"_s, u"Åsa"_s}));
    QCOMPARE(firstNames(sorted(u"createdDate"_s, u"DESC"_s)),
             (QStringList{u"Kari"_s, u"José"_s, u"Zoë"_s, u"Åsa"_s, u"Ørjan"_s}));
    QCOMPARE(firstNames(query(wix, {})),
             (QStringList{u"Kari"_s, u"José"_s, u"Zoë"_s, u"Åsa"_s,
                          u"Ørjan"_s})); // default: newest first
    Answer answer = sorted(u"updatedDate"_s, u"ASC"_s);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(u"message"_s).toString().contains(u"updatedDate"_s));
    answer = query(wix,
                   {{u"sort"_s,
                     QJsonArray{QJsonObject{{u"fieldName"_s, u"createdDate"_s}},
                                QJsonObject{{u"fieldName"_s, u"info.name.first"_s}}}}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(sorted(u"createdDate"_s, u"SIDEWAYS"_s).status, 400);
}

void WixContactsQueryTests::testProjectionKeepsIdAndRevision()
{
    WixBackend wix({});
    createFive(wix);
    Answer answer = query(wix,
                          {{u"fields"_s, QJsonArray{u"info.name.first"_s}},
                           {u"paging"_s, QJsonObject{{u"limit"_s, 1}}}});
    QCOMPARE(answer.status, 200);
    QJsonObject contact = answer.array("contacts")[0].toObject();
    QCOMPARE(contact.keys(), (QStringList{u"id"_s, u"info"_s, u"revision"_s}));
    QCOMPARE(contact[u"info"_s].toObject(),
             (QJsonObject{{u"name"_s, QJsonObject{{u"first"_s, u"Kari"_s}}}}));
    answer = query(
        wix,
        {{u"fieldsets"_s, QJsonArray{u"BASIC"_s}}, {u"paging"_s, QJsonObject{{u"limit"_s, 1}}}});
    contact = answer.array("contacts")[0].toObject();
    QCOMPARE(contact.keys(), (QStringList{u"id"_s, u"info"_s, u"primaryInfo"_s, u"revision"_s}));
    QCOMPARE(contact[u"info"_s].toObject().keys(), QStringList{u"name"_s});
    // An id scan's projection, made without the whole contact: the same id and revision.
    const QJsonObject whole =
        query(wix, {{u"paging"_s, QJsonObject{{u"limit"_s, 1}}}}).array("contacts")[0].toObject();
    answer = query(wix,
                   {{u"fields"_s, QJsonArray{u"id"_s, u"revision"_s, u"createdDate"_s}},
                    {u"paging"_s, QJsonObject{{u"limit"_s, 1}}}});
    QCOMPARE(answer.array("contacts")[0].toObject(),
             (QJsonObject{{u"id"_s, whole[u"id"_s]},
                          {u"revision"_s, whole[u"revision"_s]},
                          {u"createdDate"_s, whole[u"createdDate"_s]}}));
}

// Offset paging by createdDate ASC: a new contact lands at the end and an edited one stays in
// place, so neither disturbs the pages; a deleted contact before the offset shifts the rest
// one place forward, so the next page skips one record. A client re-reads from an overlap.
void WixContactsQueryTests::testOffsetPagingWhileRecordsChange()
{
    WixBackend wix({});
    QStringList created;
    for (int i = 0; i < 25; ++i)
        created.append(
            create(wix, info(QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')), u"X"_s))
                .value(u"id"_s)
                .toString());
    const auto page = [&](int offset) {
        return query(
            wix,
            {{u"sort"_s,
              QJsonArray{QJsonObject{{u"fieldName"_s, u"createdDate"_s}, {u"order"_s, u"ASC"_s}}}},
             {u"paging"_s, QJsonObject{{u"limit"_s, 10}, {u"offset"_s, offset}}}});
    };
    Answer first = page(0);
    QCOMPARE(idsOf(first.array("contacts")), created.mid(0, 10));
    QCOMPARE(
        first.object("pagingMetadata"),
        (QJsonObject{
            {u"count"_s, 10}, {u"offset"_s, 0}, {u"total"_s, 25}, {u"tooManyToCount"_s, false}}));

    const QString late = create(wix, info(u"Late"_s, u"X"_s)).value(u"id"_s).toString();
    QCOMPARE(call(wix, "PATCH"_ba, u"/contacts/v4/contacts/"_s + created[3],
                  {{u"revision"_s, 1}, {u"info"_s, info(u"Edited"_s, u"X"_s)}})
                 .status,
             200);
    Answer second = page(10);
    QCOMPARE(idsOf(second.array("contacts")), created.mid(10, 10));

    QCOMPARE(call(wix, "DELETE"_ba, u"/contacts/v4/contacts/"_s + created[0]).status, 200);
    Answer third = page(20);
    QStringList expected = created.mid(21, 4) << late; // created[20] slid onto page two: skipped
    QCOMPARE(idsOf(third.array("contacts")), expected);
    QCOMPARE(third.object("pagingMetadata").value(u"total"_s).toInt(), 25);
    QCOMPARE(idsOf(page(19).array("contacts")).first(),
             created[20]); // an overlap re-read finds it
}

void WixContactsQueryTests::testUpdatedDateStrictlyIncreases()
{
    WixBackend wix({});
    QStringList stamps;
    for (int i = 0; i < 50; ++i)
        stamps.append(
            create(wix, info(u"N"_s, QString::number(i))).value(u"updatedDate"_s).toString());
    for (int i = 1; i < stamps.size(); ++i)
        QVERIFY2(stamps[i] > stamps[i - 1], qPrintable(stamps[i]));
    const Answer after =
        query(wix,
              {{u"filter"_s, QJsonObject{{u"updatedDate"_s, QJsonObject{{u"$gt"_s, stamps[39]}}}}},
               {u"paging"_s, QJsonObject{{u"limit"_s, 100}}}});
    QCOMPARE(after.object("pagingMetadata").value(u"total"_s).toInt(), 10);
}

void WixContactsQueryTests::testPagingLimits()
{
    WixBackend wix({});
    wix.seed({.contacts = 120, .products = 0, .companies = 0, .randomSeed = 3});
    QCOMPARE(query(wix, {}).array("contacts").size(), 50);
    QCOMPARE(query(wix, {{u"paging"_s, QJsonObject{{u"limit"_s, 1000}}}}).array("contacts").size(),
             120);
    QCOMPARE(query(wix, {{u"paging"_s, QJsonObject{{u"limit"_s, 1001}}}}).status, 400);
    QCOMPARE(query(wix, {{u"paging"_s, QJsonObject{{u"offset"_s, -1}}}}).status, 400);
    const Answer tail =
        query(wix, {{u"paging"_s, QJsonObject{{u"limit"_s, 50}, {u"offset"_s, 100}}}});
    QCOMPARE(tail.object("pagingMetadata").value(u"count"_s).toInt(), 20);
}

void WixContactsQueryTests::testFilteredQueryOverTenThousandContacts()
{
    WixBackend wix({});
    wix.seed({.contacts = 10000, .products = 0, .companies = 0, .randomSeed = 5});
    const QJsonObject filtered{
        {u"filter"_s,
         QJsonObject{{u"$or"_s,
                      QJsonArray{QJsonObject{{u"info.name.first"_s, u"Ørjan"_s}},
                                 QJsonObject{{u"primaryInfo.phone"_s,
                                              QJsonObject{{u"$exists"_s, false}}}}}}}},
        {u"sort"_s,
         QJsonArray{QJsonObject{{u"fieldName"_s, u"createdDate"_s}, {u"order"_s, u"ASC"_s}}}},
        {u"paging"_s, QJsonObject{{u"limit"_s, 100}}}};
    const Answer answer = query(wix, filtered);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.object("pagingMetadata").value(u"total"_s).toInt() > 1000);
    QCOMPARE(answer.array("contacts").size(), 100);
    QString previous;
    for (const QJsonValue &contact : answer.array("contacts")) {
        const bool matches =
            contact[u"info"_s][u"name"_s][u"first"_s].toString() == QStringLiteral("Ørjan")
            || !contact[u"primaryInfo"_s].toObject().contains(u"phone"_s);
        QVERIFY(matches);
        QVERIFY(contact[u"createdDate"_s].toString() >= previous);
        previous = contact[u"createdDate"_s].toString();
    }
}

// The store keeps a query's order until it changes: pages read by offset, with and without a
// filter, must match the whole store sorted here, and a create, an edit that moves a contact and
// a delete must each show in the next pages.
void WixContactsQueryTests::testPagesFollowEveryChange()
{
    WixBackend wix({});
    wix.seed({.contacts = 2500, .products = 0, .companies = 0, .randomSeed = 7});
    const QJsonArray byFirst{QJsonObject{{u"fieldName"_s, u"info.name.first"_s}}};
    const QJsonArray byCreation{QJsonObject{{u"fieldName"_s, u"createdDate"_s}}};
    const auto readAll = [&](const QJsonObject &filter, const QJsonArray &sort) {
        QJsonArray contacts;
        for (int offset = 0;; offset += 100) {
            const Answer page =
                query(wix,
                      {{u"filter"_s, filter},
                       {u"sort"_s, sort},
                       {u"paging"_s, QJsonObject{{u"limit"_s, 100}, {u"offset"_s, offset}}}});
            for (const QJsonValue &contact : page.array("contacts"))
                contacts.append(contact);
            if (page.array("contacts").size() < 100)
                return contacts;
        }
    };
    // Read in creation order (another order the store keeps) and sorted here by first name,
    // then by id.
    const auto expected = [&](const QString &prefix) {
        QList<std::pair<QString, QString>> keys;
        for (const QJsonValue &contact : readAll({}, byCreation)) {
            const QString first = contact[u"info"_s][u"name"_s][u"first"_s].toString();
            if (first.startsWith(prefix, Qt::CaseInsensitive))
                keys.append({first, contact[u"id"_s].toString()});
        }
        std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
            const int order = a.first.compare(b.first);
            return order != 0 ? order < 0 : a.second.compare(b.second) < 0;
        });
        QStringList ids;
        for (const auto &key : keys)
            ids.append(key.second);
        return ids;
    };
    const QJsonObject startsWithK{{u"info.name.first"_s, QJsonObject{{u"$startsWith"_s, u"k"_s}}}};
    // The ids are read before the reference, so each read follows a change under the same sort
    // as the read before it.
    const auto check = [&] {
        const QStringList ids = idsOf(readAll({}, byFirst));
        QCOMPARE(ids, expected({}));
        const QStringList filteredIds = idsOf(readAll(startsWithK, byFirst));
        const QStringList filtered = expected(u"k"_s);
        QVERIFY(filtered.size() > 100); // more than one page
        QCOMPARE(filteredIds, filtered);
        readAll({}, byFirst);
    };
    const QJsonArray all = readAll({}, byCreation);
    check();

    const QJsonObject moved = all.at(1200).toObject();
    QCOMPARE(call(wix, "PATCH"_ba, u"/contacts/v4/contacts/"_s + moved[u"id"_s].toString(),
                  {{u"revision"_s, moved[u"revision"_s]}, {u"info"_s, info(u"Kaaa"_s, u"X"_s)}})
                 .status,
             200);
    QCOMPARE(idsOf(readAll(startsWithK, byFirst)).first(), moved[u"id"_s].toString());
    check();
    create(wix, info(u"Kzzz"_s, u"New"_s));
    check();
    QCOMPARE(
        call(wix, "DELETE"_ba, u"/contacts/v4/contacts/"_s + all.at(10)[u"id"_s].toString()).status,
        200);
    check();
    QCOMPARE(readAll({}, byCreation).size(), all.size());
}

} // namespace Tandem::Sandbox::Test
