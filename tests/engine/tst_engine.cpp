// The sync engine end to end: MemoryConnector on both sides, the real StateStore on a temp file.
#include "sync/engine/readphase.h"
#include "sync/store/storecodec.h"
#include "tests/engine/enginebed.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Tandem;
using namespace Qt::StringLiterals;
using Call = MemoryConnector::Call;

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void testFirstSyncCreatesAndLinks();
    void testSecondSyncOnlyReads();
    void testEditsPropagateBothWays();
    void testBothSidesEditedKeepsOtherFields();
    void testConflictPolicies_data();
    void testConflictPolicies();
    void testResolutionIsAppliedOnBothSides();
    void testNormalisingServerNoPingPong();
    void testMatchesExistingRecordsInsteadOfDuplicating();
    void testPhonesMatchTheWayPeopleWriteThem();
    void testDeletionsBothWays();
    void testGuardTripsAtThirtyPercentAndForceGoesThrough();
    void testStaleTokenIsRemergedIntoConflict();
    void testStaleForeverIsAnErrorNotAnOverwrite();
    void testCoercionErrorIsPerRecord();
    void testDryRunWritesNothing();
    void testUnsupportedFlowIsSkipped();
    void testUnreachableServiceSkipsTheOtherFlows();
    void testWixPreconditionOnDeleteIsPerRecord();
    void testFailedIdScanDeletesNothing();
    void testIdMissingFromScanIsConfirmedBeforeDeleting();
    void testSummaryJsonShape();
    void testCallFloorCountsPagesAndWrites();
    void testNoOpAndIncrementalRunsCallAtTheFloor();
};

void TestEngine::testFirstSyncCreatesAndLinks()
{
    EngineBed bed(nextStoreName());
    QVERIFY2(bed.storeError.ok(), qPrintable(bed.storeError.message));
    const QString ada = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s, u"+47 22 33 44 55"_s);
    bed.addContact(bed.wix, u"Alan"_s, u"Turing"_s);
    const RunSummary s = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(s.status), QStringLiteral("ok"));
    QCOMPARE(s.flows.size(), 1);
    QCOMPARE(s.flows[0].crm.counts.created, 2);
    QCOMPARE(s.writes(), 2);
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 2);
    QCOMPARE(bed.store->linkCount(u"contacts"_s).value, 2);
    const QString crmAda = partner(*bed.store, ada);
    QCOMPARE(field(bed.crm, crmAda, u"givenName"_s), QStringLiteral("Ada"));
    QCOMPARE(field(bed.crm, crmAda, u"directPhone"_s), QStringLiteral("+47 22 33 44 55"));
    QVERIFY(bed.store->intents().value.isEmpty());
    const QList<RunEntry> entries = bed.store->entries(s.runId).value;
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].action, RunEntry::Action::Create);
}

void TestEngine::testSecondSyncOnlyReads()
{
    EngineBed bed(nextStoreName());
    for (int i = 0; i < 30; ++i)
        bed.addContact(bed.wix, QStringLiteral("P%1").arg(i), u"X"_s);
    bed.sync();
    const int wixWrites = bed.wix.writeCount(), crmWrites = bed.crm.writeCount();
    const RunSummary s = bed.sync();
    QCOMPARE(bed.wix.writeCount(), wixWrites);
    QCOMPARE(bed.crm.writeCount(), crmWrites);
    QCOMPARE(s.wixCalls, 2); // the changes query and the id scan
    QCOMPARE(s.crmCalls, 1);
    QCOMPARE(s.flows[0].crm.counts.unchanged, 30);
    QCOMPARE(s.flows[0].wix.counts.updated + s.flows[0].crm.counts.updated, 0);
}

void TestEngine::testEditsPropagateBothWays()
{
    EngineBed bed(nextStoreName());
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.sync();
    const QString c = partner(*bed.store, w);
    bed.wix.edit(u"Contacts"_s, w, {{u"info.name.first"_s, u"Augusta"_s}});
    bed.sync();
    QCOMPARE(field(bed.crm, c, u"givenName"_s), QStringLiteral("Augusta"));
    bed.crm.edit(u"Contacts"_s, c,
                 {{u"familyName"_s, u"King"_s}, {u"directPhone"_s, u"+4799999999"_s}});
    const RunSummary s = bed.sync();
    QCOMPARE(s.flows[0].wix.counts.updated, 1);
    QCOMPARE(field(bed.wix, w, u"info.name.last"_s), QStringLiteral("King"));
    QCOMPARE(field(bed.wix, w, u"primaryInfo.phone"_s), QStringLiteral("+4799999999"));
    const int writes = bed.wix.writeCount() + bed.crm.writeCount();
    bed.sync();
    QCOMPARE(bed.wix.writeCount() + bed.crm.writeCount(), writes);
}

void TestEngine::testBothSidesEditedKeepsOtherFields()
{
    EngineBed bed(nextStoreName());
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.sync();
    const QString c = partner(*bed.store, w);
    bed.wix.edit(u"Contacts"_s, w,
                 {{u"info.name.last"_s, u"Byron"_s}, {u"info.name.first"_s, u"Augusta"_s}});
    bed.crm.edit(u"Contacts"_s, c, {{u"familyName"_s, u"King"_s}});
    const RunSummary s = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(s.status), QStringLiteral("conflicts"));
    const QList<Conflict> open = bed.store->openConflicts(u"contacts"_s).value;
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0].field, QStringLiteral("info.name.last"));
    QCOMPARE(open[0].wixValue.toString(), QStringLiteral("Byron"));
    QCOMPARE(open[0].crmValue.toString(), QStringLiteral("King"));
    QCOMPARE(field(bed.crm, c, u"givenName"_s), QStringLiteral("Augusta"));
    QCOMPARE(field(bed.crm, c, u"familyName"_s), QStringLiteral("King"));
    QCOMPARE(field(bed.wix, w, u"info.name.last"_s), QStringLiteral("Byron"));
    // Syncing again neither duplicates the conflict nor writes anything.
    const int writes = bed.wix.writeCount() + bed.crm.writeCount();
    bed.sync();
    QCOMPARE(bed.store->openConflicts(u"contacts"_s).value.size(), 1);
    QCOMPARE(bed.wix.writeCount() + bed.crm.writeCount(), writes);
}

void TestEngine::testConflictPolicies_data()
{
    QTest::addColumn<ConflictPolicy>("policy");
    QTest::addColumn<bool>("crmEditedLast");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wix") << ConflictPolicy::Wix << true << "Byron";
    QTest::newRow("crmoffice") << ConflictPolicy::CrmOffice << false << "King";
    QTest::newRow("newest crm") << ConflictPolicy::Newest << true << "King";
    QTest::newRow("newest wix") << ConflictPolicy::Newest << false << "Byron";
}

void TestEngine::testConflictPolicies()
{
    QFETCH(ConflictPolicy, policy);
    QFETCH(bool, crmEditedLast);
    QFETCH(QString, expected);
    EngineBed bed(nextStoreName());
    bed.mapping.flows[0].conflictPolicy = policy;
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.sync();
    const QString c = partner(*bed.store, w);
    if (crmEditedLast) {
        bed.wix.edit(u"Contacts"_s, w, {{u"info.name.last"_s, u"Byron"_s}});
        bed.clock.advance(5000);
        bed.crm.edit(u"Contacts"_s, c, {{u"familyName"_s, u"King"_s}});
    } else {
        bed.crm.edit(u"Contacts"_s, c, {{u"familyName"_s, u"King"_s}});
        bed.clock.advance(5000);
        bed.wix.edit(u"Contacts"_s, w, {{u"info.name.last"_s, u"Byron"_s}});
    }
    const RunSummary s = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(s.status), QStringLiteral("ok"));
    QVERIFY(bed.store->openConflicts().value.isEmpty());
    QCOMPARE(field(bed.wix, w, u"info.name.last"_s), expected);
    QCOMPARE(field(bed.crm, c, u"familyName"_s), expected);
}

void TestEngine::testResolutionIsAppliedOnBothSides()
{
    EngineBed bed(nextStoreName());
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.sync();
    const QString c = partner(*bed.store, w);
    bed.wix.edit(u"Contacts"_s, w, {{u"info.name.last"_s, u"Byron"_s}});
    bed.crm.edit(u"Contacts"_s, c, {{u"familyName"_s, u"King"_s}});
    bed.sync();
    Conflict conflict = bed.store->openConflicts(u"contacts"_s).value.value(0);
    QVERIFY(conflict.id > 0);
    conflict.resolution = Conflict::Resolution::Value;
    conflict.resolvedValue = QStringLiteral("King-Noel");
    conflict.resolvedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(bed.store->saveConflict(conflict).ok());
    const RunSummary s = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(s.status), QStringLiteral("ok"));
    QCOMPARE(field(bed.wix, w, u"info.name.last"_s), QStringLiteral("King-Noel"));
    QCOMPARE(field(bed.crm, c, u"familyName"_s), QStringLiteral("King-Noel"));
    QVERIFY(
        bed.store->conflictsForLink(bed.store->linkBySideId(u"contacts"_s, Side::Wix, w).value->id)
            .value.isEmpty());
    const int writes = bed.wix.writeCount() + bed.crm.writeCount();
    bed.sync();
    QCOMPARE(bed.wix.writeCount() + bed.crm.writeCount(), writes);
}

void TestEngine::testNormalisingServerNoPingPong()
{
    EngineBed bed(nextStoreName());
    bed.crm.setNormalizePhones(true);
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s, u"+47 22 33 44 55"_s);
    bed.sync();
    const QString c = partner(*bed.store, w);
    QCOMPARE(field(bed.crm, c, u"directPhone"_s), QStringLiteral("+4722334455"));
    bed.wix.edit(u"Contacts"_s, w, {{u"primaryInfo.phone"_s, u"+47 900 00 000"_s}});
    bed.sync();
    bed.sync();
    const int wixWrites = bed.wix.writeCount(), crmWrites = bed.crm.writeCount();
    bed.sync();
    QCOMPARE(bed.wix.writeCount(), wixWrites);
    QCOMPARE(bed.crm.writeCount(), crmWrites);
    QCOMPARE(field(bed.wix, w, u"primaryInfo.phone"_s), QStringLiteral("+47 900 00 000"));
    QCOMPARE(field(bed.crm, c, u"directPhone"_s), QStringLiteral("+4790000000"));
}

void TestEngine::testMatchesExistingRecordsInsteadOfDuplicating()
{
    EngineBed bed(nextStoreName());
    const QString ada = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s, u"+47 22 33 44 55"_s);
    bed.addContact(bed.wix, u"Alan"_s, u"Turing"_s, u"+44 20 7946 0000"_s);
    bed.addContact(bed.wix, u"Grace"_s, u"Hopper"_s);
    const QString crmAda = bed.addContact(bed.crm, u"ada"_s, u"LOVELACE"_s, u"+4722334455"_s);
    bed.addContact(bed.crm, u"Alan"_s, u"Turing"_s, u"+442079460000"_s);
    const RunSummary s = bed.sync();
    QCOMPARE(s.flows[0].crm.counts.created, 1);
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 3);
    QCOMPARE(bed.store->linkCount(u"contacts"_s).value, 3);
    QCOMPARE(partner(*bed.store, ada), crmAda);
    // The stored values are not rewritten by the normalisation used to compare.
    QCOMPARE(field(bed.crm, crmAda, u"directPhone"_s), QStringLiteral("+4722334455"));
}

void TestEngine::testDeletionsBothWays()
{
    EngineBed bed(nextStoreName());
    QStringList wixIds;
    for (int i = 0; i < 10; ++i)
        wixIds << bed.addContact(bed.wix, QStringLiteral("P%1").arg(i), u"X"_s);
    bed.sync();
    const QString c0 = partner(*bed.store, wixIds[0]);
    bed.wix.erase(u"Contacts"_s, wixIds[0]);
    RunSummary s = bed.sync();
    QCOMPARE(s.flows[0].crm.counts.deleted, 1);
    QVERIFY(!bed.crm.get(u"Contacts"_s, c0));
    const QString c1 = partner(*bed.store, wixIds[1]);
    bed.crm.erase(u"Contacts"_s, c1);
    s = bed.sync();
    QCOMPARE(s.flows[0].wix.counts.deleted, 1);
    QVERIFY(!bed.wix.get(u"Contacts"_s, wixIds[1]));
    QCOMPARE(bed.store->linkCount(u"contacts"_s).value, 8);
    QCOMPARE(bed.store->entries(s.runId).value.value(0).action, RunEntry::Action::Delete);
}

void TestEngine::testGuardTripsAtThirtyPercentAndForceGoesThrough()
{
    EngineBed bed(nextStoreName());
    QStringList wixIds;
    for (int i = 0; i < 20; ++i)
        wixIds << bed.addContact(bed.wix, QStringLiteral("P%1").arg(i), u"X"_s);
    bed.sync();
    for (int i = 0; i < 6; ++i)
        bed.wix.erase(u"Contacts"_s, wixIds[i]);
    const int crmWrites = bed.crm.writeCount();
    RunSummary s = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(s.status), QStringLiteral("guarded"));
    QCOMPARE(s.flows[0].wouldDelete.size(), 6);
    QVERIFY(s.flows[0].wouldDelete[0].startsWith(u"crmoffice:"_s));
    QCOMPARE(bed.crm.writeCount(), crmWrites);
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 20);
    QCOMPARE(bed.store->linkCount(u"contacts"_s).value, 20);
    RunOptions force;
    force.forceDeletes = true;
    s = bed.sync(force);
    QCOMPARE(StoreCodec::fromStatus(s.status), QStringLiteral("ok"));
    QCOMPARE(s.flows[0].crm.counts.deleted, 6);
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 14);
}

void TestEngine::testStaleTokenIsRemergedIntoConflict()
{
    EngineBed bed(nextStoreName());
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.sync();
    const QString c = partner(*bed.store, w);
    bed.wix.edit(u"Contacts"_s, w, {{u"info.name.last"_s, u"Byron"_s}});
    bool once = true;
    // Someone edits the same field in CRMOffice between our read and our write.
    bed.crm.beforeCall = [&](Call call, const QString &id) {
        if (call == Call::Update && id == c && once) {
            once = false;
            bed.crm.edit(u"Contacts"_s, c, {{u"familyName"_s, u"King"_s}});
        }
    };
    const RunSummary s = bed.sync();
    QCOMPARE(field(bed.crm, c, u"familyName"_s), QStringLiteral("King")); // never overwritten
    QCOMPARE(bed.store->openConflicts(u"contacts"_s).value.size(), 1);
    QCOMPARE(StoreCodec::fromStatus(s.status), QStringLiteral("conflicts"));
    QCOMPARE(bed.crm.callsOf(Call::Read), 1);
}

void TestEngine::testStaleForeverIsAnErrorNotAnOverwrite()
{
    EngineBed bed(nextStoreName());
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.sync();
    const QString c = partner(*bed.store, w);
    bed.wix.edit(u"Contacts"_s, w, {{u"info.name.last"_s, u"Byron"_s}});
    int edits = 0;
    bed.crm.beforeCall = [&](Call call, const QString &id) {
        if (call == Call::Update && id == c)
            bed.crm.edit(u"Contacts"_s, c, {{u"directPhone"_s, QString::number(++edits)}});
    };
    const RunSummary s = bed.sync();
    QCOMPARE(edits, 4);
    QCOMPARE(s.flows[0].crm.errors.size(), 1);
    QCOMPARE(s.flows[0].crm.errors[0].recordId, c);
    QCOMPARE(field(bed.crm, c, u"familyName"_s), QStringLiteral("Lovelace"));
    bed.crm.beforeCall = {};
    bed.sync(); // the edit was not lost: it is read again and goes through
    QCOMPARE(field(bed.crm, c, u"familyName"_s), QStringLiteral("Byron"));
    QCOMPARE(field(bed.wix, w, u"primaryInfo.phone"_s), QStringLiteral("4"));
}

void TestEngine::testCoercionErrorIsPerRecord()
{
    EngineBed bed(nextStoreName());
    bed.mapping.flows[0].pairs.append(
        {QStringLiteral("info.extendedFields.age"), QStringLiteral("age"), DataType::Integer});
    const QString bad = bed.wix.insert(
        u"Contacts"_s,
        {{u"info.name.first"_s, u"Bad"_s}, {u"info.extendedFields.age"_s, u"forty"_s}});
    bed.wix.insert(u"Contacts"_s,
                   {{u"info.name.first"_s, u"Good"_s}, {u"info.extendedFields.age"_s, u"40"_s}});
    const RunSummary s = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(s.status), QStringLiteral("ok"));
    QCOMPARE(s.flows[0].crm.counts.created, 1);
    QCOMPARE(s.flows[0].crm.errors.size(), 1);
    QCOMPARE(s.flows[0].crm.errors[0].recordId, bad);
    QVERIFY(s.flows[0].crm.errors[0].reason.contains(u"age"_s));
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 1);
    QCOMPARE(bed.crm.records(u"Contacts"_s)[0].fields.value(u"age"_s).toDouble(), 40.0);
    QVERIFY2(s.message.contains(QLatin1String("could not be synced")), qPrintable(s.message));
    // The record is not given up on: the next run tries it again.
    const RunSummary again = bed.sync();
    QCOMPARE(again.flows[0].crm.errors.size(), 1);
    QCOMPARE(again.flows[0].crm.errors[0].recordId, bad);
}

void TestEngine::testDryRunWritesNothing()
{
    EngineBed bed(nextStoreName());
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.addContact(bed.wix, u"Alan"_s, u"Turing"_s);
    bed.sync();
    bed.wix.edit(u"Contacts"_s, w, {{u"info.name.first"_s, u"Augusta"_s}});
    bed.addContact(bed.wix, u"Grace"_s, u"Hopper"_s);
    const int runs = int(bed.store->runs().value.size());
    const int wixWrites = bed.wix.writeCount(), crmWrites = bed.crm.writeCount();
    const QList<Link> before = bed.store->links().value;
    const QDateTime mark = bed.store->watermark(u"contacts"_s, Side::Wix).value;
    RunOptions dry;
    dry.dryRun = true;
    const RunSummary s = bed.sync(dry);
    QVERIFY(s.dryRun);
    QCOMPARE(bed.wix.writeCount(), wixWrites);
    QCOMPARE(bed.crm.writeCount(), crmWrites);
    QCOMPARE(bed.store->links().value, before);
    QCOMPARE(bed.store->runs().value.size(), runs);
    QCOMPARE(bed.store->watermark(u"contacts"_s, Side::Wix).value, mark);
    QCOMPARE(s.flows[0].crm.counts.created, 1);
    QCOMPARE(s.flows[0].crm.counts.updated, 1);
    QCOMPARE(s.plan.size(), 2);
    const QJsonArray plan = s.toJson().value(u"plan"_s).toArray();
    QCOMPARE(plan.size(), 2);
    // The same plan then really happens.
    const RunSummary real = bed.sync();
    QCOMPARE(real.flows[0].crm.counts.created, 1);
    QCOMPARE(real.flows[0].crm.counts.updated, 1);
}

void TestEngine::testUnsupportedFlowIsSkipped()
{
    EngineBed bed(nextStoreName());
    bed.mapping.flows.append(testProductsFlow());
    bed.wix.setUnsupported(u"Products"_s);
    bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    const RunSummary s = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(s.status), QStringLiteral("ok"));
    QCOMPARE(s.flows.size(), 2);
    QVERIFY(s.flows[1].skipped);
    QVERIFY(!s.flows[1].skipReason.isEmpty());
    QCOMPARE(s.flows[0].crm.counts.created, 1);
    QVERIFY(s.toJson()[u"flows"][u"products"][u"skipped"].toBool());
}

// A service that is down after the retries would only be waited for again by the next flow.
void TestEngine::testUnreachableServiceSkipsTheOtherFlows()
{
    EngineBed bed(nextStoreName());
    bed.mapping.flows.append(testProductsFlow());
    bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.crm.failNext(Call::ReadChanges, ConnectorError::Kind::Transient);
    const RunSummary s = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(s.status), QStringLiteral("failed"));
    QCOMPARE(s.flows.size(), 2);
    QVERIFY(!s.flows[0].skipped);
    QVERIFY(s.flows[1].skipped);
    QVERIFY2(s.flows[1].skipReason.contains(QLatin1String("CRMOffice")),
             qPrintable(s.flows[1].skipReason));
    QCOMPARE(bed.crm.callsOf(Call::ReadChanges), 1);
    QCOMPARE(s.writes(), 0);

    // Another kind of failure (here a malformed answer) stops only its own flow.
    bed.crm.failNext(Call::ReadChanges, ConnectorError::Kind::Malformed);
    const RunSummary next = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(next.status), QStringLiteral("failed"));
    QVERIFY(!next.flows[1].skipped);
}

void TestEngine::testWixPreconditionOnDeleteIsPerRecord()
{
    EngineBed bed(nextStoreName());
    const QString member = bed.addContact(bed.wix, u"Site"_s, u"Member"_s);
    const QString other = bed.addContact(bed.wix, u"Other"_s, u"Person"_s);
    bed.sync();
    bed.wix.protectFromDelete(member);
    bed.crm.erase(u"Contacts"_s, partner(*bed.store, member));
    bed.crm.erase(u"Contacts"_s, partner(*bed.store, other));
    RunSummary s = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(s.status), QStringLiteral("ok"));
    QCOMPARE(s.flows[0].wix.counts.deleted, 1);
    QCOMPARE(s.flows[0].wix.errors.size(), 1);
    QCOMPARE(s.flows[0].wix.errors[0].recordId, member);
    QVERIFY(bed.wix.get(u"Contacts"_s, member));
    const int removes = bed.wix.callsOf(Call::Remove);
    s = bed.sync();
    QCOMPARE(bed.wix.callsOf(Call::Remove), removes); // reported once, not retried in a loop
}

void TestEngine::testFailedIdScanDeletesNothing()
{
    EngineBed bed(nextStoreName());
    bed.mapping.flows = {testProductsFlow()};
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << bed.wix.insert(u"Products"_s, {{u"name"_s, QStringLiteral("Shop %1").arg(i)}});
    bed.sync();
    QCOMPARE(bed.crm.records(u"Companies"_s).size(), 3);
    bed.wix.erase(u"Products"_s, ids[0]);
    bed.wix.failNext(Call::ReadIds, ConnectorError::Kind::Precondition);
    RunSummary s = bed.sync();
    QCOMPARE(bed.crm.records(u"Companies"_s).size(), 3);
    QCOMPARE(s.flows[0].crm.counts.deleted, 0);
    QCOMPARE(s.flows[0].wix.errors.size(), 1);
    s = bed.sync(); // a scan that succeeds does find it
    QCOMPARE(bed.crm.records(u"Companies"_s).size(), 2);
}

// A scan can miss a record that exists (pages shifted under it): only a read that answers
// "not found" makes it a deletion, and one call confirms only the ids the scan missed.
void TestEngine::testIdMissingFromScanIsConfirmedBeforeDeleting()
{
    EngineBed bed(nextStoreName());
    const QString ada = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    const QString alan = bed.addContact(bed.wix, u"Alan"_s, u"Turing"_s);
    bed.sync();
    bed.clock.advance(10 * 60 * 1000); // past the read overlap: the next runs read neither
    bed.addContact(bed.wix, u"Grace"_s, u"Hopper"_s);
    bed.sync();
    const QString crmAda = partner(*bed.store, ada);
    const QString crmAlan = partner(*bed.store, alan);
    bed.wix.missedByIdScan = {ada, alan};
    bed.wix.erase(u"Contacts"_s, alan);
    const int reads = bed.wix.callsOf(Call::Read);
    const RunSummary s = bed.sync();
    QCOMPARE(bed.wix.callsOf(Call::Read) - reads, 2);
    QCOMPARE(field(bed.crm, crmAda, u"givenName"_s), QStringLiteral("Ada"));
    QCOMPARE(field(bed.crm, crmAlan, u"givenName"_s), QStringLiteral("<gone>"));
    QCOMPARE(s.flows[0].crm.counts.deleted, 1);
    QCOMPARE(partner(*bed.store, ada), crmAda);
}

// The profile's region (Norway here) reads numbers written without a country code; a number
// libphonenumber cannot read still matches by its digits.
void TestEngine::testPhonesMatchTheWayPeopleWriteThem()
{
    EngineBed bed(nextStoreName());
    const QStringList wixPhones = {u"+47 22 33 44 55"_s, u"+47-900-00-001"_s, u"+4790000002"_s,
                                   u"ext. 12"_s};
    const QStringList crmPhones = {u"22 33 44 55"_s, u"900 00 001"_s, u"(+47) 900 00 002"_s,
                                   u"12"_s};
    for (int i = 0; i < wixPhones.size(); ++i) {
        bed.addContact(bed.wix, QStringLiteral("P%1").arg(i), u"X"_s, wixPhones[i]);
        bed.addContact(bed.crm, QStringLiteral("P%1").arg(i), u"X"_s, crmPhones[i]);
    }
    const RunSummary s = bed.sync();
    QCOMPARE(s.flows[0].crm.counts.created, 0);
    QCOMPARE(bed.store->linkCount(u"contacts"_s).value, 4);
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 4);
}

void TestEngine::testSummaryJsonShape()
{
    EngineBed bed(nextStoreName());
    bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    const QJsonObject j = bed.sync().toJson();
    QCOMPARE(j[u"status"_s].toString(), QStringLiteral("ok"));
    QCOMPARE(j[u"dryRun"_s].toBool(), false);
    const QJsonObject crm = j[u"flows"_s][u"contacts"_s][u"crmoffice"_s].toObject();
    QCOMPARE(crm[u"created"_s].toInt(), 1);
    for (const char *key : {"updated", "deleted", "unchanged", "conflicts"})
        QVERIFY2(crm.contains(QLatin1String(key)), key);
    QVERIFY(crm[u"errors"_s].isArray());
    QCOMPARE(j[u"calls"_s][u"wix"_s].toInt(), 1);
    QCOMPARE(j[u"calls"_s][u"crmoffice"_s].toInt(), 2);
}

void TestEngine::testCallFloorCountsPagesAndWrites()
{
    EngineBed bed(nextStoreName());
    bed.wix.setPageSize(50);
    for (int i = 0; i < 120; ++i)
        bed.addContact(bed.wix, QStringLiteral("P%1").arg(i), u"X"_s);
    const QJsonObject j = bed.sync().toJson();
    // Wix: three pages of changes, no id scan without links; CRMOffice: its one query and
    // one create per contact.
    QCOMPARE(j[u"callFloor"_s][u"wix"_s].toInt(), 3);
    QCOMPARE(j[u"callFloor"_s][u"crmoffice"_s].toInt(), 1 + 120);
    QCOMPARE(j[u"flows"_s][u"contacts"_s][u"crmoffice"_s][u"callFloor"_s].toInt(), 121);
    QCOMPARE(j[u"calls"_s][u"crmoffice"_s].toInt(), 121);
}

void TestEngine::testNoOpAndIncrementalRunsCallAtTheFloor()
{
    EngineBed bed(nextStoreName());
    QStringList wixIds;
    for (int i = 0; i < 30; ++i)
        wixIds.append(bed.addContact(bed.wix, QStringLiteral("P%1").arg(i), u"X"_s));
    bed.sync();
    bed.clock.advance(2 * ReadPhase::overlapMs);
    const RunSummary noOp = bed.sync();
    QCOMPARE(noOp.writes(), 0);
    QCOMPARE(noOp.wixCallFloor, 2); // the changes query and the id scan
    QCOMPARE(noOp.crmCallFloor, 1);
    QCOMPARE(noOp.wixCalls, noOp.wixCallFloor);
    QCOMPARE(noOp.crmCalls, noOp.crmCallFloor);

    bed.clock.advance(2 * ReadPhase::overlapMs);
    for (int i = 0; i < 3; ++i)
        bed.wix.edit(u"Contacts"_s, wixIds[i],
                     {{u"info.name.first"_s, QStringLiteral("W%1").arg(i)}});
    for (int i = 3; i < 5; ++i) {
        bed.crm.edit(u"Contacts"_s, partner(*bed.store, wixIds[i]),
                     {{u"familyName"_s, QStringLiteral("C%1").arg(i)}});
    }
    const QJsonObject j = bed.sync().toJson();
    QCOMPARE(j[u"flows"_s][u"contacts"_s][u"crmoffice"_s][u"updated"_s].toInt(), 3);
    QCOMPARE(j[u"flows"_s][u"contacts"_s][u"wix"_s][u"updated"_s].toInt(), 2);
    QCOMPARE(j[u"callFloor"_s][u"wix"_s].toInt(), 1 + 1 + 2);
    QCOMPARE(j[u"callFloor"_s][u"crmoffice"_s].toInt(), 1 + 3);
    QCOMPARE(j[u"calls"_s], j[u"callFloor"_s]);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
