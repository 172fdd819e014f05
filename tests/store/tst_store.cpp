#include "sync/store/statestore.h"
#include "tests/store/storetestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Tandem;
using namespace Qt::StringLiterals;

int runProfileTests(int argc, char **argv); // tst_profile.cpp
int runStoreFailureTests(int argc, char **argv); // tst_storefailures.cpp
int runStoreHistoryTests(int argc, char **argv); // tst_storehistory.cpp

using namespace StoreTestUtil;

class StoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void testNewFileIsOwnerOnlyAndAtLatestVersion();
    void testReopenKeepsData();
    void testOlderSchemaIsMigratedKeepingData();
    void testLinkRoundTripAndLookups();
    void testLinkUniquePerFlowAndSide();
    void testJsonValuesRoundTripExactly_data();
    void testJsonValuesRoundTripExactly();
    void testConflictsOpenResolvedAndCascade();
    void testConflictNeedsExistingLink();
    void testRunsEntriesAndPrune();
    void testIntentsWatermarksAndSettings();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("state.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void StoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void StoreTest::testNewFileIsOwnerOnlyAndAtLatestVersion()
{
    StateStore store(path(), QStringLiteral("test"));
    const StoreError error = store.open();
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(modeOf(path()), 0600);
    QVERIFY(store.setValue(QStringLiteral("k"), QStringLiteral("v")).ok());
    QVERIFY(QFile::exists(path() + QStringLiteral("-wal")));
    QCOMPARE(modeOf(path() + QStringLiteral("-wal")), 0600);
    QCOMPARE(modeOf(path() + QStringLiteral("-shm")), 0600);

    RawConnection raw(path(), QStringLiteral("raw"));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
             StateStore::schemaVersion());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    // The store's own connection commits without an fsync each time (1: NORMAL, 2: FULL).
    QSqlQuery synchronous(QSqlDatabase::database(QStringLiteral("test")));
    QVERIFY(synchronous.exec(QStringLiteral("PRAGMA synchronous")) && synchronous.next());
    QCOMPARE(synchronous.value(0).toInt(), 1);
}

void StoreTest::testReopenKeepsData()
{
    Link link = sampleLink(QStringLiteral("w1"), QStringLiteral("c1"));
    {
        StateStore store(path(), QStringLiteral("first"));
        QVERIFY(store.open().ok());
        QVERIFY(store.saveLink(link).ok());
    }
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    StateStore store(path(), QStringLiteral("second"));
    QVERIFY(store.open().ok());
    QCOMPARE(store.link(link.id).value, link);
    QCOMPARE(modeOf(path()), 0600); // a world-readable store is tightened on open
}

void StoreTest::testOlderSchemaIsMigratedKeepingData()
{
    {
        RawConnection raw(path(), QStringLiteral("raw"));
        QCOMPARE(raw.run(kVersion1Schema), QString());
        QCOMPARE(raw.run({QStringLiteral("INSERT INTO links (flow_id, wix_id, crm_id, wix_base)"
                                         " VALUES ('contacts', 'w1', 'c1', '{\"a\":1}')")}),
                 QString());
        QCOMPARE(raw.run({QStringLiteral("INSERT INTO runs (id, status) VALUES (7, 'ok')"),
                          QStringLiteral("INSERT INTO run_entries (run_id, flow_id, side, action)"
                                         " VALUES (7, 'contacts', 'crmoffice', 'delete')")}),
                 QString());
    }
    StateStore store(path(), QStringLiteral("test"));
    const StoreError error = store.open();
    QVERIFY2(error.ok(), qPrintable(error.message));
    const auto link =
        store.linkBySideId(QStringLiteral("contacts"), Side::Wix, QStringLiteral("w1")).value;
    QVERIFY(link.has_value());
    QCOMPARE(link->crm.id, QStringLiteral("c1"));
    QCOMPARE(link->wix.base, (QJsonObject{{QStringLiteral("a"), 1}}));
    QVERIFY(store.setValue(QStringLiteral("region"), QStringLiteral("NO")).ok()); // new in v2
    QCOMPARE(store.value(QStringLiteral("region")).value, QStringLiteral("NO"));
    // A deletion recorded before partners were kept says so: an undo will not guess one.
    const QList<RunEntry> old = store.entries(7).value;
    QCOMPARE(old.size(), 1);
    QVERIFY(!old.first().partnerId.has_value());
    QCOMPARE(store.run(7).value->kind, RunRecord::Kind::Sync);

    RawConnection raw(path(), QStringLiteral("raw"));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
             StateStore::schemaVersion());
}

void StoreTest::testLinkRoundTripAndLookups()
{
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    Link a = sampleLink(QStringLiteral("w1"), QStringLiteral("c1"));
    Link b = sampleLink(QStringLiteral("w2"), QStringLiteral("c2"));
    Link other = sampleLink(QStringLiteral("w1"), QStringLiteral("c1"));
    other.flowId = QStringLiteral("products");
    QVERIFY(store.saveLink(a).ok());
    QVERIFY(store.saveLink(b).ok());
    QVERIFY(store.saveLink(other).ok());
    QVERIFY(a.id > 0 && b.id > a.id);

    QCOMPARE(store.link(a.id).value, a);
    QCOMPARE(
        store.linkBySideId(QStringLiteral("contacts"), Side::CrmOffice, QStringLiteral("c2")).value,
        b);
    QCOMPARE(store.linkBySideId(QStringLiteral("products"), Side::Wix, QStringLiteral("w1")).value,
             other);
    QVERIFY(!store.linkBySideId(QStringLiteral("contacts"), Side::Wix, QStringLiteral("c1")).value);
    QCOMPARE(store.links(QStringLiteral("contacts")).value, (QList<Link>{a, b}));
    QCOMPARE(store.links().value.size(), 3);
    QCOMPARE(store.links(QList<qint64>{other.id, b.id, other.id + 100}).value,
             (QList<Link>{b, other})); // by id; an id with no link left out
    QVERIFY(store.links(QList<qint64>{}).value.isEmpty());
    QCOMPARE(store.linkIds(QStringLiteral("contacts")).value,
             (QList<LinkIds>{
                 {a.id, a.wix.id, a.crm.id, a.wix.token, a.crm.token, false,
                  a.wix.updatedAt.toMSecsSinceEpoch(), a.crm.updatedAt.toMSecsSinceEpoch()},
                 {b.id, b.wix.id, b.crm.id, b.wix.token, b.crm.token, false,
                  b.wix.updatedAt.toMSecsSinceEpoch(), b.crm.updatedAt.toMSecsSinceEpoch()}}));
    QVERIFY(store.linkIds(QStringLiteral("orders")).value.isEmpty());
    QCOMPARE(store.linkCount(QStringLiteral("contacts")).value, 2);

    a.crm.base.insert(QStringLiteral("givenName"), QStringLiteral("Asa"));
    a.crm.token = QStringLiteral("W/\"4\"");
    QVERIFY(store.saveLink(a).ok());
    QCOMPARE(store.link(a.id).value, a);

    QVERIFY(store.removeLink(b.id).ok());
    const StoreRead<std::optional<Link>> removed = store.link(b.id);
    QVERIFY(!removed.value);
    QVERIFY(removed.ok()); // absent is not an error
    QCOMPARE(store.linkCount(QStringLiteral("contacts")).value, 1);

    Link gone = b;
    QCOMPARE(store.saveLink(gone).kind, StoreError::Kind::Constraint); // updating a removed link
}

void StoreTest::testLinkUniquePerFlowAndSide()
{
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    Link a = sampleLink(QStringLiteral("w1"), QString());
    Link b = sampleLink(QStringLiteral("w2"), QString()); // two links without a CRM id yet
    QVERIFY(store.saveLink(a).ok());
    QVERIFY(store.saveLink(b).ok());
    Link duplicate = sampleLink(QStringLiteral("w1"), QStringLiteral("c9"));
    const StoreError error = store.saveLink(duplicate);
    QCOMPARE(error.kind, StoreError::Kind::Constraint);
    QVERIFY2(error.message.contains(path()), qPrintable(error.message));
    const StoreRead<int> count = store.linkCount(QStringLiteral("contacts"));
    QVERIFY(count.ok()); // a failed write leaves no error behind for the next read
    QCOMPARE(count.value, 2);
}

void StoreTest::testJsonValuesRoundTripExactly_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("false") << QJsonValue(false);
    QTest::newRow("zero") << QJsonValue(0);
    QTest::newRow("big integer") << QJsonValue(qint64(9007199254740993));
    QTest::newRow("pi") << QJsonValue(3.141592653589793);
    QTest::newRow("tiny") << QJsonValue(1e-300);
    QTest::newRow("empty string") << QJsonValue(QString(u""_s));
    QTest::newRow("unicode and escapes")
        << QJsonValue(QStringLiteral("Ærlig \"sagt\"\\ ok\n\t😀 \u0001"));
    QTest::newRow("string that looks like JSON") << QJsonValue(QStringLiteral("null"));
    QTest::newRow("array") << QJsonValue(QJsonArray{1, QJsonValue::Null, QJsonArray{}, QString()});
    QTest::newRow("object") << QJsonValue(
        QJsonObject{{QStringLiteral("a"), QJsonObject{{QStringLiteral("b"), 1.5}}}});
}

void StoreTest::testJsonValuesRoundTripExactly()
{
    QFETCH(QJsonValue, value);
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    Link link = sampleLink(QStringLiteral("w1"), QStringLiteral("c1"));
    QVERIFY(store.saveLink(link).ok());
    Conflict c;
    c.linkId = link.id;
    c.flowId = link.flowId;
    c.field = QStringLiteral("info.name.first");
    c.wixValue = value;
    c.crmValue = value;
    c.baseValue = value;
    c.resolvedValue = value;
    QVERIFY(store.saveConflict(c).ok());
    const auto loaded = store.conflict(c.id).value;
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->wixValue.type(), value.type());
    QCOMPARE(loaded->wixValue, value);
    QCOMPARE(*loaded, c);
    if (value.isString()) { // inside an object too, as a base value
        link.wix.base.insert(QStringLiteral("s"), value);
        QVERIFY(store.saveLink(link).ok());
        QCOMPARE(store.link(link.id).value->wix.base, link.wix.base);
    }
}

void StoreTest::testConflictsOpenResolvedAndCascade()
{
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    Link link = sampleLink(QStringLiteral("w1"), QStringLiteral("c1"));
    Link product = sampleLink(QStringLiteral("p1"), QStringLiteral("k1"));
    product.flowId = QStringLiteral("products");
    QVERIFY(store.saveLink(link).ok());
    QVERIFY(store.saveLink(product).ok());

    Conflict first;
    first.linkId = link.id;
    first.flowId = link.flowId;
    first.field = QStringLiteral("info.name.first");
    first.wixValue = QStringLiteral("A");
    first.crmValue = QStringLiteral("B");
    first.baseValue = QStringLiteral("C");
    first.detectedAt = at(QStringLiteral("2026-03-02T08:00:00Z"));
    Conflict second = first;
    second.field = QStringLiteral("primaryInfo.phone");
    Conflict third = first;
    third.linkId = product.id;
    third.flowId = product.flowId;
    QVERIFY(store.saveConflict(first).ok());
    QVERIFY(store.saveConflict(second).ok());
    QVERIFY(store.saveConflict(third).ok());
    QCOMPARE(store.openConflicts().value.size(), 3);
    QCOMPARE(store.openConflicts(QStringLiteral("contacts")).value,
             (QList<Conflict>{first, second}));

    second.resolution = Conflict::Resolution::Value;
    second.resolvedValue = QStringLiteral("+47 900 00 000");
    second.resolvedAt = at(QStringLiteral("2026-03-02T09:00:00Z"));
    QVERIFY(store.saveConflict(second).ok());
    QCOMPARE(store.openConflicts(QStringLiteral("contacts")).value, (QList<Conflict>{first}));
    QCOMPARE(store.conflictsForLink(link.id).value, (QList<Conflict>{first, second}));
    // A resolved conflict not yet applied still marks its link.
    QCOMPARE(store.conflictedLinkIds(QStringLiteral("contacts")).value, QList<qint64>{link.id});
    QCOMPARE(store.conflictedLinkIds(QStringLiteral("products")).value, QList<qint64>{product.id});

    QVERIFY(store.removeConflict(first.id).ok());
    QCOMPARE(store.conflictsForLink(link.id).value, (QList<Conflict>{second}));
    QVERIFY(store.removeLink(link.id).ok()); // its conflicts go with it
    QVERIFY(!store.conflict(second.id).value);
    QCOMPARE(store.openConflicts().value, (QList<Conflict>{third}));
    QVERIFY(store.conflictedLinkIds(QStringLiteral("contacts")).value.isEmpty());
}

void StoreTest::testConflictNeedsExistingLink()
{
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    Conflict orphan;
    orphan.linkId = 4711;
    orphan.flowId = QStringLiteral("contacts");
    orphan.field = QStringLiteral("x");
    QCOMPARE(store.saveConflict(orphan).kind, StoreError::Kind::Constraint);
    QVERIFY(store.openConflicts().value.isEmpty());
}

void StoreTest::testRunsEntriesAndPrune()
{
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    RunRecord old{0,
                  at(QStringLiteral("2025-01-01T00:00:00Z")),
                  at(QStringLiteral("2025-01-01T00:01:00Z")),
                  RunRecord::Status::Ok,
                  false,
                  {},
                  {}};
    RunRecord recent{
        0, at(QStringLiteral("2026-03-01T00:00:00Z")), {}, RunRecord::Status::Running, true, {},
        {}};
    QVERIFY(store.saveRun(old).ok());
    QVERIFY(store.saveRun(recent).ok());
    recent.status = RunRecord::Status::Conflicts;
    recent.finishedAt = at(QStringLiteral("2026-03-01T00:00:05.5Z"));
    recent.counts = QJsonObject{
        {QStringLiteral("contacts"),
         QJsonObject{{QStringLiteral("wix"), QJsonObject{{QStringLiteral("created"), 2}}}}}};
    recent.error = QStringLiteral("one record failed");
    QVERIFY(store.saveRun(recent).ok());
    QCOMPARE(store.run(recent.id).value, recent);
    QCOMPARE(store.runs().value, (QList<RunRecord>{recent, old}));
    QCOMPARE(store.runs(1).value, (QList<RunRecord>{recent}));

    const auto entry = [](qint64 runId, Side side, const QString &recordId, RunEntry::Action action,
                          const QDateTime &at) {
        RunEntry e;
        e.runId = runId;
        e.flowId = QStringLiteral("contacts");
        e.side = side;
        e.recordId = recordId;
        e.action = action;
        e.at = at;
        return e;
    };
    RunEntry oldEntry = entry(old.id, Side::CrmOffice, QStringLiteral("c1"),
                              RunEntry::Action::Create, old.startedAt);
    oldEntry.after = QJsonObject{{QStringLiteral("givenName"), QStringLiteral("A")}};
    oldEntry.token = QStringLiteral("1");
    oldEntry.recordName = QStringLiteral("A");
    RunEntry update = entry(recent.id, Side::Wix, QStringLiteral("w1"), RunEntry::Action::Update,
                            recent.startedAt);
    update.before = QJsonObject{{QStringLiteral("x"), 1}};
    update.after = QJsonObject{{QStringLiteral("x"), 2}};
    update.token = QStringLiteral("5");
    RunEntry failure = entry(recent.id, Side::Wix, QStringLiteral("w2"), RunEntry::Action::Error,
                             recent.startedAt);
    failure.message = QStringLiteral("phone too long");
    QVERIFY(store.addEntry(oldEntry).ok());
    QVERIFY(store.addEntry(update).ok());
    QVERIFY(store.addEntry(failure).ok());
    QCOMPARE(store.entries(recent.id).value, (QList<RunEntry>{update, failure}));
    QCOMPARE(store.entries(old.id).value, (QList<RunEntry>{oldEntry}));

    QVERIFY(store.pruneHistory(at(QStringLiteral("2026-01-01T00:00:00Z"))).ok());
    QCOMPARE(store.runs().value, (QList<RunRecord>{recent}));
    QVERIFY(store.entries(old.id).value.isEmpty());
    QCOMPARE(store.entries(recent.id).value.size(), 2);
    RawConnection raw(path(), QStringLiteral("raw"));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM run_entries")).toInt(), 2);
}

void StoreTest::testIntentsWatermarksAndSettings()
{
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    Intent intent{0,
                  3,
                  QStringLiteral("contacts"),
                  Side::CrmOffice,
                  QStringLiteral("w1"),
                  QJsonObject{{QStringLiteral("givenName"), QStringLiteral("A")}},
                  at(QStringLiteral("2026-03-01T00:00:00Z"))};
    Intent other = intent;
    other.flowId = QStringLiteral("products");
    other.targetSide = Side::Wix;
    other.linkId = 7; // an update's
    QVERIFY(store.addIntent(intent).ok());
    QVERIFY(store.addIntent(other).ok());
    QCOMPARE(store.intents(QStringLiteral("contacts")).value, (QList<Intent>{intent}));
    QCOMPARE(store.intents().value, (QList<Intent>{intent, other}));
    QVERIFY(store.removeIntent(intent.id).ok());
    QCOMPARE(store.intents().value, (QList<Intent>{other}));

    QVERIFY(!store.watermark(QStringLiteral("contacts"), Side::Wix).value.isValid());
    const QDateTime mark = at(QStringLiteral("2026-03-01T12:34:56.789Z"));
    QVERIFY(store.setWatermark(QStringLiteral("contacts"), Side::Wix, mark).ok());
    QVERIFY(store.setWatermark(QStringLiteral("contacts"), Side::CrmOffice, mark.addDays(1)).ok());
    QVERIFY(store.setWatermark(QStringLiteral("contacts"), Side::Wix, mark.addSecs(60)).ok());
    QCOMPARE(store.watermark(QStringLiteral("contacts"), Side::Wix).value, mark.addSecs(60));
    QCOMPARE(store.watermark(QStringLiteral("contacts"), Side::CrmOffice).value, mark.addDays(1));
    QVERIFY(!store.watermark(QStringLiteral("products"), Side::Wix).value.isValid());

    QCOMPARE(store.value(QStringLiteral("missing")).value, QString());
    QVERIFY(store.setValue(QStringLiteral("catalog"), QStringLiteral("3")).ok());
    QVERIFY(store.setValue(QStringLiteral("catalog"), QStringLiteral("4")).ok());
    QCOMPARE(store.value(QStringLiteral("catalog")).value, QStringLiteral("4"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    StoreTest store;
    const int storeFailures = QTest::qExec(&store, argc, argv);
    return storeFailures + runStoreFailureTests(argc, argv) + runProfileTests(argc, argv)
        + runStoreHistoryTests(argc, argv);
}

#include "tst_store.moc"
