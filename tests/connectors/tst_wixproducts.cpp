#include "tests/connectors/connectortestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;
using namespace Qt::StringLiterals;
using K = ConnectorError::Kind;

namespace {
Sandbox::SandboxOptions options(const QString &catalog, int products = 10)
{
    Sandbox::SandboxOptions o;
    o.wixApiKey = QString::fromLatin1(kWixKey);
    o.wixSiteId = QString::fromLatin1(kSiteId);
    o.crmToken = QString::fromLatin1(kCrmToken);
    o.wixCatalog = catalog;
    o.seed.products = products;
    return o;
}

QSet<QString> idsOf(const QList<Record> &records)
{
    QSet<QString> ids;
    for (const Record &record : records)
        ids.insert(record.id);
    return ids;
}
} // namespace

// The Wix products clients against the sandbox, which holds them to what Wix accepts.
class TestWixProducts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Wix refuses `fields: ["id"]` (fields are extra field groups, not properties): the id
    // scan asks for none and still gets every id, page after page.
    void testV3IdScanAsksNoFieldGroups()
    {
        SandboxFixture sandbox(options(u"v3"_s, 8));
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        auto wix = wixConnector(sandbox);
        wix->setPageSize(3);
        const QList<Record> products = readAll(*wix, u"products"_s, {});
        QCOMPARE(products.size(), 8);
        const auto ids = wix->readIds(u"products"_s);
        QVERIFY2(ids.ok(), qPrintable(ids.error.message));
        QCOMPARE(ids.value, idsOf(products));
        QVERIFY(wix->remove(u"products"_s, products.first().id, {}).ok());
        QCOMPARE(wix->readIds(u"products"_s).value, idsOf(products) - QSet{products.first().id});
    }

    // V1 keeps no revision: the token is a fingerprint of the values, and an update based on
    // values the product no longer holds is Stale rather than a blind overwrite.
    void testV1UpdateBasedOnOldValuesIsStale()
    {
        SandboxFixture sandbox(options(u"v1"_s, 2));
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        auto engine = wixConnector(sandbox);
        auto user = wixConnector(sandbox);
        const Record read = readAll(*engine, u"products"_s, {}).first();
        QVERIFY(!read.token.isEmpty());
        QCOMPARE(engine->read(u"products"_s, read.id).value.token, read.token); // same values

        const auto edited =
            user->update(u"products"_s, read.id, read.token, {{u"name"_s, u"By hand"_s}});
        QVERIFY2(edited.ok(), qPrintable(edited.error.message));
        QVERIFY(edited.value.token != read.token);
        const auto stale =
            engine->update(u"products"_s, read.id, read.token, {{u"name"_s, u"Synced"_s}});
        QCOMPARE(stale.error.kind, K::Stale);
        QVERIFY2(stale.error.message.contains(read.id), qPrintable(stale.error.message));
        QCOMPARE(
            engine->update(u"products"_s, read.id, QString(), {{u"name"_s, u"Blind"_s}}).error.kind,
            K::Stale);
        QCOMPARE(user->read(u"products"_s, read.id).value.fields.value(u"name"_s).toString(),
                 QString(u"By hand"_s));

        const Record fresh = engine->read(u"products"_s, read.id).value;
        QCOMPARE(fresh.token, edited.value.token);
        const auto updated =
            engine->update(u"products"_s, read.id, fresh.token, {{u"name"_s, u"Synced"_s}});
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.fields.value(u"name"_s).toString(), QString(u"Synced"_s));
        QCOMPARE(engine->read(u"products"_s, read.id).value.token, updated.value.token);
    }

    // A V3 product's price is its one variant's: written over that variant as it is, the
    // product's other fields kept. A product with options has a price per variant, which a
    // mapping's one price cannot say: that write is refused, the variants left as they were.
    void testV3PriceIsTheOneVariantsAndOptionsAreRefused()
    {
        SandboxFixture sandbox(options(u"v3"_s, 0));
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        auto wix = wixConnector(sandbox);
        const auto created = wix->create(
            u"products"_s, {{u"name"_s, u"Vase"_s}, {u"price"_s, 100.0}, {u"slug"_s, u"vase"_s}});
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const auto priced = wix->update(u"products"_s, created.value.id, created.value.token,
                                        {{u"price"_s, 120.0}});
        QVERIFY2(priced.ok(), qPrintable(priced.error.message));
        QCOMPARE(priced.value.fields.value(u"price"_s).toDouble(), 120.0);
        QCOMPARE(priced.value.fields.value(u"slug"_s).toString(), QString(u"vase"_s));

        // Another user gives it a second variant (an option) on Wix.
        const QString path = QStringLiteral("/stores/v3/products/") + created.value.id;
        const QJsonObject variant{
            {u"choices"_s, QJsonArray{}},
            {u"price"_s, QJsonObject{{u"actualPrice"_s, QJsonObject{{u"amount"_s, u"150"_s}}}}}};
        Sandbox::Request patch;
        patch.method = "PATCH";
        patch.path = path;
        patch.headers = {{"authorization", kWixKey}, {"wix-site-id", kSiteId}};
        patch.body =
            QJsonDocument(
                QJsonObject{
                    {u"product"_s,
                     QJsonObject{{u"revision"_s, priced.value.token},
                                 {u"variantsInfo"_s,
                                  QJsonObject{{u"variants"_s, QJsonArray{variant, variant}}}}}}})
                .toJson();
        QCOMPARE(sandbox.backend(SandboxSide::Wix).handle(patch).status, 200);

        const Record current = wix->read(u"products"_s, created.value.id).value;
        const auto refused =
            wix->update(u"products"_s, current.id, current.token, {{u"price"_s, 99.0}});
        QCOMPARE(refused.error.kind, K::Invalid);
        QVERIFY2(refused.error.message.contains(QLatin1String("options")),
                 qPrintable(refused.error.message));
        QCOMPARE(wix->read(u"products"_s, current.id).value.token, current.token);
    }
};

QTEST_GUILESS_MAIN(TestWixProducts)
#include "tst_wixproducts.moc"
