// How much a run reads after one that wrote a lot (docs/architecture.md#incremental-reads): a
// first sync into an empty CRMOffice reads nothing there, yet the runs after it must neither
// lose an edit made among its creates nor read those creates again on every run.
#include "tests/cli/clibed.h"

#include <QtTest>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

const QString kContacts = QStringLiteral("contacts");
// More than one CRMOffice page (500), so a read of the creates shows in the calls.
constexpr int kContactCount = 520;

int listCalls(CliBed &bed, SandboxSide side, const QString &route)
{
    return bed.sandbox()
        .stats(side)
        .value(QLatin1String("requests"))
        .toObject()
        .value(route)
        .toInt();
}

int sideValue(const QJsonObject &summary, const char *key, const char *side)
{
    return summary.value(QLatin1String(key)).toObject().value(QLatin1String(side)).toInt(-1);
}

} // namespace

class TestCliWatermark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRunsAfterFirstSyncIntoEmptyCrmOfficeReadCreatesOnceAndKeepEdits();
};

void TestCliWatermark::testRunsAfterFirstSyncIntoEmptyCrmOfficeReadCreatesOnceAndKeepEdits()
{
    CliBed bed(CliBed::smallSeed(kContactCount, 0));
    QVERIFY(bed.ok());
    QCOMPARE(bed.configure().exitCode, 0);
    const QStringList sync{QStringLiteral("sync"), QStringLiteral("--flow"), kContacts,
                           QStringLiteral("--json")};
    const CliResult first = bed.run(sync);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QCOMPARE(sideCounts(first.json(), "contacts", "crmoffice").value(u"created").toInt(),
             kContactCount);

    // Another user edits one of the new CRMOffice contacts right away, in the second of the
    // last creates or the next: at or after the time the first sync's read began.
    const QHash<QString, QString> links = bed.links(kContacts);
    QCOMPARE(links.size(), kContactCount);
    const QString wixId = links.constBegin().key();
    const QString crmId = links.constBegin().value();
    const ConnectorResult<Record> created = bed.crm().read(kContacts, crmId);
    QVERIFY(created.ok());
    QVERIFY(bed.crm()
                .update(kContacts, crmId, created.value.token,
                        {{QStringLiteral("familyName"), QStringLiteral("Edited")}})
                .ok());

    // The next run comes an hour later, as a schedule would run it.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    bed.sandbox().setClock([later] { return later; });
    const CliResult second = bed.run(sync);
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    // It reads what the first sync created once more (the edit is among it) and takes the edit.
    QCOMPARE(sideCounts(second.json(), "contacts", "wix").value(u"updated").toInt(), 1);
    QCOMPARE(bed.wix().read(kContacts, wixId).value.fields.value(u"info.name.last").toString(),
             QStringLiteral("Edited"));
    QCOMPARE(sideValue(second.json(), "calls", "crmoffice"), 2);

    // Nothing changed since: one changed-records query a side, plus the Wix id scan.
    const int crmLists = listCalls(bed, SandboxSide::Crm, QStringLiteral("GET /api/v1/contacts"));
    const int wixQueries =
        listCalls(bed, SandboxSide::Wix, QStringLiteral("POST /contacts/v4/contacts/query"));
    const CliResult noOp = bed.run(sync);
    QVERIFY2(noOp.exitCode == 0, qPrintable(noOp.describe()));
    QCOMPARE(writesOf(noOp.json()), 0);
    QCOMPARE(listCalls(bed, SandboxSide::Crm, QStringLiteral("GET /api/v1/contacts")) - crmLists,
             1);
    QCOMPARE(listCalls(bed, SandboxSide::Wix, QStringLiteral("POST /contacts/v4/contacts/query"))
                 - wixQueries,
             2);
    QCOMPARE(sideValue(noOp.json(), "calls", "crmoffice"), 1);
    QCOMPARE(sideValue(noOp.json(), "callFloor", "crmoffice"), 1);
    QCOMPARE(sideValue(noOp.json(), "calls", "wix"), 2);
    QCOMPARE(sideValue(noOp.json(), "callFloor", "wix"), 2);
}

QTEST_GUILESS_MAIN(TestCliWatermark)
#include "tst_cliwatermark.moc"
