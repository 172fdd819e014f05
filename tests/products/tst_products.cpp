#include "tests/fakes/forwardingconnector.h"
#include "tests/products/productsbed.h"

#include <QStandardPaths>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;
using namespace Qt::StringLiterals;

namespace {
const QString kProducts = QStringLiteral("Products");
const QString kCompanies = QStringLiteral("Companies");

RunOptions productsOnly()
{
    RunOptions options;
    options.flowIds = {QStringLiteral("products")};
    return options;
}

Link linkOf(ProductsBed &bed, const QString &wixId)
{
    for (const Link &link : bed.store->links(u"products"_s).value) {
        if (link.wix.id == wixId)
            return link;
    }
    return {};
}

// Each Wix product has exactly one company of its name, and every link holds such a pair.
void verifyPaired(ProductsBed &bed)
{
    const QHash<QString, Record> products = bed.all(SandboxSide::Wix, kProducts);
    const QHash<QString, Record> companies = bed.all(SandboxSide::Crm, kCompanies);
    const QList<Link> links = bed.store->links(u"products"_s).value;
    QCOMPARE(links.size(), products.size());
    for (const Link &link : links) {
        QVERIFY2(products.contains(link.wix.id), qPrintable(link.wix.id));
        QVERIFY2(companies.contains(link.crm.id), qPrintable(link.crm.id));
        const QString name = products.value(link.wix.id).fields.value(u"name"_s).toString();
        QCOMPARE(companies.value(link.crm.id).fields.value(u"name"_s).toString(), name);
        QCOMPARE(bed.named(SandboxSide::Crm, kCompanies, name), 1);
    }
}

// The engine's Wix connector, with the user editing Wix by hand just before its first write:
// after the engine read, before it wrote.
class EditBeforeFirstWrite : public ForwardingConnector
{
public:
    EditBeforeFirstWrite(Connector &target, std::function<void()> edit)
        : ForwardingConnector(target)
        , m_edit(std::move(edit))
    {}
    ConnectorResult<Record> update(const QString &c, const QString &id, const QString &t,
                                   const QJsonObject &f) override
    {
        if (m_edit)
            std::exchange(m_edit, nullptr)();
        return ForwardingConnector::update(c, id, t, f);
    }

private:
    std::function<void()> m_edit;
};

} // namespace

class TestProducts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testProductsFlowOnEachCatalog_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<QString>("version");
        QTest::newRow("v1") << "v1"
                            << "V1_CATALOG";
        QTest::newRow("v3") << "v3"
                            << "V3_CATALOG";
    }

    // First sync, edits both ways, a conflict, a deletion and the deletion guard.
    void testProductsFlowOnEachCatalog()
    {
        QFETCH(QString, catalog);
        QFETCH(QString, version);
        ProductsBed bed(productOptions(catalog, 16));
        QVERIFY2(bed.sandbox.isRunning(), qPrintable(bed.sandbox.errorString()));
        QVERIFY2(bed.storeError.ok(), qPrintable(bed.storeError.message));

        RunSummary s = bed.sync();
        QVERIFY2(s.status == RunRecord::Status::Ok, qPrintable(s.message));
        QCOMPARE(s.wixCatalog, version);
        QCOMPARE(s.toJson().value(u"wixCatalog"_s).toString(), version);
        QCOMPARE(bed.store->value(QLatin1String(wixCatalogKey)).value, version);
        QCOMPARE(bed.lastProbes, 1); // asked once per run, not per call
        QCOMPARE(flowOf(s, u"products"_s)->crm.counts.created, 16);
        verifyPaired(bed);
        QCOMPARE(bed.sync().writes(), 0);

        // Edits both ways.
        const QList<Link> links = bed.store->links(u"products"_s).value;
        const Record product = bed.wixUser->read(kProducts, links[0].wix.id).value;
        QVERIFY(
            bed.wixUser
                ->update(kProducts, product.id, product.token, {{u"name"_s, u"Renamed on Wix"_s}})
                .ok());
        const Record company = bed.crmUser->read(kCompanies, links[1].crm.id).value;
        QVERIFY(
            bed.crmUser
                ->update(kCompanies, company.id, company.token, {{u"name"_s, u"Renamed in CRM"_s}})
                .ok());
        s = bed.sync();
        QVERIFY2(s.status == RunRecord::Status::Ok, qPrintable(s.message));
        QCOMPARE(
            bed.crmUser->read(kCompanies, links[0].crm.id).value.fields.value(u"name"_s).toString(),
            QString(u"Renamed on Wix"_s));
        QCOMPARE(
            bed.wixUser->read(kProducts, links[1].wix.id).value.fields.value(u"name"_s).toString(),
            QString(u"Renamed in CRM"_s));
        verifyPaired(bed);
        QCOMPARE(bed.sync().writes(), 0);

        // Both sides edited differently: a conflict, left for the user.
        const Record p2 = bed.wixUser->read(kProducts, links[2].wix.id).value;
        const Record c2 = bed.crmUser->read(kCompanies, links[2].crm.id).value;
        QVERIFY(bed.wixUser->update(kProducts, p2.id, p2.token, {{u"name"_s, u"Wix says"_s}}).ok());
        QVERIFY(
            bed.crmUser->update(kCompanies, c2.id, c2.token, {{u"name"_s, u"CRM says"_s}}).ok());
        s = bed.sync();
        QCOMPARE(s.status, RunRecord::Status::Conflicts);
        QCOMPARE(bed.store->openConflicts(u"products"_s).value.size(), 1);

        // A product deleted on Wix takes its company along (found by the id scan).
        QVERIFY(bed.wixUser->remove(kProducts, links[3].wix.id, {}).ok());
        s = bed.sync();
        QCOMPARE(flowOf(s, u"products"_s)->crm.counts.deleted, 1);
        QCOMPARE(bed.crmUser->read(kCompanies, links[3].crm.id).error.kind,
                 ConnectorError::Kind::NotFound);

        // Too many deletions at once: the guard stops the run before deleting.
        for (int i = 4; i < 10; ++i)
            QVERIFY(bed.wixUser->remove(kProducts, links[i].wix.id, {}).ok());
        s = bed.sync();
        QCOMPARE(s.status, RunRecord::Status::Guarded);
        QCOMPARE(flowOf(s, u"products"_s)->wouldDelete.size(), 6);
        for (int i = 4; i < 10; ++i)
            QVERIFY(bed.crmUser->read(kCompanies, links[i].crm.id).ok());
    }

    // Wix moves the site from V1 to V3 between two runs: V3 keeps the product ids, so the links
    // hold; no company is deleted or made twice, and edits keep flowing.
    void testCatalogMoveKeepsLinks()
    {
        ProductsBed bed(productOptions(u"v1"_s));
        QVERIFY2(bed.sandbox.isRunning(), qPrintable(bed.sandbox.errorString()));
        RunSummary s = bed.sync();
        QVERIFY2(s.status == RunRecord::Status::Ok, qPrintable(s.message));
        QCOMPARE(s.wixCatalog, QString(u"V1_CATALOG"_s));
        const QList<Link> before = bed.store->links(u"products"_s).value;
        QCOMPARE(before.size(), 10);
        const int companies = int(bed.all(SandboxSide::Crm, kCompanies).size());

        bed.setCatalog(Sandbox::WixCatalog::V3);
        const Record company = bed.crmUser->read(kCompanies, before[0].crm.id).value;
        QVERIFY(
            bed.crmUser
                ->update(kCompanies, company.id, company.token, {{u"name"_s, u"After the move"_s}})
                .ok());
        s = bed.sync();
        QVERIFY2(s.status == RunRecord::Status::Ok, qPrintable(s.message));
        QCOMPARE(s.wixCatalog, QString(u"V3_CATALOG"_s));
        const FlowSummary *products = flowOf(s, u"products"_s);
        QCOMPARE(products->crm.counts.created, 0);
        QCOMPARE(products->crm.counts.deleted, 0);
        QCOMPARE(products->wix.counts.created, 0);
        QCOMPARE(products->wix.counts.updated,
                 1); // read whole after the move: the V3 revision goes along
        QCOMPARE(
            bed.wixUser->read(kProducts, before[0].wix.id).value.fields.value(u"name"_s).toString(),
            QString(u"After the move"_s));
        QCOMPARE(bed.store->links(u"products"_s).value.size(), before.size());
        QCOMPARE(int(bed.all(SandboxSide::Crm, kCompanies).size()), companies);
        QCOMPARE(bed.store->value(QLatin1String(wixCatalogKey)).value, QString(u"V3_CATALOG"_s));
        verifyPaired(bed);
        QCOMPARE(bed.sync().writes(), 0);
        QVERIFY(!linkOf(bed, before[1].wix.id).wix.token.isEmpty()); // now a V3 revision
    }

    // Catalog V1 has no revision: a name edited on Wix after the engine read the product and
    // before it wrote the company's new name there is not overwritten. The write is refused as
    // stale, the product read and merged again, and both edits meet as a conflict.
    void testV1EditBetweenReadAndWriteIsNotLost()
    {
        ProductsBed bed(productOptions(u"v1"_s, 3, 0));
        QVERIFY2(bed.sandbox.isRunning(), qPrintable(bed.sandbox.errorString()));
        QVERIFY2(bed.sync(productsOnly()).status == RunRecord::Status::Ok, "first sync");
        const Link link = bed.store->links(u"products"_s).value.first();
        const Record company = bed.crmUser->read(kCompanies, link.crm.id).value;
        QVERIFY(
            bed.crmUser->update(kCompanies, company.id, company.token, {{u"name"_s, u"From CRM"_s}})
                .ok());

        auto wix = bed.wixConnector();
        auto crm = bed.crmConnector();
        EditBeforeFirstWrite engineWix(*wix, [&bed, &link] {
            const Record product = bed.wixUser->read(kProducts, link.wix.id).value;
            QVERIFY(bed.wixUser
                        ->update(kProducts, product.id, product.token, {{u"name"_s, u"On Wix"_s}})
                        .ok());
        });
        RunOptions options = productsOnly();
        options.phoneRegion = QStringLiteral("NO");
        const RunSummary s = SyncRun(bed.mapping, *bed.store, engineWix, *crm, options).run();

        QCOMPARE(s.status, RunRecord::Status::Conflicts);
        QCOMPARE(flowOf(s, u"products"_s)->wix.counts.updated, 0);
        QCOMPARE(bed.wixUser->read(kProducts, link.wix.id).value.fields.value(u"name"_s).toString(),
                 QString(u"On Wix"_s));
        QCOMPARE(
            bed.crmUser->read(kCompanies, link.crm.id).value.fields.value(u"name"_s).toString(),
            QString(u"From CRM"_s));
        const QList<Conflict> conflicts = bed.store->openConflicts(u"products"_s).value;
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().wixValue.toString(), QString(u"On Wix"_s));
        QCOMPARE(conflicts.first().crmValue.toString(), QString(u"From CRM"_s));
        QCOMPARE(bed.sync(productsOnly()).writes(), 0);
    }

    // With Wix Stores not installed, the products flow is skipped in words; contacts sync.
    void testNoStoreSkipsProductsAndContactsSync()
    {
        ProductsBed bed(productOptions(u"none"_s));
        QVERIFY2(bed.sandbox.isRunning(), qPrintable(bed.sandbox.errorString()));
        const RunSummary s = bed.sync();
        QVERIFY2(s.status == RunRecord::Status::Ok, qPrintable(s.message));
        QCOMPARE(s.wixCatalog, QString(u"STORES_NOT_INSTALLED"_s));
        const FlowSummary *products = flowOf(s, u"products"_s);
        QVERIFY(products && products->skipped);
        QVERIFY2(products->skipReason.contains(u"not installed"_s),
                 qPrintable(products->skipReason));
        const QJsonObject json =
            s.toJson().value(u"flows"_s).toObject().value(u"products"_s).toObject();
        QVERIFY(json.value(u"skipped"_s).toBool());
        QVERIFY(!json.value(u"skipReason"_s).toString().isEmpty());
        const FlowSummary *contacts = flowOf(s, u"contacts"_s);
        QVERIFY(contacts && !contacts->skipped);
        QCOMPARE(contacts->crm.counts.created, 25);
        QCOMPARE(bed.store->links(u"contacts"_s).value.size(), 25);
        QVERIFY(bed.store->links(u"products"_s).value.isEmpty());
        QCOMPARE(bed.lastProbes, 1);
    }

    // Creating and updating many products on V3 goes through the bulk calls, each item's
    // answer landing on its own record; one product Wix refuses fails alone.
    void testManyWritesUseBulkCalls()
    {
        ProductsBed bed(productOptions(u"v3"_s, 0, 150));
        QVERIFY2(bed.sandbox.isRunning(), qPrintable(bed.sandbox.errorString()));
        bed.productsFlow().creation = CreationDirection::CrmOfficeToWix;
        const QString tooLong(90, QLatin1Char('x')); // V3 names are 1..80 characters
        const QString refusedId = bed.crmUser->create(kCompanies, {{u"name"_s, tooLong}}).value.id;
        QVERIFY(!refusedId.isEmpty());

        RunSummary s = bed.sync(productsOnly());
        const FlowSummary *products = flowOf(s, u"products"_s);
        QCOMPARE(products->wix.counts.created, 150);
        QCOMPARE(products->wix.counts.errors, 1);
        QCOMPARE(products->wix.errors.first().recordId, refusedId);
        QCOMPARE(bed.route(SandboxSide::Wix, u"POST /stores/v3/bulk/products/create"_s), 2);
        QCOMPARE(bed.route(SandboxSide::Wix, u"POST /stores/v3/products"_s), 0);
        QCOMPARE(bed.store->links(u"products"_s).value.size(), 150);
        QVERIFY(bed.store->intents(u"products"_s).value.isEmpty());
        verifyPaired(bed);

        int renamed = 0;
        for (const Record &company : bed.all(SandboxSide::Crm, kCompanies)) {
            if (company.id == refusedId || renamed == 120)
                continue;
            const QString name = company.fields.value(u"name"_s).toString() + u" AS"_s;
            QVERIFY(bed.crmUser->update(kCompanies, company.id, company.token, {{u"name"_s, name}})
                        .ok());
            ++renamed;
        }
        s = bed.sync(productsOnly());
        QCOMPARE(flowOf(s, u"products"_s)->wix.counts.updated, 120);
        QCOMPARE(bed.route(SandboxSide::Wix, u"POST /stores/v3/bulk/products/update"_s), 2);
        QCOMPARE(bed.route(SandboxSide::Wix, u"PATCH /stores/v3/products/{id}"_s), 0);
        verifyPaired(bed);
        const RunSummary again = bed.sync(productsOnly());
        QCOMPARE(flowOf(again, u"products"_s)->wix.counts.created, 0);
        QCOMPARE(flowOf(again, u"products"_s)->wix.counts.updated, 0);
    }
};

QTEST_GUILESS_MAIN(TestProducts)
#include "tst_products.moc"
