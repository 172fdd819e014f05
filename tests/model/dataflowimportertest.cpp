#include "sync/model/dataflowimporter.h"

#include "sync/model/mappingjson.h"
#include "tests/model/modeltests.h"

#include <QFile>
#include <QTest>

using namespace Tandem;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QString dataPath(const QString &name)
{
    return QStringLiteral(TANDEM_MODEL_TEST_DATA "/") + name;
}

QString dataText(const QString &name)
{
    return readText(dataPath(name));
}

// The Wix.com to CRMOffice document: two flows, an empty table, a repeated section.
const QString sampleName = QStringLiteral("wix-crmoffice.rst");

QString sampleText()
{
    return dataText(sampleName);
}

// The sample with its 1-based line `number` replaced (or removed when `text` is null).
QString sampleWithLine(int number, const QString &text)
{
    QStringList lines = sampleText().split(QLatin1Char('\n'));
    if (text.isNull())
        lines.removeAt(number - 1);
    else
        lines[number - 1] = text;
    return lines.join(QLatin1Char('\n'));
}

PropertyPair pair(const char *wix, const char *crm, DataType type = DataType::String)
{
    return {QString::fromUtf8(wix), QString::fromUtf8(crm), type};
}

const Flow *findFlow(const QList<Flow> &flows, const QString &id)
{
    for (const Flow &flow : flows) {
        if (flow.id == id)
            return &flow;
    }
    return nullptr;
}

} // namespace

class DataflowImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSampleGivesTwoFlows();
    void testSamplePlusNameEqualsDefaultMapping();
    void testRepeatedSectionAddsOnlyNewRows();
    void testCaseVariantsOfSystemNames();
    void testReversedSectionMergesSwapped();
    void testConditionalCreationIsKeptAsNoteAndWarned();
    void testOtherSystemPairWithLinkOnlyAndMatchKey();
    void testBrokenDocumentNamesLine_data();
    void testBrokenDocumentNamesLine();
    void testUnreadableFileIsAnError();
};

void DataflowImporterTest::testSampleGivesTwoFlows()
{
    const DataflowImportResult result = DataflowImporter().importFile(dataPath(sampleName));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(result.flows.size(), 2);
    const Flow &contacts = result.flows.at(0);
    QCOMPARE(contacts.id, QStringLiteral("contacts"));
    QCOMPARE(contacts.sourceSystem, QStringLiteral("Wix.com"));
    QCOMPARE(contacts.targetSystem, QStringLiteral("CRMOffice"));
    QCOMPARE(contacts.creation, CreationDirection::WixToCrmOffice);
    QCOMPARE(contacts.pairs,
             QList<PropertyPair>({pair("info.name.first", "givenName"),
                                  pair("info.name.last", "familyName"),
                                  pair("primaryInfo.phone", "directPhone")}));
    const Flow &products = result.flows.at(1);
    QCOMPARE(products.id, QStringLiteral("products"));
    QCOMPARE(products.sourceCollection, QStringLiteral("Products"));
    QCOMPARE(products.targetCollection, QStringLiteral("Companies"));
    QCOMPARE(products.creation, CreationDirection::WixToCrmOffice);
    QVERIFY(products.pairs.isEmpty());
}

void DataflowImporterTest::testSamplePlusNameEqualsDefaultMapping()
{
    const DataflowImportResult result = DataflowImporter().importText(sampleText());
    QVERIFY2(result.ok, qPrintable(result.error));
    Mapping imported{result.flows};
    PropertyPair name = pair("name", "name");
    name.origin = PairOrigin::Added;
    imported.flows[1].pairs.append(name);
    QCOMPARE(imported, defaultMapping());
}

void DataflowImporterTest::testRepeatedSectionAddsOnlyNewRows()
{
    const DataflowImportResult result =
        DataflowImporter().importText(dataText(QStringLiteral("repeated-section-new-rows.rst")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.flows.size(), 2);
    QCOMPARE(result.flows.at(0).pairs,
             QList<PropertyPair>(
                 {pair("info.name.first", "givenName"), pair("info.name.last", "familyName"),
                  pair("primaryInfo.phone", "directPhone"), pair("primaryInfo.email", "email")}));
}

void DataflowImporterTest::testCaseVariantsOfSystemNames()
{
    const DataflowImportResult variant =
        DataflowImporter().importText(dataText(QStringLiteral("case-variants.rst")));
    QVERIFY2(variant.ok, qPrintable(variant.error));
    QVERIFY2(variant.warnings.isEmpty(), qPrintable(variant.warnings.join(QLatin1Char('\n'))));
    const DataflowImportResult sample = DataflowImporter().importText(sampleText());
    QCOMPARE(variant.flows, sample.flows);
}

void DataflowImporterTest::testReversedSectionMergesSwapped()
{
    const DataflowImportResult result =
        DataflowImporter().importText(dataText(QStringLiteral("reversed-section.rst")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.flows.size(), 2);
    const Flow *products = findFlow(result.flows, QStringLiteral("products"));
    QVERIFY(products);
    QCOMPARE(products->pairs, QList<PropertyPair>({pair("name", "name")}));
    QCOMPARE(products->creation, CreationDirection::WixToCrmOffice);
}

void DataflowImporterTest::testConditionalCreationIsKeptAsNoteAndWarned()
{
    const DataflowImportResult result =
        DataflowImporter().importText(dataText(QStringLiteral("conditional-creation.rst")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.flows.size(), 1);
    const Flow &contacts = result.flows.first();
    QCOMPARE(contacts.creation, CreationDirection::LinkOnly);
    QCOMPARE(contacts.notes.size(), 1);
    QVERIFY(contacts.notes.first().startsWith(
        QLatin1String("A new CRMOffice Contacts will be created")));
    QVERIFY(contacts.notes.first().contains(QLatin1String("Wix.com Members")));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.first().startsWith(QLatin1String("line 9 ")),
             qPrintable(result.warnings.first()));
    QVERIFY(result.warnings.first().contains(QLatin1String("conditional creation")));
    QCOMPARE(contacts.pairs, QList<PropertyPair>({pair("info.name.first", "givenName")}));
}

void DataflowImporterTest::testOtherSystemPairWithLinkOnlyAndMatchKey()
{
    const DataflowImportResult result =
        DataflowImporter().importText(dataText(QStringLiteral("link-only-match-key.rst")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(result.flows.size(), 1);
    const Flow &deals = result.flows.first();
    QCOMPARE(deals.id, QStringLiteral("deals-activities"));
    QCOMPARE(deals.sourceSystem, QStringLiteral("HubSpot"));
    QCOMPARE(deals.sourceCollection, QStringLiteral("Deals"));
    QCOMPARE(deals.targetSystem, QStringLiteral("CRMOffice"));
    QCOMPARE(deals.targetCollection, QStringLiteral("Activities"));
    QCOMPARE(deals.creation, CreationDirection::LinkOnly);
    const QList<MatchRule> expectedKey{{{QStringLiteral("dealId")}, {QStringLiteral("externalId")}},
                                       {{QStringLiteral("dealname"), QStringLiteral("closedate")},
                                        {QStringLiteral("subject"), QStringLiteral("dueDate")}}};
    QCOMPARE(deals.matchKey, expectedKey);
    QCOMPARE(
        deals.pairs,
        QList<PropertyPair>({pair("dealname", "subject"), pair("amount", "value", DataType::Number),
                             pair("closedate", "dueDate", DataType::Date),
                             pair("num_contacts", "participantCount", DataType::Integer),
                             pair("hs_is_closed", "done", DataType::Boolean),
                             pair("hs_lastmodifieddate", "modifiedAt", DataType::DateTime)}));
}

void DataflowImporterTest::testBrokenDocumentNamesLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong cell count")
        << sampleWithLine(33, QString()) << "line 32: expected a row of 3 cells";
    QTest::newRow("unknown type") << sampleWithLine(34, QStringLiteral("     - \"strng\""))
                                  << "line 34: unknown data type \"strng\"";
    QTest::newRow("section without title")
        << sampleWithLine(37, QStringLiteral("Products and Companies"))
        << "line 37: expected a section title";
    QTest::newRow("section of a third system")
        << sampleWithLine(37, QStringLiteral("Shopify Products to CRMOffice Companies"))
        << "line 37: expected a section title";
    QTest::newRow("table without sentence")
        << sampleWithLine(43, QStringLiteral("Some words.")) << "line 45: a list-table must follow";
    QTest::newRow("sentence without table")
        << sampleWithLine(45, QStringLiteral("Not a table.")) << "line 45: expected a list-table";
    QTest::newRow("bad row start") << sampleWithLine(30, QStringLiteral("   + - info.name.last"))
                                   << "line 30: expected a table cell";
    QTest::newRow("garbage") << QStringLiteral("Hello,\nthis is a shopping list.\n- milk\n")
                             << "line 1: not a dataflow document";
    QTest::newRow("json") << QStringLiteral("\n\n{\"flows\": []}\n")
                          << "line 3: not a dataflow document";
    QTest::newRow("empty") << QString() << "line 1: not a dataflow document";
    QTest::newRow("title only") << QStringLiteral(
        "===\nWix.com to CRMOffice Dataflow\n===\n\nGenerated: 2024\n")
                                << "line 6: no flow sections found";
}

void DataflowImporterTest::testBrokenDocumentNamesLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const DataflowImportResult result = DataflowImporter().importText(text);
    QVERIFY(!result.ok);
    QVERIFY(result.flows.isEmpty());
    QVERIFY2(result.error.startsWith(expected), qPrintable(result.error));
}

void DataflowImporterTest::testUnreadableFileIsAnError()
{
    const QString path = QStringLiteral(TANDEM_MODEL_TEST_DATA "/no-such-document.rst");
    const DataflowImportResult result = DataflowImporter().importFile(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
}

std::unique_ptr<QObject> makeDataflowImporterTest()
{
    return std::make_unique<DataflowImporterTest>();
}

#include "dataflowimportertest.moc"
