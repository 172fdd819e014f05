// `tandem-cli undo RUN` against the sandbox (docs/architecture.md#undo): what taking back a
// run leaves on both services, what it leaves alone, and that the undo is a run of its own.
#include "sync/runtime/workerprofile.h"
#include "tests/cli/clibed.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString contacts = QStringLiteral("contacts");

QString last(const Record &r)
{
    return r.fields
        .value(QLatin1String(r.fields.contains(QLatin1String("familyName")) ? "familyName"
                                                                            : "info.name.last"))
        .toString();
}

// "first last" of each contact of a side, sorted: equal lists mean no record lost or doubled.
QStringList names(CliBed &bed, Connector &connector)
{
    QStringList out;
    for (const Record &r : bed.records(connector, contacts)) {
        const bool crm = r.fields.contains(QLatin1String("givenName"));
        out << r.fields.value(QLatin1String(crm ? "givenName" : "info.name.first")).toString()
                + QLatin1Char(' ') + last(r);
    }
    out.sort();
    return out;
}

bool edit(Connector &connector, const QString &id, const QJsonObject &changed)
{
    const ConnectorResult<Record> current = connector.read(contacts, id);
    return current.ok() && connector.update(contacts, id, current.value.token, changed).ok();
}

// Runs `sync --json`, expecting `code`; returns the run's id (0 on failure, logged).
qint64 sync(CliBed &bed, const QStringList &more = {}, int code = 0)
{
    const CliResult r =
        bed.run(QStringList{QStringLiteral("sync"), QStringLiteral("--json")} + more);
    if (r.exitCode != code) {
        qWarning().noquote() << r.describe();
        return 0;
    }
    return r.json().value(QLatin1String("runId")).toInteger();
}

CliResult undo(CliBed &bed, qint64 runId, const QStringList &more = {})
{
    return bed.run(
        QStringList{QStringLiteral("undo"), QString::number(runId), QStringLiteral("--json")}
        + more);
}

int planned(const CliResult &r, const QString &action)
{
    int n = 0;
    for (const QJsonValue &item : r.json().value(u"plan").toArray())
        n += item.toObject().value(u"action").toString() == action;
    return n;
}

} // namespace

class TestCliUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.*.debug=false"));
    }

    void testUndoOfFirstSyncIsGuardedThenDeletesWhatItMadeAndUndoOfUndoMakesItAgain();
    void testUndoOfUpdateRunPutsBackTheFields();
    void testUndoOfDeletionRunMakesTheRecordAgain();
    void testRecordsChangedSinceAreLeftAndListed();
    void testKilledUndoRunAgainMakesNoDuplicates();
    void testDeletionRecordedWithoutPartnerCannotBeUndone();
    void testUndoOfUnknownRunFails();
};

void TestCliUndo::testUndoOfFirstSyncIsGuardedThenDeletesWhatItMadeAndUndoOfUndoMakesItAgain()
{
    CliBed bed(CliBed::smallSeed(8, 0));
    QVERIFY(bed.ok());
    QCOMPARE(bed.configure().exitCode, 0);
    const qint64 first = sync(bed);
    QVERIFY(first > 0);
    const QStringList wixNames = names(bed, bed.wix());
    QCOMPARE(names(bed, bed.crm()), wixNames);

    const CliResult preview = undo(bed, first, {QStringLiteral("--dry-run")});
    QVERIFY2(preview.exitCode == 4, qPrintable(preview.describe())); // 8 of 8 links: guarded
    QCOMPARE(planned(preview, u"delete"_s), 8);
    QCOMPARE(names(bed, bed.crm()), wixNames);

    const CliResult guarded = undo(bed, first);
    QVERIFY2(guarded.exitCode == 4, qPrintable(guarded.describe()));
    QVERIFY(guarded.err.contains("--force-deletes"_ba));
    QCOMPARE(names(bed, bed.crm()), wixNames); // nothing deleted

    const CliResult undone = undo(bed, first, {QStringLiteral("--force-deletes")});
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.describe()));
    QCOMPARE(undone.json().value(QLatin1String("undoes")).toInteger(), first);
    QVERIFY(bed.records(bed.crm(), contacts).isEmpty());
    QVERIFY(bed.links(contacts).isEmpty());
    QCOMPARE(names(bed, bed.wix()), wixNames); // the sources stay

    // Again: nothing is left to take back.
    const CliResult twice = undo(bed, first, {QStringLiteral("--force-deletes")});
    QVERIFY2(twice.exitCode == 0, qPrintable(twice.describe()));
    QCOMPARE(sideCounts(twice.json(), "contacts", "crmoffice").value(u"deleted"_s).toInt(), 0);

    // The undo is in History as a run of its own, and can be undone: the contacts come back,
    // linked to their Wix partners again, and the next sync has nothing to do.
    const qint64 undoRun = undone.json().value(QLatin1String("runId")).toInteger();
    const CliResult history = bed.run({QStringLiteral("history"), QStringLiteral("--json")});
    QVERIFY2(history.out.contains("\"undoes\""_ba), qPrintable(history.describe()));
    const CliResult redo = undo(bed, undoRun);
    QVERIFY2(redo.exitCode == 0, qPrintable(redo.describe()));
    QCOMPARE(names(bed, bed.crm()), wixNames);
    QCOMPARE(bed.links(contacts).size(), 8);
    const CliResult after = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(after.exitCode == 0, qPrintable(after.describe()));
    QCOMPARE(writesOf(after.json()), 0);
}

void TestCliUndo::testUndoOfUpdateRunPutsBackTheFields()
{
    CliBed bed(CliBed::smallSeed(3, 0));
    QVERIFY(bed.ok());
    QCOMPARE(bed.configure().exitCode, 0);
    QVERIFY(sync(bed) > 0);
    const QHash<QString, QString> links = bed.links(contacts);
    const QString wixId = links.keys().first();
    const QString crmId = links.value(wixId);
    const QString was = last(bed.crm().read(contacts, crmId).value);
    QVERIFY(edit(bed.wix(), wixId, {{u"info.name.last"_s, u"Blanked"_s}}));
    const qint64 updates = sync(bed);
    QVERIFY(updates > 0);
    QCOMPARE(last(bed.crm().read(contacts, crmId).value), QStringLiteral("Blanked"));

    const CliResult preview = undo(bed, updates, {QStringLiteral("--dry-run")});
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.describe()));
    QCOMPARE(planned(preview, u"update"_s), 1);
    QCOMPARE(last(bed.crm().read(contacts, crmId).value), QStringLiteral("Blanked"));

    const CliResult undone = undo(bed, updates);
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.describe()));
    QCOMPARE(last(bed.crm().read(contacts, crmId).value), was);
    // The link is left as it was: the next sync carries the value back to Wix, as an edit.
    QVERIFY(sync(bed) > 0);
    QCOMPARE(last(bed.wix().read(contacts, wixId).value), was);
    QCOMPARE(names(bed, bed.crm()), names(bed, bed.wix()));
}

void TestCliUndo::testUndoOfDeletionRunMakesTheRecordAgain()
{
    CliBed bed(CliBed::smallSeed(3, 0));
    QVERIFY(bed.ok());
    QCOMPARE(bed.configure().exitCode, 0);
    QVERIFY(sync(bed) > 0);
    const QStringList before = names(bed, bed.crm());
    const QHash<QString, QString> links = bed.links(contacts);
    const QString wixId = links.keys().first();
    const Record wix = bed.wix().read(contacts, wixId).value;
    QVERIFY(bed.wix().remove(contacts, wixId, wix.token).ok());
    const qint64 deletion = sync(bed);
    QVERIFY(deletion > 0);
    QCOMPARE(bed.records(bed.crm(), contacts).size(), 2);

    const CliResult undone = undo(bed, deletion);
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.describe()));
    QCOMPARE(sideCounts(undone.json(), "contacts", "crmoffice").value(u"created"_s).toInt(), 1);
    QCOMPARE(names(bed, bed.crm()), before);
    // Its Wix partner is gone: the record is made again on its own, and a sync leaves it.
    QCOMPARE(bed.links(contacts).size(), 2);
    const CliResult next = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
    QCOMPARE(names(bed, bed.crm()), before);
}

void TestCliUndo::testRecordsChangedSinceAreLeftAndListed()
{
    CliBed bed(CliBed::smallSeed(3, 0));
    QVERIFY(bed.ok());
    QCOMPARE(bed.configure().exitCode, 0);
    const qint64 first = sync(bed);
    QVERIFY(first > 0);
    const QHash<QString, QString> links = bed.links(contacts);
    QStringList wixIds = links.keys();
    wixIds.sort();
    // Two updates; then one of the written CRMOffice records and the other's Wix source move on.
    QVERIFY(edit(bed.wix(), wixIds[0], {{u"info.name.last"_s, u"Run0"_s}}));
    QVERIFY(edit(bed.wix(), wixIds[1], {{u"info.name.last"_s, u"Run1"_s}}));
    const qint64 updates = sync(bed);
    QVERIFY(updates > 0);
    QVERIFY(edit(bed.crm(), links.value(wixIds[0]), {{u"familyName"_s, u"LaterCrm"_s}}));
    QVERIFY(edit(bed.wix(), wixIds[1], {{u"info.name.last"_s, u"LaterWix"_s}}));

    const CliResult undone = undo(bed, updates);
    QVERIFY2(undone.exitCode == 3, qPrintable(undone.describe()));
    QCOMPARE(planned(undone, u"skip"_s), 2);
    QVERIFY2(undone.out.contains("changed since, not undone"_ba), qPrintable(undone.describe()));
    QCOMPARE(last(bed.crm().read(contacts, links.value(wixIds[0])).value),
             QStringLiteral("LaterCrm"));
    QCOMPARE(last(bed.crm().read(contacts, links.value(wixIds[1])).value), QStringLiteral("Run1"));

    // A record the first sync made and someone edited since is kept, and said so.
    const CliResult firstUndone = undo(bed, first);
    QVERIFY2(firstUndone.exitCode == 3, qPrintable(firstUndone.describe()));
    QVERIFY(firstUndone.out.contains("edited since it was created, kept"_ba));
    const QHash<QString, Record> crm = bed.records(bed.crm(), contacts);
    QCOMPARE(crm.size(), 2);
    QVERIFY(crm.contains(links.value(wixIds[0])));
    QVERIFY(crm.contains(links.value(wixIds[1])));
}

// docs/architecture.md#crash-safety: an undo killed while it makes records again, undone again,
// makes each one once.
void TestCliUndo::testKilledUndoRunAgainMakesNoDuplicates()
{
    constexpr int kContacts = 24;
    Sandbox::SandboxOptions options = CliBed::smallSeed(kContacts, 0);
    options.latencyMs = 40; // a kill can land after a create, before its answer is recorded
    CliBed bed(options);
    QVERIFY(bed.ok());
    QCOMPARE(bed.configure().exitCode, 0);
    QVERIFY(sync(bed) > 0);
    const QStringList before = names(bed, bed.crm());
    for (const Record &r : bed.records(bed.wix(), contacts))
        QVERIFY(bed.wix().remove(contacts, r.id, r.token).ok());
    const qint64 deletion = sync(bed, {QStringLiteral("--force-deletes")});
    QVERIFY(deletion > 0);
    QVERIFY(bed.records(bed.crm(), contacts).isEmpty());

    const std::unique_ptr<QProcess> run =
        bed.start({QStringLiteral("undo"), QString::number(deletion)});
    QTRY_VERIFY_WITH_TIMEOUT(bed.records(bed.crm(), contacts).size() >= 3, 20000);
    QVERIFY2(run->processId() > 0, "the undo finished before it could be killed");
    ::kill(pid_t(run->processId()), SIGKILL);
    bed.finish(*run);
    QVERIFY(bed.records(bed.crm(), contacts).size() < kContacts);

    const CliResult again = undo(bed, deletion);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(names(bed, bed.crm()), before);
    const CliResult twice = undo(bed, deletion);
    QVERIFY2(twice.exitCode == 0, qPrintable(twice.describe()));
    QCOMPARE(names(bed, bed.crm()), before);
}

// A deletion recorded before Tandem kept partners (schema 5) is listed, not guessed at.
void TestCliUndo::testDeletionRecordedWithoutPartnerCannotBeUndone()
{
    CliBed bed(CliBed::smallSeed(3, 0));
    QVERIFY(bed.ok());
    QCOMPARE(bed.configure().exitCode, 0);
    QVERIFY(sync(bed) > 0);
    const Record wix = bed.records(bed.wix(), contacts).begin().value();
    QVERIFY(bed.wix().remove(contacts, wix.id, wix.token).ok());
    const qint64 deletion = sync(bed);
    QVERIFY(deletion > 0);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(WorkerProfile::storePath(bed.profileDir()));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE run_entries SET partner_id = NULL")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    const CliResult undone = undo(bed, deletion);
    QVERIFY2(undone.exitCode == 3, qPrintable(undone.describe()));
    QVERIFY(undone.out.contains("cannot be undone"_ba));
    QCOMPARE(bed.records(bed.crm(), contacts).size(), 2);
}

// Exit status 1, as for a failed sync: a run that is not in the history cannot be undone.
void TestCliUndo::testUndoOfUnknownRunFails()
{
    CliBed bed(CliBed::smallSeed(2, 0));
    QVERIFY(bed.ok());
    QCOMPARE(bed.configure().exitCode, 0);
    const qint64 first = sync(bed);
    QVERIFY(first > 0);
    const CliResult undone = undo(bed, first + 41);
    QVERIFY2(undone.exitCode == 1, qPrintable(undone.describe()));
    QCOMPARE(undone.json().value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QVERIFY2(undone.json()
                 .value(QLatin1String("message"))
                 .toString()
                 .contains(QString::number(first + 41)),
             qPrintable(undone.describe()));
    QCOMPARE(bed.records(bed.crm(), contacts).size(), 2);
}

QTEST_GUILESS_MAIN(TestCliUndo)
#include "tst_cliundo.moc"
