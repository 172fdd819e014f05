#include "sync/model/mappingjson.h"

#include "sync/model/mappingenums.h"
#include "tests/model/modeltests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Tandem;

namespace {

// A mapping that uses every value of every enum at least once.
Mapping everyEnumMapping()
{
    const QList<DataType> types{DataType::String,  DataType::Integer, DataType::Number,
                                DataType::Boolean, DataType::Date,    DataType::DateTime};
    const QList<PairDirection> directions{PairDirection::Both, PairDirection::WixToCrmOffice,
                                          PairDirection::CrmOfficeToWix};
    Flow base;
    base.sourceCollection = QStringLiteral("Contacts");
    base.targetCollection = QStringLiteral("Contacts");
    for (int i = 0; i < types.size(); ++i) {
        base.pairs.append({QStringLiteral("wix.%1").arg(i), QStringLiteral("crm%1").arg(i),
                           types.at(i), i % 2 ? PairOrigin::Added : PairOrigin::Document,
                           directions.at(i % 3)});
    }
    base.matchKey.append(
        {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("x"), QStringLiteral("y")}});
    base.notes.append(QStringLiteral("a note"));

    Mapping mapping;
    const QList<CreationDirection> creations{
        CreationDirection::WixToCrmOffice, CreationDirection::CrmOfficeToWix,
        CreationDirection::LinkOnly, CreationDirection::LinkOnly};
    const QList<ConflictPolicy> conflicts{ConflictPolicy::Ask, ConflictPolicy::Newest,
                                          ConflictPolicy::Wix, ConflictPolicy::CrmOffice};
    for (int i = 0; i < 4; ++i) {
        Flow flow = base;
        flow.id = QStringLiteral("flow%1").arg(i);
        flow.sourceSystem = i == 3 ? QStringLiteral("HubSpot") : flow.sourceSystem;
        flow.creation = creations.at(i);
        flow.conflictPolicy = conflicts.at(i);
        flow.deletionPolicy = i % 2 ? DeletionPolicy::Unlink : DeletionPolicy::Propagate;
        mapping.flows.append(flow);
    }
    return mapping;
}

QJsonObject validPairJson()
{
    return QJsonObject{{QStringLiteral("wix"), QStringLiteral("name")},
                       {QStringLiteral("crm"), QStringLiteral("name")},
                       {QStringLiteral("type"), QStringLiteral("string")}};
}

} // namespace

class MappingJsonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEnumNames_data();
    void testEnumNames();
    void testRoundTripKeepsEveryEnum();
    void testDefaultMappingMatchesTheSeed();
    void testDefaultMappingRoundTrips();
    void testOptionalFieldsTakeDefaults();
    void testLoadErrorNamesPath_data();
    void testLoadErrorNamesPath();
    void testSaveThenLoadFile();
    void testFileErrorsNameTheFile();
};

void MappingJsonTest::testEnumNames_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << dataTypeName(DataType::String) << "string";
    QTest::newRow("integer") << dataTypeName(DataType::Integer) << "integer";
    QTest::newRow("number") << dataTypeName(DataType::Number) << "number";
    QTest::newRow("boolean") << dataTypeName(DataType::Boolean) << "boolean";
    QTest::newRow("date") << dataTypeName(DataType::Date) << "date";
    QTest::newRow("datetime") << dataTypeName(DataType::DateTime) << "datetime";
    QTest::newRow("document") << pairOriginName(PairOrigin::Document) << "document";
    QTest::newRow("added") << pairOriginName(PairOrigin::Added) << "added";
    QTest::newRow("both") << pairDirectionName(PairDirection::Both) << "both";
    QTest::newRow("pair w2c") << pairDirectionName(PairDirection::WixToCrmOffice)
                              << "wix-to-crmoffice";
    QTest::newRow("pair c2w") << pairDirectionName(PairDirection::CrmOfficeToWix)
                              << "crmoffice-to-wix";
    QTest::newRow("create w2c") << creationDirectionName(CreationDirection::WixToCrmOffice)
                                << "wix-to-crmoffice";
    QTest::newRow("create c2w") << creationDirectionName(CreationDirection::CrmOfficeToWix)
                                << "crmoffice-to-wix";
    QTest::newRow("link-only") << creationDirectionName(CreationDirection::LinkOnly) << "link-only";
    QTest::newRow("ask") << conflictPolicyName(ConflictPolicy::Ask) << "ask";
    QTest::newRow("newest") << conflictPolicyName(ConflictPolicy::Newest) << "newest";
    QTest::newRow("wix") << conflictPolicyName(ConflictPolicy::Wix) << "wix";
    QTest::newRow("crmoffice") << conflictPolicyName(ConflictPolicy::CrmOffice) << "crmoffice";
    QTest::newRow("propagate") << deletionPolicyName(DeletionPolicy::Propagate) << "propagate";
    QTest::newRow("unlink") << deletionPolicyName(DeletionPolicy::Unlink) << "unlink";
}

void MappingJsonTest::testEnumNames()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void MappingJsonTest::testRoundTripKeepsEveryEnum()
{
    const Mapping mapping = everyEnumMapping();
    const QByteArray bytes = QJsonDocument(mappingToJson(mapping)).toJson();
    QString error;
    const std::optional<Mapping> loaded = mappingFromJsonBytes(bytes, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, mapping);
    const QJsonObject pair =
        mappingToJson(mapping)[QLatin1String("flows")][1][QLatin1String("pairs")][5].toObject();
    QCOMPARE(pair.value(QLatin1String("type")).toString(), QStringLiteral("datetime"));
    QCOMPARE(pair.value(QLatin1String("origin")).toString(), QStringLiteral("added"));
    QCOMPARE(pair.value(QLatin1String("direction")).toString(), QStringLiteral("crmoffice-to-wix"));
}

void MappingJsonTest::testDefaultMappingMatchesTheSeed()
{
    const Mapping mapping = defaultMapping();
    QCOMPARE(mapping.flows.size(), 2);
    const Flow *contacts = mapping.flow(QStringLiteral("contacts"));
    QVERIFY(contacts);
    QCOMPARE(contacts->creation, CreationDirection::WixToCrmOffice);
    const QList<PropertyPair> expected{
        {QStringLiteral("info.name.first"), QStringLiteral("givenName")},
        {QStringLiteral("info.name.last"), QStringLiteral("familyName")},
        {QStringLiteral("primaryInfo.phone"), QStringLiteral("directPhone")}};
    QCOMPARE(contacts->pairs, expected);
    QCOMPARE(contacts->matchKey.size(), 1);
    QCOMPARE(contacts->matchKey.first().crmPaths,
             QStringList({QStringLiteral("givenName"), QStringLiteral("familyName"),
                          QStringLiteral("directPhone")}));
    const Flow *products = mapping.flow(QStringLiteral("products"));
    QVERIFY(products);
    QCOMPARE(products->targetCollection, QStringLiteral("Companies"));
    QCOMPARE(products->pairs.size(), 1);
    QCOMPARE(products->pairs.first().origin, PairOrigin::Added);
    QCOMPARE(products->pairs.first().crmPath, QStringLiteral("name"));
    QCOMPARE(products->matchKey,
             QList<MatchRule>({{{QStringLiteral("name")}, {QStringLiteral("name")}}}));
}

void MappingJsonTest::testDefaultMappingRoundTrips()
{
    const Mapping mapping = defaultMapping();
    QString error;
    const std::optional<Mapping> loaded = mappingFromJson(mappingToJson(mapping), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, mapping);
}

void MappingJsonTest::testOptionalFieldsTakeDefaults()
{
    const QJsonObject flow{{QStringLiteral("id"), QStringLiteral("products")},
                           {QStringLiteral("sourceCollection"), QStringLiteral("Products")},
                           {QStringLiteral("targetCollection"), QStringLiteral("Companies")},
                           {QStringLiteral("pairs"), QJsonArray{validPairJson()}}};
    QString error;
    const std::optional<Mapping> loaded =
        mappingFromJson(QJsonObject{{QStringLiteral("flows"), QJsonArray{flow}}}, &error);
    QVERIFY2(loaded, qPrintable(error));
    const Flow &f = loaded->flows.first();
    QCOMPARE(f.sourceSystem, QStringLiteral("Wix.com"));
    QCOMPARE(f.creation, CreationDirection::WixToCrmOffice);
    QCOMPARE(f.conflictPolicy, ConflictPolicy::Ask);
    QCOMPARE(f.deletionPolicy, DeletionPolicy::Propagate);
    QCOMPARE(f.pairs.first().direction, PairDirection::Both);
    QCOMPARE(f.pairs.first().origin, PairOrigin::Document);
}

void MappingJsonTest::testLoadErrorNamesPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray flow0 =
        R"({"id":"contacts","sourceCollection":"Contacts","targetCollection":"Contacts"})";
    auto withFlow1 = [&](const QByteArray &flow1) -> QByteArray {
        return "{\"flows\":[" + flow0 + "," + flow1 + "]}";
    };
    QTest::newRow("unknown type") << withFlow1(
        R"({"id":"p","sourceCollection":"P","targetCollection":"C","pairs":[{"wix":"a","crm":"b","type":"strng"}]})")
                                  << R"(flows[1].pairs[0].type: unknown data type "strng")";
    QTest::newRow("unknown direction") << withFlow1(
        R"({"id":"p","sourceCollection":"P","targetCollection":"C","pairs":[{"wix":"a","crm":"b","type":"string","direction":"up"}]})")
                                       << R"(flows[1].pairs[0].direction: unknown pair direction "up")";
    QTest::newRow("unknown creation")
        << withFlow1(
               R"({"id":"p","sourceCollection":"P","targetCollection":"C","creation":"sideways"})")
        << R"(flows[1].creation: unknown creation direction "sideways")";
    QTest::newRow("unknown policy") << withFlow1(
        R"({"id":"p","sourceCollection":"P","targetCollection":"C","conflictPolicy":"Ask"})")
                                    << R"(flows[1].conflictPolicy: unknown conflict policy "Ask")";
    QTest::newRow("missing crm") << withFlow1(
        R"({"id":"p","sourceCollection":"P","targetCollection":"C","pairs":[{"wix":"a","type":"string"}]})")
                                 << "flows[1].pairs[0].crm: missing";
    QTest::newRow("type is a number") << withFlow1(
        R"({"id":"p","sourceCollection":"P","targetCollection":"C","pairs":[{"wix":"a","crm":"b","type":3}]})")
                                      << "flows[1].pairs[0].type: expected a string";
    QTest::newRow("match rule uneven") << withFlow1(
        R"({"id":"p","sourceCollection":"P","targetCollection":"C","matchKey":[{"wix":["a","b"],"crm":["c"]}]})")
                                       << "flows[1].matchKey[0]: a match rule needs as many wix "
                                          "paths as crm paths (2 and 1)";
    QTest::newRow("match path not string") << withFlow1(
        R"({"id":"p","sourceCollection":"P","targetCollection":"C","matchKey":[{"wix":["a",1],"crm":["c","d"]}]})")
                                           << "flows[1].matchKey[0].wix[1]: expected a string";
    QTest::newRow("unknown key") << withFlow1(
        R"({"id":"p","sourceCollection":"P","targetCollection":"C","pair":[]})")
                                 << "flows[1].pair: unknown key";
    QTest::newRow("duplicate id") << withFlow1(
        R"({"id":"contacts","sourceCollection":"P","targetCollection":"C"})")
                                  << R"(flows[1].id: duplicate flow id "contacts")";
    QTest::newRow("flow not object") << withFlow1("[]") << "flows[1]: expected an object";
    QTest::newRow("flows missing") << QByteArray("{}") << "flows: missing";
    QTest::newRow("future version") << QByteArray(R"({"version":2,"flows":[]})")
                                    << "version: unsupported mapping file version 2";
    QTest::newRow("not json") << QByteArray("{\"flows\": [") << "not valid JSON at offset";
    QTest::newRow("array top") << QByteArray("[]") << "expected a JSON object at the top level";
}

void MappingJsonTest::testLoadErrorNamesPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!mappingFromJsonBytes(json, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void MappingJsonTest::testSaveThenLoadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mapping.json"));
    QString error;
    QVERIFY2(saveMappingFile(everyEnumMapping(), path, &error), qPrintable(error));
    const std::optional<Mapping> loaded = loadMappingFile(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, everyEnumMapping());

    // Saving again over it replaces the whole file.
    QVERIFY2(saveMappingFile(defaultMapping(), path, &error), qPrintable(error));
    QCOMPARE(*loadMappingFile(path, &error), defaultMapping());
}

void MappingJsonTest::testFileErrorsNameTheFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QString error;
    QVERIFY(!loadMappingFile(missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"flows":[{"id":"x","sourceCollection":"A","targetCollection":"B","pairs":[{"wix":"a","crm":"b","type":"strng"}]}]})");
    file.close();
    QVERIFY(!loadMappingFile(broken, &error));
    QVERIFY2(error.contains(broken) && error.contains(QLatin1String("flows[0].pairs[0].type")),
             qPrintable(error));

    const QString unwritable = dir.filePath(QStringLiteral("no/such/dir/mapping.json"));
    QVERIFY(!saveMappingFile(defaultMapping(), unwritable, &error));
    QVERIFY2(error.contains(unwritable), qPrintable(error));
}

std::unique_ptr<QObject> makeMappingJsonTest()
{
    return std::make_unique<MappingJsonTest>();
}

#include "mappingjsontest.moc"
