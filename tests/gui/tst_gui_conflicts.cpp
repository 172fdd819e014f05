#include "tests/gui/eventloopprobe.h"
#include "tests/gui/guitestbed.h"
#include "ui/conflictdialog.h"
#include "ui/conflictfieldmodel.h"
#include "ui/conflictspage.h"
#include "ui/conflicttablemodel.h"
#include "ui/deletionguarddialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;
using namespace Qt::StringLiterals;

namespace {

// One contact as both services know it after a first sync.
struct LinkedContact
{
    QString wixId;
    QString crmId;
};

QString wixFirstName(const QJsonObject &contact)
{
    return contact.value(u"info"_s)
        .toObject()
        .value(u"name"_s)
        .toObject()
        .value(u"first"_s)
        .toString();
}

// The contacts of a synced bed as the store linked them (names alone may repeat).
QList<LinkedContact> linkedContacts(SyncController &controller)
{
    QSignalSpy loaded(&controller, &SyncController::linksLoaded);
    controller.reloadLinks();
    if (!loaded.wait(5000))
        return {};
    QList<LinkedContact> linked;
    for (const Link &link : loaded.first().first().value<QList<Link>>()) {
        if (link.flowId == QLatin1String("contacts") && !link.wix.id.isEmpty()
            && !link.crm.id.isEmpty())
            linked.append({link.wix.id, link.crm.id});
    }
    return linked;
}

QString crmFirstName(SandboxRecords &records, const LinkedContact &c)
{
    return records.crmContact(c.crmId).value(u"givenName"_s).toString();
}

QString wixFirstName(SandboxRecords &records, const LinkedContact &c)
{
    return wixFirstName(records.wixContact(c.wixId));
}

// Both sides change the first name of `contact` differently: a conflict under the "ask" policy.
bool editBothSides(SandboxRecords &records, const LinkedContact &contact, const QString &tag)
{
    return records.setWixName(contact.wixId, QStringLiteral("first"), QStringLiteral("Wix") + tag)
        && records.patchCrmContact(contact.crmId,
                                   QJsonObject{{u"givenName"_s, QString(u"Crm" + tag)}});
}

// The proxy rows of the conflicts table whose Wix value is `wixValue`.
int rowWithWixValue(QTableView *table, const QString &wixValue)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ConflictTableModel::WixColumn).data().toString().contains(wixValue))
            return row;
    }
    return -1;
}

void selectRows(QTableView *table, const QList<int> &rows)
{
    table->clearSelection();
    for (int row : rows) {
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

} // namespace

class TestGuiConflicts : public QObject
{
    Q_OBJECT

private:
    // A bed synced once, then `count` contacts edited on both sides and synced again.
    static QList<LinkedContact> makeConflicts(GuiTestBed &bed, int count)
    {
        if (bed.syncNow().status != RunRecord::Status::Ok)
            return {};
        QList<LinkedContact> linked = linkedContacts(bed.controller()).mid(0, count);
        for (int i = 0; i < linked.size(); ++i) {
            if (!editBothSides(bed.records(), linked.at(i), QString::number(i)))
                return {};
        }
        if (bed.syncNow().status != RunRecord::Status::Conflicts)
            return {};
        return linked;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.http.debug=false"));
    }

    void testConflictAppearsOnConflictsPage()
    {
        GuiTestBed bed({.wixContacts = 4, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        QSignalSpy notified(&bed.window(), &MainWindow::notificationPosted);
        const QList<LinkedContact> linked = makeConflicts(bed, 1);
        QCOMPARE(linked.size(), 1);
        // The clean first sync posts nothing; the one that found the conflict says so.
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().first().toString(), MainWindow::tr("Tandem: conflicts need you"));

        auto *table = bed.find<QTableView>("conflictsTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->index(0, ConflictTableModel::WixColumn).data().toString(),
                 QStringLiteral("Wix0"));
        QCOMPARE(model->index(0, ConflictTableModel::CrmColumn).data().toString(),
                 QStringLiteral("Crm0"));
        QVERIFY(
            bed.window().pages()->tabText(MainWindow::ConflictsTab).contains(QLatin1String("1")));

        // The filter narrows the list by value.
        auto *filter = bed.find<QLineEdit>("conflictsFilter");
        QTest::keyClicks(filter, QStringLiteral("no such value"));
        QCOMPARE(model->rowCount(), 0);
        filter->clear();
        QCOMPARE(model->rowCount(), 1);

        // Until it is resolved, a sync writes neither value over the other.
        QCOMPARE(bed.syncNow().status, RunRecord::Status::Conflicts);
        QCOMPARE(wixFirstName(bed.records(), linked.first()), QStringLiteral("Wix0"));
        QCOMPARE(crmFirstName(bed.records(), linked.first()), QStringLiteral("Crm0"));
    }

    void testDialogTakeWixAndTypedValueAreWrittenBothSides()
    {
        GuiTestBed bed({.wixContacts = 4, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        const QList<LinkedContact> linked = makeConflicts(bed, 2);
        QCOMPARE(linked.size(), 2);
        ConflictsPage *page = bed.window().conflictsPage();
        auto *table = bed.find<QTableView>("conflictsTable");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        bed.window().showPage(MainWindow::ConflictsTab);

        // Take Wix for the first contact, through the dialog's own combo box; no sync yet.
        selectRows(table, {rowWithWixValue(table, QStringLiteral("Wix0"))});
        QTest::mouseClick(bed.button("resolveButton"), Qt::LeftButton);
        auto *dialog = page->findChild<ConflictDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *choice = dialog->findChild<QComboBox *>();
        QVERIFY(choice && !choice->accessibleName().isEmpty());
        choice->setCurrentIndex(choice->findData(int(Conflict::Resolution::TakeWix)));
        dialog->findChild<QAbstractButton *>(u"syncAfterwardsCheck"_s)->setChecked(false);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(page->applyBarVisible());

        // Type a value for the second, and let the dialog start the sync.
        selectRows(table, {0});
        QVERIFY(page->openDialogForSelection());
        QTRY_VERIFY((dialog = page->findChild<ConflictDialog *>()) && dialog->isVisible());
        choice = dialog->findChild<QComboBox *>();
        auto *typed = dialog->findChild<QLineEdit *>();
        QVERIFY(!typed->isEnabled());
        choice->setCurrentIndex(choice->findData(int(Conflict::Resolution::Value)));
        QVERIFY(typed->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("Typed"));
        EventLoopProbe probe; // resolving and the sync it starts stay off the GUI thread
        probe.start();
        const RunSummary applied =
            bed.clickAndWait(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
        probe.stop();
        QCOMPARE(applied.status, RunRecord::Status::Ok);
        QVERIFY2(probe.maxGapMs() < 100, qPrintable(QString::number(probe.maxGapMs())));

        QCOMPARE(wixFirstName(bed.records(), linked.at(0)), QStringLiteral("Wix0"));
        QCOMPARE(crmFirstName(bed.records(), linked.at(0)), QStringLiteral("Wix0"));
        QCOMPARE(wixFirstName(bed.records(), linked.at(1)), QStringLiteral("Typed"));
        QCOMPARE(crmFirstName(bed.records(), linked.at(1)), QStringLiteral("Typed"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QCOMPARE(bed.window().pages()->tabText(MainWindow::ConflictsTab),
                 MainWindow::tr("&Conflicts"));
    }

    // The list names the person, the dialog shows the whole record from both sides with the
    // field in conflict marked (bold, and "In conflict" to a screen reader).
    void testConflictNamesThePersonAndTheDialogShowsTheWholeRecord()
    {
        GuiTestBed bed({.wixContacts = 3, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        const QList<LinkedContact> linked = makeConflicts(bed, 1);
        QCOMPARE(linked.size(), 1);
        const QString last = bed.records()
                                 .wixContact(linked.first().wixId)
                                 .value(u"info"_s)
                                 .toObject()
                                 .value(u"name"_s)
                                 .toObject()
                                 .value(u"last"_s)
                                 .toString();
        QVERIFY(!last.isEmpty());
        const QString name = QStringLiteral("Wix0 ") + last;

        auto *table = bed.find<QTableView>("conflictsTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ConflictTableModel::RecordColumn).data().toString(),
                 name);
        QVERIFY(table->model()
                    ->index(0, ConflictTableModel::RecordColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(linked.first().crmId));

        bed.window().showPage(MainWindow::ConflictsTab);
        selectRows(table, {0});
        ConflictDialog *dialog = bed.window().conflictsPage()->openDialogForSelection();
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().contains(name), qPrintable(dialog->windowTitle()));
        QTableView *view = dialog->recordTable();
        const QAbstractItemModel *fields = view->model();
        QCOMPARE(fields->columnCount(), 3);
        QVERIFY(fields->rowCount() >= 3); // every mapped contact property
        int firstRow = -1, lastRow = -1;
        for (int row = 0; row < fields->rowCount(); ++row) {
            const QString path = fields->index(row, 0).data().toString();
            firstRow = path == QLatin1String("info.name.first") ? row : firstRow;
            lastRow = path == QLatin1String("info.name.last") ? row : lastRow;
        }
        QVERIFY(firstRow >= 0 && lastRow >= 0);
        QCOMPARE(fields->index(firstRow, 1).data().toString(), QStringLiteral("Wix0"));
        QCOMPARE(fields->index(firstRow, 2).data().toString(), QStringLiteral("Crm0"));
        QVERIFY(fields->index(firstRow, 1).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(fields->index(lastRow, 1).data().toString(), last);
        QCOMPARE(fields->index(lastRow, 2).data().toString(), last);
        QVERIFY(!fields->index(lastRow, 1).data(Qt::FontRole).value<QFont>().bold());

        // What a screen reader hears of the cells.
        QAccessibleInterface *access = QAccessible::queryAccessibleInterface(view);
        QVERIFY(access && access->tableInterface());
        QAccessibleInterface *conflicting = access->tableInterface()->cellAt(firstRow, 1);
        QAccessibleInterface *agreeing = access->tableInterface()->cellAt(lastRow, 1);
        QVERIFY(conflicting && agreeing);
        QCOMPARE(conflicting->text(QAccessible::Name), QStringLiteral("Wix0"));
        QCOMPARE(conflicting->text(QAccessible::Description),
                 ConflictFieldModel::conflictDescription());
        QCOMPARE(agreeing->text(QAccessible::Description), QString());
        dialog->reject();
    }

    void testDeletionGuardListsRecordsByName()
    {
        RunSummary summary;
        FlowSummary flow;
        flow.flowId = QStringLiteral("contacts");
        flow.wouldDelete = {QStringLiteral("crmoffice:c-1"), QStringLiteral("wix:w-2")};
        flow.wouldDeleteNames = {QStringLiteral("Ada Lovelace"), QString()};
        summary.flows = {flow};
        DeletionGuardDialog dialog(summary);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("wouldDeleteList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QVERIFY2(list->item(0)->text().contains(QLatin1String("Ada Lovelace")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(list->item(0)->text().contains(QLatin1String("c-1")));
        // A record without a name (none of the known properties) is still listed by its id.
        QVERIFY(list->item(1)->text().contains(QLatin1String("w-2")));
    }

    void testBulkTakeCrmForSelection()
    {
        GuiTestBed bed({.wixContacts = 5, .wixProducts = 1});
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        const QList<LinkedContact> linked = makeConflicts(bed, 3);
        QCOMPARE(linked.size(), 3);
        ConflictsPage *page = bed.window().conflictsPage();
        auto *table = bed.find<QTableView>("conflictsTable");
        QTRY_COMPARE(table->model()->rowCount(), 3);
        bed.window().showPage(MainWindow::ConflictsTab);

        // The first two take CRMOffice; the third stays open.
        selectRows(table,
                   {rowWithWixValue(table, QStringLiteral("Wix0")),
                    rowWithWixValue(table, QStringLiteral("Wix1"))});
        QTest::mouseClick(bed.button("takeCrmButton"), Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(page->applyBarVisible());
        const RunSummary applied = bed.clickAndWait(bed.button("applySyncButton"));
        QCOMPARE(applied.status, RunRecord::Status::Conflicts); // the third is still open
        QVERIFY(!page->applyBarVisible());

        for (int i = 0; i < 2; ++i) {
            const QString crm = QStringLiteral("Crm%1").arg(i);
            QCOMPARE(wixFirstName(bed.records(), linked.at(i)), crm);
            QCOMPARE(crmFirstName(bed.records(), linked.at(i)), crm);
        }
        QCOMPARE(wixFirstName(bed.records(), linked.at(2)), QStringLiteral("Wix2"));
        QCOMPARE(crmFirstName(bed.records(), linked.at(2)), QStringLiteral("Crm2"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ConflictTableModel::WixColumn).data().toString(),
                 QStringLiteral("Wix2"));
    }
};

QTEST_MAIN(TestGuiConflicts)
#include "tst_gui_conflicts.moc"
