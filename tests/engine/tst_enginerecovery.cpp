// The engine after interruptions and around open conflicts: kept partners, re-creates, the
// intent journal after a crash, and edits made while a conflict waits. MemoryConnector on both
// sides, the real StateStore on a temp file.
#include "sync/store/storecodec.h"
#include "tests/engine/enginebed.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Tandem;
using namespace Qt::StringLiterals;
using Call = MemoryConnector::Call;

namespace {

// A linked contact whose family name is in conflict (Byron on Wix, King on CRMOffice), changed
// so long before the watermarks that the next run reads neither side unless it changes again.
std::pair<QString, QString> conflictedContact(EngineBed &bed)
{
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.sync();
    const QString c = partner(*bed.store, w);
    bed.wix.edit(u"Contacts"_s, w, {{u"info.name.last"_s, u"Byron"_s}});
    bed.crm.edit(u"Contacts"_s, c, {{u"familyName"_s, u"King"_s}});
    bed.sync();
    bed.clock.advance(10 * 60 * 1000); // past the read overlap
    bed.addContact(bed.wix, u"Alan"_s, u"Turing"_s); // moves both watermarks past it
    bed.sync();
    bed.sync();
    return {w, c};
}

// Changes the bed's store file behind the StateStore's back, as damage or another tool would.
bool rawExec(EngineBed &bed, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst.raw"));
        raw.setDatabaseName(bed.dir.filePath(QStringLiteral("state.db")));
        ok = raw.open() && QSqlQuery(raw).exec(sql);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst.raw"));
    return ok;
}

} // namespace

class TestEngineRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void testEditBackToBaseInOpenConflictStaysAConflict();
    void testConflictSettledByAnEditRebasesTheUnreadSide();
    void testDeletionKeepsUnreadPartnerWithOpenConflict();
    void testFailedRecreateOfAKeptPartnerIsDoneNextRun();
    void testRecreateStoppedTwiceIsDoneNextRun();
    void testDeletionKeepsPartnerEditedBackToBaseInConflict();
    void testCancelMidApplyLeavesStoreConsistent();
    void testCrashAfterCreateLeavesNoDuplicate();
    void testJournalLinksOnlyTheRecordItMade();
    void testJournalPrefersTheRecordItMadeToEqualOnes();
    void testJournalOfADeletedSourceDeletesWhatItMade();
    void testJournalLinkKeepsTheSourceTokenWhenTheRunStops();
    void testLostUpdateAnswerMakesNoConflictOfTheNextEdit();
    void testJournalledUpdateThatNeverLandedIsWrittenAgain();
    void testSourceEditedBackAfterALostUpdateAnswerIsCopied();
    void testUnreadableLinksStopTheRunBeforeAnyWrite();
    void testUnreadableJournalStopsTheRunBeforeAnyWrite_data();
    void testUnreadableJournalStopsTheRunBeforeAnyWrite();
    void testUnreadableConflictsStopTheRunBeforeAnyWrite();
    void testStoredConflictsAreFoundWithoutTheSettingsList();
};

void TestEngineRecovery::testEditBackToBaseInOpenConflictStaysAConflict()
{
    EngineBed bed(nextStoreName());
    const auto [w, c] = conflictedContact(bed);
    QCOMPARE(bed.store->openConflicts(u"contacts"_s).value.size(), 1);
    // Back to the value both had before: a new edit, not "CRMOffice unchanged".
    bed.crm.edit(u"Contacts"_s, c, {{u"familyName"_s, u"Lovelace"_s}});
    QCOMPARE(StoreCodec::fromStatus(bed.sync().status), QStringLiteral("conflicts"));
    QCOMPARE(field(bed.crm, c, u"familyName"_s), QStringLiteral("Lovelace"));
    QCOMPARE(field(bed.wix, w, u"info.name.last"_s), QStringLiteral("Byron"));
    const QList<Conflict> open = bed.store->openConflicts(u"contacts"_s).value;
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0].wixValue.toString(), QStringLiteral("Byron"));
    QCOMPARE(open[0].crmValue.toString(), QStringLiteral("Lovelace"));
    const int writes = bed.wix.writeCount() + bed.crm.writeCount();
    bed.sync();
    QCOMPARE(bed.wix.writeCount() + bed.crm.writeCount(), writes);
    QCOMPARE(bed.store->openConflicts(u"contacts"_s).value.size(), 1);
}

void TestEngineRecovery::testConflictSettledByAnEditRebasesTheUnreadSide()
{
    EngineBed bed(nextStoreName());
    const auto [w, c] = conflictedContact(bed);
    // CRMOffice takes Wix's value: settled with no write, and Wix is not read this run.
    bed.crm.edit(u"Contacts"_s, c, {{u"familyName"_s, u"Byron"_s}});
    QCOMPARE(StoreCodec::fromStatus(bed.sync().status), QStringLiteral("ok"));
    const std::optional<Link> l = bed.store->linkBySideId(u"contacts"_s, Side::Wix, w).value;
    QVERIFY(l);
    QCOMPARE(l->wix.base.value(u"info.name.last"_s).toString(), QStringLiteral("Byron"));
    // A stale base would take Wix's old edit for a new one and hold Noel in a conflict.
    bed.crm.edit(u"Contacts"_s, c, {{u"familyName"_s, u"Noel"_s}});
    bed.wix.edit(u"Contacts"_s, w, {{u"info.name.first"_s, u"Augusta"_s}});
    QCOMPARE(StoreCodec::fromStatus(bed.sync().status), QStringLiteral("ok"));
    QCOMPARE(field(bed.wix, w, u"info.name.last"_s), QStringLiteral("Noel"));
    QCOMPARE(field(bed.crm, c, u"givenName"_s), QStringLiteral("Augusta"));
}

void TestEngineRecovery::testDeletionKeepsUnreadPartnerWithOpenConflict()
{
    EngineBed bed(nextStoreName());
    const auto [w, c] = conflictedContact(bed);
    // Wix's Byron never reached CRMOffice: deleting there must not delete it on Wix.
    bed.crm.erase(u"Contacts"_s, c);
    RunOptions force;
    force.forceDeletes = true;
    QCOMPARE(StoreCodec::fromStatus(bed.sync(force).status), QStringLiteral("ok"));
    QCOMPARE(field(bed.wix, w, u"info.name.last"_s), QStringLiteral("Byron"));
    const QString again = partner(*bed.store, w);
    QVERIFY(!again.isEmpty() && again != c);
    QCOMPARE(field(bed.crm, again, u"familyName"_s), QStringLiteral("Byron"));
    QVERIFY(bed.store->openConflicts(u"contacts"_s).value.isEmpty());
}

void TestEngineRecovery::testFailedRecreateOfAKeptPartnerIsDoneNextRun()
{
    EngineBed bed(nextStoreName());
    const auto [w, c] = conflictedContact(bed);
    bed.crm.erase(u"Contacts"_s, c);
    RunOptions force;
    force.forceDeletes = true;
    bed.crm.failNext(Call::Create, ConnectorError::Kind::Transient);
    bed.sync(force);
    QVERIFY(partner(*bed.store, w).isEmpty());
    // Nothing of the kept record changes: the journal alone brings it back.
    QCOMPARE(StoreCodec::fromStatus(bed.sync(force).status), QStringLiteral("ok"));
    const QString again = partner(*bed.store, w);
    QVERIFY(!again.isEmpty() && again != c);
    QCOMPARE(field(bed.crm, again, u"familyName"_s), QStringLiteral("Byron"));
    QVERIFY(bed.store->intents().value.isEmpty());
}

void TestEngineRecovery::testRecreateStoppedTwiceIsDoneNextRun()
{
    EngineBed bed(nextStoreName());
    const auto [w, c] = conflictedContact(bed);
    QString other;
    for (const Record &r : bed.wix.records(u"Contacts"_s))
        other = r.id == w ? other : r.id;
    bed.crm.erase(u"Contacts"_s, c);
    RunOptions force;
    force.forceDeletes = true;
    bed.crm.failNext(Call::Create, ConnectorError::Kind::Cancelled);
    QCOMPARE(StoreCodec::fromStatus(bed.sync(force).status), QStringLiteral("cancelled"));
    // The next run stops at an update planned before the create: the journal must outlive it.
    bed.wix.edit(u"Contacts"_s, other, {{u"info.name.first"_s, u"Alonzo"_s}});
    bed.crm.beforeCall = [&](Call call, const QString &) {
        if (call == Call::Update)
            bed.lastRun->cancel();
    };
    QCOMPARE(StoreCodec::fromStatus(bed.sync(force).status), QStringLiteral("cancelled"));
    bed.crm.beforeCall = {};
    bed.wix.clearCancel();
    bed.crm.clearCancel();
    QVERIFY(partner(*bed.store, w).isEmpty());
    QCOMPARE(StoreCodec::fromStatus(bed.sync(force).status), QStringLiteral("ok"));
    const QString again = partner(*bed.store, w);
    QVERIFY(!again.isEmpty() && again != c);
    QCOMPARE(field(bed.crm, again, u"familyName"_s), QStringLiteral("Byron"));
    QVERIFY(bed.store->intents().value.isEmpty());
}

void TestEngineRecovery::testDeletionKeepsPartnerEditedBackToBaseInConflict()
{
    EngineBed bed(nextStoreName());
    const auto [w, c] = conflictedContact(bed);
    bed.crm.erase(u"Contacts"_s, c);
    bed.wix.edit(u"Contacts"_s, w, {{u"info.name.last"_s, u"Lovelace"_s}}); // after the deletion
    RunOptions force;
    force.forceDeletes = true;
    QCOMPARE(StoreCodec::fromStatus(bed.sync(force).status), QStringLiteral("ok"));
    QCOMPARE(field(bed.wix, w, u"info.name.last"_s), QStringLiteral("Lovelace"));
    const QString again = partner(*bed.store, w);
    QVERIFY(!again.isEmpty() && again != c);
    QCOMPARE(field(bed.crm, again, u"familyName"_s), QStringLiteral("Lovelace"));
}

void TestEngineRecovery::testCancelMidApplyLeavesStoreConsistent()
{
    EngineBed bed(nextStoreName());
    for (int i = 0; i < 10; ++i)
        bed.addContact(bed.wix, QStringLiteral("P%1").arg(i), u"X"_s);
    int creates = 0;
    bed.crm.beforeCall = [&](Call call, const QString &) {
        if (call == Call::Create && ++creates == 4)
            bed.lastRun->cancel();
    };
    const RunSummary s = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(s.status), QStringLiteral("cancelled"));
    // Every link points at a record that exists on both sides.
    const QList<Link> links = bed.store->links(u"contacts"_s).value;
    QCOMPARE(links.size(), 3);
    for (const Link &l : links) {
        QVERIFY(bed.wix.get(u"Contacts"_s, l.wix.id));
        QVERIFY(bed.crm.get(u"Contacts"_s, l.crm.id));
    }
    QCOMPARE(bed.store->watermark(u"contacts"_s, Side::Wix).value, QDateTime());
    bed.crm.beforeCall = {};
    bed.crm.clearCancel();
    bed.wix.clearCancel();
    const RunSummary again = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(again.status), QStringLiteral("ok"));
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 10);
    QCOMPARE(bed.store->linkCount(u"contacts"_s).value, 10);
}

// A link the journal makes is saved before the run applies anything: it must carry the token
// of the source read this run, or a run that stops next leaves a link whose token no side
// serves (the source is older than the watermark and is not read again).
void TestEngineRecovery::testJournalLinkKeepsTheSourceTokenWhenTheRunStops()
{
    EngineBed bed(nextStoreName());
    const QString other = bed.addContact(bed.wix, u"Grace"_s, u"Hopper"_s);
    const auto [w, c] = conflictedContact(bed);
    // CRMOffice deletes the partner; the copy made again of Wix's record loses its answer.
    bed.crm.erase(u"Contacts"_s, c);
    bed.crm.failNext(Call::Create, ConnectorError::Kind::Transient, 1, true);
    RunOptions force;
    force.forceDeletes = true;
    bed.sync(force);
    QCOMPARE(bed.store->intents(u"contacts"_s).value.size(), 1);
    // The next run links the copy from the journal, then stops at its first write.
    bed.wix.edit(u"Contacts"_s, other, {{u"info.name.first"_s, u"Amazing Grace"_s}});
    bed.crm.beforeCall = [&](Call call, const QString &) {
        if (call == Call::Update && bed.lastRun)
            bed.lastRun->cancel();
    };
    QCOMPARE(StoreCodec::fromStatus(bed.sync(force).status), QStringLiteral("cancelled"));
    bed.crm.beforeCall = {};
    const std::optional<Link> link = bed.store->linkBySideId(u"contacts"_s, Side::Wix, w).value;
    QVERIFY(link);
    QCOMPARE(link->wix.token, bed.wix.get(u"Contacts"_s, w)->token);
    bed.sync(force);
    QCOMPARE(bed.store->linkBySideId(u"contacts"_s, Side::Wix, w).value->wix.token,
             bed.wix.get(u"Contacts"_s, w)->token);
}

void TestEngineRecovery::testCrashAfterCreateLeavesNoDuplicate()
{
    EngineBed bed(nextStoreName());
    bed.mapping.flows[0].matchKey.clear(); // only the journal can prevent the duplicate here
    bed.crm.setNormalizePhones(true);
    for (int i = 0; i < 5; ++i)
        bed.addContact(bed.wix, QStringLiteral("P%1").arg(i), u"X"_s,
                       u"+47 22 00 00 0"_s + QString::number(i));
    // The third create is carried out but its answer never comes back.
    int creates = 0;
    bed.crm.beforeCall = [&](Call call, const QString &) {
        if (call == Call::Create && ++creates == 3)
            bed.crm.failNext(Call::Create, ConnectorError::Kind::Transient, 1, true);
    };
    RunSummary s = bed.sync();
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 5);
    QCOMPARE(bed.store->linkCount(u"contacts"_s).value, 4);
    QCOMPARE(bed.store->intents(u"contacts"_s).value.size(), 1);
    QCOMPARE(s.flows[0].crm.errors.size(), 1);
    bed.crm.beforeCall = {};
    s = bed.sync();
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 5);
    QCOMPARE(bed.store->linkCount(u"contacts"_s).value, 5);
    QVERIFY(bed.store->intents().value.isEmpty());
    QCOMPARE(s.flows[0].crm.counts.created, 0);
}

void TestEngineRecovery::testJournalLinksOnlyTheRecordItMade()
{
    EngineBed bed(nextStoreName());
    // A CRMOffice user's contact: the same names, but a phone the create does not send.
    const QString theirs = bed.addContact(bed.crm, u"Edsger"_s, u"Liskov"_s, u"+4790000001"_s);
    const QString w = bed.addContact(bed.wix, u"Edsger"_s, u"Liskov"_s);
    bed.crm.failNext(Call::Create, ConnectorError::Kind::Transient, 1, true); // answer lost
    bed.sync();
    QCOMPARE(bed.store->intents(u"contacts"_s).value.size(), 1);
    bed.sync();
    const QString made = partner(*bed.store, w);
    QVERIFY(!made.isEmpty() && made != theirs);
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 2);
    QVERIFY(!bed.store->linkBySideId(u"contacts"_s, Side::CrmOffice, theirs).value);
    QVERIFY(bed.store->intents().value.isEmpty());
}

void TestEngineRecovery::testJournalPrefersTheRecordItMadeToEqualOnes()
{
    EngineBed bed(nextStoreName());
    const QString theirs = bed.addContact(bed.crm, u"Edsger"_s, u"Torvalds"_s);
    const QString w = bed.addContact(bed.wix, u"Edsger"_s, u"Turing"_s);
    bed.crm.failNext(Call::Create, ConnectorError::Kind::Transient, 1, true); // answer lost
    bed.sync();
    // Before the next run users make an older record equal to the one the run made, and a
    // new copy of it.
    bed.crm.edit(u"Contacts"_s, theirs, {{u"familyName"_s, u"Turing"_s}});
    const QString copy = bed.addContact(bed.crm, u"Edsger"_s, u"Turing"_s);
    bed.sync();
    const QString made = partner(*bed.store, w);
    QVERIFY(!made.isEmpty() && made != theirs && made != copy);
}

void TestEngineRecovery::testJournalOfADeletedSourceDeletesWhatItMade()
{
    EngineBed bed(nextStoreName());
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.crm.failNext(Call::Create, ConnectorError::Kind::Transient, 1, true); // answer lost
    bed.sync();
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 1);
    bed.wix.erase(u"Contacts"_s, w);
    // The first link the journal makes must not skip the id scan that finds w gone.
    QCOMPARE(StoreCodec::fromStatus(bed.sync().status), QStringLiteral("ok"));
    QCOMPARE(bed.store->linkCount(u"contacts"_s).value, 0);
    QVERIFY(bed.crm.records(u"Contacts"_s).isEmpty());
    QVERIFY(bed.store->intents().value.isEmpty());
}

// A run that cannot read its links would take every record for unlinked and copy it again.
void TestEngineRecovery::testLostUpdateAnswerMakesNoConflictOfTheNextEdit()
{
    EngineBed bed(nextStoreName());
    bed.crm.setNormalizePhones(true); // what was sent and what is held differ in form
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s, u"+47 22 33 44 55"_s);
    bed.sync();
    const QString c = partner(*bed.store, w);
    // The update reaches CRMOffice; its answer does not reach Tandem.
    bed.wix.edit(
        u"Contacts"_s, w,
        {{u"info.name.last"_s, u"Byron"_s}, {u"primaryInfo.phone"_s, u"+47 22 33 44 56"_s}});
    bed.crm.failNext(Call::Update, ConnectorError::Kind::Transient, 1, true);
    bed.sync();
    QCOMPARE(bed.crm.get(u"Contacts"_s, c)->fields.value(u"familyName"_s).toString(),
             QStringLiteral("Byron"));
    QCOMPARE(bed.store->intents(u"contacts"_s).value.size(), 1);
    // Wix is edited again before the next run: a plain edit, not a conflict with Tandem's write.
    bed.wix.edit(
        u"Contacts"_s, w,
        {{u"info.name.last"_s, u"King"_s}, {u"primaryInfo.phone"_s, u"+47 22 33 44 57"_s}});
    bed.sync();
    QVERIFY(bed.store->openConflicts(u"contacts"_s).value.isEmpty());
    const Record now = *bed.crm.get(u"Contacts"_s, c);
    QCOMPARE(now.fields.value(u"familyName"_s).toString(), QStringLiteral("King"));
    QCOMPARE(now.fields.value(u"directPhone"_s).toString(), QStringLiteral("+4722334457"));
    QVERIFY(bed.store->intents().value.isEmpty());
}

void TestEngineRecovery::testSourceEditedBackAfterALostUpdateAnswerIsCopied()
{
    EngineBed bed(nextStoreName());
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.sync();
    const QString c = partner(*bed.store, w);
    bed.wix.edit(u"Contacts"_s, w,
                 {{u"info.name.last"_s, u"Byron"_s}, {u"primaryInfo.phone"_s, u"+4722334455"_s}});
    bed.crm.failNext(Call::Update, ConnectorError::Kind::Transient, 1, true); // written, unanswered
    bed.sync();
    QCOMPARE(bed.crm.get(u"Contacts"_s, c)->fields.value(u"familyName"_s).toString(),
             QStringLiteral("Byron"));
    // Wix's user takes both edits back: to what the link held before the lost answer.
    bed.wix.edit(u"Contacts"_s, w,
                 {{u"info.name.last"_s, u"Lovelace"_s}, {u"primaryInfo.phone"_s, u""_s}});
    bed.sync();
    QVERIFY(bed.store->openConflicts(u"contacts"_s).value.isEmpty());
    const Record now = *bed.crm.get(u"Contacts"_s, c);
    QCOMPARE(now.fields.value(u"familyName"_s).toString(), QStringLiteral("Lovelace"));
    QVERIFY(now.fields.value(u"directPhone"_s).toString().isEmpty());
    QVERIFY(bed.store->intents().value.isEmpty());
}

void TestEngineRecovery::testJournalledUpdateThatNeverLandedIsWrittenAgain()
{
    EngineBed bed(nextStoreName());
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.sync();
    const QString c = partner(*bed.store, w);
    bed.wix.edit(u"Contacts"_s, w, {{u"info.name.last"_s, u"Byron"_s}});
    bed.crm.failNext(Call::Update, ConnectorError::Kind::Transient, 1, false); // nothing written
    bed.sync();
    QCOMPARE(bed.store->intents(u"contacts"_s).value.size(), 1);
    // CRMOffice's user edits the same field meanwhile: that one is a real conflict.
    bed.crm.edit(u"Contacts"_s, c, {{u"familyName"_s, u"King"_s}});
    bed.sync();
    QCOMPARE(bed.store->openConflicts(u"contacts"_s).value.size(), 1);
    QVERIFY(bed.store->intents().value.isEmpty());
    // Without the CRMOffice edit, the update goes out again.
    EngineBed again(nextStoreName());
    const QString w2 = again.addContact(again.wix, u"Ada"_s, u"Lovelace"_s);
    again.sync();
    again.wix.edit(u"Contacts"_s, w2, {{u"info.name.last"_s, u"Byron"_s}});
    again.crm.failNext(Call::Update, ConnectorError::Kind::Transient, 1, false);
    again.sync();
    again.sync();
    QCOMPARE(again.crm.get(u"Contacts"_s, partner(*again.store, w2))
                 ->fields.value(u"familyName"_s)
                 .toString(),
             QStringLiteral("Byron"));
    QVERIFY(again.store->intents().value.isEmpty());
}

void TestEngineRecovery::testUnreadableLinksStopTheRunBeforeAnyWrite()
{
    EngineBed bed(nextStoreName());
    bed.mapping.flows[0].matchKey.clear(); // no match to pair a record with its partner again
    bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.sync();
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 1);
    QVERIFY(rawExec(bed, QStringLiteral("ALTER TABLE links RENAME TO links_gone")));
    bed.addContact(bed.wix, u"Alan"_s, u"Turing"_s);
    const int writes = bed.crm.writeCount();
    const RunSummary summary = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(summary.status), QStringLiteral("failed"));
    QVERIFY2(summary.message.contains(QStringLiteral("links")), qPrintable(summary.message));
    QCOMPARE(bed.crm.writeCount(), writes);
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 1);
}

void TestEngineRecovery::testUnreadableJournalStopsTheRunBeforeAnyWrite_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("table gone") << QStringLiteral("ALTER TABLE intents RENAME TO intents_gone");
    QTest::newRow("fields not JSON") << QStringLiteral("UPDATE intents SET fields = '{broken'");
}

// A run that cannot read the journal of an interrupted run would create its records again.
void TestEngineRecovery::testUnreadableJournalStopsTheRunBeforeAnyWrite()
{
    QFETCH(QString, damage);
    EngineBed bed(nextStoreName());
    bed.mapping.flows[0].matchKey.clear(); // only the journal can prevent the duplicate here
    const QString w = bed.addContact(bed.wix, u"Ada"_s, u"Lovelace"_s);
    bed.crm.failNext(Call::Create, ConnectorError::Kind::Transient, 1, true); // answer lost
    bed.sync();
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 1);
    QCOMPARE(bed.store->intents(u"contacts"_s).value.size(), 1);
    QVERIFY(rawExec(bed, damage));
    const int writes = bed.wix.writeCount() + bed.crm.writeCount();
    const RunSummary summary = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(summary.status), QStringLiteral("failed"));
    QVERIFY2(summary.message.contains(QStringLiteral("intent journal"))
                 && summary.message.contains(bed.dir.filePath(QStringLiteral("state.db"))),
             qPrintable(summary.message));
    QCOMPARE(bed.wix.writeCount() + bed.crm.writeCount(), writes);
    QCOMPARE(bed.crm.records(u"Contacts"_s).size(), 1);
    QVERIFY(partner(*bed.store, w).isEmpty());
}

// A run that cannot read the stored conflicts would merge over a decision still waiting.
void TestEngineRecovery::testUnreadableConflictsStopTheRunBeforeAnyWrite()
{
    EngineBed bed(nextStoreName());
    const auto [w, c] = conflictedContact(bed);
    QVERIFY(rawExec(bed, QStringLiteral("ALTER TABLE conflicts RENAME TO conflicts_gone")));
    bed.wix.edit(u"Contacts"_s, w, {{u"info.name.first"_s, u"Augusta"_s}});
    const int writes = bed.wix.writeCount() + bed.crm.writeCount();
    const RunSummary summary = bed.sync();
    QCOMPARE(StoreCodec::fromStatus(summary.status), QStringLiteral("failed"));
    QVERIFY2(summary.message.contains(QStringLiteral("conflicts"))
                 && summary.message.contains(bed.dir.filePath(QStringLiteral("state.db"))),
             qPrintable(summary.message));
    QCOMPARE(bed.wix.writeCount() + bed.crm.writeCount(), writes);
    QCOMPARE(field(bed.crm, c, u"givenName"_s), QStringLiteral("Ada"));
}

// The links with stored conflicts come from the conflicts themselves: a profile whose settings
// hold no list of them (or an old one) still keeps each waiting decision.
void TestEngineRecovery::testStoredConflictsAreFoundWithoutTheSettingsList()
{
    EngineBed bed(nextStoreName());
    const auto [w, c] = conflictedContact(bed);
    QVERIFY(rawExec(bed, QStringLiteral("DELETE FROM settings WHERE key LIKE 'engine.%'")));
    bed.crm.edit(u"Contacts"_s, c, {{u"familyName"_s, u"Lovelace"_s}}); // back to the base
    QCOMPARE(StoreCodec::fromStatus(bed.sync().status), QStringLiteral("conflicts"));
    QCOMPARE(field(bed.wix, w, u"info.name.last"_s), QStringLiteral("Byron"));
    QCOMPARE(bed.store->openConflicts(u"contacts"_s).value.size(), 1);
}

QTEST_GUILESS_MAIN(TestEngineRecovery)
#include "tst_enginerecovery.moc"
