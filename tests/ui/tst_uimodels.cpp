#include "ui/conflictfieldmodel.h"
#include "ui/conflicttablemodel.h"
#include "ui/csvwriter.h"
#include "ui/mappingtablemodel.h"
#include "ui/plantablemodel.h"
#include "ui/recordtable.h"
#include "ui/runentrytablemodel.h"
#include "ui/runtablemodel.h"
#include "ui/uitext.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QJsonObject>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

namespace {
Conflict conflict(qint64 id, qint64 linkId, const QString &field, const QJsonValue &wix,
                  const QJsonValue &crm)
{
    Conflict c;
    c.id = id;
    c.linkId = linkId;
    c.flowId = QStringLiteral("contacts");
    c.field = field;
    c.wixValue = wix;
    c.crmValue = crm;
    c.baseValue = QStringLiteral("base");
    c.detectedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    return c;
}

Flow contactsFlow()
{
    Flow f;
    f.id = QStringLiteral("contacts");
    f.sourceCollection = QStringLiteral("Contacts");
    f.targetCollection = QStringLiteral("Contacts");
    f.pairs = {{QStringLiteral("info.name.first"), QStringLiteral("givenName")},
               {QStringLiteral("info.name.last"), QStringLiteral("familyName")}};
    return f;
}

// Rejects a target path used twice, as the model's validator does; enough to see the table
// keep its state when an edit is refused.
QStringList noDuplicateTargets(const Flow &flow)
{
    QStringList seen;
    for (const PropertyPair &p : flow.pairs) {
        if (p.crmPath.isEmpty())
            return {QStringLiteral("empty CRMOffice path")};
        if (seen.contains(p.crmPath))
            return {QStringLiteral("%1 is mapped twice").arg(p.crmPath)};
        seen << p.crmPath;
    }
    return {};
}
} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testConflictModelShowsValuesAndRemovesResolved()
    {
        ConflictTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConflicts({conflict(1, 10, QStringLiteral("info.name.first"),
                                     QStringLiteral("Åse"), QStringLiteral("Aase")),
                            conflict(2, 10, QStringLiteral("primaryInfo.phone"), QJsonValue(),
                                     QStringLiteral("+47 22 33 44 55")),
                            conflict(3, 11, QStringLiteral("info.name.last"), 5, 6)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ConflictTableModel::ColumnCount));
        QCOMPARE(model.index(0, ConflictTableModel::WixColumn).data().toString(),
                 QStringLiteral("Åse"));
        QCOMPARE(model.index(0, ConflictTableModel::CrmColumn).data().toString(),
                 QStringLiteral("Aase"));
        QVERIFY(!model.index(1, ConflictTableModel::WixColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(ConflictTableModel::ConflictIdRole).toLongLong(), 1);
        QCOMPARE(model.conflictsForLink(10).size(), 2);

        model.removeConflict(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.conflictAt(1).id, 3);
        model.removeConflict(99);
        QCOMPARE(model.rowCount(), 2);
    }

    // A conflict is listed by its record's name once that is loaded, "Contacts #11" before.
    void testConflictModelNamesRecordsAndFieldModelMarksConflicts()
    {
        ConflictTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Conflict> conflicts = {conflict(1, 10, QStringLiteral("primaryInfo.phone"),
                                                    QStringLiteral("+47 1"),
                                                    QStringLiteral("+47 2")),
                                           conflict(2, 11, QStringLiteral("info.name.last"),
                                                    QStringLiteral("A"), QStringLiteral("B"))};
        ConflictRecord ada{10,
                           QStringLiteral("contacts"),
                           QStringLiteral("Ada Lovelace"),
                           QStringLiteral("w-10"),
                           QStringLiteral("c-10"),
                           {}};
        ada.fields = {{QStringLiteral("info.name.first"), QStringLiteral("givenName"),
                       QStringLiteral("Ada"), QStringLiteral("Ada"), false},
                      {QStringLiteral("primaryInfo.phone"), QStringLiteral("directPhone"),
                       QStringLiteral("+47 1"), QStringLiteral("+47 2"), true}};
        model.setConflicts(conflicts, {ada});
        QCOMPARE(model.index(0, ConflictTableModel::RecordColumn).data().toString(),
                 QStringLiteral("Ada Lovelace"));
        QCOMPARE(model.index(1, ConflictTableModel::RecordColumn).data().toString(),
                 UiText::linkedRecordText({}, QStringLiteral("contacts"), 11));
        QCOMPARE(model.recordForLink(10), ada);
        // Not loaded: the conflicting fields alone.
        QCOMPARE(model.recordForLink(11).fields.size(), 1);

        ConflictFieldModel fields(ada.fields);
        QAbstractItemModelTester fieldTester(
            &fields, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(fields.rowCount(), 2);
        QCOMPARE(fields.columnCount(), int(ConflictFieldModel::ColumnCount));
        QCOMPARE(fields.index(1, ConflictFieldModel::CrmColumn).data().toString(),
                 QStringLiteral("+47 2"));
        QVERIFY(fields.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(fields.index(1, 2).data(Qt::AccessibleDescriptionRole).toString(),
                 ConflictFieldModel::conflictDescription());
        QVERIFY(!fields.index(0, 0).data(Qt::FontRole).isValid());
        QVERIFY(!fields.index(0, 2).data(Qt::AccessibleDescriptionRole).isValid());
    }

    void testConflictFilterMatchesAnyColumn()
    {
        ConflictTableModel model;
        model.setConflicts({conflict(1, 10, QStringLiteral("info.name.first"),
                                     QStringLiteral("Åse"), QStringLiteral("Aase")),
                            conflict(2, 11, QStringLiteral("primaryInfo.phone"),
                                     QStringLiteral("1"), QStringLiteral("2"))});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterFixedString(QStringLiteral("aase"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("phone"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ConflictTableModel::ConflictIdRole).toLongLong(), 2);
    }

    void testMappingEditRejectedKeepsFlowAndSaysWhy()
    {
        MappingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setValidator(&noDuplicateTargets);
        model.setFlow(contactsFlow());
        QSignalSpy rejected(&model, &MappingTableModel::editRejected);
        QSignalSpy changed(&model, &MappingTableModel::flowChanged);

        QVERIFY(!model.setData(model.index(1, MappingTableModel::CrmColumn),
                               QStringLiteral("givenName")));
        QCOMPARE(rejected.size(), 1);
        QVERIFY(rejected.first().first().toString().contains(QStringLiteral("givenName")));
        QCOMPARE(model.flow(), contactsFlow());
        QCOMPARE(changed.size(), 0);

        QVERIFY(model.setData(model.index(1, MappingTableModel::TypeColumn), int(DataType::Date)));
        QCOMPARE(model.flow().pairs.at(1).type, DataType::Date);
        QCOMPARE(changed.size(), 1);
        QVERIFY(
            !(model.flags(model.index(0, MappingTableModel::OriginColumn)) & Qt::ItemIsEditable));
    }

    void testMappingAddAndRemovePairs()
    {
        MappingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setValidator(&noDuplicateTargets);
        model.setFlow(contactsFlow());
        PropertyPair phone{QStringLiteral("primaryInfo.phone"), QStringLiteral("directPhone")};
        phone.origin = PairOrigin::Added;
        QVERIFY(model.addPair(phone));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.addPair(phone));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.flow().pairs.first().crmPath, QStringLiteral("familyName"));
        QVERIFY(!model.removeRows(5, 1));
        QVERIFY(model.setConflictPolicy(ConflictPolicy::Newest));
        QCOMPARE(model.flow().conflictPolicy, ConflictPolicy::Newest);
    }

    void testRunModelSumsCountsOverFlowsAndSides()
    {
        RunRecord run;
        run.id = 7;
        run.startedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        run.finishedAt = run.startedAt.addSecs(75);
        run.status = RunRecord::Status::Conflicts;
        // The counts in the shape the engine records them (RunSummary::toJson's "flows").
        FlowSummary contacts;
        contacts.flowId = QStringLiteral("contacts");
        contacts.wix.counts.created = 2;
        contacts.crm.counts.created = 25;
        contacts.wix.counts.conflicts = 1; // the engine counts a pair's conflict on both sides
        contacts.crm.counts.conflicts = 1;
        const RecordError tooLong{contacts.flowId, Side::CrmOffice, QStringLiteral("c_1"),
                                  QStringLiteral("too long")};
        contacts.crm.errors = {tooLong, tooLong};
        FlowSummary products;
        products.flowId = QStringLiteral("products");
        products.crm.counts.created = 10;
        products.wix.errors = {
            RecordError{products.flowId, Side::Wix, QStringLiteral("p_1"), QStringLiteral("gone")}};
        RunSummary summary;
        summary.flows = {contacts, products};
        run.counts = summary.toJson().value(QLatin1String("flows")).toObject();
        RunTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns({run, RunRecord{}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RunTableModel::CreatedColumn).data().toInt(), 37);
        QCOMPARE(model.index(0, RunTableModel::ConflictsColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, RunTableModel::ErrorsColumn).data().toInt(), 3);
        QVERIFY(model.index(0, RunTableModel::DurationColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("15")));
        QCOMPARE(model.index(0, 0).data(RunTableModel::RunIdRole).toLongLong(), 7);
        QVERIFY(model.index(1, RunTableModel::DurationColumn).data().toString().isEmpty());
    }

    // A run reloads History: the user's selected run and scroll position stay where they were,
    // though a new run now heads the table.
    void testTableKeepsSelectionAndScrollAcrossAReload()
    {
        const auto runs = [](int first, int last) {
            QList<RunRecord> list;
            for (int id = last; id >= first; --id) {
                RunRecord run;
                run.id = id;
                run.startedAt =
                    QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).addSecs(id * 60);
                list << run;
            }
            return list;
        };
        RunTableModel model;
        RecordTable table(QStringLiteral("Runs"));
        table.setRowKeyRole(RunTableModel::RunIdRole);
        table.setModel(&model);
        table.resize(400, 200);
        model.setRuns(runs(1, 60));
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        table.selectRow(30); // run 30
        table.verticalScrollBar()->setValue(20);
        const int scrolled = table.verticalScrollBar()->value();
        QVERIFY(scrolled > 0);

        model.setRuns(runs(1, 61));
        const QModelIndexList selected = table.selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(RunTableModel::RunIdRole).toLongLong(), 30);
        QCOMPARE(table.currentIndex().data(RunTableModel::RunIdRole).toLongLong(), 30);
        QCOMPARE(table.verticalScrollBar()->value(), scrolled);

        model.setRuns(runs(31, 61)); // the selected run is gone: nothing is selected instead
        QVERIFY(table.selectionModel()->selectedRows().isEmpty());
    }

    void testSummaryCountsAConflictOnce()
    {
        FlowSummary contacts;
        contacts.flowId = QStringLiteral("contacts");
        contacts.wix.counts.updated = 2;
        contacts.crm.counts.updated = 3;
        contacts.wix.counts.conflicts = 1; // one pair in conflict, reported by both sides
        contacts.crm.counts.conflicts = 1;
        RunSummary summary;
        summary.flows = {contacts};
        const QString text = UiText::summaryText(summary);
        QVERIFY2(text.contains(QLatin1String("5 updated")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("1 conflicts")), qPrintable(text));
    }

    void testRunEntriesShowChangeOrReasonAndExportCsv()
    {
        RunEntry update;
        update.runId = 3;
        update.recordId = QStringLiteral("c-1");
        update.side = Side::CrmOffice;
        update.before = {{QStringLiteral("givenName"), QStringLiteral("Ola")}};
        update.after = {{QStringLiteral("givenName"), QStringLiteral("Ola, \"Jr\"")}};
        RunEntry error;
        error.runId = 3;
        error.recordId = QStringLiteral("w-9");
        error.action = RunEntry::Action::Error;
        error.message = QStringLiteral("givenName is longer than 100 characters");
        RunEntryTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(3, {update, error});
        const QString change = model.index(0, RunEntryTableModel::ChangeColumn).data().toString();
        QVERIFY2(change.contains(QLatin1String("Ola")) && change.contains(QLatin1String("Jr")),
                 qPrintable(change));
        QCOMPARE(model.index(1, RunEntryTableModel::ChangeColumn).data().toString(), error.message);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.csv"));
        QString problem;
        QVERIFY2(CsvWriter::write(model, path, &problem), qPrintable(problem));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QCOMPARE(csv.count(QLatin1String("\r\n")), 3);
        QVERIFY(csv.contains(QLatin1String("\"\"Jr\"\"")));
        QVERIFY(csv.contains(QLatin1String("w-9")));
        QVERIFY(!CsvWriter::write(model, dir.filePath(QStringLiteral("missing/dir/run.csv")),
                                  &problem));
        QVERIFY(problem.contains(QLatin1String("missing/dir")));
    }

    void testPlanModelLeavesOutSkips()
    {
        PlanItem create;
        create.flowId = QStringLiteral("contacts");
        create.action = PlanAction::Create;
        create.wixId = QStringLiteral("w-1");
        create.after = {{QStringLiteral("givenName"), QStringLiteral("Kari")}};
        PlanItem skip;
        skip.action = PlanAction::Skip;
        PlanTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan({create, skip, create});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(0, PlanTableModel::ChangeColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Kari")));
        QCOMPARE(model.index(0, PlanTableModel::WixIdColumn).data().toString(),
                 QStringLiteral("w-1"));
        model.setPlan({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
