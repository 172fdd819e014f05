#include "sync/store/statestore.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

namespace {

RunRecord runAt(const QDateTime &startedAt)
{
    RunRecord run;
    run.startedAt = startedAt;
    run.finishedAt = startedAt.addSecs(5);
    run.status = RunRecord::Status::Ok;
    return run;
}

RunEntry entryOf(const RunRecord &run, const QString &recordId, RunEntry::Action action,
                 const QJsonObject &after)
{
    RunEntry entry;
    entry.runId = run.id;
    entry.flowId = QStringLiteral("contacts");
    entry.side = Side::CrmOffice;
    entry.recordId = recordId;
    entry.action = action;
    entry.after = after;
    entry.at = run.startedAt;
    return entry;
}

QList<qint64> idsOf(const QList<RunRecord> &runs)
{
    QList<qint64> ids;
    for (const RunRecord &run : runs)
        ids << run.id;
    return ids;
}

} // namespace

// Reading the whole history a page at a time, by date, record and action, and pruning it.
class StoreHistoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void testPagesReachEveryRunBeyondTheFirstHundred();
    void testDateRangeKeepsRunsWithinIt();
    void testRecordFindsIdsNamesAndWrittenValues();
    void testActionAndRecordFilterRunsAndTheirEntries();
    void testPruneKeepsTheRunThatPrunes();
    void testUndoRunsTellWhatTheyTookBack();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StateStore> m_store;
    QList<RunRecord> m_runs; // oldest first, one a day from 2026-01-01
};

void StoreHistoryTest::init()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("history.db")));
    m_store = std::make_unique<StateStore>(m_dir.filePath(QStringLiteral("history.db")),
                                           QStringLiteral("history"));
    QVERIFY(m_store->open().ok());
    m_runs.clear();
    const QDateTime first = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(m_store
                ->transaction([&] {
                    for (int day = 0; day < 250; ++day) {
                        RunRecord run = runAt(first.addDays(day));
                        if (!m_store->saveRun(run).ok())
                            return false;
                        m_runs << run;
                    }
                    return true;
                })
                .ok());
    RunEntry ola = entryOf(m_runs.at(10), QStringLiteral("c-10"), RunEntry::Action::Create,
                           {{QStringLiteral("givenName"), QStringLiteral("Ola")},
                            {QStringLiteral("familyName"), QStringLiteral("Nordmann")}});
    RunEntry phones =
        entryOf(m_runs.at(20), QStringLiteral("w-20"), RunEntry::Action::Update,
                {{QStringLiteral("phones"), QJsonArray{QStringLiteral("+4722334455")}}});
    phones.side = Side::Wix;
    phones.recordName = QStringLiteral("Per Hansen"); // an update that did not write the name
    RunEntry failed = entryOf(m_runs.at(200), QStringLiteral("c-200"), RunEntry::Action::Error, {});
    failed.message = QStringLiteral("phone too long");
    RunEntry other = entryOf(m_runs.at(200), QStringLiteral("c-ola_x"), RunEntry::Action::Update,
                             {{QStringLiteral("givenName"), QStringLiteral("Kari")}});
    for (RunEntry *entry : {&ola, &phones, &failed, &other})
        QVERIFY(m_store->addEntry(*entry).ok());
}

void StoreHistoryTest::testPagesReachEveryRunBeyondTheFirstHundred()
{
    QList<qint64> seen;
    HistoryQuery query;
    for (query.offset = 0; query.offset < 300; query.offset += query.limit) {
        const StoreRead<RunPage> page = m_store->runPage(query);
        QVERIFY2(page.ok(), qPrintable(page.error.message));
        QCOMPARE(page.value.total, 250);
        QCOMPARE(page.value.offset, query.offset);
        seen << idsOf(page.value.runs);
    }
    QList<qint64> newestFirst = idsOf(m_runs);
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(seen, newestFirst);
    query.offset = 200;
    QCOMPARE(m_store->runPage(query).value.runs.size(), 50);
}

void StoreHistoryTest::testDateRangeKeepsRunsWithinIt()
{
    HistoryQuery query;
    query.from = m_runs.at(100).startedAt;
    query.to = m_runs.at(110).startedAt; // exclusive
    const StoreRead<RunPage> page = m_store->runPage(query);
    QVERIFY(page.ok());
    QCOMPARE(page.value.total, 10);
    QCOMPARE(page.value.runs.first(), m_runs.at(109));
    QCOMPARE(page.value.runs.last(), m_runs.at(100));
}

void StoreHistoryTest::testRecordFindsIdsNamesAndWrittenValues()
{
    HistoryQuery query;
    query.record = QStringLiteral("nordMANN"); // a value written, any case
    QCOMPARE(idsOf(m_store->runPage(query).value.runs), QList<qint64>{m_runs.at(10).id});
    query.record = QStringLiteral("w-2"); // part of an id
    QCOMPARE(idsOf(m_store->runPage(query).value.runs), QList<qint64>{m_runs.at(20).id});
    query.record = QStringLiteral("per hans"); // the record's name, kept with the entry
    QCOMPARE(idsOf(m_store->runPage(query).value.runs), QList<qint64>{m_runs.at(20).id});
    const StoreRead<QList<RunEntry>> named = m_store->entries(m_runs.at(20).id, {});
    QVERIFY(named.ok() && named.value.size() == 1);
    QCOMPARE(named.value.first().recordName, QStringLiteral("Per Hansen"));
    query.record = QStringLiteral("22334455"); // inside a list of phones
    QCOMPARE(idsOf(m_store->runPage(query).value.runs), QList<qint64>{m_runs.at(20).id});
    query.record = QStringLiteral("a_x"); // LIKE's _ is a plain character here
    QCOMPARE(idsOf(m_store->runPage(query).value.runs), QList<qint64>{m_runs.at(200).id});
    query.record = QStringLiteral("%");
    QCOMPARE(m_store->runPage(query).value.total, 0);
    query.record = QStringLiteral("givenName"); // a field's name is not a value
    QCOMPARE(m_store->runPage(query).value.total, 0);
}

void StoreHistoryTest::testActionAndRecordFilterRunsAndTheirEntries()
{
    HistoryQuery query;
    query.action = RunEntry::Action::Error;
    const StoreRead<RunPage> errors = m_store->runPage(query);
    QCOMPARE(idsOf(errors.value.runs), QList<qint64>{m_runs.at(200).id});
    const QList<RunEntry> entries = m_store->entries(m_runs.at(200).id, query).value;
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().message, QStringLiteral("phone too long"));
    QCOMPARE(m_store->entries(m_runs.at(200).id).value.size(), 2); // no filter: all of them

    query.action = RunEntry::Action::Update;
    query.record = QStringLiteral("kari");
    QCOMPARE(idsOf(m_store->runPage(query).value.runs), QList<qint64>{m_runs.at(200).id});
    query.to = m_runs.at(200).startedAt; // and the date range with them
    QCOMPARE(m_store->runPage(query).value.total, 0);
}

void StoreHistoryTest::testPruneKeepsTheRunThatPrunes()
{
    const RunRecord &keep = m_runs.at(5);
    QVERIFY(m_store->pruneHistory(m_runs.at(100).startedAt, keep.id).ok());
    const RunPage page = m_store->runPage({}).value;
    QCOMPARE(page.total, 151);
    QCOMPARE(page.runs.isEmpty(), false);
    QVERIFY(m_store->run(keep.id).value.has_value());
    QVERIFY(!m_store->run(m_runs.at(10).id).value.has_value());
    QVERIFY(m_store->entries(m_runs.at(10).id).value.isEmpty());
    QVERIFY(m_store->run(m_runs.at(100).id).value.has_value()); // the cutoff itself stays
}

// docs/architecture.md#undo: an undo names the run it takes back, each of its entries the entry
// it undid; an entry undone in turn by a later undo counts as not taken back.
void StoreHistoryTest::testUndoRunsTellWhatTheyTookBack()
{
    RunRecord sync = runAt(QDateTime::currentDateTimeUtc());
    QVERIFY(m_store->saveRun(sync).ok());
    RunEntry created = entryOf(sync, QStringLiteral("c1"), RunEntry::Action::Create, {});
    created.partnerId = QStringLiteral("w1");
    RunEntry deleted = entryOf(sync, QStringLiteral("c2"), RunEntry::Action::Delete, {});
    deleted.partnerId = QString(); // known to have had no partner: not the same as unset
    QVERIFY(m_store->addEntry(created).ok());
    QVERIFY(m_store->addEntry(deleted).ok());

    RunRecord undo = runAt(sync.startedAt.addSecs(60));
    undo.kind = RunRecord::Kind::Undo;
    undo.undoes = sync.id;
    QVERIFY(m_store->saveRun(undo).ok());
    RunEntry undid = entryOf(undo, QStringLiteral("c1"), RunEntry::Action::Delete, {});
    undid.undoesEntry = created.id;
    QVERIFY(m_store->addEntry(undid).ok());

    QCOMPARE(m_store->run(undo.id).value, undo);
    QCOMPARE(m_store->entries(sync.id).value, (QList<RunEntry>{created, deleted}));
    QVERIFY(m_store->entries(sync.id).value.at(1).partnerId.has_value());
    QCOMPARE(m_store->undoneEntries(sync.id).value, QList<qint64>{created.id});

    RunRecord redo = runAt(undo.startedAt.addSecs(60));
    redo.kind = RunRecord::Kind::Undo;
    redo.undoes = undo.id;
    QVERIFY(m_store->saveRun(redo).ok());
    RunEntry again = entryOf(redo, QStringLiteral("c3"), RunEntry::Action::Create, {});
    again.undoesEntry = undid.id;
    QVERIFY(m_store->addEntry(again).ok());
    QVERIFY(m_store->undoneEntries(sync.id).value.isEmpty());
    QCOMPARE(m_store->undoneEntries(undo.id).value, QList<qint64>{undid.id});

    // An undo's re-create is journalled apart from a sync's creates.
    Intent intent;
    intent.flowId = QStringLiteral("contacts");
    intent.sourceId = QStringLiteral("w1");
    intent.undoEntry = deleted.id;
    QVERIFY(m_store->addIntent(intent).ok());
    QVERIFY(m_store->intents().value.isEmpty());
    QCOMPARE(m_store->undoIntents().value, QList<Intent>{intent});
}

int runStoreHistoryTests(int argc, char **argv)
{
    StoreHistoryTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storehistory.moc"
