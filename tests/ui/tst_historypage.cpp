// The History page against the real store through the controller, offscreen: it pages
// through all the history kept and finds runs by record, and its CSV export writes cells that
// look like formulas as text.
#include "sync/runtime/synccontroller.h"
#include "sync/store/profile.h"
#include "sync/store/statestore.h"
#include "ui/csvwriter.h"
#include "ui/historyfilterbar.h"
#include "ui/historypage.h"
#include "ui/runentrytablemodel.h"
#include "ui/runtablemodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tandem;

namespace {

const QDateTime kFirstDay(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
const QString kFormulaName = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");

// 150 runs, one a day; the 11th created "=HYPERLINK(...)" Nordmann with a phone "-4790000000".
bool writeRuns(const QString &profileDir)
{
    StateStore store(Profile(profileDir).storePath(), QStringLiteral("test.history"));
    if (!store.open().ok())
        return false;
    return store
        .transaction([&] {
            for (int day = 0; day < 150; ++day) {
                RunRecord run;
                run.startedAt = kFirstDay.addDays(day);
                run.status = RunRecord::Status::Ok;
                if (!store.saveRun(run).ok())
                    return false;
                if (day != 10)
                    continue;
                RunEntry entry;
                entry.runId = run.id;
                entry.flowId = QStringLiteral("contacts");
                entry.recordId = kFormulaName; // what the record column shows: a name
                entry.action = RunEntry::Action::Create;
                entry.after = {{QStringLiteral("familyName"), QStringLiteral("Nordmann")}};
                entry.at = run.startedAt;
                if (!store.addEntry(entry).ok())
                    return false;
            }
            return true;
        })
        .ok();
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestHistoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void testPagesBeyondTheNewestHundredAndFindsARecord();
    void testCsvWritesFormulasAsText();
};

void TestHistoryPage::testPagesBeyondTheNewestHundredAndFindsARecord()
{
    QTemporaryDir profile;
    QVERIFY(writeRuns(profile.path()));
    SyncController controller(profile.path());
    HistoryPage page;
    // Wired as the main window wires them.
    connect(&controller, &SyncController::historyLoaded, &page, &HistoryPage::setRuns);
    connect(&controller, &SyncController::runEntriesLoaded, &page, &HistoryPage::setEntries);
    connect(&page, &HistoryPage::queryChanged, &controller, &SyncController::setHistoryQuery);
    connect(&page, &HistoryPage::runSelected, &controller, &SyncController::reloadRunEntries);
    page.show();
    controller.reloadHistory();

    HistoryFilterBar *bar = page.filterBar();
    QTRY_COMPARE(page.runModel()->rowCount(), 100);
    QCOMPARE(bar->pageLabel()->text(), QStringLiteral("Runs 1 to 100 of 150"));
    QVERIFY(!bar->newerButton()->isEnabled());
    QVERIFY(page.showsNewest());

    QTest::mouseClick(bar->olderButton(), Qt::LeftButton);
    QTRY_COMPARE(page.runModel()->rowCount(), 50);
    QCOMPARE(bar->pageLabel()->text(), QStringLiteral("Runs 101 to 150 of 150"));
    QCOMPARE(page.runModel()->runAt(49).startedAt, kFirstDay); // the oldest run kept
    QVERIFY(bar->newerButton()->isEnabled() && !bar->olderButton()->isEnabled());
    QVERIFY(!page.showsNewest());

    bar->recordEdit()->setText(QStringLiteral("nordmann"));
    QMetaObject::invokeMethod(bar->recordEdit(), &QLineEdit::editingFinished);
    QTRY_COMPARE(page.runModel()->rowCount(), 1);
    QCOMPARE(page.runModel()->runAt(0).startedAt, kFirstDay.addDays(10));
    page.runTable()->selectRow(0);
    QTRY_COMPARE(page.entryModel()->rowCount(), 1);

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("run.csv"));
    QString error;
    QVERIFY2(page.exportCsv(path, &error), qPrintable(error));
    QVERIFY2(readFile(path).contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\"")),
             qPrintable(readFile(path)));
}

void TestHistoryPage::testCsvWritesFormulasAsText()
{
    QStandardItemModel model(1, 8);
    const QStringList cells{kFormulaName,
                            QStringLiteral("-4790000000"),
                            QStringLiteral("+47 22 33 44 55"),
                            QStringLiteral("@SUM(A1)"),
                            QStringLiteral("\tx"),
                            QStringLiteral("Ola, Jr"),
                            QStringLiteral("Kari"),
                            QStringLiteral("a=b")};
    for (int col = 0; col < cells.size(); ++col)
        model.setItem(0, col, new QStandardItem(cells.at(col)));
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("cells.csv"));
    QString error;
    QVERIFY2(CsvWriter::write(model, path, &error), qPrintable(error));
    const QString row = readFile(path).split(QStringLiteral("\r\n")).value(1);
    QCOMPARE(row,
             QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","
                            "\"'-4790000000\",\"'+47 22 33 44 55\",\"'@SUM(A1)\",\"'\tx\","
                            "\"Ola, Jr\",Kari,a=b"));
}

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
