// A sample of the properties the connectors declare, each paired in a mapping and synced by
// tandem-cli against the sandbox: a value edited on one side crosses to the other, and the
// next run, with nothing moved, writes nothing and records no update in History.
#include "sync/model/mappingjson.h"
#include "tests/cli/clibed.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;
using namespace Qt::StringLiterals;

namespace {

const QString contacts = QStringLiteral("contacts");
const QString companies = QStringLiteral("companies");
const QString products = QStringLiteral("products");

bool edit(Connector &connector, const QString &collection, const QString &id,
          const QJsonObject &changed)
{
    const ConnectorResult<Record> current = connector.read(collection, id);
    return current.ok() && connector.update(collection, id, current.value.token, changed).ok();
}

QJsonValue valueOf(Connector &connector, const QString &collection, const QString &id,
                   const QString &path)
{
    return connector.read(collection, id).value.fields.value(path);
}

// The updates History holds for the record, over every run.
int updatesRecorded(CliBed &bed, const QString &recordName)
{
    const CliResult history =
        bed.run({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--action"),
                 QStringLiteral("update"), QStringLiteral("--record"), recordName});
    int count = 0;
    for (const QJsonValue &run : history.jsonArray())
        count += run.toObject().value(QStringLiteral("entries")).toArray().size();
    return count;
}

} // namespace

class TestCliMappedFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("tandem.*.debug=false"));
    }
    void valueCrossesAndStays_data();
    void valueCrossesAndStays();
};

void TestCliMappedFields::valueCrossesAndStays_data()
{
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QString>("wixPath");
    QTest::addColumn<QString>("crmPath");
    QTest::addColumn<bool>("fromWix"); // the edit is made on Wix, else on CRMOffice
    QTest::addColumn<QJsonValue>("written");
    QTest::addColumn<QJsonValue>("crossed"); // what the other side then holds
    QTest::addColumn<QString>("catalog");

    QTest::newRow("birthdate to CRMOffice")
        << contacts << u"info.birthdate"_s << u"mobilePhone"_s << true
        << QJsonValue(u"1815-12-10"_s) << QJsonValue(u"1815-12-10"_s) << QStringLiteral("v3");
    QTest::newRow("labels to CRMOffice")
        << contacts << u"info.labelKeys"_s << u"mobilePhone"_s << true
        << QJsonValue(u"custom.vip, custom.news"_s) << QJsonValue(u"custom.vip, custom.news"_s)
        << QStringLiteral("v3");
    QTest::newRow("labels from CRMOffice")
        << contacts << u"info.labelKeys"_s << u"mobilePhone"_s << false
        << QJsonValue(u"custom.vip, custom.news"_s) << QJsonValue(u"custom.vip, custom.news"_s)
        << QStringLiteral("v3");
    QTest::newRow("address city from CRMOffice")
        << contacts << u"info.address.city"_s << u"mobilePhone"_s << false
        << QJsonValue(u"Bergen"_s) << QJsonValue(u"Bergen"_s) << QStringLiteral("v3");
    QTest::newRow("address postal code to CRMOffice")
        << contacts << u"info.address.postalCode"_s << u"mobilePhone"_s << true
        << QJsonValue(u"5003"_s) << QJsonValue(u"5003"_s) << QStringLiteral("v3");
    QTest::newRow("description to CRMOffice")
        << products << u"description"_s << u"website"_s << true
        << QJsonValue(u"<p>A blue vase</p>"_s) << QJsonValue(u"<p>A blue vase</p>"_s)
        << QStringLiteral("v3");
    QTest::newRow("description from CRMOffice")
        << products << u"description"_s << u"website"_s << false
        << QJsonValue(u"<p>A red vase</p>"_s) << QJsonValue(u"<p>A red vase</p>"_s)
        << QStringLiteral("v3");
    QTest::newRow("labels from CRMOffice, spaced otherwise")
        << contacts << u"info.labelKeys"_s << u"mobilePhone"_s << false
        << QJsonValue(u"custom.vip,custom.news"_s) << QJsonValue(u"custom.vip, custom.news"_s)
        << QStringLiteral("v3");
    QTest::newRow("slug from CRMOffice")
        << products << u"slug"_s << u"postAddress.postalArea"_s << false
        << QJsonValue(u"blue-vase"_s) << QJsonValue(u"blue-vase"_s) << QStringLiteral("v3");
    QTest::newRow("price to CRMOffice")
        << products << u"price"_s << u"orgNr"_s << true << QJsonValue(149.5)
        << QJsonValue(u"149.5"_s) << QStringLiteral("v3");
    QTest::newRow("price to CRMOffice, catalog V1")
        << products << u"price"_s << u"orgNr"_s << true << QJsonValue(149.5)
        << QJsonValue(u"149.5"_s) << QStringLiteral("v1");
    QTest::newRow("description from CRMOffice, catalog V1")
        << products << u"description"_s << u"website"_s << false
        << QJsonValue(u"<p>A red vase</p>"_s) << QJsonValue(u"<p>A red vase</p>"_s)
        << QStringLiteral("v1");
}

void TestCliMappedFields::valueCrossesAndStays()
{
    QFETCH(QString, flow);
    QFETCH(QString, wixPath);
    QFETCH(QString, crmPath);
    QFETCH(bool, fromWix);
    QFETCH(QJsonValue, written);
    QFETCH(QJsonValue, crossed);
    QFETCH(QString, catalog);

    Sandbox::SandboxOptions options = CliBed::smallSeed(1, 1);
    options.wixCatalog = catalog;
    CliBed bed(options);
    QVERIFY(bed.ok());
    Mapping mapping = defaultMapping();
    for (Flow &each : mapping.flows) {
        if (each.id == flow)
            each.pairs.append({wixPath, crmPath, DataType::String, PairOrigin::Added,
                               fromWix && written.isDouble() ? PairDirection::WixToCrmOffice
                                                             : PairDirection::Both});
    }
    const QString file = bed.profileDir() + QStringLiteral("/mapping.json");
    QString error;
    QVERIFY2(saveMappingFile(mapping, file, &error), qPrintable(error));
    const CliResult configured = bed.configure({QStringLiteral("--mapping"), file});
    QVERIFY2(configured.exitCode == 0, qPrintable(configured.describe()));
    const CliResult first = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));

    const QHash<QString, QString> links = bed.links(flow);
    QCOMPARE(links.size(), 1);
    const QString wixId = links.keys().constFirst();
    const QString crmId = links.value(wixId);
    const QString crmCollection = flow == products ? companies : contacts;
    if (fromWix)
        QVERIFY(edit(bed.wix(), flow, wixId, {{wixPath, written}}));
    else
        QVERIFY(edit(bed.crm(), crmCollection, crmId, {{crmPath, written}}));

    const CliResult crossing = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(crossing.exitCode == 0, qPrintable(crossing.describe()));
    QCOMPARE(writesOf(crossing.json()), 1);
    if (fromWix)
        QCOMPARE(valueOf(bed.crm(), crmCollection, crmId, crmPath), crossed);
    else
        QCOMPARE(valueOf(bed.wix(), flow, wixId, wixPath), crossed);

    // Nothing moved since: no write, and History's updates stay the one that crossed.
    const QString name = flow == products
        ? valueOf(bed.wix(), flow, wixId, QStringLiteral("name")).toString()
        : valueOf(bed.wix(), flow, wixId, QStringLiteral("info.name.last")).toString();
    const int updates = updatesRecorded(bed, name);
    const CliResult again = bed.run({QStringLiteral("sync"), QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(writesOf(again.json()), 0);
    QCOMPARE(updatesRecorded(bed, name), updates);
    QVERIFY(updates >= 1);
}

QTEST_GUILESS_MAIN(TestCliMappedFields)
#include "tst_climappedfields.moc"
