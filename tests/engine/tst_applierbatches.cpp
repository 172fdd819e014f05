// How the applier hands a plan's writes to connectors that take them in batches.
#include "tests/engine/enginebed.h"
#include "tests/fakes/forwardingconnector.h"

#include <QTest>

using namespace Tandem;

namespace {

// Takes up to `limit` writes a call, as the HTTP connectors do, and notes each batch's size.
class BatchingConnector : public ForwardingConnector
{
public:
    BatchingConnector(Connector &target, int limit)
        : ForwardingConnector(target)
        , m_limit(limit)
    {}
    int batchLimit(const QString &) override { return m_limit; }
    QList<ConnectorResult<Record>> updateMany(const QString &collection,
                                              const QList<RecordChange> &changes) override
    {
        updates.append(int(changes.size()));
        return ForwardingConnector::updateMany(collection, changes);
    }

    QList<int> updates; // the size of each updateMany() call

private:
    int m_limit;
};

} // namespace

class TestApplierBatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Edits on both sides come in the plan one after the other; each side's updates still go
    // out in one batch rather than one at a time.
    void testEditsOnBothSidesGoInOneBatchASide()
    {
        EngineBed bed(nextStoreName());
        QVERIFY(bed.storeError.ok());
        QStringList wixIds;
        for (int i = 0; i < 10; ++i)
            wixIds.append(bed.addContact(bed.wix, QStringLiteral("First%1").arg(i),
                                         QStringLiteral("Last%1").arg(i)));
        QCOMPARE(bed.sync().status, RunRecord::Status::Ok);

        const QString contacts = QStringLiteral("Contacts");
        for (int i = 0; i < wixIds.size(); ++i) {
            const bool onWix = i % 2 == 0;
            MemoryConnector &side = onWix ? bed.wix : bed.crm;
            const QString id = onWix ? wixIds[i] : partner(*bed.store, wixIds[i]);
            QVERIFY(!id.isEmpty());
            const QString token = side.get(contacts, id)->token;
            const QJsonObject changed{
                {onWix ? QStringLiteral("info.name.last") : QStringLiteral("familyName"),
                 QStringLiteral("Edited%1").arg(i)}};
            QVERIFY(side.update(contacts, id, token, changed).ok());
        }

        BatchingConnector wix(bed.wix, 64), crm(bed.crm, 64);
        bed.clock.advance(1000);
        RunOptions options;
        options.phoneRegion = QStringLiteral("NO");
        SyncRun run(bed.mapping, *bed.store, wix, crm, options);
        const RunSummary summary = run.run();
        QCOMPARE(summary.status, RunRecord::Status::Ok);
        QCOMPARE(wix.updates, QList<int>{5});
        QCOMPARE(crm.updates, QList<int>{5});
        for (int i = 0; i < wixIds.size(); ++i)
            QCOMPARE(field(bed.wix, wixIds[i], QStringLiteral("info.name.last")),
                     QStringLiteral("Edited%1").arg(i));
    }
};

QTEST_GUILESS_MAIN(TestApplierBatches)
#include "tst_applierbatches.moc"
