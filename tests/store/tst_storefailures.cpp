// Failures of the state store: rolled-back transactions, locks, damaged or foreign files.
#include "sync/store/statestore.h"
#include "tests/store/storetestutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Tandem;
using namespace StoreTestUtil;

class StoreFailureTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void testTransactionRollsBackWhenWorkFails();
    void testTransactionRollsBackWhenStatementFails();
    void testNestedTransactionFailureRollsBackOuter();
    void testWriteWhileLockedGivesLocked();
    void testOpenWhileLockedGivesLocked();
    void testGarbageFileIsCorruptAndUntouched();
    void testDamagedDatabaseIsCorruptAndUntouched();
    void testForeignDatabaseIsRefusedAndUntouched();
    void testNewerSchemaIsRefusedAndUntouched();
    void testUnreadableStoredJsonIsReported();
    void testFailedReadCarriesItsError();
    void testConnectionNameInUseIsRefused();
    void testWorkerThreadUsesItsOwnConnection();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("state.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void StoreFailureTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void StoreFailureTest::testTransactionRollsBackWhenWorkFails()
{
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    const StoreError error = store.transaction([&] {
        Link a = sampleLink(QStringLiteral("w1"), QStringLiteral("c1"));
        Link b = sampleLink(QStringLiteral("w2"), QStringLiteral("c2"));
        return store.saveLink(a).ok() && store.saveLink(b).ok() && false;
    });
    QCOMPARE(error.kind, StoreError::Kind::Aborted);
    QCOMPARE(store.linkCount(QStringLiteral("contacts")).value, 0);
    Link after = sampleLink(QStringLiteral("w3"), QStringLiteral("c3"));
    QVERIFY(store.saveLink(after).ok()); // the connection is usable again
}

void StoreFailureTest::testTransactionRollsBackWhenStatementFails()
{
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    RunRecord run{
        0, at(QStringLiteral("2026-03-01T00:00:00Z")), {}, RunRecord::Status::Ok, false, {}, {}};
    const StoreError error = store.transaction([&] {
        Link a = sampleLink(QStringLiteral("w1"), QStringLiteral("c1"));
        Link clash = sampleLink(QStringLiteral("w1"), QStringLiteral("c2"));
        store.saveRun(run);
        store.saveLink(a);
        store.saveLink(clash); // fails; the work ignores it and says all went well
        return true;
    });
    QCOMPARE(error.kind, StoreError::Kind::Constraint);
    QCOMPARE(store.linkCount(QStringLiteral("contacts")).value, 0);
    QVERIFY(store.runs().value.isEmpty());
}

void StoreFailureTest::testNestedTransactionFailureRollsBackOuter()
{
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    const StoreError error = store.transaction([&] {
        Link a = sampleLink(QStringLiteral("w1"), QStringLiteral("c1"));
        store.saveLink(a);
        const StoreError inner = store.transaction([&] {
            Link b = sampleLink(QStringLiteral("w2"), QStringLiteral("c2"));
            return store.saveLink(b).ok() && false;
        });
        return !inner.ok() || true; // the outer work does not look at the inner result
    });
    QCOMPARE(error.kind, StoreError::Kind::Aborted);
    QCOMPARE(store.linkCount(QStringLiteral("contacts")).value, 0);

    const StoreError fine = store.transaction([&] {
        Link a = sampleLink(QStringLiteral("w1"), QStringLiteral("c1"));
        return store.saveLink(a).ok()
            && store
                   .transaction([&] {
                       Link b = sampleLink(QStringLiteral("w2"), QStringLiteral("c2"));
                       return store.saveLink(b).ok();
                   })
                   .ok();
    });
    QVERIFY2(fine.ok(), qPrintable(fine.message));
    QCOMPARE(store.linkCount(QStringLiteral("contacts")).value, 2);
}

void StoreFailureTest::testWriteWhileLockedGivesLocked()
{
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    RawConnection other(path(), QStringLiteral("other"));
    QCOMPARE(other.run({QStringLiteral("BEGIN EXCLUSIVE"),
                        QStringLiteral("INSERT INTO settings VALUES ('held', '1')")}),
             QString());
    Link link = sampleLink(QStringLiteral("w1"), QStringLiteral("c1"));
    QElapsedTimer timer;
    timer.start();
    const StoreError error = store.saveLink(link);
    QCOMPARE(error.kind, StoreError::Kind::Locked);
    QVERIFY2(error.message.contains(path()), qPrintable(error.message));
    QVERIFY2(timer.elapsed() < 10000, "a locked store must fail promptly, not hang");
    QCOMPARE(store.transaction([&] { return store.setValue(QStringLiteral("a"), {}).ok(); }).kind,
             StoreError::Kind::Locked);

    QCOMPARE(other.run({QStringLiteral("ROLLBACK")}), QString());
    QVERIFY(store.saveLink(link).ok());
}

void StoreFailureTest::testOpenWhileLockedGivesLocked()
{
    RawConnection other(path(), QStringLiteral("other"));
    QCOMPARE(other.run(kVersion1Schema), QString()); // an old file that open() must migrate
    QCOMPARE(other.run({QStringLiteral("BEGIN EXCLUSIVE"),
                        QStringLiteral("INSERT INTO runs (status) VALUES ('ok')")}),
             QString());
    StateStore store(path(), QStringLiteral("test"));
    const StoreError error = store.open();
    QCOMPARE(error.kind, StoreError::Kind::Locked);
    QVERIFY2(error.message.contains(path()), qPrintable(error.message));
    QCOMPARE(other.run({QStringLiteral("ROLLBACK")}), QString());
    QVERIFY(store.open().ok()); // once released, open() succeeds
}

void StoreFailureTest::testGarbageFileIsCorruptAndUntouched()
{
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 131 + 7) % 256));
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    StateStore store(path(), QStringLiteral("test"));
    const StoreError error = store.open();
    QCOMPARE(error.kind, StoreError::Kind::Corrupt);
    QVERIFY2(error.message.contains(path()), qPrintable(error.message));
    QCOMPARE(contents(path()), garbage);
    QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
    Link link = sampleLink(QStringLiteral("w1"), QStringLiteral("c1"));
    QCOMPARE(store.saveLink(link).kind, StoreError::Kind::Io); // not open
    QCOMPARE(contents(path()), garbage);
}

void StoreFailureTest::testDamagedDatabaseIsCorruptAndUntouched()
{
    {
        StateStore store(path(), QStringLiteral("test"));
        QVERIFY(store.open().ok());
        QVERIFY(store
                    .transaction([&] {
                        for (int i = 0; i < 200; ++i) {
                            Link link =
                                sampleLink(QString::number(i), QStringLiteral("c%1").arg(i));
                            if (!store.saveLink(link).ok())
                                return false;
                        }
                        return true;
                    })
                    .ok());
    }
    QByteArray bytes = contents(path());
    QVERIFY(bytes.size() > 3 * 4096);
    for (qsizetype i = 4096; i < bytes.size(); ++i) // keep page 1 (header and schema) intact
        bytes[i] = char(0xA5 ^ (i & 0xff));
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    StateStore store(path(), QStringLiteral("again"));
    const StoreError error = store.open();
    QCOMPARE(error.kind, StoreError::Kind::Corrupt);
    QVERIFY2(error.message.contains(path()), qPrintable(error.message));
    QCOMPARE(contents(path()), bytes);
}

void StoreFailureTest::testForeignDatabaseIsRefusedAndUntouched()
{
    {
        RawConnection raw(path(), QStringLiteral("raw"));
        QCOMPARE(raw.run({QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")}),
                 QString());
    }
    const QByteArray before = contents(path());
    StateStore store(path(), QStringLiteral("test"));
    const StoreError error = store.open();
    QCOMPARE(error.kind, StoreError::Kind::Corrupt);
    QVERIFY2(error.message.contains(path()), qPrintable(error.message));
    QCOMPARE(contents(path()), before);
}

void StoreFailureTest::testNewerSchemaIsRefusedAndUntouched()
{
    const int newer = StateStore::schemaVersion() + 5;
    {
        StateStore store(path(), QStringLiteral("test"));
        QVERIFY(store.open().ok());
    }
    {
        RawConnection raw(path(), QStringLiteral("raw"));
        QCOMPARE(raw.run({QStringLiteral("PRAGMA user_version = %1").arg(newer)}), QString());
    }
    const QByteArray before = contents(path());
    StateStore store(path(), QStringLiteral("test"));
    const StoreError error = store.open();
    QCOMPARE(error.kind, StoreError::Kind::NewerSchema);
    QVERIFY2(error.message.contains(QString::number(newer))
                 && error.message.contains(QString::number(StateStore::schemaVersion()))
                 && error.message.contains(path()),
             qPrintable(error.message));
    QCOMPARE(contents(path()), before);
}

void StoreFailureTest::testUnreadableStoredJsonIsReported()
{
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    Link link = sampleLink(QStringLiteral("w1"), QStringLiteral("c1"));
    QVERIFY(store.saveLink(link).ok());
    {
        RawConnection raw(path(), QStringLiteral("raw"));
        QCOMPARE(raw.run({QStringLiteral("UPDATE links SET crm_base = '{broken'")}), QString());
    }
    const StoreRead<QList<Link>> links = store.links(QStringLiteral("contacts"));
    QCOMPARE(links.value.size(), 1); // the link is still there: losing it would create a duplicate
    QCOMPARE(links.value.first().wix, link.wix);
    QCOMPARE(links.error.kind, StoreError::Kind::Corrupt);
    QVERIFY2(links.error.message.contains(QStringLiteral("crm_base")),
             qPrintable(links.error.message));
}

// An empty answer must not pass for "nothing stored" when the table could not be read.
void StoreFailureTest::testFailedReadCarriesItsError()
{
    StateStore store(path(), QStringLiteral("test"));
    QVERIFY(store.open().ok());
    {
        RawConnection raw(path(), QStringLiteral("raw"));
        QCOMPARE(raw.run({QStringLiteral("ALTER TABLE intents RENAME TO intents_gone"),
                          QStringLiteral("ALTER TABLE conflicts RENAME TO conflicts_gone")}),
                 QString());
    }
    const StoreRead<QList<Intent>> intents = store.intents(QStringLiteral("contacts"));
    QVERIFY(!intents.ok());
    QVERIFY(intents.value.isEmpty());
    QVERIFY2(intents.error.message.contains(path()), qPrintable(intents.error.message));
    const StoreRead<QList<qint64>> linkIds = store.conflictedLinkIds(QStringLiteral("contacts"));
    QVERIFY(!linkIds.ok());
    QVERIFY2(linkIds.error.message.contains(path()), qPrintable(linkIds.error.message));
    const StoreRead<QString> value = store.value(QStringLiteral("region"));
    QVERIFY(value.ok()); // the next read of a table still there succeeds
}

void StoreFailureTest::testConnectionNameInUseIsRefused()
{
    StateStore first(path(), QStringLiteral("shared"));
    QVERIFY(first.open().ok());
    StateStore second(path(), QStringLiteral("shared"));
    QCOMPARE(second.open().kind, StoreError::Kind::Io);
    QVERIFY(first.setValue(QStringLiteral("still"), QStringLiteral("works")).ok());
}

void StoreFailureTest::testWorkerThreadUsesItsOwnConnection()
{
    StateStore gui(path(), QStringLiteral("tandem.gui"));
    QVERIFY(gui.open().ok());
    QString workerError = QStringLiteral("not run");
    QThread *worker = QThread::create([&] {
        StateStore store(path(), QStringLiteral("tandem.worker"));
        StoreError error = store.open();
        for (int i = 0; error.ok() && i < 50; ++i) {
            Link link = sampleLink(QStringLiteral("w%1").arg(i), QStringLiteral("c%1").arg(i));
            error = store.saveLink(link);
        }
        workerError = error.message;
    });
    worker->start();
    for (int i = 0; i < 50; ++i) // the GUI keeps reading and writing meanwhile
        QVERIFY(gui.setValue(QStringLiteral("tick"), QString::number(i)).ok());
    QVERIFY(worker->wait(30000));
    delete worker;
    QCOMPARE(workerError, QString());
    QCOMPARE(gui.linkCount(QStringLiteral("contacts")).value, 50);
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("tandem.worker"))); // removed with its store
}

int runStoreFailureTests(int argc, char **argv)
{
    StoreFailureTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storefailures.moc"
