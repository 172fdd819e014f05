// `tandem-cli history` over all the history kept, a page at a time and filtered, and the days
// it keeps (`configure --keep-days`), with runs of the past written through the store API.
#include "sync/store/profile.h"
#include "sync/store/statestore.h"
#include "tests/cli/clibed.h"

#include <QtTest>

using namespace Tandem;
using namespace Tandem::Test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kFirstDay(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

// Writes a run started at each time, with one entry, into the profile's store: the 11th wrote
// Ola Nordmann, the last one failed a record.
bool writeRuns(const QString &profileDir, const QList<QDateTime> &starts)
{
    StateStore store(Profile(profileDir).storePath(), QStringLiteral("test.history"));
    if (!store.open().ok())
        return false;
    return store
        .transaction([&] {
            for (qsizetype i = 0; i < starts.size(); ++i) {
                RunRecord run;
                run.startedAt = starts.at(i);
                run.finishedAt = run.startedAt.addSecs(2);
                run.status = RunRecord::Status::Ok;
                if (!store.saveRun(run).ok())
                    return false;
                RunEntry entry;
                entry.runId = run.id;
                entry.flowId = QStringLiteral("contacts");
                entry.side = Side::CrmOffice;
                entry.recordId = QStringLiteral("c%1").arg(i);
                entry.action =
                    i == starts.size() - 1 ? RunEntry::Action::Error : RunEntry::Action::Create;
                if (i == 10) {
                    entry.after = {{QStringLiteral("givenName"), QStringLiteral("Ola")},
                                   {QStringLiteral("familyName"), QStringLiteral("Nordmann")}};
                    entry.recordName = QStringLiteral("Ola Nordmann");
                }
                entry.at = run.startedAt;
                if (!store.addEntry(entry).ok())
                    return false;
            }
            return true;
        })
        .ok();
}

QList<QDateTime> days(int count)
{
    QList<QDateTime> starts;
    for (int day = 0; day < count; ++day)
        starts << kFirstDay.addDays(day);
    return starts;
}

QStringList historyArgs(const QStringList &more)
{
    return QStringList{QStringLiteral("history"), QStringLiteral("--json")} + more;
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.*.debug=false"));
    }
    void pagesReachEveryRunKept();
    void filtersByDayRecordAndAction();
    void badHistoryOptionsAreUsageErrors_data();
    void badHistoryOptionsAreUsageErrors();
    void syncKeepsTheConfiguredDays();
};

void TestCliHistory::pagesReachEveryRunKept()
{
    CliBed bed(CliBed::smallSeed(1, 0));
    QVERIFY(bed.configure().exitCode == 0);
    QVERIFY(writeRuns(bed.profileDir(), days(150)));

    const QJsonArray first = bed.run(historyArgs({})).jsonArray();
    QCOMPARE(first.size(), 100);
    QCOMPARE(first.first().toObject().value(u"startedAt"_s).toString(),
             kFirstDay.addDays(149).toString(Qt::ISODateWithMs));
    const QJsonArray second =
        bed.run(historyArgs({QStringLiteral("--page"), QStringLiteral("2")})).jsonArray();
    QCOMPARE(second.size(), 50);
    QCOMPARE(second.last().toObject().value(u"startedAt"_s).toString(),
             kFirstDay.toString(Qt::ISODateWithMs));

    const CliResult text =
        bed.run({QStringLiteral("history"), QStringLiteral("--page-size"), QStringLiteral("40"),
                 QStringLiteral("--page"), QStringLiteral("2")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains("Runs 41 to 80 of 150") && text.out.contains("--page 3"),
             qPrintable(text.describe()));
}

void TestCliHistory::filtersByDayRecordAndAction()
{
    CliBed bed(CliBed::smallSeed(1, 0));
    QVERIFY(bed.configure().exitCode == 0);
    QVERIFY(writeRuns(bed.profileDir(), days(150)));

    // Both days included, as a person reads "from the 1st to the 10th of February".
    const QJsonArray february =
        bed.run(historyArgs({QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-02-10")}))
            .jsonArray();
    QCOMPARE(february.size(), 10);

    const QJsonArray ola =
        bed.run(historyArgs({QStringLiteral("--record"), QStringLiteral("nordmann")})).jsonArray();
    QCOMPARE(ola.size(), 1);
    const QJsonObject write =
        ola.first().toObject().value(u"entries"_s).toArray().first().toObject();
    QCOMPARE(write.value(u"recordId"_s).toString(), QStringLiteral("c10"));
    QCOMPARE(write.value(u"after"_s).toObject().value(u"givenName"_s).toString(),
             QStringLiteral("Ola"));
    QCOMPARE(write.value(u"recordName"_s).toString(), QStringLiteral("Ola Nordmann"));
    // The name as a whole, which no single value written holds; the text names it too.
    const CliResult named = bed.run(
        {QStringLiteral("history"), QStringLiteral("--record"), QStringLiteral("ola nordmann")});
    QVERIFY2(named.out.contains("c10 create \"Ola Nordmann\""), qPrintable(named.describe()));

    const CliResult errors =
        bed.run({QStringLiteral("history"), QStringLiteral("--action"), QStringLiteral("error")});
    QVERIFY2(errors.out.contains("c149 error") && errors.out.contains("Runs 1 to 1 of 1,"),
             qPrintable(errors.describe()));
    const CliResult none =
        bed.run({QStringLiteral("history"), QStringLiteral("--record"), QStringLiteral("nobody")});
    QVERIFY2(none.exitCode == 0 && none.out.contains("No run matches."),
             qPrintable(none.describe()));
}

void TestCliHistory::badHistoryOptionsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("action") << QStringList{QStringLiteral("history"), QStringLiteral("--action"),
                                           QStringLiteral("created")}
                            << QStringLiteral("--action");
    QTest::newRow("page 0") << QStringList{QStringLiteral("history"), QStringLiteral("--page"),
                                           QStringLiteral("0")}
                            << QStringLiteral("--page");
    QTest::newRow("day") << QStringList{QStringLiteral("history"), QStringLiteral("--from"),
                                        QStringLiteral("yesterday")}
                         << QStringLiteral("--from");
    QTest::newRow("keep too few days") << QStringList{QStringLiteral("configure"),
                                                      QStringLiteral("--wix-url"),
                                                      QStringLiteral("http://127.0.0.1:1"),
                                                      QStringLiteral("--wix-site-id"),
                                                      QStringLiteral("s"),
                                                      QStringLiteral("--crmoffice-url"),
                                                      QStringLiteral("http://127.0.0.1:2/api/v1"),
                                                      QStringLiteral("--keep-days"),
                                                      QStringLiteral("30")}
                                       << QStringLiteral("--keep-days");
}

void TestCliHistory::badHistoryOptionsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    CliBed bed(CliBed::smallSeed(1, 0));
    const CliResult result = bed.run(arguments);
    QVERIFY2(result.exitCode == 2 && result.err.contains(says.toUtf8()),
             qPrintable(result.describe()));
}

void TestCliHistory::syncKeepsTheConfiguredDays()
{
    CliBed bed(CliBed::smallSeed(2, 0));
    QVERIFY(bed.configure({QStringLiteral("--keep-days"), QStringLiteral("120")}).exitCode == 0);
    ProfileSettings settings;
    QVERIFY(Profile(bed.profileDir()).load(&settings, nullptr));
    QCOMPARE(settings.historyKeepDays, 120);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(writeRuns(bed.profileDir(), {now.addDays(-130), now.addDays(-100)}));

    const CliResult sync =
        bed.run({QStringLiteral("sync"), QStringLiteral("--flow"), QStringLiteral("contacts")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
    const QJsonArray kept = bed.run(historyArgs({})).jsonArray();
    QCOMPARE(kept.size(), 2); // the sync, and the run of 100 days ago; not the one of 130
    QCOMPARE(kept.last().toObject().value(u"startedAt"_s).toString(),
             now.addDays(-100).toString(Qt::ISODateWithMs));

    // Another configure keeps the setting unless it names one.
    QVERIFY(bed.configure().exitCode == 0);
    QVERIFY(Profile(bed.profileDir()).load(&settings, nullptr));
    QCOMPARE(settings.historyKeepDays, 120);
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
