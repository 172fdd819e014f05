// History's "Undo this run…" (docs/architecture.md#undo): a preview in the Preview's table
// first, then the undo on the worker thread, against the sandbox over loopback.
#include "tests/gui/guitestbed.h"
#include "ui/deletionguarddialog.h"
#include "ui/historypage.h"
#include "ui/plantablemodel.h"
#include "ui/runentrytablemodel.h"
#include "ui/runtablemodel.h"
#include "ui/undodialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;
using namespace Qt::StringLiterals;

namespace {

QString crmLastOf(SandboxRecords &records, const QString &first)
{
    for (const QJsonObject &c : records.crmContacts()) {
        if (c.value(u"givenName"_s).toString() == first)
            return c.value(u"familyName"_s).toString();
    }
    return {};
}

template<typename Dialog> Dialog *openDialog(MainWindow &window)
{
    for (Dialog *d : window.findChildren<Dialog *>()) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

// The dialog's button of that role, clicked as a user would.
bool clickButton(QDialog *dialog, QDialogButtonBox::ButtonRole role)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
        if (box->buttonRole(button) == role) {
            button->click();
            return true;
        }
    }
    return false;
}

// History, with run `runId` selected and its entries shown.
bool selectRun(MainWindow &window, qint64 runId)
{
    window.showPage(MainWindow::HistoryTab);
    HistoryPage *history = window.historyPage();
    const QAbstractItemModel *runs = history->runModel();
    for (int row = 0; row < runs->rowCount(); ++row) {
        if (runs->index(row, 0).data(RunTableModel::RunIdRole).toLongLong() == runId) {
            history->runTable()->selectRow(row);
            return QTest::qWaitFor([&] { return history->entryModel()->runId() == runId; });
        }
    }
    return false;
}

} // namespace

class TestGuiUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.http.debug=false"));
    }

    void testUndoShowsPreviewThenPutsBackTheRun()
    {
        GuiTestBed::Options options;
        options.wixContacts = 3;
        options.wixProducts = 0;
        GuiTestBed bed(options);
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        QCOMPARE(bed.syncNow().status, RunRecord::Status::Ok);
        const QJsonObject wix = bed.records().wixContacts().first();
        const QJsonObject name = wix.value(u"info"_s).toObject().value(u"name"_s).toObject();
        const QString first = name.value(u"first"_s).toString();
        const QString was = name.value(u"last"_s).toString();
        QVERIFY(bed.records().setWixName(wix.value(u"id"_s).toString(), u"last"_s, u"Blanked"_s));
        const RunSummary updates = bed.syncNow();
        QCOMPARE(updates.status, RunRecord::Status::Ok);
        QCOMPARE(crmLastOf(bed.records(), first), QStringLiteral("Blanked"));

        HistoryPage *history = bed.window().historyPage();
        QAction *undo = history->undoAction();
        QVERIFY(!undo->text().isEmpty() && !undo->shortcut().isEmpty());
        QTRY_VERIFY(history->runModel()->rowCount() == 2);
        QVERIFY(selectRun(bed.window(), updates.runId));
        QTRY_VERIFY(undo->isEnabled());

        // The status bar says what runs: the undo's preview, then the undo, not "Sync running".
        QStringList statusAtStart;
        connect(&bed.controller(), &SyncController::runStarted, this,
                [&] { statusAtStart << bed.window().statusBar()->currentMessage(); });

        // The preview writes nothing and shows the write it would make in Preview's table.
        QSignalSpy finished(&bed.controller(), &SyncController::runFinished);
        undo->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().value<RunSummary>().dryRun);
        UndoDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<UndoDialog>(bed.window())) != nullptr);
        QCOMPARE(dialog->planModel()->rowCount(), 1);
        QCOMPARE(dialog->planModel()->plan().first().action, PlanAction::Update);
        QCOMPARE(crmLastOf(bed.records(), first), QStringLiteral("Blanked"));

        auto *go = dialog->findChild<QAbstractButton *>(QStringLiteral("confirmUndoButton"));
        QVERIFY(go && go->isEnabled());
        const RunSummary done = bed.clickAndWait(go);
        QVERIFY2(done.status == RunRecord::Status::Ok, qPrintable(done.message));
        QCOMPARE(done.undoes, updates.runId);
        QCOMPARE(crmLastOf(bed.records(), first), was);
        QCOMPARE(statusAtStart,
                 (QStringList{MainWindow::tr("Preparing the undo of run %1…").arg(updates.runId),
                              MainWindow::tr("Undo of run %1 running…").arg(updates.runId)}));
        // The undo is in History, newest first.
        QTRY_VERIFY(history->runModel()->rowCount() == 3);
        QCOMPARE(history->runModel()->index(0, 0).data(RunTableModel::RunIdRole).toLongLong(),
                 done.runId);
        QVERIFY(history->runModel()
                    ->index(0, RunTableModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QString::number(updates.runId)));
    }

    // docs/architecture.md#deletions: undoing a first sync of many creates deletes them all, so
    // the guard asks first; declined, nothing is deleted.
    void testUndoDeletingManyIsGuardedAndDeclinedDeletesNothing()
    {
        GuiTestBed::Options options;
        options.wixContacts = 8;
        options.wixProducts = 0;
        GuiTestBed bed(options);
        QVERIFY2(bed.isReady(), qPrintable(bed.errorString()));
        const RunSummary firstSync = bed.syncNow();
        QCOMPARE(firstSync.status, RunRecord::Status::Ok);
        const qsizetype crmContacts = bed.records().crmContacts().size();
        QCOMPARE(firstSync.flows.value(0).crm.counts.created, 8);
        const auto crmWrites = [&] {
            return SandboxRecords::writeCount(bed.sandbox().stats(SandboxSide::Crm));
        };
        const int writes = crmWrites();

        // The preview says the guard would stop it and asks to delete them; declined.
        HistoryPage *history = bed.window().historyPage();
        QTRY_VERIFY(history->runModel()->rowCount() == 1);
        QVERIFY(selectRun(bed.window(), firstSync.runId));
        QTRY_VERIFY(history->undoAction()->isEnabled());
        QSignalSpy started(&bed.controller(), &SyncController::runStarted);
        QSignalSpy finished(&bed.controller(), &SyncController::runFinished);
        history->undoAction()->trigger();
        QVERIFY(finished.wait(30000));
        const RunSummary preview = finished.first().first().value<RunSummary>();
        QVERIFY(preview.dryRun);
        QCOMPARE(preview.status, RunRecord::Status::Guarded);
        UndoDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<UndoDialog>(bed.window())) != nullptr);
        QVERIFY(dialog->needsForce());
        QCOMPARE(dialog->planModel()->rowCount(), 8);
        for (const PlanItem &item : dialog->planModel()->plan())
            QCOMPARE(item.action, PlanAction::Delete);
        QVERIFY(clickButton(dialog, QDialogButtonBox::RejectRole));
        QTRY_VERIFY(!openDialog<UndoDialog>(bed.window()));
        QVERIFY(!bed.controller().isRunning());
        QCOMPARE(started.size(), 1); // the preview only
        QCOMPARE(bed.records().crmContacts().size(), crmContacts);
        QCOMPARE(crmWrites(), writes);

        // An undo run that trips the guard itself (links changed after its preview) stops
        // before any write; the guard's own dialog asks, and declined deletes nothing.
        RunOptions undo;
        undo.undoRunId = firstSync.runId;
        bed.controller().start(undo);
        const RunSummary guarded = bed.waitForRun();
        QCOMPARE(guarded.status, RunRecord::Status::Guarded);
        QCOMPARE(guarded.undoes, firstSync.runId);
        DeletionGuardDialog *guard = nullptr;
        QTRY_VERIFY((guard = openDialog<DeletionGuardDialog>(bed.window())) != nullptr);
        QCOMPARE(guard->count(), 8);
        QVERIFY(clickButton(guard, QDialogButtonBox::RejectRole));
        QVERIFY(!bed.controller().isRunning());
        QCOMPARE(bed.records().crmContacts().size(), crmContacts);
        QCOMPARE(crmWrites(), writes);

        // Accepted, the same undo goes on and deletes them.
        bed.controller().start(undo);
        QCOMPARE(bed.waitForRun().status, RunRecord::Status::Guarded);
        QTRY_VERIFY((guard = openDialog<DeletionGuardDialog>(bed.window())) != nullptr);
        QVERIFY(clickButton(guard, QDialogButtonBox::AcceptRole));
        const RunSummary done = bed.waitForRun();
        QVERIFY2(done.status == RunRecord::Status::Ok, qPrintable(done.message));
        QCOMPARE(done.undoes, firstSync.runId);
        QCOMPARE(bed.records().crmContacts().size(), crmContacts - 8);
    }
};

QTEST_MAIN(TestGuiUndo)
#include "tst_gui_undo.moc"
