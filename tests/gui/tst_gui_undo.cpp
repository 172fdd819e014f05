// History's "Undo this run…" (docs/architecture.md#undo): a preview in the Preview's table
// first, then the undo on the worker thread, against the sandbox over loopback.
#include "guitestbed.h"
#include "historypage.h"
#include "plantablemodel.h"
#include "runentrytablemodel.h"
#include "runtablemodel.h"
#include "undodialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
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

UndoDialog *openDialog(MainWindow &window)
{
    for (UndoDialog *d : window.findChildren<UndoDialog *>()) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
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

        bed.window().showPage(MainWindow::HistoryTab);
        HistoryPage *history = bed.window().historyPage();
        QAction *undo = history->undoAction();
        QVERIFY(!undo->text().isEmpty() && !undo->shortcut().isEmpty());
        QTableView *runs = history->runTable();
        QTRY_VERIFY(history->runModel()->rowCount() == 2);
        for (int row = 0; row < history->runModel()->rowCount(); ++row) {
            if (history->runModel()->index(row, 0).data(RunTableModel::RunIdRole).toLongLong()
                == updates.runId)
                runs->selectRow(row);
        }
        QTRY_COMPARE(history->entryModel()->runId(), updates.runId);
        QTRY_VERIFY(undo->isEnabled());

        // The preview writes nothing and shows the write it would make in Preview's table.
        QSignalSpy finished(&bed.controller(), &SyncController::runFinished);
        undo->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().value<RunSummary>().dryRun);
        UndoDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog(bed.window())) != nullptr);
        QCOMPARE(dialog->planModel()->rowCount(), 1);
        QCOMPARE(dialog->planModel()->plan().first().action, PlanAction::Update);
        QCOMPARE(crmLastOf(bed.records(), first), QStringLiteral("Blanked"));

        auto *go = dialog->findChild<QAbstractButton *>(QStringLiteral("confirmUndoButton"));
        QVERIFY(go && go->isEnabled());
        const RunSummary done = bed.clickAndWait(go);
        QVERIFY2(done.status == RunRecord::Status::Ok, qPrintable(done.message));
        QCOMPARE(done.undoes, updates.runId);
        QCOMPARE(crmLastOf(bed.records(), first), was);
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
};

QTEST_MAIN(TestGuiUndo)
#include "tst_gui_undo.moc"
