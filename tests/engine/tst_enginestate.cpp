// What the engine keeps about the mapping and the accounts it ran with, and what it does when
// they change; how long it keeps the history of its runs.
#include "sync/engine/readphase.h"
#include "tests/engine/enginebed.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Tandem;

class TestEngineState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void testAddedPairReachesOldLinkedRecords();
    void testEachMappingChangeReadsInFullOnce();
    void testStoreOfOtherAccountsIsRefused();
    void testRunPrunesHistoryPastTheDaysKept();
};

namespace {

// A finished run of the past, as the store keeps it.
qint64 pastRun(StateStore &store, int daysAgo)
{
    RunRecord run;
    run.startedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    run.finishedAt = run.startedAt.addSecs(3);
    run.status = RunRecord::Status::Ok;
    if (!store.saveRun(run).ok())
        return 0;
    RunEntry entry;
    entry.runId = run.id;
    entry.flowId = QStringLiteral("contacts");
    entry.recordId = QStringLiteral("w%1").arg(daysAgo);
    entry.at = run.startedAt;
    return store.addEntry(entry).ok() ? run.id : 0;
}

bool kept(StateStore &store, qint64 runId)
{
    return store.run(runId).value.has_value();
}

// The contacts flow without its phone pair, matched on the names.
Flow contactsWithoutPhone()
{
    Flow f = testContactsFlow();
    f.pairs.removeLast();
    f.matchKey = {{{QStringLiteral("info.name.first"), QStringLiteral("info.name.last")},
                   {QStringLiteral("givenName"), QStringLiteral("familyName")}}};
    return f;
}

} // namespace

void TestEngineState::testRunPrunesHistoryPastTheDaysKept()
{
    EngineBed bed(nextStoreName());
    QVERIFY(bed.storeError.ok());
    StateStore &store = *bed.store;
    const qint64 old = pastRun(store, 91);
    const qint64 recent = pastRun(store, 89);
    const qint64 older = pastRun(store, 130);
    const qint64 fourMonths = pastRun(store, 119);
    QVERIFY(old && recent && older && fourMonths);

    RunOptions preview;
    preview.dryRun = true; // a preview records no run and prunes nothing
    bed.sync(preview);
    QVERIFY(kept(store, old) && kept(store, older));

    RunOptions longer;
    longer.keepDays = 120; // the profile's setting, as the worker passes it
    const RunSummary first = bed.sync(longer);
    QVERIFY(kept(store, first.runId));
    QVERIFY(kept(store, old) && kept(store, recent) && kept(store, fourMonths));
    QVERIFY(!kept(store, older));

    const RunSummary second = bed.sync(); // the default: 90 days
    QVERIFY(kept(store, second.runId) && kept(store, first.runId) && kept(store, recent));
    QVERIFY(!kept(store, old) && !kept(store, fourMonths));
    QVERIFY(store.entries(old).value.isEmpty());
    QCOMPARE(store.entries(recent).value.size(), 1);
}

void TestEngineState::testAddedPairReachesOldLinkedRecords()
{
    EngineBed bed(nextStoreName());
    QVERIFY(bed.storeError.ok());
    bed.mapping.flows = {contactsWithoutPhone()};
    const QString ada = bed.addContact(bed.wix, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                       QStringLiteral("+47 22 33 44 55"));
    QCOMPARE(bed.sync().status, RunRecord::Status::Ok);
    const QString crmAda = partner(*bed.store, ada);
    QVERIFY(!crmAda.isEmpty());
    QCOMPARE(field(bed.crm, crmAda, QStringLiteral("directPhone")), QString());
    // A newer record moves the watermarks past Ada, beyond the overlap of an incremental read.
    bed.clock.advance(2 * ReadPhase::overlapMs);
    bed.addContact(bed.wix, QStringLiteral("Bob"), QStringLiteral("Builder"));
    const RunSummary unchanged = bed.sync();
    QVERIFY(!unchanged.flows.first().readInFull);

    // The phone pair is added; Ada was not edited since, so only a full read finds her.
    bed.mapping.flows = {testContactsFlow()};
    const RunSummary full = bed.sync();
    QCOMPARE(full.status, RunRecord::Status::Ok);
    QVERIFY(full.flows.first().readInFull);
    QVERIFY2(full.message.contains(QLatin1String("read in full")), qPrintable(full.message));
    const QJsonObject flows = full.toJson().value(QLatin1String("flows")).toObject();
    QVERIFY(flows.value(QLatin1String("contacts"))
                .toObject()
                .value(QLatin1String("readInFull"))
                .toBool());
    QCOMPARE(field(bed.crm, crmAda, QStringLiteral("directPhone")),
             QStringLiteral("+47 22 33 44 55"));
    QCOMPARE(full.flows.first().crm.counts.updated, 1);

    // Once: the fingerprint of the run that went through is kept.
    const RunSummary next = bed.sync();
    QVERIFY(!next.flows.first().readInFull);
    QCOMPARE(next.writes(), 0);
}

void TestEngineState::testEachMappingChangeReadsInFullOnce()
{
    EngineBed bed(nextStoreName());
    QVERIFY(bed.storeError.ok());
    bed.addContact(bed.wix, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                   QStringLiteral("11111111"));
    QCOMPARE(bed.sync().status, RunRecord::Status::Ok);
    Flow flow = testContactsFlow();
    flow.pairs.last().direction = PairDirection::WixToCrmOffice; // a turned direction
    Flow removed = testContactsFlow();
    removed.pairs.removeLast(); // a removed pair
    for (const Flow &changed : {flow, removed}) {
        bed.mapping.flows = {changed};
        QVERIFY(bed.sync().flows.first().readInFull);
        QVERIFY(!bed.sync().flows.first().readInFull);
    }
    // A dry run reads in full too, but keeps nothing: the next real run reads in full again.
    bed.mapping.flows = {testContactsFlow()};
    RunOptions dry;
    dry.dryRun = true;
    QVERIFY(bed.sync(dry).flows.first().readInFull);
    QVERIFY(bed.sync().flows.first().readInFull);
}

void TestEngineState::testStoreOfOtherAccountsIsRefused()
{
    EngineBed bed(nextStoreName());
    QVERIFY(bed.storeError.ok());
    const QString ada = bed.addContact(bed.wix, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    RunOptions sandbox;
    sandbox.accounts = {QStringLiteral("sandbox-site"), QStringLiteral("http://127.0.0.1:1/api")};
    QCOMPARE(bed.sync(sandbox).status, RunRecord::Status::Ok);
    const QString crmAda = partner(*bed.store, ada);
    QVERIFY(!crmAda.isEmpty());
    QCOMPARE(StoreAccounts::recordedIn(*bed.store).value, sandbox.accounts);

    // Another site, whose ids are not the old links': nothing may be read as a deletion.
    bed.wix.erase(QStringLiteral("Contacts"), ada);
    RunOptions real;
    real.accounts = {QStringLiteral("real-site"), QStringLiteral("https://crm.example.com/api")};
    for (const bool dryRun : {true, false}) {
        real.dryRun = dryRun;
        const RunSummary refused = bed.sync(real);
        QCOMPARE(refused.status, RunRecord::Status::Failed);
        QVERIFY2(refused.message.contains(QLatin1String("sandbox-site")),
                 qPrintable(refused.message));
        QCOMPARE(refused.writes(), 0);
    }
    QCOMPARE(field(bed.crm, crmAda, QStringLiteral("givenName")), QStringLiteral("Ada"));
    QCOMPARE(bed.store->linkCount(QStringLiteral("contacts")).value, 1);
    QCOMPARE(StoreAccounts::recordedIn(*bed.store).value, sandbox.accounts);
}

QTEST_GUILESS_MAIN(TestEngineState)
#include "tst_enginestate.moc"
