#include "connectortestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;
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
        SandboxFixture sandbox(options("v3", 8));
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        auto wix = wixConnector(sandbox);
        wix->setPageSize(3);
        const QList<Record> products = readAll(*wix, "products", {});
        QCOMPARE(products.size(), 8);
        const auto ids = wix->readIds("products");
        QVERIFY2(ids.ok(), qPrintable(ids.error.message));
        QCOMPARE(ids.value, idsOf(products));
        QVERIFY(wix->remove("products", products.first().id, {}).ok());
        QCOMPARE(wix->readIds("products").value, idsOf(products) - QSet{products.first().id});
    }

    // V1 keeps no revision: the token is a fingerprint of the values, and an update based on
    // values the product no longer holds is Stale rather than a blind overwrite.
    void testV1UpdateBasedOnOldValuesIsStale()
    {
        SandboxFixture sandbox(options("v1", 2));
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        auto engine = wixConnector(sandbox);
        auto user = wixConnector(sandbox);
        const Record read = readAll(*engine, "products", {}).first();
        QVERIFY(!read.token.isEmpty());
        QCOMPARE(engine->read("products", read.id).value.token, read.token); // same values

        const auto edited = user->update("products", read.id, read.token, {{"name", "By hand"}});
        QVERIFY2(edited.ok(), qPrintable(edited.error.message));
        QVERIFY(edited.value.token != read.token);
        const auto stale = engine->update("products", read.id, read.token, {{"name", "Synced"}});
        QCOMPARE(stale.error.kind, K::Stale);
        QVERIFY2(stale.error.message.contains(read.id), qPrintable(stale.error.message));
        QCOMPARE(engine->update("products", read.id, QString(), {{"name", "Blind"}}).error.kind,
                 K::Stale);
        QCOMPARE(user->read("products", read.id).value.fields.value("name").toString(),
                 QString("By hand"));

        const Record fresh = engine->read("products", read.id).value;
        QCOMPARE(fresh.token, edited.value.token);
        const auto updated = engine->update("products", read.id, fresh.token, {{"name", "Synced"}});
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.fields.value("name").toString(), QString("Synced"));
        QCOMPARE(engine->read("products", read.id).value.token, updated.value.token);
    }

    // A V3 product's price is its one variant's: written over that variant as it is, the
    // product's other fields kept. A product with options has a price per variant, which a
    // mapping's one price cannot say: that write is refused, the variants left as they were.
    void testV3PriceIsTheOneVariantsAndOptionsAreRefused()
    {
        SandboxFixture sandbox(options("v3", 0));
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        auto wix = wixConnector(sandbox);
        const auto created =
            wix->create("products", {{"name", "Vase"}, {"price", 100.0}, {"slug", "vase"}});
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const auto priced =
            wix->update("products", created.value.id, created.value.token, {{"price", 120.0}});
        QVERIFY2(priced.ok(), qPrintable(priced.error.message));
        QCOMPARE(priced.value.fields.value("price").toDouble(), 120.0);
        QCOMPARE(priced.value.fields.value("slug").toString(), QString("vase"));

        // Another user gives it a second variant (an option) on Wix.
        const QString path = QStringLiteral("/stores/v3/products/") + created.value.id;
        const QJsonObject variant{
            {"choices", QJsonArray{}},
            {"price", QJsonObject{{"actualPrice", QJsonObject{{"amount", "150"}}}}}};
        Sandbox::Request patch;
        patch.method = "PATCH";
        patch.path = path;
        patch.headers = {{"authorization", kWixKey}, {"wix-site-id", kSiteId}};
        patch.body =
            QJsonDocument(
                QJsonObject{
                    {"product",
                     QJsonObject{{"revision", priced.value.token},
                                 {"variantsInfo",
                                  QJsonObject{{"variants", QJsonArray{variant, variant}}}}}}})
                .toJson();
        QCOMPARE(sandbox.backend(SandboxSide::Wix).handle(patch).status, 200);

        const Record current = wix->read("products", created.value.id).value;
        const auto refused = wix->update("products", current.id, current.token, {{"price", 99.0}});
        QCOMPARE(refused.error.kind, K::Invalid);
        QVERIFY2(refused.error.message.contains(QLatin1String("options")),
                 qPrintable(refused.error.message));
        QCOMPARE(wix->read("products", current.id).value.token, current.token);
    }
};

QTEST_GUILESS_MAIN(TestWixProducts)
#include "tst_wixproducts.moc"
