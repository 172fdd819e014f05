// Every property the mapping editor offers (FieldCatalog::syncedProperties) goes through its
// connector and back against the sandbox: created with a value, read back, updated to
// another, read back, then each changed alone while the others stay. A property declared but not
// really read or written fails here.
#include "sync/model/fieldcatalog.h"
#include "tests/connectors/connectortestutil.h"

#include <QTest>

using namespace Tandem;
using namespace Tandem::Test;

namespace {

Sandbox::SandboxOptions options(const QString &catalog)
{
    Sandbox::SandboxOptions o;
    o.wixApiKey = QString::fromLatin1(kWixKey);
    o.wixSiteId = QString::fromLatin1(kSiteId);
    o.crmToken = QString::fromLatin1(kCrmToken);
    o.wixCatalog = catalog;
    o.seed.contacts = 0;
    o.seed.products = 0;
    return o;
}

// A value the service takes for the property, the first or (`second`) another one.
QJsonValue valueFor(const FieldCatalog::Property &property, bool second)
{
    const QString path = property.path;
    if (property.type == DataType::Boolean)
        return !second;
    if (property.type == DataType::Date)
        return second ? QStringLiteral("1906-12-09") : QStringLiteral("1815-12-10");
    if (property.type == DataType::Number)
        return second ? 20.0 : 149.5;
    if (path == QLatin1String("info.labelKeys"))
        return second ? QStringLiteral("custom.partner")
                      : QStringLiteral("custom.vip, custom.newsletter");
    if (path == QLatin1String("slug"))
        return second ? QStringLiteral("second-slug") : QStringLiteral("first-slug");
    if (path.contains(QLatin1String("hone")))
        return second ? QStringLiteral("+4790000000") : QStringLiteral("+4722334455");
    if (path.contains(QLatin1String("mail")))
        return second ? QStringLiteral("grace@example.com") : QStringLiteral("ada@example.com");
    if (path.endsWith(QLatin1String("postCode")))
        return second ? QStringLiteral("5003") : QStringLiteral("0150");
    if (path.endsWith(QLatin1String("country")))
        return second ? QStringLiteral("SE") : QStringLiteral("NO");
    if (path == QLatin1String("orgNr"))
        return second ? QStringLiteral("987654321") : QStringLiteral("923456789");
    if (path == QLatin1String("website"))
        return second ? QStringLiteral("https://b.example") : QStringLiteral("https://a.example");
    return QString((second ? QStringLiteral("Second ") : QStringLiteral("First ")) + path);
}

QJsonObject valuesFor(const QList<FieldCatalog::Property> &properties, bool second)
{
    QJsonObject fields;
    for (const FieldCatalog::Property &property : properties)
        fields.insert(property.path, valueFor(property, second));
    return fields;
}

// Each declared property holds what was written, as the connector reads the record back.
void compareBack(Connector &connector, const QString &collection, const QString &id,
                 const QJsonObject &written)
{
    const ConnectorResult<Record> read = connector.read(collection, id);
    QVERIFY2(read.ok(), qPrintable(read.error.message));
    for (auto it = written.begin(); it != written.end(); ++it)
        QVERIFY2(read.value.fields.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1 %2: wrote %3, read %4")
                                .arg(collection, it.key(), it.value().toVariant().toString(),
                                     read.value.fields.value(it.key()).toVariant().toString())));
}

void roundTrip(Connector &connector, Side side, const QString &collection)
{
    const QList<FieldCatalog::Property> properties =
        FieldCatalog::syncedProperties(side, collection);
    QVERIFY(!properties.isEmpty());
    const QJsonObject first = valuesFor(properties, false);
    const ConnectorResult<Record> created = connector.create(collection, first);
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    compareBack(connector, collection, created.value.id, first);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject second = valuesFor(properties, true);
    const ConnectorResult<Record> updated =
        connector.update(collection, created.value.id, created.value.token, second);
    QVERIFY2(updated.ok(), qPrintable(updated.error.message));
    compareBack(connector, collection, created.value.id, second);
    // One property changed alone leaves the others as they were.
    QJsonObject expected = second;
    QString token = updated.value.token;
    for (const FieldCatalog::Property &property : properties) {
        if (QTest::currentTestFailed())
            return;
        const QJsonObject alone{{property.path, first.value(property.path)}};
        const ConnectorResult<Record> one =
            connector.update(collection, created.value.id, token, alone);
        QVERIFY2(one.ok(), qPrintable(property.path + QLatin1String(": ") + one.error.message));
        token = one.value.token;
        expected.insert(property.path, first.value(property.path));
        compareBack(connector, collection, created.value.id, expected);
    }
}

} // namespace

class TestSyncedProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testWixContacts()
    {
        SandboxFixture sandbox(options(QStringLiteral("v3")));
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        roundTrip(*wixConnector(sandbox), Side::Wix, QStringLiteral("contacts"));
    }
    void testWixProducts_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::newRow("v1") << QStringLiteral("v1");
        QTest::newRow("v3") << QStringLiteral("v3");
    }
    void testWixProducts()
    {
        QFETCH(QString, catalog);
        SandboxFixture sandbox(options(catalog));
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        roundTrip(*wixConnector(sandbox), Side::Wix, QStringLiteral("products"));
    }
    void testCrmOffice_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::newRow("contacts") << QStringLiteral("contacts");
        QTest::newRow("companies") << QStringLiteral("companies");
    }
    void testCrmOffice()
    {
        QFETCH(QString, collection);
        SandboxFixture sandbox(options(QStringLiteral("v3")));
        QVERIFY2(sandbox.isRunning(), qPrintable(sandbox.errorString()));
        roundTrip(*crmConnector(sandbox), Side::CrmOffice, collection);
    }
};

QTEST_GUILESS_MAIN(TestSyncedProperties)
#include "tst_syncedproperties.moc"
