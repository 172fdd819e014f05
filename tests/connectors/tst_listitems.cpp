#include "tests/connectors/connectortestutil.h"

#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;
using namespace Qt::StringLiterals;
using K = ConnectorError::Kind;

namespace {
Sandbox::SandboxOptions options(const QString &catalog)
{
    Sandbox::SandboxOptions o;
    o.wixApiKey = QString::fromLatin1(kWixKey);
    o.wixSiteId = QString::fromLatin1(kSiteId);
    o.crmToken = QString::fromLatin1(kCrmToken);
    o.wixCatalog = catalog;
    o.seed.contacts = 6;
    o.seed.products = 6;
    o.seed.crmContacts = 6;
    return o;
}

QList<Record> malformedOf(const QList<Record> &records)
{
    QList<Record> out;
    for (const Record &record : records) {
        if (!record.problem.isEmpty())
            out.append(record);
    }
    return out;
}

std::unique_ptr<Connector> connectorFor(const SandboxFixture &sandbox, SandboxSide side)
{
    if (side == SandboxSide::Crm)
        return crmConnector(sandbox);
    return wixConnector(sandbox);
}
} // namespace

// A list page with one item that is not a record: that item is reported, on its own, as a
// stand-in record naming the collection, the item and why; the page's records read as ever.
class TestListItems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testOneBadItemFailsAlone_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("named");
        const auto crm = int(SandboxSide::Crm);
        const auto wix = int(SandboxSide::Wix);
        QTest::newRow("crmoffice contacts") << crm << "v3"
                                            << "contacts"
                                            << "GET /api/v1/contacts"
                                            << "items"
                                            << "CRMOffice contacts";
        QTest::newRow("wix contacts") << wix << "v3"
                                      << "contacts"
                                      << "POST /contacts/v4/contacts/query"
                                      << "contacts"
                                      << "Wix contacts";
        QTest::newRow("wix products v3") << wix << "v3"
                                         << "products"
                                         << "POST /stores/v3/products/query"
                                         << "products"
                                         << "Wix products";
        QTest::newRow("wix products v1") << wix << "v1"
                                         << "products"
                                         << "POST /stores/v1/products/query"
                                         << "products"
                                         << "Wix products";
    }

    void testOneBadItemFailsAlone()
    {
        QFETCH(int, side);
        QFETCH(QString, catalog);
        QFETCH(QString, collection);
        QFETCH(QString, route);
        QFETCH(QString, list);
        QFETCH(QString, named);
        SandboxFixture sandbox(options(catalog));
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        auto connector = connectorFor(sandbox, SandboxSide(side));
        const QList<Record> clean = readAll(*connector, collection, {});
        QCOMPARE(clean.size(), 6);

        auto &server = sandbox.server(SandboxSide(side));
        server.addListItemFault({route, list, QStringLiteral("not a record"), 1, {}});
        server.addListItemFault({route, list, QJsonObject{{u"name"_s, u"No id"_s}}, 4, {}});
        ConnectorError error;
        const QList<Record> read = readAll(*connector, collection, {}, nullptr, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        const QList<Record> bad = malformedOf(read);
        QCOMPARE(bad.size(), 2);
        QCOMPARE(read.size() - bad.size(), clean.size()); // the rest reads as before
        for (const Record &record : read) {
            if (record.problem.isEmpty())
                QVERIFY(clean.contains(record));
        }
        QCOMPARE(bad[0].problem, named + u", item 2 of page 1: it is a string, not an object"_s);
        QCOMPARE(bad[1].problem, named + u", item 5 of page 1: it has no id"_s);
        QVERIFY(bad[0].id.isEmpty() && bad[1].id.isEmpty());

        // Without an id an item may be any record: the id scan cannot say which exist.
        const auto ids = connector->readIds(collection);
        QCOMPARE(ids.error.kind, K::Malformed);
        QCOMPARE(ids.error.message, bad[0].problem);

        server.clearListItemFaults();
        QCOMPARE(readAll(*connector, collection, {}), clean);
    }

    // An id of the wrong type is no id; a V1 product without a numericId keeps its id.
    void testItemsWithAnUnusableIdOrNoNumericId()
    {
        SandboxFixture sandbox(options(u"v1"_s));
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        auto wix = wixConnector(sandbox);
        const QList<Record> clean = readAll(*wix, u"products"_s, {});
        const QString route = QStringLiteral("POST /stores/v1/products/query");
        auto &server = sandbox.server(SandboxSide::Wix);
        server.addListItemFault({route, u"products"_s, QJsonObject{{u"id"_s, 42}}, 0, {}});
        server.addListItemFault({route,
                                 u"products"_s,
                                 QJsonObject{{u"id"_s, u"p-loose"_s}, {u"name"_s, u"Loose"_s}},
                                 99,
                                 {}});
        const QList<Record> bad = malformedOf(readAll(*wix, u"products"_s, {}));
        QCOMPARE(bad.size(), 2);
        QCOMPARE(bad[0].problem,
                 QString(u"Wix products, item 1 of page 1: its id is a number, not a string"_s));
        QCOMPARE(bad[1].id, QString(u"p-loose"_s));
        QCOMPARE(bad[1].problem, QString(u"Wix products p-loose: it has no numericId"_s));

        server.clearListItemFaults();
        server.addListItemFault({route,
                                 u"products"_s,
                                 QJsonObject{{u"id"_s, u"p-loose"_s}, {u"name"_s, u"Loose"_s}},
                                 99,
                                 {}});
        const auto ids = wix->readIds(u"products"_s);
        QVERIFY2(ids.ok(), qPrintable(ids.error.message));
        QCOMPARE(ids.value.size(), clean.size() + 1);
        QVERIFY(ids.value.contains(u"p-loose"_s));

        // V1 pages past the last numericId: a full page without one would come back forever.
        server.addListItemFault({route, u"products"_s, u"junk"_s, 0, {}});
        wix->setPageSize(2);
        ConnectorError error;
        readAll(*wix, u"products"_s, {}, nullptr, &error);
        QCOMPARE(error.kind, K::Malformed);
        QVERIFY2(error.message.contains(u"without a product to page past"_s),
                 qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestListItems)
#include "tst_listitems.moc"
